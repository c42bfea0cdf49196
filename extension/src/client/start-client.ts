/**
 * The language client, in a bundle of its own (out/client.cjs): vscode-languageclient and
 * its protocol libraries are nine tenths of the extension's code, and VS Code counts the
 * time to load the main bundle as activation. The extension loads this one right after
 * activating.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Creates the client and starts it in the background (requests sent meanwhile wait for it). */
export function startClient(context: vscode.ExtensionContext, log: vscode.OutputChannel, activateAt: number): LanguageClient {
    const module = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'sla' }],
    };
    const client = new LanguageClient('sla', 'SLA Language Server', serverOptions, clientOptions);
    client.start().then(
        () => log.appendLine(`SLA language server ready ${(performance.now() - activateAt).toFixed(1)} ms after activation`),
        (e: unknown) => log.appendLine(`SLA language server failed to start: ${e instanceof Error ? e.message : String(e)}`),
    );
    return client;
}
