/**
 * Read-only documents the extension writes for the user to read (the deadline table): a
 * virtual document on the `sla-view` scheme, shown as a Markdown preview. Unlike an
 * untitled document it cannot be edited and never asks to be saved when closed.
 */
import * as vscode from 'vscode';

export const VIEW_SCHEME = 'sla-view';

export class ReadOnlyViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
    private readonly texts = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;
    private readonly registration: vscode.Disposable;

    constructor() {
        this.registration = vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, this);
    }

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.texts.get(uri.toString()) ?? '';
    }

    /** Shows `markdown` under `title` (the tab's name); the same title again replaces the text. */
    async showMarkdown(title: string, markdown: string): Promise<vscode.Uri> {
        const uri = vscode.Uri.from({ scheme: VIEW_SCHEME, path: `/${title.replace(/[\\/]/g, '-')}.md` });
        const known = this.texts.has(uri.toString());
        this.texts.set(uri.toString(), markdown);
        if (known) this.changed.fire(uri);
        try {
            await vscode.commands.executeCommand('markdown.showPreview', uri);
        } catch {
            // No Markdown preview (disabled built-in): the text itself, read-only.
            const doc = await vscode.workspace.openTextDocument(uri);
            await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
        }
        return uri;
    }

    dispose(): void {
        this.registration.dispose();
        this.changed.dispose();
    }
}
