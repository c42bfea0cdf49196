import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvRecords } from '../../language-server/src/services/log/csv-reader.js';
import { readJsonRecords } from '../../language-server/src/services/log/json-reader.js';
import { IncidentSpill } from '../../language-server/src/services/log/spill.js';
import { IdHashes } from '../../language-server/src/services/log/id-hashes.js';
import type { LogError } from '../../language-server/src/engine/incident-log.js';
import type { HeaderColumn, RawRecord } from '../../language-server/src/services/log/raw-record.js';
import type { Incident } from '../../language-server/src/engine/incident-log.js';

const dir = mkdtempSync(join(tmpdir(), 'sla-readers-'));
let k = 0;
function file(text: string | Buffer, ext = 'csv'): string {
    const path = join(dir, `f${++k}.${ext}`);
    writeFileSync(path, text);
    return path;
}

async function csv(text: string | Buffer) {
    const path = file(text);
    const header: HeaderColumn[] = [];
    const errors: LogError[] = [];
    const records: RawRecord[] = [];
    for await (const b of readCsvRecords({ path, name: 'log.csv' }, (h) => header.push(...h), (e) => errors.push(e))) records.push(...b);
    return { header, errors, records };
}

async function json(text: string | Buffer) {
    const path = file(text, 'json');
    const errors: LogError[] = [];
    const records: RawRecord[] = [];
    for await (const b of readJsonRecords({ path, name: 'log.json' }, (e) => errors.push(e))) records.push(...b);
    return { errors, records };
}

describe('streaming CSV reader', () => {
    it('a BOM, CRLF, semicolons and a quoted line break: records by the line they start on', async () => {
        const text = '\uFEFFid;priority;note\r\n1;P1;"two\r\nlines; one field"\r\n\r\n2;P2;plain\r\n';
        const r = await csv(text);
        assert.deepEqual(r.errors, []);
        assert.deepEqual(r.header.map((h) => [h.name, h.line, h.column]), [['id', 1, 1], ['priority', 1, 2], ['note', 1, 3]]);
        // Record 1 starts on line 2 and runs to line 3; line 4 is blank; record 2 is on line 5.
        assert.deepEqual(r.records.map((x) => [x.line, x.values.id, x.values.note]), [[2, '1', 'two\r\nlines; one field'], [5, '2', 'plain']]);
        assert.deepEqual(r.records[1].pos('note'), { line: 5, column: 3 });
    });

    it('tabs are a delimiter too; a row with more fields than the header is named', async () => {
        const r = await csv('id\tpriority\n1\tP1\tx\n');
        assert.deepEqual(r.records[0].values, { id: '1', priority: 'P1' });
        // A problem of one row comes with the row, not as a problem of the file.
        assert.deepEqual(r.errors, []);
        assert.deepEqual(r.records[0].problems?.map((e) => [e.line, e.column, e.message]), [[2, 3, '3 fields, but the header has 2']]);
    });

    it('a stray quote is a problem of its row, and the rows around it are read', async () => {
        const r = await csv('id,note\n1,say "hi"\n2,"ok"\n');
        assert.deepEqual(r.errors, []);
        assert.deepEqual(r.records.map((x) => [x.line, x.values.id, x.values.note, x.problems?.map((e) => [e.line, e.column])]),
            [[2, '1', 'say "hi"', [[2, 7]]], [3, '2', 'ok', undefined]]);
    });

    it('rows of a batch keep their own problems (a long file read in pieces)', async () => {
        // About 3 MB: three pieces of the reader.
        const note = 'n'.repeat(100);
        const rows = Array.from({ length: 30_000 }, (_, i) => (i % 10_000 === 5 ? `${i},${note},b` : `${i},${note}`));
        const r = await csv(['id,note', ...rows].join('\n'));
        const named = r.records.filter((x) => x.problems).map((x) => [x.line, x.problems!.length]);
        assert.deepEqual(named, [[7, 1], [10_007, 1], [20_007, 1]]);
        assert.equal(r.records.length, 30_000);
    });

    it('a NUL byte (UTF-16) is one message with its place; an empty file is named', async () => {
        const r = await csv(Buffer.from('id,priority\n1,P\0\n', 'utf8'));
        // Line 2, after "1,P": the fourth byte of the line.
        assert.deepEqual(r.errors.map((e) => [e.line, e.column]), [[2, 4]]);
        assert.match(r.errors[0].message, /NUL byte/);
        assert.deepEqual((await csv('  \n')).errors.map((e) => e.message), ['the file is empty']);
    });

    it('an unclosed quote stops the reading with one message', async () => {
        const r = await csv('id,note\n1,"open\n2,x\n');
        assert.equal(r.errors.length, 1);
        assert.deepEqual(r.errors.map((e) => [e.line, e.column, e.message]),
            [[2, 3, 'cannot read the CSV: a quote opened on line 2, column 3 is never closed']]);
    });
});

describe('streaming JSON reader', () => {
    it('records with the place of each key; a BOM is fine', async () => {
        const r = await json('\uFEFF[\n  {"id": "1",\n   "priority": "P1"},\n  {"id": "2"}\n]\n');
        assert.deepEqual(r.errors, []);
        assert.deepEqual(r.records.map((x) => [x.line, x.values.id]), [[2, '1'], [4, '2']]);
        // "priority" is on line 3, column 4; the BOM takes no column.
        assert.deepEqual(r.records[0].pos('priority'), { line: 3, column: 4 });
        assert.deepEqual(r.records[0].pos('id'), { line: 2, column: 4 });
    });

    it('not an array is one message', async () => {
        const r = await json('{"id": 1}');
        assert.deepEqual(r.errors.map((e) => [e.line, e.column, e.message]), [[1, 1, 'expected a JSON array of incident records']]);
        assert.equal(r.records.length, 0);
    });

    it('a record that is not an object, and one that is not JSON, by their places; the others are read', async () => {
        const r = await json('[\n  42,\n  {"id": "1" "kind": "incident"},\n  {"id": "2"}\n]');
        assert.deepEqual(r.records.map((x) => x.values.id), ['2']);
        assert.deepEqual(r.errors.map((e) => [e.line, e.column]), [[2, 3], [3, 14]]);
        assert.equal(r.errors[0].message, 'record 1 is not an object');
        assert.match(r.errors[1].message, /^not valid JSON/);
    });

    it('a missing comma between records, and an array that is not closed', async () => {
        assert.match((await json('[{"id": "1"} {"id": "2"}]')).errors[0].message, /expected ',' or '\]' after record 1/);
        assert.match((await json('[{"id": "1"},')).errors[0].message, /not closed/);
    });

    it('a character whose bytes a read block splits stays whole (JSON and CSV)', async () => {
        // 23 (JSON) and 11 (CSV) bytes before the note, then 2-byte characters: the first
        // 262,144-byte block, an even number, ends inside one.
        const note = 'é'.repeat(300_000);
        const j = await json(`[{"id": "12", "note": "${note}"}]`);
        assert.equal(j.records[0].values.note, note);
        const c = await csv(`id,note\n12,${note}\n`);
        assert.equal(c.records[0].values.note, note);
    });

    it('a record longer than a read block is read whole', async () => {
        const note = 'x'.repeat(600_000);
        const r = await json(`[{"id": "1", "note": "${note}"}, {"id": "2"}]`);
        assert.deepEqual(r.errors, []);
        assert.equal((r.records[0].values.note as string).length, 600_000);
        assert.equal(r.records[1].values.id, '2');
    });
});

describe('external sort of incidents', () => {
    const inc = (id: string, reported?: number, downFrom?: number): Incident => ({ id, kind: 'incident', reported, downFrom, paused: [], line: Number(id.slice(1)) });

    it('a log bigger than the chunk: runs on disk merged in report time, then id; the files removed', () => {
        const spill = new IncidentSpill(3);
        // 10 incidents, out of order, ties on time broken by id (code units: "i10" < "i2").
        const times = [5, 1, 9, 1, 7, 3, 3, 8, 2, 6];
        times.forEach((t, i) => spill.push(inc(`i${i + 1}`, t * 1000)));
        spill.push(inc('i11', undefined, 4000)); // no report: by its outage start
        spill.push(inc('i12')); // no time at all: last
        assert.equal(spill.inOrder, false);
        const order = [...spill.sorted()].map((x) => x.id);
        assert.deepEqual(order, ['i2', 'i4', 'i9', 'i6', 'i7', 'i11', 'i1', 'i10', 'i5', 'i8', 'i3', 'i12']);
        assert.ok(spill.runCount >= 4, `12 incidents in chunks of 3 make 4 runs, got ${spill.runCount}`);
        const dirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('sla-log-'));
        const before = dirs().length;
        spill.dispose();
        assert.equal(dirs().length, before - 1);
    });

    it('a log in order stays one run, read straight through; lines can be left out', () => {
        const spill = new IncidentSpill(2);
        for (let i = 1; i <= 7; i++) spill.push(inc(`i${i}`, i * 1000));
        assert.equal(spill.inOrder, true);
        assert.deepEqual([...spill.sorted(new Set([3, 5]))].map((x) => x.id), ['i1', 'i2', 'i4', 'i6', 'i7']);
        assert.equal(spill.runCount, 1);
        spill.dispose();
    });

    it('an incident comes back from disk as it went in: every time, pauses, services, texts in any script, a note longer than a block', () => {
        const full: Incident = {
            id: 'Ticket №7 "ø"', kind: 'planned-maintenance', priority: 'P1 – urgent', reported: 1_767_222_000_615, responded: 1_767_222_060_000,
            resolved: 1_767_230_760_615, downFrom: 1_767_222_000_000, downTo: 1_767_225_600_000, announced: 1_766_000_000_000,
            paused: [{ from: 1_767_223_000_000, to: 1_767_224_000_000 }, { from: 1_767_226_000_000, to: 1_767_227_000_000 }],
            note: 'klant belde: "dringend" 🚨\n' + 'é'.repeat(700_000), acknowledged: 1_767_222_030_000, workStarted: 1_767_222_090_000,
            workaround: 1_767_229_000_000, services: ['Moodle', 'Mail; intern'], line: 42,
        };
        const bare: Incident = { id: '1', kind: 'incident', priority: undefined, reported: undefined, responded: undefined, resolved: undefined,
            downFrom: undefined, downTo: undefined, announced: undefined, paused: [], note: undefined, line: 3 };
        const later = { ...bare, id: '0', reported: full.reported! + 1 };
        // In order (one run, written as it comes) and out of order (sorted runs of one, merged); without a time last.
        for (const given of [[full, later, bare], [later, full, bare]]) {
            const spill = new IncidentSpill(1);
            for (const inc of given) spill.push(inc);
            assert.equal(spill.inOrder, given[0] === full);
            assert.deepStrictEqual([...spill.sorted()], [full, later, bare]);
            spill.dispose();
        }
    });
});

describe('duplicate ids by hash', () => {
    it('a second id is a suspect, a new one is not', () => {
        const ids = new IdHashes();
        for (let i = 0; i < 100_000; i++) assert.equal(ids.add(`INC${i}`), false);
        assert.equal(ids.add('INC77'), true);
        assert.equal(ids.suspects.size, 1);
    });
});

after(() => rmSync(dir, { recursive: true, force: true }));
