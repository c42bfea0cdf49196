import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { createSlaServices } from '../../language-server/src/lsp/sla-lsp-module.js';
import { handleSimulate, type RequestServices } from '../../language-server/src/lsp/requests.js';
import type { Answer } from '../../language-server/src/protocol/sla-protocol.js';

const services: RequestServices = createSlaServices(EmptyFileSystem);
const uri = URI.parse('file:///stream-ws/avetica-moodle.sla');
services.shared.workspace.LangiumDocuments.addDocument(
    services.shared.workspace.LangiumDocumentFactory.fromString(readFileSync('samples/avetica-moodle.sla', 'utf8'), uri));
const tmp = mkdtempSync(join(tmpdir(), 'sla-lsp-stream-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function ok<T>(a: Answer<T>): T {
    if (!a.ok) assert.fail(a.message);
    return a.result;
}

describe('simulate request: the log streamed from disk', () => {
    it('a log named by its file URI gives what its text gives (both through the one streaming path)', async () => {
        const base = { uri: uri.toString(), logName: 'avetica-moodle-2026.csv', format: 'csv' as const, from: '2026-01', to: '2026-12' };
        const byFile = ok(await handleSimulate(services, { ...base, logUri: pathToFileURL('samples/avetica-moodle-2026.csv').href }));
        const byText = ok(await handleSimulate(services, { ...base, logText: readFileSync('samples/avetica-moodle-2026.csv', 'utf8') }));
        assert.deepEqual(byFile, byText);
        // A1 reported Friday 9 January 16:30: the response is due Monday 09:30 (art. 5.2).
        assert.equal(byFile.incidents.find((i) => i.id === 'A1')?.responseDeadline, '2026-01-12T09:30:00+01:00');
        assert.equal(byFile.times?.A1.reported, '2026-01-09T16:30:00+01:00');
        // The sample's 10 rows, all used; its 8 outages overlap none (as the CLI's summary says).
        assert.deepEqual([byFile.quality?.rowsRead, byFile.quality?.rowsUsed, byFile.quality?.outages, byFile.quality?.outagesMerged], [10, 10, 8, 0]);
    });

    it('reports progress as it reads and simulates, percentages rising to the end', async () => {
        // 10,000 rows: progress is told every 4,096 rows, twice while reading and twice while simulating.
        const rows = Array.from({ length: 10_000 }, (_, i) => `S${String(i).padStart(5, '0')},P3,2026-03-02T10:00:00+01:00`);
        const path = join(tmp, 'big.csv');
        writeFileSync(path, ['id,priority,reported', ...rows].join('\n'));
        const seen: [string, number][] = [];
        const r = ok(await handleSimulate(services, { uri: uri.toString(), logUri: path, logName: 'big.csv', format: 'csv', from: '2026-03', to: '2026-03' },
            { progress: (message, percent) => seen.push([message, percent]) }));
        assert.equal(r.incidents.length, 10_000);
        assert.deepEqual(seen.map(([m]) => m), ['reading: 4,096 rows', 'reading: 8,192 rows', 'reading: 10,000 rows', 'simulating: 4,096 rows', 'simulating: 8,192 rows']);
        const percents = seen.map(([, p]) => p);
        assert.deepEqual([...percents].sort((a, b) => a - b), percents, 'never going back');
        assert.ok(percents.every((p) => p >= 0 && p <= 100));
    });

    it('a missing file is a message, not a failure', async () => {
        const r = await handleSimulate(services, { uri: uri.toString(), logUri: join(tmp, 'nope.csv'), logName: 'nope.csv', format: 'csv', from: '', to: '' });
        assert.equal(r.ok, false);
        assert.match((r as { message: string }).message, /^Cannot read nope\.csv/);
    });
});
