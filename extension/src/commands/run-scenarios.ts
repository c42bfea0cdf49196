/**
 * "SLA: Run Scenarios of This File": runs every scenario of the contract on the language
 * server; one line per expectation in the "SLA" output channel, the count in a notification.
 */
import * as vscode from 'vscode';
import { REQUESTS, type RunScenariosParams, type ScenarioRun } from '../../../language-server/src/protocol/sla-protocol.js';
import { scenarioReport, scenarioSummary } from './scenario-args.js';
import { type CommandContext, contractUri, request } from './support.js';

export async function runScenariosCommand(cx: CommandContext, arg?: unknown): Promise<ScenarioRun | undefined> {
    const contract = await contractUri(arg instanceof vscode.Uri ? arg : undefined);
    if (!contract) return undefined;
    return runAndReport(cx, contract, undefined);
}

/** Shared with sla.runScenario: run, write the report, notify. */
export async function runAndReport(cx: CommandContext, contract: vscode.Uri, scenario: string | undefined): Promise<ScenarioRun | undefined> {
    const params: RunScenariosParams = scenario === undefined ? { uri: contract.toString() } : { uri: contract.toString(), scenario };
    const run = await request(cx, REQUESTS.runScenarios, params, 'SLA: running scenarios…');
    if (!run) return undefined;
    const out = cx.output();
    for (const line of scenarioReport(run, vscode.workspace.asRelativePath(contract))) out.appendLine(line);
    const summary = scenarioSummary(run);
    const show = run.passed === run.total
        ? vscode.window.showInformationMessage(`SLA: ${summary}`, 'Show Output')
        : vscode.window.showWarningMessage(`SLA: ${summary}`, 'Show Output');
    void show.then((pick) => {
        if (pick) out.show(true);
    });
    return run;
}
