/**
 * sla.runScenario: one scenario, run from its code lens with `{uri, scenario}`. From the
 * palette (hidden there) or without a name it asks which scenario of the contract to run.
 */
import * as vscode from 'vscode';
import { REQUESTS, type ScenarioRun } from '../../../language-server/src/protocol/sla-protocol.js';
import { runAndReport } from './run-scenarios.js';
import { parseRunScenarioArgs } from './scenario-args.js';
import { type CommandContext, contractUri, request } from './support.js';

export async function runScenarioCommand(cx: CommandContext, ...args: unknown[]): Promise<ScenarioRun | undefined> {
    const given = parseRunScenarioArgs(args);
    const contract = await contractUri(given.uri);
    if (!contract) return undefined;
    let scenario = given.scenario;
    if (scenario === undefined) {
        const info = await request(cx, REQUESTS.contractInfo, { uri: contract.toString() }, 'SLA: reading the contract…');
        if (!info) return undefined;
        if (info.scenarios.length === 0) {
            void vscode.window.showInformationMessage(`SLA: ${info.name} has no scenarios.`);
            return undefined;
        }
        const pick = await vscode.window.showQuickPick(
            info.scenarios.map((s) => ({ label: s.name, description: s.from === s.to ? s.from : `${s.from}..${s.to}` })),
            { title: 'SLA: run which scenario?' },
        );
        if (!pick) return undefined;
        scenario = pick.label;
    }
    return runAndReport(cx, contract, scenario);
}
