/** "SLA: Open Report of the Last Simulation": shows the last report again (e.g. after closing it). */
import * as vscode from 'vscode';
import { ReportPanel } from '../report/report-panel.js';
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
