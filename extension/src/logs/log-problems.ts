/**
 * Errors of an incident log in the Problems panel, at the log's line and column: when
 * "Simulate" reads a log that has errors, each one becomes a diagnostic of the log file.
 * While the log is open, every edit checks it again (against the same contract), so a
 * fixed log clears its problems as it is fixed; a change on disk does the same.
 */
import * as vscode from 'vscode';
import { REQUESTS, type Answer, type CheckLogParams, type LogCheck } from '../../../language-server/src/protocol/sla-protocol.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { problemRanges } from './log-problem-ranges.js';

interface Watched {
    contract: vscode.Uri;
    format: 'csv' | 'json';
    watcher: vscode.FileSystemWatcher;
    /** The contract's mapping file, read when the log was first checked. */
    mapping?: CheckLogParams['mapping'];
}

export class LogProblems implements vscode.Disposable {
    private readonly diagnostics = vscode.languages.createDiagnosticCollection('sla-log');
    private readonly watched = new Map<string, Watched>();
    private readonly pending = new Map<string, NodeJS.Timeout>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly client: Promise<LanguageClient>) {
        this.disposables.push(this.diagnostics, vscode.workspace.onDidChangeTextDocument((e) => this.later(e.document.uri, () => e.document.getText())));
    }

    /**
     * Checks the log against the contract and shows its errors (or clears them).
     * Undefined when the server could not check it (the simulation then says why).
     */
    async check(contract: vscode.Uri, log: vscode.Uri, text: string, format: 'csv' | 'json', mapping?: CheckLogParams['mapping']): Promise<LogCheck | undefined> {
        const params: CheckLogParams = { uri: contract.toString(), logText: text, logName: log.path.split('/').pop() ?? log.path, format, ...(mapping ? { mapping } : {}) };
        let answer: Answer<LogCheck>;
        try {
            const client = await this.client;
            // By method name, as commands/support.ts explains.
            answer = await client.sendRequest<Answer<LogCheck>>(REQUESTS.checkLog.method, params);
        } catch {
            return undefined;
        }
        if (!answer.ok) return undefined;
        const errors = answer.result.errors;
        const key = log.toString();
        if (errors.length === 0) {
            this.diagnostics.delete(log);
            this.unwatch(key);
            return answer.result;
        }
        this.diagnostics.set(log, problemRanges(errors, text, format).map((r) => {
            const d = new vscode.Diagnostic(new vscode.Range(r.line, r.start, r.line, r.end), r.message, vscode.DiagnosticSeverity.Error);
            d.source = 'sla log';
            return d;
        }));
        if (!this.watched.has(key)) {
            const folder = vscode.Uri.joinPath(log, '..');
            const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, log.path.split('/').pop() ?? '*'));
            const fromDisk = () => this.later(log, async () => new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(log)));
            watcher.onDidChange(fromDisk);
            watcher.onDidCreate(fromDisk);
            watcher.onDidDelete(() => {
                this.diagnostics.delete(log);
                this.unwatch(key);
            });
            this.watched.set(key, { contract, format, watcher, mapping });
        } else {
            this.watched.get(key)!.contract = contract;
            this.watched.get(key)!.mapping = mapping;
        }
        return answer.result;
    }

    /** The log edited (or changed on disk): check again once the writer pauses. */
    private later(log: vscode.Uri, text: () => string | Promise<string>): void {
        const key = log.toString();
        const w = this.watched.get(key);
        if (!w) return;
        clearTimeout(this.pending.get(key));
        this.pending.set(key, setTimeout(() => {
            this.pending.delete(key);
            void (async () => {
                const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
                try {
                    await this.check(w.contract, log, open ? open.getText() : await text(), w.format, w.mapping);
                } catch {
                    // unreadable now: keep what was shown
                }
            })();
        }, 400));
    }

    private unwatch(key: string): void {
        this.watched.get(key)?.watcher.dispose();
        this.watched.delete(key);
    }

    dispose(): void {
        for (const t of this.pending.values()) clearTimeout(t);
        for (const w of this.watched.values()) w.watcher.dispose();
        for (const d of this.disposables.splice(0)) d.dispose();
    }
}
