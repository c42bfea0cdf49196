/**
 * The bundled server runs on its own over stdio, as other editors start it: initialize,
 * open the Avetica sample, real diagnostics arrive, shutdown and exit end the process.
 * Needs the bundle (npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { messageText } from '../../language-server/src/services/diagnostics.js';
import { SERVER, sample, startStdioServer, type StdioServer } from '../e2e/support/stdio-client.js';

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
});
