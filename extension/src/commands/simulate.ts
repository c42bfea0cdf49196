/**
 * "SLA: Simulate a Period from an Incident Log": pick a log, pick the months, simulate on
 * the language server and show the report. Programmatic calls may pass
 * `{logPath, from, to, uri}` and skip the dialogs (the end-to-end test and other tools).
 * The command only reads the file the user picks, so it works in an untrusted workspace.
 */
import * as vscode from 'vscode';
import { REQUESTS, type SimulateParams, type SimulateResult } from '../../../language-server/src/protocol/sla-protocol.js';
import { ReportPanel } from '../report/report-panel.js';
import { defaultPeriod, logFormat, parsePeriod, parseSimulateArgs, siblingLog } from './simulate-args.js';
import { type CommandContext, askParsed, contractUri, exists, readText, request, resolvePath } from './support.js';

/** Logs up to this size are checked first, their errors shown in the Problems panel. */
const CHECK_AS_TEXT_BYTES = 16 * 1024 * 1024;

export async function simulateCommand(cx: CommandContext, arg?: unknown): Promise<SimulateResult | undefined> {
    const args = parseSimulateArgs(arg);
    if ('error' in args) {
        void vscode.window.showErrorMessage(args.error);
        return undefined;
    }
    const contract = await contractUri(arg instanceof vscode.Uri ? arg : args.uri);
    if (!contract) return undefined;

    const log = args.logPath ? resolvePath(args.logPath, contract) : await pickLog(contract);
    if (!log) return undefined;
    // The server streams a log on disk itself; only the log check and the period's default need its text here.
    let logText: string | undefined;
    const readLog = async () => {
        try {
            return logText ??= await readText(log);
        } catch (e) {
            void vscode.window.showErrorMessage(`SLA: cannot read ${log.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
            return undefined;
        }
    };
    if (log.scheme !== 'file' && (await readLog()) === undefined) return undefined;
    // A log with errors: each at its line in the Problems panel, and nothing simulated. A log
    // too big to hand over as text is checked by the simulation itself, which streams it.
    const size = await vscode.workspace.fs.stat(log).then((st) => st.size, () => 0);
    if (size <= CHECK_AS_TEXT_BYTES) {
        const text = await readLog();
        if (text === undefined) return undefined;
        const checked = await cx.logs.check(contract, log, text, logFormat(log.path));
        if (checked && checked.errors.length > 0) {
            const name = log.path.split('/').pop() ?? log.path;
            void vscode.window.showWarningMessage(`SLA: ${name} has ${checked.errors.length} error(s); nothing was simulated. They are in the Problems panel.`, 'Show Problems')
                .then((pick) => pick && vscode.commands.executeCommand('workbench.actions.view.problems'));
            return undefined;
        }
    }

    let from = args.from, to = args.to;
    if (!from || !to) {
        const text = await readLog();
        if (text === undefined) return undefined;
        const range = await askParsed({
            title: 'SLA: months to simulate',
            prompt: 'First and last month, e.g. 2026-01..2026-12 (or a month, a quarter like 2026-Q3, a year)',
            value: defaultPeriod(text, new Date()),
            ignoreFocusOut: true,
        }, parsePeriod);
        if (!range) return undefined;
        ({ from, to } = range);
    }

    const params: SimulateParams = {
        uri: contract.toString(), ...(log.scheme === 'file' ? { logUri: log.toString() } : { logText }), logName: log.path.split('/').pop() ?? log.path, format: logFormat(log.path), from, to,
    };
    const result = await request(cx, REQUESTS.simulate, params, 'SLA: simulating…');
    if (!result) return undefined;
    ReportPanel.show({ result, contract });
    return result;
}

/** The open dialog, starting at the setting's log, else the one log named like the contract. */
async function pickLog(contract: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.Uri.joinPath(contract, '..');
    let defaultUri: vscode.Uri | undefined;
    const setting = vscode.workspace.getConfiguration('sla', contract).get<string>('simulation.defaultLog')?.trim();
    if (setting) {
        const candidate = resolvePath(setting, contract);
        if (await exists(candidate)) defaultUri = candidate;
    }
    if (!defaultUri) {
        try {
            const names = (await vscode.workspace.fs.readDirectory(folder)).filter(([, type]) => type === vscode.FileType.File).map(([n]) => n);
            const sibling = siblingLog(contract.path, names);
            if (sibling) defaultUri = vscode.Uri.joinPath(folder, sibling);
        } catch {
            // an unreadable folder: no default
        }
    }
    const picked = await vscode.window.showOpenDialog({
        title: 'SLA: incident log to simulate',
        defaultUri: defaultUri ?? folder,
        canSelectFiles: true,
        canSelectFolders: false,
        canSelectMany: false,
        openLabel: 'Simulate',
        filters: { 'Incident logs': ['csv', 'json'], 'All files': ['*'] },
    });
    return picked?.[0];
}
