/**
 * What every command needs: the contract it works on, a request to the language server
 * that turns a refusal into a message, and the "SLA" output channel.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { RequestParam } from 'vscode-jsonrpc';
import type { Answer, SlaRequest } from '../../../language-server/src/protocol/sla-protocol.js';
import type { ReadOnlyViews } from '../views/read-only-view.js';
import type { LogProblems } from '../logs/log-problems.js';

export interface CommandContext {
    context: vscode.ExtensionContext;
    /** The language client, once its code is loaded (just after activation). */
    client: Promise<LanguageClient>;
    /** The "SLA" output channel (shared with the extension's own log when it passes one). */
    output(): vscode.OutputChannel;
    /** Runs a request to the server with the status bar item spinning if it takes long. */
    busy?<T>(title: string, work: () => Thenable<T>): Promise<T>;
    /** Read-only documents (the deadline table). */
    views: ReadOnlyViews;
    /** Errors of incident logs in the Problems panel. */
    logs: LogProblems;
}

let lastContract: vscode.Uri | undefined;

function isContract(doc: vscode.TextDocument): boolean {
    return doc.languageId === 'sla' || /\.sla$/i.test(doc.uri.path);
}

/**
 * The contract a command works on: the given uri, else the active editor's .sla file,
 * else a visible one, else the last contract a command used (the report webview may have
 * the focus). Undefined after telling the user to open one.
 */
export async function contractUri(given?: string | vscode.Uri): Promise<vscode.Uri | undefined> {
    let uri: vscode.Uri | undefined;
    if (given instanceof vscode.Uri) uri = given;
    else if (typeof given === 'string' && given !== '') uri = vscode.Uri.parse(given);
    const active = vscode.window.activeTextEditor?.document;
    uri ??= active && isContract(active) ? active.uri : undefined;
    uri ??= vscode.window.visibleTextEditors.map((e) => e.document).find(isContract)?.uri;
    uri ??= lastContract;
    if (!uri) {
        void vscode.window.showWarningMessage('Open an SLA contract (.sla file) first.');
        return undefined;
    }
    lastContract = uri;
    return uri;
}

/** Sends a custom request; a refusal or a transport problem becomes a message, and undefined. */
export async function request<P, R>(cx: CommandContext, type: SlaRequest<P, R>, params: RequestParam<P>, title: string): Promise<R | undefined> {
    let answer: Answer<R>;
    try {
        answer = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title },
            // By method name: the request object was made by this bundle's copy of
            // vscode-jsonrpc, and the client's copy (out/client.cjs) would not recognise its
            // parameter structure. Names and payload types still come from the one object.
            async () => {
                const client = await cx.client;
                const send = () => client.sendRequest<Answer<R>>(type.method, params);
                return cx.busy ? cx.busy(title, send) : send();
            },
        );
    } catch (e) {
        void vscode.window.showErrorMessage(`SLA: the language server could not answer (${e instanceof Error ? e.message : String(e)}).`);
        return undefined;
    }
    if (!answer.ok) {
        showRefusal(cx, answer.message);
        return undefined;
    }
    return answer.result;
}

/** A refusal in one line; long ones (every error of a log) go to the output channel in full. */
export function showRefusal(cx: CommandContext, message: string): void {
    const lines = message.split('\n');
    if (lines.length > 1) {
        const out = cx.output();
        out.appendLine(message);
        void vscode.window.showWarningMessage(`SLA: ${lines[0]} (${lines.length - 1} line(s) in the SLA output)`, 'Show').then((pick) => {
            if (pick) out.show(true);
        });
    } else {
        void vscode.window.showWarningMessage(`SLA: ${message}`);
    }
}

/** The workspace folder of a file, or its own folder. */
export function baseFolder(uri: vscode.Uri): vscode.Uri {
    return vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
}

/** A path from a setting or an argument: absolute, or relative to the workspace folder of `near`. */
export function resolvePath(path: string, near: vscode.Uri): vscode.Uri {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path)) return vscode.Uri.parse(path);
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return near.with({ path: vscode.Uri.file(path).path });
    return vscode.Uri.joinPath(baseFolder(near), path);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

export async function readText(uri: vscode.Uri): Promise<string> {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * An input box whose text a pure parser reads: the parser's error is shown while typing,
 * and the parsed value comes back (undefined when the user cancels).
 */
export async function askParsed<T extends object>(
    options: vscode.InputBoxOptions, parse: (text: string) => T | { error: string },
): Promise<T | undefined> {
    const text = await vscode.window.showInputBox({
        ...options,
        validateInput: (v) => {
            const r = parse(v);
            return 'error' in r ? r.error : undefined;
        },
    });
    if (text === undefined) return undefined;
    const r = parse(text);
    return 'error' in r ? undefined : r;
}
