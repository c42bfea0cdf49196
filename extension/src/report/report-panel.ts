/**
 * The simulation report in a webview panel. One panel, reused: a new simulation replaces
 * its content. Scripts run only with the nonce of the current render, the webview may
 * load no local files (localResourceRoots is empty: the report is self-contained), and
 * messages from it are validated before the extension saves anything.
 *
 * The last report is kept in the workspace's state, so after a window reload VS Code's
 * restored panel (ReportSerializer) shows it again, and "Open Report" still finds it.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { renderReport } from '../../../language-server/src/render/report-html.js';
import { csvTablesOf, toCsv, toJson, type CsvTable } from '../../../language-server/src/render/report-export.js';
import { isReportMessage, type ExportFormat } from '../../../language-server/src/render/report-messages.js';
import type { SimulateResult } from '../../../language-server/src/protocol/sla-protocol.js';
import { baseName } from '../commands/simulate-args.js';

export interface ShownReport {
    result: SimulateResult;
    /** The contract simulated: exports are offered next to it. */
    contract: vscode.Uri;
}

export const REPORT_VIEW_TYPE = 'sla.report';
/** workspaceState key of the last report (result and contract uri, as JSON). */
const LAST_REPORT = 'sla.report.last';

export function reportTitle(result: SimulateResult): string {
    return `SLA Report: ${result.contract}`;
}

const PANEL_OPTIONS: vscode.WebviewPanelOptions & vscode.WebviewOptions = {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [],
};

export class ReportPanel {
    private static current: ReportPanel | undefined;
    private static state: vscode.Memento | undefined;
    private static lastShown: ShownReport | undefined;

    private report: ShownReport;
    private readonly disposables: vscode.Disposable[] = [];

    private constructor(private readonly panel: vscode.WebviewPanel, report: ShownReport) {
        this.report = report;
        panel.onDidDispose(() => this.dispose(), null, this.disposables);
        panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m), null, this.disposables);
    }

    /** Registers the serializer that restores the panel after a reload; call once on activation. */
    static register(context: vscode.ExtensionContext): void {
        ReportPanel.state = context.workspaceState;
        context.subscriptions.push(vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => {
                panel.webview.options = PANEL_OPTIONS;
                const last = ReportPanel.last;
                if (!last) {
                    panel.webview.html = '<!DOCTYPE html><html><body><p>The SLA report of this window is no longer available: simulate again.</p></body></html>';
                    return;
                }
                ReportPanel.current?.panel.dispose();
                const p = ReportPanel.current = new ReportPanel(panel, last);
                panel.title = reportTitle(last.result);
                p.render();
            },
        }));
    }

    /** The last report shown, for "SLA: Open Report of the Last Simulation" (also after a reload). */
    static get last(): ShownReport | undefined {
        if (ReportPanel.lastShown) return ReportPanel.lastShown;
        const saved = ReportPanel.state?.get<{ result: SimulateResult; contract: string }>(LAST_REPORT);
        if (!saved || typeof saved.contract !== 'string' || !saved.result) return undefined;
        return ReportPanel.lastShown = { result: saved.result, contract: vscode.Uri.parse(saved.contract) };
    }

    static show(report: ShownReport): ReportPanel {
        ReportPanel.lastShown = report;
        void ReportPanel.state?.update(LAST_REPORT, { result: report.result, contract: report.contract.toString() });
        const title = reportTitle(report.result);
        let p = ReportPanel.current;
        if (p) {
            p.report = report;
            p.panel.title = title;
            p.panel.reveal(undefined, false);
        } else {
            const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, PANEL_OPTIONS);
            p = ReportPanel.current = new ReportPanel(panel, report);
        }
        p.render();
        return p;
    }

    private render(): void {
        const nonce = randomBytes(18).toString('base64');
        this.panel.webview.html = renderReport(this.report.result, {
            nonce, cspSource: this.panel.webview.cspSource, title: reportTitle(this.report.result),
        });
    }

    private async onMessage(m: unknown): Promise<void> {
        if (!isReportMessage(m)) return; // a webview is a web page: ignore anything unexpected
        if (m.type === 'print') await printReport(this.report);
        else await exportReport(this.report, m.format);
    }

    private dispose(): void {
        if (ReportPanel.current === this) ReportPanel.current = undefined;
        for (const d of this.disposables.splice(0)) d.dispose();
    }
}

function fileBase(report: ShownReport): string {
    const r = report.result;
    return `${baseName(report.contract.path)}-report-${r.from}${r.to === r.from ? '' : `-${r.to}`}`;
}

const TABLE_LABELS: Record<CsvTable, string> = {
    periods: 'Periods: availability, guarantee, downtime and budget per period',
    incidents: 'Incidents: deadlines, when they were met or missed, and by how much',
    remedies: 'Remedies: warnings, compensations and fees, with clause and reason',
    'service periods': 'Service periods: availability of each named service per period',
    'service remedies': 'Service remedies: credits of each named service, with amount and claim-by date',
};

/**
 * Asks where to save and writes the JSON, or one table of the report as CSV (a table per
 * file opens in a spreadsheet as it is; `table` skips the question).
 */
export async function exportReport(report: ShownReport, format: ExportFormat, table?: CsvTable, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const r = report.result;
    if (format === 'csv' && !table) {
        const pick = await vscode.window.showQuickPick(csvTablesOf(r).map((t) => ({ label: t, detail: TABLE_LABELS[t], table: t })), {
            title: 'SLA: export which table as CSV?',
        });
        if (!pick) return undefined;
        table = pick.table;
    }
    const name = `${fileBase(report)}${table ? `-${table.replace(' ', '-')}` : ''}.${format}`;
    target ??= await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(report.contract, '..', name),
        filters: format === 'json' ? { JSON: ['json'] } : { CSV: ['csv'] },
        saveLabel: `Export ${format.toUpperCase()}`,
        title: `Export the SLA report${table ? `'s ${table}` : ''} as ${format.toUpperCase()}`,
    });
    if (!target) return undefined;
    const text = format === 'json' ? toJson(r) : toCsv(r, table ?? 'periods');
    return save(target, text, `report${table ? ` (${table})` : ''}`);
}

/**
 * Print: webviews cannot print, so the report is saved (where the user says) as a page
 * made for paper — no buttons, every explanation open, a print stylesheet — and opened in
 * the browser, which prints it.
 */
export async function printReport(report: ShownReport, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    target ??= await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(report.contract, '..', `${fileBase(report)}.html`),
        filters: { HTML: ['html'] },
        saveLabel: 'Save and Open to Print',
        title: 'Save the SLA report as a page to print',
    });
    if (!target) return undefined;
    const html = renderReport(report.result, {
        nonce: randomBytes(18).toString('base64'), cspSource: '', title: reportTitle(report.result), printable: true,
    });
    const saved = await save(target, html, 'report for printing');
    if (saved) void vscode.env.openExternal(saved);
    return saved;
}

async function save(target: vscode.Uri, text: string, what: string): Promise<vscode.Uri | undefined> {
    try {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
        void vscode.window.showInformationMessage(`SLA: ${what} saved as ${vscode.workspace.asRelativePath(target)}.`);
        return target;
    } catch (e) {
        void vscode.window.showErrorMessage(`SLA: could not save ${target.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
}
