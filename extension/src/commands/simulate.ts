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
    if (/\.xls$/i.test(log.path) || (/\.xlsx$/i.test(log.path) && log.scheme !== 'file')) {
        // The server reads a workbook from disk; an old .xls or a workbook not on disk it cannot.
        void vscode.window.showErrorMessage(`SLA: ${log.path.split('/').pop()} is an Excel workbook the server cannot read from disk; save it as .xlsx on disk or as CSV.`);
        return undefined;
    }
    // The server streams a log on disk itself; only the period's default needs its text here.
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
    // The mapping beside the contract, as `sla simulate` reads it: the desk's columns without flags.
    const mapping = vscode.Uri.joinPath(contract, '..', `${contract.path.split('/').pop()!.replace(/\.sla$/i, '')}.mapping.json`);
    if (await exists(mapping)) params.mapping = { text: await readText(mapping), name: mapping.path.split('/').pop()! };
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
        filters: { 'Incident logs': ['csv', 'json', 'xlsx'], 'All files': ['*'] },
    });
    return picked?.[0];
}
