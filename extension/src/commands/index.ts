/** Registers the palette commands of the extension (see ../../../language-server/src/lsp/protocol.ts). */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';

export function registerCommands(_context: vscode.ExtensionContext, _client: LanguageClient): void {
    // Each command lives in its own file in this folder.
}
