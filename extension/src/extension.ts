/**
 * The VS Code extension: starts the SLA language server over IPC for `.sla` documents.
 * Commands and the report live in their own files; this one only wires them up.
 *
 * Activation does not wait for the server: the client starts in the background (requests
 * sent meanwhile wait for it), so opening the first contract stays fast. The output
 * channel "SLA" gets one line with the measured times, read by the e2e test and the bench.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { registerCommands } from './commands/index.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

/** When this bundle started to run: the time VS Code spent loading it is not included. */
const loadedAt = performance.now();

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const activateAt = performance.now();
    const log = vscode.window.createOutputChannel('SLA');
    context.subscriptions.push(log);

    const module = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'sla' }],
    };
    client = new LanguageClient('sla', 'SLA Language Server', serverOptions, clientOptions);
    registerCommands(context, client, log);

    const started = client.start().then(
        () => log.appendLine(`SLA language server ready ${ms(performance.now() - activateAt)} after activation`),
        (e: unknown) => log.appendLine(`SLA language server failed to start: ${e instanceof Error ? e.message : String(e)}`),
    );
    void started;
    log.appendLine(`SLA extension activated in ${ms(performance.now() - activateAt)} `
        + `(module evaluated ${ms(activateAt - loadedAt)} before activate)`);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

function ms(n: number): string {
    return `${n.toFixed(1)} ms`;
}
