import assert from 'node:assert/strict';
import { formatLogError, parseIncidentLog } from '../../language-server/src/engine/incident-log.js';
import { parseLocal } from '../../language-server/src/engine/time.js';
import { avetica } from './fixtures.js';

const contract = avetica();
const t = (s: string) => parseLocal(s, 'Europe/Amsterdam') as number;

const CSV_HEADER = 'id,priority,reported,responded,resolved,down_from,down_to,kind,announced,paused,note';

describe('incident log: CSV', () => {
    it('reads a good log with local and offset times, kinds and pauses', () => {
        const text = [CSV_HEADER,
            '1,P1,2026-11-06 16:30,2026-11-09T09:40,2026-11-09 12:00,2026-11-06 16:30,2026-11-06 18:10,,,2026-11-06T17:00/2026-11-07T09:00;2026-11-08T10:00/2026-11-08T11:00,"first, with comma"',
            'm1,,,,,2026-11-13T22:00:00+01:00,2026-11-13T22:25:00+01:00,planned-maintenance,2026-11-01 12:00,,',
        ].join('\n');
        const { incidents, errors } = parseIncidentLog(text, 'log.csv', 'csv', contract);
        assert.deepEqual(errors, []);
        assert.equal(incidents.length, 2);
        const [a, m] = incidents;
        assert.equal(a.kind, 'incident');
        assert.equal(a.reported, t('2026-11-06 16:30'));
        assert.equal(a.responded, Date.parse('2026-11-09T08:40:00Z'));
        assert.deepEqual(a.paused, [{ from: t('2026-11-06 17:00'), to: t('2026-11-07 09:00') }, { from: t('2026-11-08 10:00'), to: t('2026-11-08 11:00') }]);
        assert.equal(a.note, 'first, with comma');
        assert.equal(m.kind, 'planned-maintenance');
        assert.equal(m.priority, undefined);
        assert.equal(m.downTo! - m.downFrom!, 25 * 60_000);
        assert.equal(m.line, 3);
    });

    it('accepts a header with only some columns, in any order, and third-party', () => {
        const text = 'kind,id,down_from,down_to\nthird-party,x,2026-01-01 10:00,2026-01-01 11:00\n';
        const { incidents, errors } = parseIncidentLog(text, 'f.csv', 'csv', contract);
        assert.deepEqual(errors, []);
        assert.equal(incidents[0].kind, 'third-party');
    });

    it('reports every error with file, line, column number and field, and returns no incidents', () => {
        const text = [CSV_HEADER,
            '1,P9,2026-02-30 10:00,,,,,,,,',
            '2,P1,2026-02-03 10:00,2026-02-03 09:00,2026-02-03 08:00,2026-02-03 10:00,2026-02-03 09:00,outage,,2026-02-03T10:00/2026-02-03T09:00,',
            '2,P1,2026-02-03 10:00,,,,,,,,',
            ',P1,,,,,,,,,',
        ].join('\n');
        const { incidents, errors } = parseIncidentLog(text, 'log.csv', 'csv', contract);
        assert.deepEqual(incidents, []);
        const lines = errors.map(formatLogError);
        assert.deepEqual(lines, [
            "log.csv:2:2: column 'priority': unknown priority 'P9' (the contract has P1, P2, P3)",
            "log.csv:2:3: column 'reported': cannot read '2026-02-30 10:00' as a time",
            "log.csv:3:4: column 'responded': the response is before the report",
            "log.csv:3:5: column 'resolved': resolved is before reported",
            "log.csv:3:7: column 'down_to': down_to is before down_from",
            "log.csv:3:8: column 'kind': unknown kind 'outage' (expected incident, planned-maintenance, urgent-maintenance, emergency-maintenance, force-majeure, customer-caused, third-party)",
            "log.csv:3:10: column 'paused': the pause ending 2026-02-03T09:00 ends before it starts",
            "log.csv:4:1: column 'id': duplicate id '2' (first on line 3)",
            "log.csv:5:1: column 'id': the id is missing",
        ]);
    });

    it('rejects unknown columns in the header', () => {
        const { errors } = parseIncidentLog('id,severity\n1,high\n', 'f.csv', 'csv', contract);
        assert.equal(errors.length, 1);
        assert.equal(errors[0].line, 1);
        assert.equal(errors[0].column, 2);
        assert.match(formatLogError(errors[0]), /^f\.csv:1:2: column 'severity': unknown column 'severity'/);
    });

    it('needs down_from and down_to together', () => {
        const { errors } = parseIncidentLog('id,down_from\n1,2026-01-01 10:00\n', 'f.csv', 'csv', contract);
        assert.match(errors[0].message, /together/);
    });

    it('reports an empty file', () => {
        const { errors } = parseIncidentLog('  \n', 'f.csv', 'csv', contract);
        assert.equal(formatLogError(errors[0]), 'f.csv:1:1: the file is empty');
    });

    it('gives the start line of a record with a quoted newline', () => {
        const text = 'id,note,reported\n1,"two\nlines",2026-13-01 10:00\n';
        const { errors } = parseIncidentLog(text, 'f.csv', 'csv', contract);
        assert.equal(errors[0].line, 2);
        assert.equal(errors[0].column, 3);
    });
});

describe('incident log: JSON', () => {
    it('reads records with pauses as a list or a string', () => {
        const text = JSON.stringify([
            { id: '1', priority: 'P2', reported: '2026-11-06T16:30', paused: [{ from: '2026-11-06T17:00', to: '2026-11-07T09:00' }] },
            { id: 2, kind: 'force-majeure', down_from: '2026-11-07 10:00', down_to: '2026-11-07 11:00', paused: '2026-11-07T10:00/2026-11-07T10:30' },
        ], null, 2);
        const { incidents, errors } = parseIncidentLog(text, 'log.json', 'json', contract);
        assert.deepEqual(errors, []);
        assert.equal(incidents[0].paused.length, 1);
        assert.equal(incidents[1].id, '2');
        assert.equal(incidents[1].paused[0].to - incidents[1].paused[0].from, 30 * 60_000);
    });

    it('points at the record and key of an error', () => {
        const text = '[\n  {"id": "1", "reported": "2026-11-06T16:30"},\n  {"id": "2",\n   "resolved": "yesterday", "colour": "red"}\n]';
        const { errors } = parseIncidentLog(text, 'log.json', 'json', contract);
        assert.deepEqual(errors.map(formatLogError), [
            "log.json:4:4: column 'resolved': cannot read 'yesterday' as a time",
            "log.json:4:29: column 'colour': unknown field 'colour' (expected id, priority, service, reported, acknowledged, responded, work_started, workaround, resolved, down_from, down_to, kind, announced, paused, note)",
        ]);
    });

    it('rejects a file that is not an array, bad JSON with its position, and non-object records', () => {
        assert.match(formatLogError(parseIncidentLog('{"id": 1}', 'a.json', 'json', contract).errors[0]), /^a\.json:1:1: expected a JSON array/);
        const bad = parseIncidentLog('[\n {"id": "1" "kind": "incident"}\n]', 'b.json', 'json', contract).errors[0];
        assert.equal(bad.line, 2);
        assert.match(bad.message, /^not valid JSON/);
        const rec = parseIncidentLog('[\n  42\n]', 'c.json', 'json', contract).errors[0];
        assert.equal(formatLogError(rec), 'c.json:2:3: record 1 is not an object');
        assert.equal(parseIncidentLog('', 'd.json', 'json', contract).errors[0].message, 'the file is empty');
    });
});

describe('incident log: what exports really look like', () => {
    const rows = ['A1;P1;2026-11-06 16:30;2026-11-09 09:40;2026-11-09 12:00', 'A2;P2;2026-11-10 10:00;2026-11-10 11:00;2026-11-12 15:00'];

    it('reads a semicolon-separated log (Excel with a decimal comma) and a tab-separated one', () => {
        for (const d of [';', '\t']) {
            const text = ['id;priority;reported;responded;resolved', ...rows].join('\r\n').replaceAll(';', d);
            const { incidents, errors } = parseIncidentLog(text, 'log.csv', 'csv', contract);
            assert.deepEqual(errors, [], JSON.stringify(d));
            assert.deepEqual(incidents.map((i) => [i.id, i.priority, i.reported]), [['A1', 'P1', t('2026-11-06 16:30')], ['A2', 'P2', t('2026-11-10 10:00')]]);
        }
    });

    it('a comma log keeps reading pauses separated by semicolons', () => {
        const text = 'id,priority,reported,paused\n1,P2,2026-11-02 10:00,2026-11-02T11:00/2026-11-02T12:00;2026-11-02T13:00/2026-11-02T14:00\n';
        const { incidents, errors } = parseIncidentLog(text, 'log.csv', 'csv', contract);
        assert.deepEqual(errors, []);
        assert.equal(incidents[0].paused.length, 2);
    });

    it('a column written twice is an error at the second one, not the last one silently winning', () => {
        const text = 'id,priority,reported,priority\n1,P1,2026-11-02 10:00,P2\n';
        const { incidents, errors } = parseIncidentLog(text, 'log.csv', 'csv', contract);
        assert.deepEqual(incidents, []);
        assert.deepEqual(errors.map((e) => [e.line, e.column, e.message]), [[1, 4, "column 'priority' appears twice (columns 2 and 4); keep one, or nothing says which to read"]]);
    });

    it('a JSON log with a byte order mark is read like one without', () => {
        const json = JSON.stringify([{ id: 'J1', priority: 'P1', reported: '2026-11-06 16:30' }]);
        const plain = parseIncidentLog(json, 'log.json', 'json', contract);
        const withBom = parseIncidentLog(`\uFEFF${json}`, 'log.json', 'json', contract);
        assert.deepEqual(withBom.errors, []);
        assert.deepEqual(withBom.incidents, plain.incidents);
        assert.equal(withBom.incidents.length, 1);
    });

    it('a NUL byte (UTF-16 or binary) is named for what it is, at its place', () => {
        const utf16 = Buffer.from('id,priority\n1,P1\n', 'utf16le').toString('latin1');
        const a = parseIncidentLog(utf16, 'log.csv', 'csv', contract);
        assert.deepEqual(a.errors.map((e) => [e.line, e.column]), [[1, 2]]);
        assert.match(a.errors[0].message, /NUL byte: this is not UTF-8 text \(UTF-16, or a binary file\)/);
        const b = parseIncidentLog('id,priority,reported\n1,P1,2026-11-02 10:00\n2,P\0,2026-11-02 11:00\n', 'log.csv', 'csv', contract);
        assert.deepEqual(b.errors.map((e) => [e.line, e.column]), [[3, 4]]);
        assert.deepEqual(b.incidents, []);
    });
});
