/**
 * The scenarios of the workspace's contracts in VS Code's Test Explorer: a test item per
 * contract, per scenario and per `expect` line. Items come from a scan of the text (open
 * documents as they are typed, other .sla files from disk); a run asks the language server
 * (sla/runScenarios), and failures are shown at their `expect` line with what was expected
 * and what happened. The code lens "Run scenario" stays: this is the same run, listed.
 */
import * as vscode from 'vscode';
import { REQUESTS, type Answer, type RunScenariosParams, type ScenarioRun } from '../../../language-server/src/protocol/sla-protocol.js';
import type { CommandContext } from '../commands/support.js';
import { scenarioVerdict } from './scenario-outcomes.js';
import { scanScenarios, type ScannedScenario } from './scenario-scan.js';

export const TEST_CONTROLLER_ID = 'sla.scenarios';
/** Ids are unique among siblings; VS Code joins the ids of a path with NUL, so none holds one. */
const scenarioId = (name: string) => `scenario:${name.replace(/\0/g, '')}`;
const expectId = (line: number) => `expect:${line}`;

type Kind = 'file' | 'scenario' | 'expect';
interface ItemData {
    kind: Kind;
    uri: vscode.Uri;
    scenario?: string;
}

export class ScenarioTests implements vscode.Disposable {
    private readonly controller: vscode.TestController;
    private readonly data = new WeakMap<vscode.TestItem, ItemData>();
    private readonly disposables: vscode.Disposable[] = [];
    private readonly pending = new Map<string, NodeJS.Timeout>();

    constructor(private readonly cx: CommandContext) {
        const c = this.controller = vscode.tests.createTestController(TEST_CONTROLLER_ID, 'SLA Scenarios');
        this.disposables.push(c);
        c.resolveHandler = async (item) => {
            if (!item) await this.discoverWorkspace();
        };
        c.refreshHandler = async () => {
            c.items.replace([]);
            await this.discoverWorkspace();
        };
        c.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token), true);

        for (const doc of vscode.workspace.textDocuments) this.fromDocument(doc);
        // The workspace's contracts are listed right away, not only once the Testing view
        // asks (it does not ask again after a contract was opened and listed first).
        setTimeout(() => void this.discoverWorkspace(), 0);
        this.disposables.push(
            vscode.workspace.onDidOpenTextDocument((d) => this.fromDocument(d)),
            vscode.workspace.onDidChangeTextDocument((e) => this.later(e.document)),
        );
        const watcher = vscode.workspace.createFileSystemWatcher('**/*.sla');
        this.disposables.push(
            watcher,
            watcher.onDidCreate((u) => void this.fromDisk(u)),
            watcher.onDidChange((u) => {
                // An open document is followed as typed; its saves change nothing here.
                if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString())) void this.fromDisk(u);
            }),
            watcher.onDidDelete((u) => c.items.delete(u.toString())),
        );
    }

    dispose(): void {
        for (const t of this.pending.values()) clearTimeout(t);
        for (const d of this.disposables.splice(0)) d.dispose();
    }

    private async discoverWorkspace(): Promise<void> {
        const files = await vscode.workspace.findFiles('**/*.sla', '**/{node_modules,.git}/**');
        await Promise.all(files.map((u) => this.fromDisk(u)));
    }

    private async fromDisk(uri: vscode.Uri): Promise<void> {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open) return this.fromDocument(open);
        try {
            this.update(uri, new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
        } catch {
            this.controller.items.delete(uri.toString()); // gone or unreadable: nothing to run
        }
    }

    private fromDocument(doc: vscode.TextDocument): void {
        if (doc.languageId !== 'sla' && !/\.sla$/i.test(doc.uri.path)) return;
        if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled' && doc.uri.scheme !== 'vscode-remote') return;
        this.update(doc.uri, doc.getText());
    }

    /** Typing: rescan once the writer pauses. */
    private later(doc: vscode.TextDocument): void {
        const key = doc.uri.toString();
        clearTimeout(this.pending.get(key));
        this.pending.set(key, setTimeout(() => {
            this.pending.delete(key);
            this.fromDocument(doc);
        }, 300));
    }

    /** Makes the items of one file match its scenarios (kept by id, so results stay on unchanged ones). */
    private update(uri: vscode.Uri, text: string): void {
        const scenarios = scanScenarios(text);
        const c = this.controller;
        const key = uri.toString();
        if (scenarios.length === 0) {
            c.items.delete(key);
            return;
        }
        let file = c.items.get(key);
        if (!file) {
            file = c.createTestItem(key, vscode.workspace.asRelativePath(uri), uri);
            this.data.set(file, { kind: 'file', uri });
            c.items.add(file);
        }
        file.children.replace(scenarios.map((s) => this.scenarioItem(file, uri, s)));
    }

    private scenarioItem(file: vscode.TestItem, uri: vscode.Uri, s: ScannedScenario): vscode.TestItem {
        const id = scenarioId(s.name);
        const item = file.children.get(id) ?? this.controller.createTestItem(id, s.name, uri);
        this.data.set(item, { kind: 'scenario', uri, scenario: s.name });
        item.range = new vscode.Range(s.line - 1, s.column, s.line - 1, s.column);
        item.children.replace(s.expects.map((x) => {
            const e = this.expectItem(item, uri, s.name, x.line, `expect ${x.text}`);
            e.range = new vscode.Range(x.line - 1, x.column, x.line - 1, x.column + 6 + x.text.length + 1);
            return e;
        }));
        return item;
    }

    private expectItem(scenario: vscode.TestItem, uri: vscode.Uri, name: string, line: number, label: string): vscode.TestItem {
        const id = expectId(line);
        const existing = scenario.children.get(id);
        const item = existing && existing.label === label ? existing : this.controller.createTestItem(id, label, uri);
        this.data.set(item, { kind: 'expect', uri, scenario: name });
        item.sortText = String(line).padStart(6, '0');
        return item;
    }

    private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
        const run = this.controller.createTestRun(request);
        try {
            // Which scenarios of which file: a file (or nothing chosen) means all of them.
            const plan = new Map<string, { uri: vscode.Uri; all: boolean; scenarios: Set<string> }>();
            const roots: vscode.TestItem[] = [];
            if (request.include) roots.push(...request.include);
            else this.controller.items.forEach((i) => roots.push(i));
            const excluded = new Set<vscode.TestItem>(request.exclude ?? []);
            for (const item of roots) {
                const d = this.data.get(item);
                if (!d || excluded.has(item)) continue;
                const key = d.uri.toString();
                const p = plan.get(key) ?? { uri: d.uri, all: false, scenarios: new Set<string>() };
                plan.set(key, p);
                if (d.kind === 'file') {
                    item.children.forEach((s) => {
                        if (!excluded.has(s)) p.scenarios.add(this.data.get(s)!.scenario!);
                    });
                    p.all = p.scenarios.size === item.children.size;
                } else {
                    p.scenarios.add(d.scenario!);
                }
            }
            for (const p of plan.values()) {
                if (token.isCancellationRequested) break;
                await this.runFile(run, p.uri, p.all ? undefined : [...p.scenarios], token);
            }
        } finally {
            run.end();
        }
    }

    private async runFile(run: vscode.TestRun, uri: vscode.Uri, names: string[] | undefined, token: vscode.CancellationToken): Promise<void> {
        const file = this.controller.items.get(uri.toString());
        if (!file) return;
        const items = (names ?? childrenOf(file).map((s) => this.data.get(s)!.scenario!))
            .map((n) => file.children.get(scenarioId(n)))
            .filter((i): i is vscode.TestItem => i !== undefined);
        for (const s of items) {
            run.started(s);
            s.children.forEach((e) => run.started(e));
        }
        // One request for the whole file, else one per scenario (the server runs one or all).
        const requests: RunScenariosParams[] = names === undefined ? [{ uri: uri.toString() }] : names.map((scenario) => ({ uri: uri.toString(), scenario }));
        for (const params of requests) {
            if (token.isCancellationRequested) return;
            const started = Date.now();
            const answer = await this.send(params);
            const duration = Date.now() - started;
            if (!answer.ok) {
                for (const s of items.filter((i) => params.scenario === undefined || this.data.get(i)?.scenario === params.scenario)) {
                    const m = new vscode.TestMessage(answer.message);
                    if (s.range) m.location = new vscode.Location(uri, s.range);
                    run.errored(s, m);
                    s.children.forEach((e) => run.skipped(e));
                }
                continue;
            }
            this.report(run, file, uri, answer.result, duration);
        }
    }

    private report(run: vscode.TestRun, file: vscode.TestItem, uri: vscode.Uri, result: ScenarioRun, duration: number): void {
        for (const outcome of result.scenarios) {
            const item = file.children.get(scenarioId(outcome.scenario));
            if (!item) continue;
            const verdict = scenarioVerdict(outcome);
            const seen = new Set<string>();
            for (const x of verdict.expects) {
                // The server's lines are the truth; an item the scan has not made yet is added.
                const label = `expect ${outcome.expectations.find((e) => e.line === x.line)?.expect ?? ''}`;
                let e = item.children.get(expectId(x.line));
                if (!e) {
                    e = this.expectItem(item, uri, outcome.scenario, x.line, label);
                    e.range = new vscode.Range(x.line - 1, 0, x.line - 1, 0);
                    item.children.add(e);
                }
                seen.add(e.id);
                if (x.passed) {
                    run.passed(e, duration);
                } else {
                    // Expected and actual are in the message, not set as its diff: VS Code would then
                    // write "actual != expected" at the line, cut off, instead of the sentence.
                    const m = new vscode.TestMessage(x.message);
                    m.location = new vscode.Location(uri, e.range ?? new vscode.Range(x.line - 1, 0, x.line - 1, 0));
                    run.failed(e, m, duration);
                }
            }
            item.children.forEach((e) => {
                if (!seen.has(e.id)) run.skipped(e);
            });
            const at = new vscode.Location(uri, item.range ?? new vscode.Range(outcome.line - 1, 0, outcome.line - 1, 0));
            const messages = verdict.messages.map((text) => Object.assign(new vscode.TestMessage(text), { location: at }));
            if (verdict.state === 'passed') run.passed(item, duration);
            else if (verdict.state === 'failed') run.failed(item, messages, duration);
            else run.errored(item, messages, duration);
        }
    }

    private async send(params: RunScenariosParams): Promise<Answer<ScenarioRun>> {
        try {
            const client = await this.cx.client;
            // By method name, as commands/support.ts explains.
            return await client.sendRequest<Answer<ScenarioRun>>(REQUESTS.runScenarios.method, params);
        } catch (e) {
            return { ok: false, message: `The language server could not answer (${e instanceof Error ? e.message : String(e)}).` };
        }
    }
}

function childrenOf(item: vscode.TestItem): vscode.TestItem[] {
    const out: vscode.TestItem[] = [];
    item.children.forEach((c) => out.push(c));
    return out;
}
