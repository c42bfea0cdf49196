/**
 * The VS Code extension: starts the SLA language server over IPC for `.sla` documents.
 * Commands and the report live in their own files; this one only wires them up.
 *
 * Activation waits neither for the server nor for the language client's code: the
 * client (out/client.cjs, most of the extension's code) is loaded just after activate()
 * returns and starts in the background; commands wait for it. So opening the first
 * contract stays fast. The output channel "SLA" gets one line with the measured times,
 * read by the e2e test and the bench.
 */
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands/index.js';
import { SlaStatusBar } from './status/status-bar.js';
import { ScenarioTests } from './testing/scenario-tests.js';
import { ReportPanel } from './report/report-panel.js';
// Types only: the client's code is a bundle of its own, loaded below by path.
import type * as ClientBundle from './client/start-client.js';

/** When this bundle started to run: the time VS Code spent loading it is not included. */
const loadedAt = performance.now();

let client: Promise<LanguageClient> | undefined;
let stopping = false;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const activateAt = performance.now();
    const log = vscode.window.createOutputChannel('SLA');
    context.subscriptions.push(log);
    stopping = false;

    client = new Promise<LanguageClient>((resolve, reject) => {
        setImmediate(() => {
            // Deactivated before the client was loaded: do not start a server now.
            if (stopping) return reject(new Error('the extension was deactivated'));
            try {
                // A path, not a module name: esbuild leaves the client bundle out of this one.
                const { startClient } = require(context.asAbsolutePath('out/client.cjs')) as typeof ClientBundle;
                resolve(startClient(context, log, activateAt));
            } catch (e) {
                const message = e instanceof Error ? e.message : String(e);
                log.appendLine(`SLA language client failed to load: ${message}`);
                void vscode.window.showErrorMessage(`SLA: the language client could not be loaded, so contracts are not checked (${message}).`);
                reject(e);
            }
        });
    });
    // Handled here (reported above); commands that await it report again when run.
    client.catch(() => undefined);
    const status = new SlaStatusBar(client);
    context.subscriptions.push(status);
    // First: VS Code restores a report panel of the last session as soon as it is registered.
    ReportPanel.register(context);
    const cx = registerCommands(context, client, log, status);
    context.subscriptions.push(new ScenarioTests(cx));
    log.appendLine(`SLA extension activated in ${ms(performance.now() - activateAt)} `
        + `(module evaluated ${ms(activateAt - loadedAt)} before activate)`);
}

export async function deactivate(): Promise<void> {
    stopping = true;
    const started = await client?.catch(() => undefined);
    // stop() refuses a client that is still starting or failed to start; nothing to stop then.
    await started?.stop().catch(() => undefined);
}

function ms(n: number): string {
    return `${n.toFixed(1)} ms`;
}
