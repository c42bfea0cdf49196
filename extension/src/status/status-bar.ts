/**
 * The status bar item "SLA": the language server's state (starting, ready, stopped) with a
 * spinner while it starts or while a request of a command runs longer than a moment, and
 * the findings of the active .sla file (errors and warnings). Clicking it opens the
 * Problems panel when the server is ready, else the server's output. Shown while a .sla
 * file is the active editor, and while a request runs.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from '../../../language-server/src/protocol/sla-protocol.js';
import { findingCounts, statusText, type ServerState } from './status-text.js';

/** vscode-languageclient's State enum (a type-only import here: its code is in the client bundle). */
const CLIENT_STATE: Record<number, ServerState> = { 1: 'stopped', 2: 'ready', 3: 'starting' };
/** Requests shorter than this show no spinner (hovers, quick checks). */
const SPIN_AFTER_MS = 250;
export const SHOW_SERVER_OUTPUT = COMMANDS.showServerOutput;
const PROBLEMS = 'workbench.actions.view.problems';

export class SlaStatusBar implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;
    private readonly disposables: vscode.Disposable[] = [];
    private state: ServerState = 'starting';
    private running = 0;
    private busyTitle: string | undefined;

    constructor(client: Promise<LanguageClient>) {
        this.item = vscode.window.createStatusBarItem('sla.status', vscode.StatusBarAlignment.Left, 5);
        this.item.name = 'SLA';
        this.disposables.push(
            this.item,
            vscode.window.onDidChangeActiveTextEditor(() => this.update()),
            vscode.languages.onDidChangeDiagnostics((e) => {
                const active = vscode.window.activeTextEditor?.document.uri.toString();
                if (active && e.uris.some((u) => u.toString() === active)) this.update();
            }),
            vscode.workspace.onDidOpenTextDocument(() => this.update()),
        );
        client.then((c) => {
            this.state = CLIENT_STATE[c.state] ?? 'starting';
            this.disposables.push(c.onDidChangeState((e) => {
                this.state = CLIENT_STATE[e.newState] ?? this.state;
                this.update();
            }));
            this.update();
        }, () => {
            this.state = 'failed';
            this.update();
        });
        this.update();
    }

    /** Runs `work` (a request to the server); the item spins if it takes longer than a moment. */
    async busy<T>(title: string, work: () => Thenable<T>): Promise<T> {
        let spinning = false;
        const timer = setTimeout(() => {
            spinning = true;
            this.running++;
            this.busyTitle = title;
            this.update();
        }, SPIN_AFTER_MS);
        try {
            return await work();
        } finally {
            clearTimeout(timer);
            if (spinning) {
                this.running--;
                if (this.running === 0) this.busyTitle = undefined;
                this.update();
            }
        }
    }

    private update(): void {
        const doc = vscode.window.activeTextEditor?.document;
        const contract = doc && doc.languageId === 'sla' ? doc : undefined;
        const counts = contract ? findingCounts(vscode.languages.getDiagnostics(contract.uri).map((d) => d.severity)) : undefined;
        const view = statusText({
            state: this.state,
            busy: this.running > 0 ? this.busyTitle ?? 'working' : undefined,
            file: contract ? contract.uri.path.split('/').pop() : undefined,
            counts,
        });
        this.item.text = view.text;
        this.item.tooltip = new vscode.MarkdownString(view.tooltip);
        this.item.accessibilityInformation = { label: view.label };
        this.item.command = this.state === 'ready'
            ? { command: PROBLEMS, title: 'Show the Problems panel' }
            : { command: SHOW_SERVER_OUTPUT, title: 'Show the SLA language server output' };
        this.item.backgroundColor = this.state === 'stopped' || this.state === 'failed'
            ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
        if (contract || this.running > 0 || this.state === 'failed') this.item.show();
        else this.item.hide();
    }

    dispose(): void {
        for (const d of this.disposables.splice(0)) d.dispose();
    }
}
