/** "SLA: Open Report of the Last Simulation": shows the last report again (e.g. after closing it). */
import * as vscode from 'vscode';
import { printReport, ReportPanel } from '../report/report-panel.js';
import { COMMANDS } from '../../../language-server/src/protocol/sla-protocol.js';

export async function openReportCommand(): Promise<boolean> {
    const last = ReportPanel.last;
    if (!last) {
        const pick = await vscode.window.showInformationMessage('SLA: no simulation yet in this window.', 'Simulate…');
        if (pick) await vscode.commands.executeCommand(COMMANDS.simulate);
        return false;
    }
    ReportPanel.show(last);
    return true;
}

/**
 * "SLA: Print Report of the Last Simulation": the report as a page for paper, saved where
 * the user says (or at `{path}`, for tests and tasks) and opened in the browser to print.
 */
export async function printReportCommand(arg?: unknown): Promise<string | undefined> {
    const last = ReportPanel.last;
    if (!last) {
        void vscode.window.showInformationMessage('SLA: no simulation yet in this window.');
        return undefined;
    }
    const path = arg && typeof arg === 'object' && typeof (arg as { path?: unknown }).path === 'string' ? (arg as { path: string }).path : undefined;
    const target = path ? vscode.Uri.joinPath(last.contract, '..', path) : undefined;
    return (await printReport(last, target))?.toString();
}
