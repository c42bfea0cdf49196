import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { createSlaServices } from '../../language-server/src/lsp/sla-lsp-module.js';
import { handleCheckLog, type RequestServices } from '../../language-server/src/lsp/requests.js';
import type { Answer } from '../../language-server/src/protocol/sla-protocol.js';

const services: RequestServices = createSlaServices(EmptyFileSystem);
const AVETICA = readFileSync('samples/avetica-moodle.sla', 'utf8');
const LOG = readFileSync('samples/avetica-moodle-2026.csv', 'utf8');

function open(text: string): string {
    const uri = URI.parse('file:///ws-check-log/avetica-moodle.sla');
    services.shared.workspace.LangiumDocuments.addDocument(services.shared.workspace.LangiumDocumentFactory.fromString(text, uri));
    return uri.toString();
}

function ok<T>(a: Answer<T>): T {
    if (!a.ok) assert.fail(a.message);
    return a.result;
}

describe('checkLog request (log errors for the Problems panel)', () => {
    const uri = open(AVETICA);

    it('the sample log has no errors', async () => {
        const r = ok(await handleCheckLog(services, { uri, logText: LOG, logName: 'avetica-moodle-2026.csv', format: 'csv' }));
        assert.deepEqual(r.errors, []);
        // One record per line after the header.
        assert.equal(r.incidents, LOG.trim().split('\n').length - 1);
    });

    it('each error at its line and column of the log, with the field', async () => {
        // Line 2: the priority (column 2 of the header) is unknown; line 3: reported (column 3) is no time.
        const bad = 'id,priority,reported\nx,P9,2026-01-01 10:00\ny,P1,yesterday\n';
        const r = ok(await handleCheckLog(services, { uri, logText: bad, logName: 'bad.csv', format: 'csv' }));
        assert.deepEqual(r.errors.map((e) => [e.line, e.column, e.field]), [[2, 2, 'priority'], [3, 3, 'reported']]);
        assert.match(r.errors[0].message, /unknown priority 'P9'/);
    });

    it('refuses when the contract cannot be read', async () => {
        const a = await handleCheckLog(services, { uri: 'file:///nowhere/x.sla', logText: LOG, logName: 'l.csv', format: 'csv' });
        assert.equal(a.ok, false);
    });
});
