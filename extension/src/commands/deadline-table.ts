/**
 * "SLA: Show Deadline Table of a Priority": pick a priority of the contract and a report
 * moment (prefilled with now, in the contract's time zone; empty for the standard example
 * moments the hover uses), then read the deadlines, with the clause and the reasoning
 * behind each, in a read-only Markdown preview. Programmatic calls may pass
 * `{uri, priority, moment}` ("" for the examples) and skip the dialogs.
 */
import * as vscode from 'vscode';
import { REQUESTS, type DeadlineTable, type DeadlineTableParams } from '../../../language-server/src/protocol/sla-protocol.js';
import { deadlineTableMarkdown, momentNow, parseMomentInput, priorityItems } from './deadline-table-args.js';
import { type CommandContext, askParsed, contractUri, request } from './support.js';

export async function deadlineTableCommand(cx: CommandContext, arg?: unknown): Promise<DeadlineTable | undefined> {
    const given = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg as { uri?: unknown; priority?: unknown; moment?: unknown } : {};
    const contract = await contractUri(arg instanceof vscode.Uri ? arg : typeof given.uri === 'string' ? given.uri : undefined);
    if (!contract) return undefined;
    let priority = typeof given.priority === 'string' ? given.priority : undefined;
    let moments: string[] | undefined;
    if (typeof given.moment === 'string') {
        const m = parseMomentInput(given.moment);
        if ('error' in m) {
            void vscode.window.showErrorMessage(`sla.deadlineTable: ${m.error}`);
            return undefined;
        }
        moments = m.moments;
    }
    if (!priority || !moments) {
        const info = await request(cx, REQUESTS.contractInfo, { uri: contract.toString() }, 'SLA: reading the contract…');
        if (!info) return undefined;
        if (!priority) {
            if (info.priorities.length === 0) {
                void vscode.window.showInformationMessage(`SLA: ${info.name} has no priorities.`);
                return undefined;
            }
            const pick = await vscode.window.showQuickPick(priorityItems(info), { title: 'SLA: deadline table of which priority?', placeHolder: 'Priority' });
            if (!pick) return undefined;
            priority = pick.name;
        }
        if (!moments) {
            const r = await askParsed({
                title: `SLA: deadlines of ${priority} for an incident reported at`,
                prompt: `Report moment in ${info.zone} (yyyy-mm-dd hh:mm); empty for the standard examples (a weekday morning, a Friday before closing, a Saturday, the eve of a holiday)`,
                value: momentNow(new Date(), info.zone),
                ignoreFocusOut: true,
            }, parseMomentInput);
            if (!r) return undefined;
            moments = r.moments;
        }
    }
    const params: DeadlineTableParams = moments.length ? { uri: contract.toString(), priority, moments } : { uri: contract.toString(), priority };
    const table = await request(cx, REQUESTS.deadlineTable, params, 'SLA: computing deadlines…');
    if (!table) return undefined;
    const when = moments.length ? ` at ${moments[0].replace('T', ' ')}` : '';
    await cx.views.showMarkdown(`Deadlines of ${table.priority}${when} (${table.contract})`, deadlineTableMarkdown(table));
    return table;
}
