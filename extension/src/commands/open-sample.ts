/**
 * "SLA: Open a Sample Contract" (and the walkthrough's links): opens the Avetica sample
 * that comes with the extension (samples/ in the .vsix), copied once with its incident log
 * into the extension's global storage so that edits never touch the installed extension and
 * "Simulate" finds the log beside it. An argument moves to a place in it:
 * "hover" shows the hover over P1's response clock, "scenario" goes to a scenario and its
 * "Run scenario" lens.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../../../language-server/src/protocol/sla-protocol.js';
import { exists } from './support.js';

export const OPEN_SAMPLE = COMMANDS.openSample;
const SAMPLE = 'avetica-moodle.sla';
const FILES = [SAMPLE, 'avetica-moodle-2026.csv'];
const PLACES: Record<string, { line: string; word: string }> = {
    hover: { line: 'response within 1 hour of Werkdag after reported', word: 'response' },
    scenario: { line: 'scenario "Vrijdagmiddag-crash"', word: 'scenario' },
};

export async function openSampleCommand(context: vscode.ExtensionContext, place?: unknown): Promise<vscode.Uri> {
    const folder = vscode.Uri.joinPath(context.globalStorageUri, 'samples');
    await vscode.workspace.fs.createDirectory(folder);
    for (const name of FILES) {
        const copy = vscode.Uri.joinPath(folder, name);
        if (!await exists(copy)) await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'samples', name), copy);
    }
    const uri = vscode.Uri.joinPath(folder, SAMPLE);
    // Beside the walkthrough (or another non-text editor) when one is active, so both stay in view.
    const activeTab = vscode.window.tabGroups.activeTabGroup.activeTab;
    const beside = activeTab !== undefined && !(activeTab.input instanceof vscode.TabInputText);
    const editor = await vscode.window.showTextDocument(uri, {
        preview: false, viewColumn: beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
    });
    const target = typeof place === 'string' ? PLACES[place] : undefined;
    if (target) {
        const lines = editor.document.getText().split('\n');
        const line = lines.findIndex((l) => l.includes(target.line));
        if (line >= 0) {
            const column = lines[line].indexOf(target.word) + 1;
            const at = new vscode.Position(line, column);
            editor.selection = new vscode.Selection(at, at);
            editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
            // After the click that ran this command is done (a walkthrough button keeps the focus until then).
            if (place === 'hover') {
                await new Promise((resolve) => setTimeout(resolve, 300));
                await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
                await vscode.commands.executeCommand('editor.action.showHover');
            }
        }
    }
    return uri;
}
