/**
 * A workspace over the real protocol: the bundled server (`node out/server.cjs --stdio`)
 * with a folder of one library and 50 contracts that import it (workspace.ts) as its one
 * workspace folder, driven by a bare LSP client.
 * - first build: from `initialized` (the client then opens one contract, as an editor
 *   restores a tab) until diagnostics of all 51 files have been published; Langium's
 *   initial build of the folder does not validate, the update for the opened file
 *   validates every document of the folder. One fresh server process per run.
 * - an edited contract: didChange of the opened contract (its guarantee toggles between
 *   99.8% and 99.7%), time until its diagnostics of the new text arrive (the server sends
 *   no version; the info about the monthly budget names the guarantee, so the bench knows
 *   which text they belong to).
 * - an edited library: didChange of the library (its compensation cap toggles between
 *   50% and 60% per quarter), time until all 50 importers' diagnostics are published again.
 * Runs alone: node --import tsx bench/workspace-bench.ts (after npm run build).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startStdioServer, type StdioServer } from '../test/e2e/support/stdio-client.js';
import { LIBRARY_FILE, writeWorkspace } from './workspace.js';
import { median, ms, row, spread } from './stats.js';

const CONTRACTS = 50;
const FIRST_BUILDS = 5;
const CONTRACT_EDITS = 30;
const LIBRARY_EDITS = 7;
const WARM_UP = 3;
const TIMEOUT_MS = 60_000;

interface Workspace { dir: string; library: string; contracts: string[] }

/** Diagnostics as they are published, and waiting for a set of files (or one text) to be published. */
class Published {
    private waiters: { pending: Set<string>; test?: (p: PublishDiagnosticsParams) => boolean; done: () => void }[] = [];

    on(p: PublishDiagnosticsParams): void {
        for (const w of [...this.waiters]) {
            if (!w.pending.has(p.uri) || (w.test && !w.test(p))) continue;
            w.pending.delete(p.uri);
            if (w.pending.size === 0) {
                this.waiters.splice(this.waiters.indexOf(w), 1);
                w.done();
            }
        }
    }

    /** Resolves when every uri has been published once more (and passed `test`), from now on. */
    all(uris: string[], what: string, test?: (p: PublishDiagnosticsParams) => boolean): Promise<void> {
        return new Promise((resolve, reject) => {
            const w = { pending: new Set(uris), test, done: () => { clearTimeout(timer); resolve(); } };
            const timer = setTimeout(() => {
                this.waiters.splice(this.waiters.indexOf(w), 1);
                reject(new Error(`${what}: ${w.pending.size} of ${uris.length} files not published within ${TIMEOUT_MS} ms`));
            }, TIMEOUT_MS);
            this.waiters.push(w);
        });
    }
}

const uriOf = (dir: string, name: string) => pathToFileURL(join(dir, name)).href;

/** A fresh server on the folder; resolves when it is initialized, the opened contract and the time of `initialized`. */
async function start(ws: Workspace): Promise<{ server: StdioServer; published: Published; firstBuild: number }> {
    const published = new Published();
    const server = await startStdioServer({ workspaceFolder: ws.dir, onDiagnostics: (p) => published.on(p) });
    const t0 = performance.now(); // startStdioServer returns once `initialized` is sent
    const everything = published.all([ws.library, ...ws.contracts], 'first build');
    const first = ws.contracts[0];
    server.open(first, readFileSync(new URL(first), 'utf8'), 1);
    await everything;
    return { server, published, firstBuild: performance.now() - t0 };
}

/** Toggles `from` and `to` in an open document; ms until `wait` says the new text's diagnostics are out. */
async function edits(server: StdioServer, uri: string, from: string, to: string, count: number,
    wait: (text: string) => Promise<void>): Promise<number[]> {
    const original = readFileSync(new URL(uri), 'utf8');
    if (!original.includes(from)) throw new Error(`${uri} has no "${from}"`);
    const texts = [original.replace(from, to), original];
    const times: number[] = [];
    let version = 1;
    for (let i = 0; i < count + WARM_UP; i++) {
        const text = texts[i % 2];
        version++;
        const done = wait(text);
        const t0 = performance.now();
        server.change(uri, text, version);
        await done;
        if (i >= WARM_UP) times.push(performance.now() - t0);
    }
    return times;
}

export async function measureWorkspace(): Promise<{ firstBuild: number[]; contractEdit: number[]; libraryEdit: number[]; lines: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'sla-workspace-bench-'));
    try {
        const names = writeWorkspace(dir, CONTRACTS);
        const ws: Workspace = { dir, library: uriOf(dir, LIBRARY_FILE), contracts: names.map((n) => uriOf(dir, n)) };
        const lengths = names.map((n) => readFileSync(join(dir, n), 'utf8').split('\n').length - 1);
        const lines = `library ${readFileSync(join(dir, LIBRARY_FILE), 'utf8').split('\n').length - 1} lines, `
            + `contracts ${Math.min(...lengths)}-${Math.max(...lengths)} lines`;

        const firstBuild: number[] = [];
        for (let run = 1; run < FIRST_BUILDS; run++) {
            const { server, firstBuild: t } = await start(ws);
            firstBuild.push(t);
            await server.stop();
        }
        const { server, published, firstBuild: t } = await start(ws);
        firstBuild.push(t);
        try {
            const contract = ws.contracts[0];
            // The budget info names the guarantee: diagnostics of the old text do not count.
            const contractEdit = await edits(server, contract, 'guaranteed 99.8%', 'guaranteed 99.7%', CONTRACT_EDITS, (text) => {
                const guarantee = /guaranteed (\d+(?:\.\d+)?)%/.exec(text)![1];
                return published.all([contract], 'contract edit',
                    (p) => p.diagnostics.some((d) => String(d.message).includes(`${guarantee}% monthly guarantee`)));
            });

            const opened = published.all(ws.contracts, 'library opened');
            server.open(ws.library, readFileSync(new URL(ws.library), 'utf8'), 1);
            await opened;
            const libraryEdit = await edits(server, ws.library, 'capped at 50% per quarter', 'capped at 60% per quarter', LIBRARY_EDITS,
                () => published.all(ws.contracts, 'library edit'));
            return { firstBuild, contractEdit, libraryEdit, lines };
        } finally {
            await server.stop();
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

export async function benchWorkspace(): Promise<string[]> {
    const m = await measureWorkspace();
    const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)} ms`;
    return [
        `workspace: one library and ${CONTRACTS} contracts that import it (${m.lines}), bundled server over stdio`,
        row(`first build: initialized to diagnostics of all ${CONTRACTS + 1} files (n=${FIRST_BUILDS} fresh processes)`,
            median(m.firstBuild), 2000, `per process ${m.firstBuild.map((x) => x.toFixed(0)).join(', ')} ms`),
        row(`diagnostics of an edited contract (guarantee 99.8% <-> 99.7%, n=${CONTRACT_EDITS})`,
            median(m.contractEdit), 50, `${spread(m.contractEdit)}, all ${range(m.contractEdit)}`),
        `${`no target: all ${CONTRACTS} importers republished after a library edit (cap 50% <-> 60%, n=${LIBRARY_EDITS})`.padEnd(52)}`
            + ` median ${ms(median(m.libraryEdit)).padStart(10)}   all ${range(m.libraryEdit)}`,
    ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
    for (const line of await benchWorkspace()) console.log(line);
}
