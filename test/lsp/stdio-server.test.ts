/**
 * The bundled server runs on its own over stdio, as other editors start it: initialize,
 * open the Avetica sample, real diagnostics arrive, shutdown and exit end the process.
 * Needs the bundle (npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { messageText } from '../../language-server/src/services/diagnostics.js';
import { CancellationTokenSource, HoverRequest, type Hover } from 'vscode-languageserver-protocol/node';
import { REQUESTS } from '../../language-server/src/protocol/sla-protocol.js';
import { SERVER, sample, startStdioServer, type StdioServer } from '../e2e/support/stdio-client.js';

/** A year of P2 incidents, one every few minutes, in the samples' CSV columns. */
function bigLog(rows: number): string {
    const lines = ['id,priority,reported,responded,resolved'];
    const start = Date.UTC(2026, 0, 1);
    const stamp = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}+00:00`;
    for (let i = 0; i < rows; i++) {
        const at = start + Math.floor((i * 365 * 86400000) / rows);
        lines.push(`X${i},P2,${stamp(at)},${stamp(at + 1800000)},${stamp(at + 7200000)}`);
    }
    return lines.join('\n') + '\n';
}

function positionOf(text: string, needle: string, shift: number): { line: number; character: number } {
    const at = text.indexOf(needle) + shift;
    const before = text.slice(0, at).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language server over stdio (node out/server.cjs --stdio)', function () {
    this.timeout(30000);
    let server: StdioServer | undefined;

    before(function () {
        if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);
    });
    afterEach(async () => {
        if (server && server.process.exitCode === null) server.process.kill('SIGKILL');
        server = undefined;
    });

    it('publishes the checker findings of the Avetica sample and shuts down cleanly', async () => {
        server = await startStdioServer();
        const avetica = sample('avetica-moodle.sla');
        const published = server.diagnostics(avetica.uri);
        server.open(avetica.uri, avetica.text);
        const diagnostics = await published;

        const codes = diagnostics.map(d => String(d.code));
        assert.ok(codes.includes('remedy-unreachable'), `codes: ${codes.join(', ')}`);
        const unreachable = diagnostics.filter(d => d.code === 'remedy-unreachable');
        assert.equal(unreachable.length, 2, 'art. 6.3 and art. 11.3');
        assert.ok(unreachable.some(d => messageText(d).includes('improvement proposal') && d.range.start.line === 76));
        assert.ok(diagnostics.every(d => d.severity !== 1), 'the sample has no errors');
        // Each code links to its row of the docs beside the bundle (out/../docs/checker.md).
        const checker = pathToFileURL(join(dirname(SERVER), '..', 'docs', 'checker.md')).href;
        for (const d of diagnostics) assert.match(d.codeDescription?.href ?? '', new RegExp(`^${checker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#L\\d+$`), String(d.code));

        assert.equal(await server.stop(), 0);
    });

    it('reports a syntax error after an edit, for that version', async () => {
        server = await startStdioServer();
        const klik = sample('klik-onderwijs.sla');
        const first = server.diagnostics(klik.uri, 1);
        server.open(klik.uri, klik.text, 1);
        assert.ok((await first).every(d => d.severity !== 1));

        const broken = klik.text.replace('Monday to Friday 09:00', 'Monday to Fridy 09:00');
        const second = server.diagnostics(klik.uri, 2);
        server.change(klik.uri, broken, 2);
        const errors = (await second).filter(d => d.severity === 1);
        assert.ok(errors.some(d => messageText(d).includes('Fridy')), JSON.stringify(errors));

        assert.equal(await server.stop(), 0);
    });

    it('a long simulation runs off the main thread: hovers answer meanwhile, and cancelling ends it at once', async function () {
        this.timeout(120000);
        server = await startStdioServer();
        const avetica = sample('avetica-moodle.sla');
        const ready = server.diagnostics(avetica.uri, 1);
        server.open(avetica.uri, avetica.text, 1);
        await ready;
        const log = bigLog(60_000);
        const params = { uri: avetica.uri, logText: log, logName: 'big.csv', format: 'csv', from: '2026-01', to: '2026-12' };
        const hoverAt = { textDocument: { uri: avetica.uri }, position: positionOf(avetica.text, 'response within 1 hour of Werkdag', 2) };

        // Alone: how long the simulation takes here.
        let t = Date.now();
        const alone = await server.connection.sendRequest(REQUESTS.simulate.method, params) as { ok: boolean };
        const simulationMs = Date.now() - t;
        assert.equal(alone.ok, true, JSON.stringify(alone).slice(0, 300));
        assert.ok(simulationMs > 500, `the log should keep the server busy a while (${simulationMs} ms)`);

        // With a hover sent right behind it: the hover comes back long before the simulation.
        t = Date.now();
        let simulatedAt = 0;
        const running = server.connection.sendRequest(REQUESTS.simulate.method, params).then((r) => { simulatedAt = Date.now() - t; return r; });
        await new Promise((resolve) => setTimeout(resolve, 100));
        const hover = await server.connection.sendRequest(HoverRequest.type, hoverAt) as Hover | null;
        const hoveredAt = Date.now() - t;
        assert.ok(hover && JSON.stringify(hover.contents).includes('P1'), JSON.stringify(hover));
        assert.equal(simulatedAt, 0, `the hover (${hoveredAt} ms) waited for the simulation (${simulatedAt} ms)`);
        assert.equal((await running as { ok: boolean }).ok, true);

        // Cancelled: the answer says so, long before a full simulation would end.
        const source = new CancellationTokenSource();
        t = Date.now();
        const cancelled = server.connection.sendRequest(REQUESTS.simulate.method, params, source.token);
        setTimeout(() => source.cancel(), 150);
        const outcome = await cancelled.then((r) => r, (e: Error) => e);
        const cancelledMs = Date.now() - t;
        assert.ok(cancelledMs < simulationMs / 2 + 150, `cancelled after ${cancelledMs} ms; a simulation takes ${simulationMs} ms`);
        assert.match(JSON.stringify(outcome instanceof Error ? outcome.message : outcome), /cancel/i);
        assert.equal(await server.stop(), 0);
    });
});
