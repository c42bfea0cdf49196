/**
 * A bare LSP client over stdio for the standalone server (`node out/server.cjs --stdio`),
 * as another editor would start it. Used by test/lsp/stdio-server.test.ts and
 * bench/lsp-bench.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
    ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SERVER = `${ROOT}out/server.cjs`;

export interface StdioServer {
    process: ChildProcess;
    connection: ProtocolConnection;
    /** Everything the server wrote to stderr. */
    stderr(): string;
    /** Resolves with the next publishDiagnostics for uri (and version, when given). */
    diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]>;
    open(uri: string, text: string, version?: number): void;
    change(uri: string, text: string, version: number): void;
    /** shutdown + exit; resolves with the exit code. Kills the process if it does not exit. */
    stop(): Promise<number | null>;
}

export interface StdioServerOptions {
    /** Opened as the one workspace folder (the server loads its .sla files); default: none, rootUri is the project. */
    workspaceFolder?: string;
    /** Called with every publishDiagnostics, before the waiting promises resolve. */
    onDiagnostics?: (p: PublishDiagnosticsParams) => void;
}

export async function startStdioServer(options: StdioServerOptions = {}): Promise<StdioServer> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', d => err += d);
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const waiting: Array<{ uri: string; version?: number; resolve: (d: Diagnostic[]) => void }> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
        options.onDiagnostics?.(p);
        for (let i = 0; i < waiting.length; i++) {
            const w = waiting[i]!;
            if (w.uri === p.uri && (w.version === undefined || p.version === undefined || p.version === w.version)) {
                waiting.splice(i--, 1);
                w.resolve(p.diagnostics);
            }
        }
    });
    // Requests the server may send to a client; answer them the way VS Code would.
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();

    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(options.workspaceFolder ?? ROOT).href,
        workspaceFolders: options.workspaceFolder
            ? [{ uri: pathToFileURL(options.workspaceFolder).href, name: 'workspace' }]
            : null,
        capabilities: {
            textDocument: {
                publishDiagnostics: { relatedInformation: true, versionSupport: true },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                synchronization: { didSave: true },
            },
            workspace: { configuration: true },
        },
    });
    await connection.sendNotification(InitializedNotification.type, {});

    return {
        process: child,
        connection,
        stderr: () => err,
        diagnostics(uri, version, timeoutMs = 15000) {
            return new Promise((resolve, reject) => {
                const entry = { uri, version, resolve: (d: Diagnostic[]) => { clearTimeout(timer); resolve(d); } };
                const timer = setTimeout(() => {
                    waiting.splice(waiting.indexOf(entry), 1);
                    reject(new Error(`no diagnostics for ${uri} (version ${version}) within ${timeoutMs} ms; stderr: ${err}`));
                }, timeoutMs);
                waiting.push(entry);
            });
        },
        open(uri, text, version = 1) {
            void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sla', version, text } });
        },
        change(uri, text, version) {
            void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
        },
        async stop() {
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            try {
                await connection.sendRequest(ShutdownRequest.type);
                await connection.sendNotification(ExitNotification.type);
            } catch {
                child.kill('SIGKILL');
            }
            const code = await exited;
            clearTimeout(timer);
            connection.dispose();
            return code;
        },
    };
}

export function sample(name: string): { uri: string; text: string } {
    const path = `${ROOT}samples/${name}`;
    return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
}
