/**
 * "SLA: Show Deadline Table of a Priority": pick a priority of the contract, then show its
 * deadlines for the standard example moments (the same ones the hover uses) as a Markdown
 * preview, with the clause and the reasoning behind each deadline.
 */
import * as vscode from 'vscode';
import { REQUESTS, type DeadlineTable } from '../../../language-server/src/protocol/sla-protocol.js';
import { deadlineTableMarkdown, priorityItems } from './deadline-table-args.js';
import { type CommandContext, contractUri, request } from './support.js';

export async function deadlineTableCommand(cx: CommandContext, arg?: unknown): Promise<DeadlineTable | undefined> {
    const given = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg as { uri?: unknown; priority?: unknown } : {};
    const contract = await contractUri(arg instanceof vscode.Uri ? arg : typeof given.uri === 'string' ? given.uri : undefined);
    if (!contract) return undefined;
    let priority = typeof given.priority === 'string' ? given.priority : undefined;
    if (!priority) {
        const info = await request(cx, REQUESTS.contractInfo, { uri: contract.toString() }, 'SLA: reading the contract…');
        if (!info) return undefined;
        if (info.priorities.length === 0) {
            void vscode.window.showInformationMessage(`SLA: ${info.name} has no priorities.`);
            return undefined;
        }
        const pick = await vscode.window.showQuickPick(priorityItems(info), { title: 'SLA: deadline table of which priority?', placeHolder: 'Priority' });
        if (!pick) return undefined;
        priority = pick.name;
    }
    const table = await request(cx, REQUESTS.deadlineTable, { uri: contract.toString(), priority }, 'SLA: computing deadlines…');
    if (!table) return undefined;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: deadlineTableMarkdown(table) });
    try {
        await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
    } catch {
        await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    }
    return table;
}
