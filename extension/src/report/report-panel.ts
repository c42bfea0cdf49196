/**
 * The simulation report in a webview panel. One panel, reused: a new simulation replaces
 * its content. Scripts run only with the nonce of the current render, the webview may
 * load no local files (localResourceRoots is empty: the report is self-contained), and
 * messages from it are validated before the extension saves anything.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { renderReport } from '../../../language-server/src/render/report-html.js';
import { toCsv, toJson } from '../../../language-server/src/render/report-export.js';
import { isReportMessage, type ExportFormat } from '../../../language-server/src/render/report-messages.js';
import type { SimulateResult } from '../../../language-server/src/protocol/sla-protocol.js';
import { baseName } from '../commands/simulate-args.js';

export interface ShownReport {
    result: SimulateResult;
    /** The contract simulated: exports are offered next to it. */
    contract: vscode.Uri;
}

export const REPORT_VIEW_TYPE = 'sla.report';

export function reportTitle(result: SimulateResult): string {
    return `SLA Report: ${result.contract}`;
}

export class ReportPanel {
    private static current: ReportPanel | undefined;
    /** The last report shown, for "SLA: Open Report of the Last Simulation". */
    static last: ShownReport | undefined;

    private report: ShownReport;
    private readonly disposables: vscode.Disposable[] = [];

    private constructor(private readonly panel: vscode.WebviewPanel, report: ShownReport) {
        this.report = report;
        panel.onDidDispose(() => this.dispose(), null, this.disposables);
        panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m), null, this.disposables);
    }

    static show(report: ShownReport): ReportPanel {
        ReportPanel.last = report;
        const title = reportTitle(report.result);
        let p = ReportPanel.current;
        if (p) {
            p.report = report;
            p.panel.title = title;
            p.panel.reveal(undefined, false);
        } else {
            const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
                enableScripts: true,
                enableCommandUris: false,
                localResourceRoots: [],
            });
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
        await exportReport(this.report, m.format);
    }

    private dispose(): void {
        if (ReportPanel.current === this) ReportPanel.current = undefined;
        for (const d of this.disposables.splice(0)) d.dispose();
    }
}

/** Asks where to save and writes the JSON or CSV of the report. */
export async function exportReport(report: ShownReport, format: ExportFormat): Promise<void> {
    const r = report.result;
    const name = `${baseName(report.contract.path)}-report-${r.from}${r.to === r.from ? '' : `-${r.to}`}.${format}`;
    const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(report.contract, '..', name),
        filters: format === 'json' ? { JSON: ['json'] } : { CSV: ['csv'] },
        saveLabel: `Export ${format.toUpperCase()}`,
        title: `Export the SLA report as ${format.toUpperCase()}`,
    });
    if (!target) return;
    const text = format === 'json' ? toJson(r) : toCsv(r);
    try {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
        void vscode.window.showInformationMessage(`SLA: report saved as ${vscode.workspace.asRelativePath(target)}.`);
    } catch (e) {
        void vscode.window.showErrorMessage(`SLA: could not save ${target.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
    }
}
