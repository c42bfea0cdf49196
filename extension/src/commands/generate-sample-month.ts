/**
 * "SLA: Generate a Sample Month": asks for a month and opens a generated incident log of
 * the contract (CSV, the documented schema) as a new unsaved document, or saves it next
 * to the contract — something to try "Simulate" on before real data exists.
 */
import * as vscode from 'vscode';
import { REQUESTS, type GenerateSampleMonthParams, type SampleMonth } from '../../../language-server/src/protocol/sla-protocol.js';
import { defaultSampleMonth, parseMonthInput, seedOf } from './sample-month-args.js';
import { type CommandContext, askParsed, contractUri, exists, request } from './support.js';

export async function generateSampleMonthCommand(cx: CommandContext, arg?: unknown): Promise<SampleMonth | undefined> {
    const given = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg as { uri?: unknown; month?: unknown; save?: unknown } : {};
    const contract = await contractUri(arg instanceof vscode.Uri ? arg : typeof given.uri === 'string' ? given.uri : undefined);
    if (!contract) return undefined;
    let month = typeof given.month === 'string' ? given.month : undefined;
    if (!month) {
        const r = await askParsed({
            title: 'SLA: generate a sample month of incidents',
            prompt: 'Month (yyyy-mm)',
            value: defaultSampleMonth(new Date()),
        }, parseMonthInput);
        if (!r) return undefined;
        month = r.month;
    }
    const params: GenerateSampleMonthParams = { uri: contract.toString(), month, seed: seedOf(month) };
    const sample = await request(cx, REQUESTS.generateSampleMonth, params, 'SLA: generating a sample month…');
    if (!sample) return undefined;

    const target = vscode.Uri.joinPath(contract, '..', sample.fileName);
    const choice = given.save === true ? 'save' : given.save === false ? 'untitled' : (await vscode.window.showQuickPick([
        { label: 'Open as a new unsaved document', id: 'untitled' as const },
        { label: `Save next to the contract as ${sample.fileName}`, id: 'save' as const, description: vscode.workspace.asRelativePath(target) },
    ], { title: `SLA: ${sample.incidents} generated records for ${month}` }))?.id;
    if (!choice) return undefined;
    if (choice === 'save') {
        if (await exists(target)) {
            const overwrite = await vscode.window.showWarningMessage(`${sample.fileName} exists. Replace it?`, { modal: true }, 'Replace');
            if (overwrite !== 'Replace') return undefined;
        }
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(sample.text));
        await vscode.window.showTextDocument(target, { preview: false });
    } else {
        const doc = await vscode.workspace.openTextDocument({ language: 'csv', content: sample.text });
        await vscode.window.showTextDocument(doc, { preview: false });
    }
    return sample;
}
