/**
 * The VS Code extension: starts the SLA language server over IPC for `.sla` documents.
 * Commands and the report live in their own files; this one only wires them up.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { registerCommands } from './commands/index.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'sla' }],
    };
    client = new LanguageClient('sla', 'SLA Language Server', serverOptions, clientOptions);
    await client.start();
    registerCommands(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
