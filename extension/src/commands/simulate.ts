/**
 * "SLA: Simulate a Period from an Incident Log": pick a log, pick the months, simulate on
 * the language server and show the report. Programmatic calls may pass
 * `{logPath, from, to, uri}` and skip the dialogs (the end-to-end test and other tools).
 * The command only reads the file the user picks, so it works in an untrusted workspace.
 *
 * A log on disk goes to the server by its URI: the server streams it (a million rows are
 * 100 MB), and this side reads at most its first and last bytes to prefill the months. The
 * server's work-done progress shows as a cancellable notification with the percentage.
 */
import * as vscode from 'vscode';
import type { ProgressType } from 'vscode-jsonrpc';
import type { WorkDoneProgressBegin, WorkDoneProgressEnd, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { REQUESTS, type Answer, type SimulateParams, type SimulateResult } from '../../../language-server/src/protocol/sla-protocol.js';
import { ReportPanel } from '../report/report-panel.js';
import { defaultPeriod, logEnds, logFormat, parsePeriod, parseSimulateArgs, siblingLog } from './simulate-args.js';
import { type CommandContext, askParsed, contractUri, exists, readText, resolvePath, showRefusal } from './support.js';

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
    if (/\.xls$/i.test(log.path) || (/\.xlsx$/i.test(log.path) && log.scheme !== 'file')) {
        // The server reads a workbook from disk; an old .xls or a workbook not on disk it cannot.
        void vscode.window.showErrorMessage(`SLA: ${log.path.split('/').pop()} is an Excel workbook the server cannot read from disk; save it as .xlsx on disk or as CSV.`);
        return undefined;
    }
    const failed = (e: unknown) => {
        void vscode.window.showErrorMessage(`SLA: cannot read ${log.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    };
    // A log elsewhere than on disk (a virtual file system) travels as text; one on disk never does.
    let logText: string | undefined;
    if (log.scheme !== 'file') {
        try {
            logText = await readText(log);
        } catch (e) {
            return failed(e);
        }
    }
    // The mapping beside the contract, as `sla simulate` reads it: the desk's columns without flags.
    const mappingUri = vscode.Uri.joinPath(contract, '..', `${contract.path.split('/').pop()!.replace(/\.sla$/i, '')}.mapping.json`);
    let mapping: SimulateParams['mapping'];
    try {
        if (await exists(mappingUri)) mapping = { text: await readText(mappingUri), name: mappingUri.path.split('/').pop()! };
    } catch (e) {
        void vscode.window.showErrorMessage(`SLA: cannot read ${mappingUri.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
    // A log with errors: each at its line in the Problems panel, and nothing simulated. A log
    // too big to hand over as text, or a workbook, is checked by the simulation itself, which streams it.
    const size = logText !== undefined ? logText.length : await vscode.workspace.fs.stat(log).then((st) => st.size, () => 0);
    if (size <= CHECK_AS_TEXT_BYTES && !/\.xlsx$/i.test(log.path)) {
        let text: string;
        try {
            text = logText ?? await readText(log);
        } catch (e) {
            return failed(e);
        }
        const checked = await cx.logs.check(contract, log, text, logFormat(log.path), mapping);
        if (checked && checked.errors.length > 0) {
            const name = log.path.split('/').pop() ?? log.path;
            void vscode.window.showWarningMessage(`SLA: ${name} has ${checked.errors.length} error(s); nothing was simulated. They are in the Problems panel.`, 'Show Problems')
                .then((pick) => pick && vscode.commands.executeCommand('workbench.actions.view.problems'));
            return undefined;
        }
    }

    let from = args.from, to = args.to;
    if (!from || !to) {
        let sample: string;
        try {
            sample = logText ?? await logEnds(log.fsPath);
        } catch (e) {
            return failed(e);
        }
        const range = await askParsed({
            title: 'SLA: months to simulate',
            prompt: 'First and last month, e.g. 2026-01..2026-12 (or a month, a quarter like 2026-Q3, a year; empty: every month the log touches)',
            value: defaultPeriod(sample, new Date()),
            ignoreFocusOut: true,
        }, (text) => (text.trim() === '' ? { from: '', to: '' } : parsePeriod(text)));
        if (!range) return undefined;
        ({ from, to } = range);
    }

    const logName = log.path.split('/').pop() ?? log.path;
    const params: SimulateParams = {
        uri: contract.toString(), ...(log.scheme === 'file' ? { logUri: log.toString() } : { logText }), logName, format: logFormat(log.path), from, to,
    };
    if (mapping) params.mapping = mapping;
    const result = await simulateWithProgress(cx, params);
    if (!result) return undefined;
    ReportPanel.show({ result, contract });
    return result;
}

// The client compares progress types by identity only for middleware, which this client has
// none of; a shaped object spares the extension bundle its own copy of vscode-jsonrpc.
const WORK_DONE = {} as ProgressType<WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd>;
let progressTokens = 0;

/**
 * The simulate request under a notification that shows the server's percentage and rows
 * and whose Cancel cancels the request (the server stops its worker at once).
 */
async function simulateWithProgress(cx: CommandContext, params: SimulateParams): Promise<SimulateResult | undefined> {
    const title = `SLA: simulating ${params.logName}`;
    let cancelled = false;
    let answer: Answer<SimulateResult>;
    try {
        answer = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, cancel) => {
            const client = await cx.client;
            const workDoneToken = `sla-simulate-${process.pid}-${++progressTokens}`;
            let shown = 0;
            const listening = client.onProgress(WORK_DONE, workDoneToken, (value) => {
                if (value.kind === 'end') return;
                const percent = Math.max(shown, Math.min(100, value.percentage ?? shown));
                progress.report({ increment: percent - shown, message: `${percent}%${value.message ? ` · ${value.message}` : ''}` });
                shown = percent;
            });
            const stop = cancel.onCancellationRequested(() => { cancelled = true; });
            try {
                // By method name: the client's copy of vscode-jsonrpc would not know this bundle's request object.
                const send = () => client.sendRequest<Answer<SimulateResult>>(REQUESTS.simulate.method, { ...params, workDoneToken }, cancel);
                return await (cx.busy ? cx.busy(title, send) : send());
            } finally {
                stop.dispose();
                listening.dispose();
            }
        });
    } catch (e) {
        if (cancelled) {
            void vscode.window.showInformationMessage('SLA: The simulation was cancelled.');
            return undefined;
        }
        void vscode.window.showErrorMessage(`SLA: the language server could not answer (${e instanceof Error ? e.message : String(e)}).`);
        return undefined;
    }
    if (cancelled) {
        void vscode.window.showInformationMessage('SLA: The simulation was cancelled.');
        return undefined;
    }
    if (!answer.ok) {
        showRefusal(cx, answer.message);
        return undefined;
    }
    return answer.result;
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
