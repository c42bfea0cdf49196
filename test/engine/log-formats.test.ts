import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatLogError, parseIncidentLog } from '../../language-server/src/engine/incident-log.js';
import { combineMappings, mappingFromFlags, parseMappingFile } from '../../language-server/src/engine/log-formats/mapping.js';
import { makeRowMapper } from '../../language-server/src/engine/log-formats/row-mapper.js';
import { excelSerialToWall, readWithoutFormat } from '../../language-server/src/engine/log-formats/dates.js';
import { avetica } from './fixtures.js';

const contract = avetica(); // Europe/Amsterdam; priorities P1, P2, P3
const fixture = (name: string) => readFileSync(`test/fixtures/exports/${name}`, 'utf8');
const preset = (format: string) => combineMappings({ format });
const utc = (y: number, mo: number, d: number, h: number, mi: number) => Date.UTC(y, mo - 1, d, h, mi);

describe('log formats: the five desk presets on their export samples', () => {
    it('Jira Service Management: "Issue key", dd/MMM/yy h:mm a, Highest/High/Medium; its repeated Labels columns are left alone', () => {
        const { incidents, errors } = parseIncidentLog(fixture('jira-service-management.csv'), 'jira.csv', 'csv', contract, preset('jira'));
        assert.deepEqual(errors.map(formatLogError), []);
        assert.deepEqual(incidents.map((i) => [i.id, i.priority, i.reported, i.resolved, i.line]), [
            // 06/Nov/26 4:30 PM in Amsterdam (CET, +01:00) = 15:30 UTC; resolved 09/Nov/26 12:00 PM = 11:00 UTC.
            // The quoted summary spans two lines: the record starts on line 2.
            ['AV-101', 'P1', utc(2026, 11, 6, 15, 30), utc(2026, 11, 9, 11, 0), 2],
            // 03/Feb/26 9:15 AM = 08:15 UTC; 1:45 PM = 12:45 UTC.
            ['AV-102', 'P2', utc(2026, 2, 3, 8, 15), utc(2026, 2, 3, 12, 45), 4],
            // 30/Mar/26 10:00 AM is summer time (+02:00) = 08:00 UTC; not resolved.
            ['AV-103', 'P3', utc(2026, 3, 30, 8, 0), undefined, 5],
        ]);
        assert.equal(incidents[0].note, 'Moodle down\r\nlogin fails');
    });

    it('ServiceNow: field names as headers, "1 - Critical", a time in the autumn overlap', () => {
        const { incidents, errors } = parseIncidentLog(fixture('servicenow-incident.csv'), 'sn.csv', 'csv', contract, preset('servicenow'));
        assert.deepEqual(errors.map(formatLogError), []);
        assert.deepEqual(incidents.map((i) => [i.id, i.priority, i.reported, i.resolved]), [
            ['INC0010001', 'P1', utc(2026, 11, 6, 15, 30), utc(2026, 11, 6, 17, 10)],
            // 2026-10-25 02:30 happens twice; the engine takes the first (+02:00) = 00:30 UTC.
            // Resolved 26 October 10:00 is winter time (+01:00) = 09:00 UTC.
            ['INC0010002', 'P3', utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 9, 0)],
        ]);
    });

    it('Zendesk: times with their offset, Urgent and Normal', () => {
        const { incidents, errors } = parseIncidentLog(fixture('zendesk-tickets.csv'), 'zd.csv', 'csv', contract, preset('zendesk'));
        assert.deepEqual(errors.map(formatLogError), []);
        assert.deepEqual(incidents.map((i) => [i.id, i.priority, i.reported, i.resolved, i.note]), [
            // 16:30 +0100 = 15:30 UTC; solved 17:45 +0100 = 16:45 UTC.
            ['4711', 'P1', utc(2026, 11, 6, 15, 30), utc(2026, 11, 6, 16, 45), 'Cannot log in'],
            // 09:00 +0200 = 07:00 UTC.
            ['4712', 'P3', utc(2026, 7, 1, 7, 0), undefined, 'Grades missing, course 3'],
        ]);
    });

    it('TOPdesk: Dutch columns, semicolons, BOM, CRLF, "Prioriteit 1 - Hoog", dd-MM-yyyy, a time in the spring gap', () => {
        const { incidents, errors } = parseIncidentLog(fixture('topdesk-meldingen.csv'), 'td.csv', 'csv', contract, preset('topdesk'));
        assert.deepEqual(errors.map(formatLogError), []);
        assert.deepEqual(incidents.map((i) => [i.id, i.priority, i.reported, i.resolved, i.line]), [
            // "Datum gereed" (finished) is read as resolved, not the later "Datum afgemeld".
            ['M2611 001', 'P1', utc(2026, 11, 6, 15, 30), utc(2026, 11, 9, 11, 0), 2],
            // 29-03-2026 02:30 does not exist in Amsterdam: moved on by the gap to 03:30+02:00 = 01:30 UTC.
            ['M2603 014', 'P3', utc(2026, 3, 29, 1, 30), utc(2026, 3, 30, 8, 0), 4],
        ]);
    });

    it('Freshdesk: "Initial response time" is the response', () => {
        const { incidents, errors } = parseIncidentLog(fixture('freshdesk-tickets.csv'), 'fd.csv', 'csv', contract, preset('freshdesk'));
        assert.deepEqual(errors.map(formatLogError), []);
        assert.deepEqual(incidents.map((i) => [i.id, i.priority, i.reported, i.responded, i.resolved]), [
            ['101', 'P1', utc(2026, 11, 6, 15, 30), utc(2026, 11, 6, 15, 50), utc(2026, 11, 6, 17, 0)],
            ['102', 'P3', utc(2026, 1, 15, 10, 0), utc(2026, 1, 15, 10, 30), utc(2026, 1, 15, 14, 0)],
        ]);
    });

    it('a column the mapping reads, written twice, is still an error', () => {
        const { errors } = parseIncidentLog('Issue key,Created,Issue key\nA-1,06/Nov/26 4:30 PM,A-2\n', 'j.csv', 'csv', contract, preset('jira'));
        assert.deepEqual(errors.map(formatLogError), ["j.csv:1:3: column 'issue key': column 'issue key' appears twice (columns 1 and 3); keep one, or nothing says which to read"]);
    });

    it('a desk value mapped to a priority the contract lacks names what the file wrote', () => {
        const text = 'Ticket ID,Priority,Created time\n7,Low,2026-11-06 16:30:00\n';
        const { errors } = parseIncidentLog(text, 'fd.csv', 'csv', contract, preset('freshdesk'));
        assert.deepEqual(errors.map(formatLogError), [
            "fd.csv:2:2: column 'Priority': unknown priority 'P4' (the contract has P1, P2, P3) (the file has 'Low', which the value map turns into it)",
        ]);
    });

    it('a desk value the preset does not know goes through and is named as the contract\'s error, at the desk\'s column', () => {
        const text = 'Ticket ID,Priority,Created time\n7,Critical,2026-11-06 16:30:00\n';
        const { errors } = parseIncidentLog(text, 'fd.csv', 'csv', contract, preset('freshdesk'));
        assert.deepEqual(errors.map(formatLogError), ["fd.csv:2:2: column 'Priority': unknown priority 'Critical' (the contract has P1, P2, P3)"]);
    });
});

describe('log formats: --map, --date-format and value maps', () => {
    const flags = (f: Parameters<typeof mappingFromFlags>[0]) => {
        const { mapping, problems } = mappingFromFlags(f);
        assert.deepEqual(problems, []);
        return mapping;
    };

    it('maps columns and reads times with a format in the contract\'s zone', () => {
        const text = 'Ticket;Urgentie;Gemeld op;Opgelost op\nT-1;P2;03-04-2026 10:15;03-04-2026 16:00\n';
        const mapping = flags({ map: ['id=Ticket', 'priority=Urgentie', 'reported=Gemeld op', 'resolved=opgelost OP'], dateFormat: 'dd-MM-yyyy HH:mm' });
        const { incidents, errors } = parseIncidentLog(text, 'x.csv', 'csv', contract, mapping);
        assert.deepEqual(errors.map(formatLogError), []);
        // 3 April 2026 10:15 summer time (+02:00) = 08:15 UTC; 16:00 = 14:00 UTC.
        assert.deepEqual(incidents.map((i) => [i.id, i.priority, i.reported, i.resolved]), [['T-1', 'P2', utc(2026, 4, 3, 8, 15), utc(2026, 4, 3, 14, 0)]]);
    });

    it('a value map from flags over the preset\'s, for priority and kind', () => {
        const text = 'Meldingnummer;Aanmelddatum;Prioriteit;Soort;Datum gereed\nA;06-11-2026 16:30;Spoed;Gepland onderhoud;n.v.t.\n';
        const mapping = combineMappings(flags({ format: 'topdesk', map: ['kind=Soort'], value: ['priority:Spoed=P1', 'kind:Gepland onderhoud=planned-maintenance', 'resolved:N.V.T.='] }));
        const { incidents, errors } = parseIncidentLog(text, 'x.csv', 'csv', contract, mapping);
        assert.deepEqual(errors.map(formatLogError), []);
        assert.equal(incidents[0].priority, 'P1');
        assert.equal(incidents[0].kind, 'planned-maintenance');
        // A placeholder mapped to empty (matched ignoring case): not resolved.
        assert.equal(incidents[0].resolved, undefined);
    });

    it('a mapped column missing from the file names the columns the file has', () => {
        const mapping = flags({ map: ['id=Number', 'reported=Opened'] });
        const { errors } = parseIncidentLog('Nummer,Opened\n1,2026-01-05 10:00\n', 'x.csv', 'csv', contract, mapping);
        assert.deepEqual(errors.map(formatLogError), ["x.csv:1:1: no column 'Number' (mapped to id) in the file; its columns are 'Nummer', 'Opened'"]);
    });

    it('without a mapping an unknown column lists the file\'s columns and suggests --map', () => {
        const { errors } = parseIncidentLog('Issue key,Created\nA-1,2026-01-05 10:00\n', 'x.csv', 'csv', contract);
        assert.match(formatLogError(errors[0]), /^x\.csv:1:1: column 'Issue key': unknown column 'Issue key' \(expected id, .*\); the file's columns are 'Issue key', 'Created'; map a desk's column with --map FIELD=COLUMN/);
    });

    it('a time that does not fit the format is named at its cell with the format', () => {
        const mapping = flags({ map: ['id=Nr', 'reported=Datum'], dateFormat: 'dd-MM-yyyy HH:mm' });
        const { errors } = parseIncidentLog('Nr;Datum\n1;2026-04-03 10:15\n2;31-04-2026 10:15\n', 'x.csv', 'csv', contract, mapping);
        assert.deepEqual(errors.map(formatLogError), [
            "x.csv:2:2: column 'Datum': cannot read '2026-04-03 10:15' with the date format 'dd-MM-yyyy HH:mm'",
            "x.csv:3:2: column 'Datum': cannot read '31-04-2026 10:15' with the date format 'dd-MM-yyyy HH:mm'",
        ]);
    });

    it('bad flags are named', () => {
        assert.deepEqual(mappingFromFlags({ format: 'remedy', map: ['severity=Sev', 'id'], dateFormat: 'HH:mm', value: ['priority=P1'] }).problems.map((p) => p.message), [
            "--format: unknown format 'remedy' (known: jira, servicenow, zendesk, topdesk, freshdesk)",
            "--map severity=Sev: 'severity' is not a field (fields: id, priority, service, reported, acknowledged, responded, work_started, workaround, resolved, down_from, down_to, kind, announced, paused, note)",
            '--map id: give the column, as in --map id="Column name"',
            "--date-format: 'HH:mm' has no year, month or day (luxon tokens such as dd-MM-yyyy HH:mm)",
            '--value priority=P1: expected FIELD:VALUE=OURS, as in --value "priority:Prioriteit 1 - Hoog=P1"',
        ]);
    });

    it('a log in our own columns still reads with a preset (a mapping file kept for another export)', () => {
        const { incidents, errors } = parseIncidentLog('id,priority,reported\nx,High,2026-11-06 16:30\n', 'own.csv', 'csv', contract, preset('jira'));
        assert.deepEqual(errors.map(formatLogError), []);
        // The preset's value map still applies (High -> P2), and its date formats: '2026-11-06 16:30' is its 'yyyy-MM-dd HH:mm'.
        assert.deepEqual([incidents[0].id, incidents[0].priority, incidents[0].reported], ['x', 'P2', utc(2026, 11, 6, 15, 30)]);
    });

    it('the JSON log takes the same mapping, its keys being the columns', () => {
        const text = JSON.stringify([{ 'Issue key': 'A-1', Priority: 'Highest', Created: '06/Nov/26 4:30 PM' }], null, 1);
        const { incidents, errors } = parseIncidentLog(text, 'j.json', 'json', contract, preset('jira'));
        assert.deepEqual(errors.map(formatLogError), []);
        assert.deepEqual([incidents[0].id, incidents[0].priority, incidents[0].reported], ['A-1', 'P1', utc(2026, 11, 6, 15, 30)]);
    });
});

describe('log formats: the mapping file and its layers', () => {
    it('reads a mapping file; flags override it key by key; the preset is under both', () => {
        const file = parseMappingFile(JSON.stringify({
            format: 'topdesk', columns: { id: 'Melding' }, dateFormat: 'd-M-yyyy H:mm', values: { priority: { Spoed: 'P1' } },
        }, null, 2));
        assert.deepEqual(file.problems, []);
        const flags = mappingFromFlags({ dateFormat: 'dd-MM-yyyy HH:mm', value: ['priority:Spoed=P2'] }).mapping;
        const m = combineMappings(file.mapping, flags);
        assert.equal(m.format, 'topdesk');
        assert.equal(m.columns?.id, 'Melding');
        assert.deepEqual(m.columns?.reported, ['Aanmelddatum', 'Datum aangemeld', 'Meldingsdatum']); // from the preset
        assert.equal(m.dateFormat, 'dd-MM-yyyy HH:mm');
        assert.equal(m.values?.priority?.Spoed, 'P2');
        assert.equal(m.values?.priority?.['Prioriteit 1 - Hoog'], 'P1');
        // A --format on the command line replaces the file's preset.
        assert.equal(combineMappings(file.mapping, { format: 'jira' }).values?.priority?.Highest, 'P1');
        assert.equal(combineMappings(file.mapping, { format: 'jira' }).values?.priority?.['Prioriteit 1 - Hoog'], undefined);
    });

    it('names every mistake in a mapping file with its line', () => {
        const text = '{\n  "format": "remedy",\n  "colums": {},\n  "columns": { "severity": "Sev", "id": "" },\n  "values": { "priority": { "Hoog": 1 } }\n}';
        assert.deepEqual(parseMappingFile(text).problems, [
            { message: "unknown format \"remedy\" (known: jira, servicenow, zendesk, topdesk, freshdesk)", line: 2, column: 3 },
            { message: "unknown key 'colums' (expected format, columns, dateFormat, dateLocale, values, sheet, outages)", line: 3, column: 3 },
            { message: "'severity' is not a field (fields: id, priority, service, reported, acknowledged, responded, work_started, workaround, resolved, down_from, down_to, kind, announced, paused, note)", line: 4, column: 16 },
            { message: "the column of 'id' must be a non-empty text", line: 4, column: 35 },
            { message: "the values of 'priority' must be an object of \"their value\": \"ours\"", line: 5, column: 15 },
        ]);
    });
});

describe('log formats: monitor exports named by the mapping file', () => {
    it('"outages": paths relative to the mapping file, with the step and monitor of each', () => {
        const read = parseMappingFile(JSON.stringify({ format: 'jira', outages: ['uptimerobot.json', { file: 'monitors/up.json', step: 60 }, { file: './ur.json', monitor: 798 }] }));
        assert.deepEqual(read.problems, []);
        assert.deepEqual(read.outages, [{ file: 'uptimerobot.json' }, { file: 'monitors/up.json', step: 60 }, { file: './ur.json', monitor: '798' }]);
        // Not part of how the log's columns are read.
        assert.deepEqual(read.mapping, { format: 'jira' });
        assert.equal(parseMappingFile('{"format": "jira"}').outages, undefined);
    });

    it('a path outside the mapping file\'s folder, an absolute one, a bad step or key: each named at "outages"', () => {
        const problem = (outages: unknown) => parseMappingFile(`{\n  "outages": ${JSON.stringify(outages)}\n}`).problems;
        assert.deepEqual(problem(['../secret.json']), [{ message: `"outages": '../secret.json' is outside the mapping file's folder (keep monitor exports in it or below it)`, line: 2, column: 3 }]);
        assert.deepEqual(problem(['a/../../b.json']).map((p) => p.message), [`"outages": 'a/../../b.json' is outside the mapping file's folder (keep monitor exports in it or below it)`]);
        for (const abs of ['/etc/passwd', 'C:\\data\\up.json', 'file:///tmp/up.json']) {
            assert.match(problem([abs])[0].message, /is not a relative path/, abs);
        }
        assert.match(problem([{ file: 'up.json', step: 0 }])[0].message, /"step" of 'up\.json' must be a number of seconds/);
        assert.match(problem([{ file: 'up.json', every: 60 }])[0].message, /unknown key 'every' in "outages"/);
        assert.match(problem('up.json')[0].message, /must be a list of monitor exports/);
        assert.deepEqual(problem(['a/../b.json']), []);
    });
});

describe('log formats: dates without a format', () => {
    it('03-04-2026 is an error naming both readings; 13-04-2026 reads day first; 03-03-2026 reads either way', () => {
        const r = readWithoutFormat('03-04-2026 10:00');
        assert.equal(r.ok, false);
        assert.match((r as { message: string }).message, /'03-04-2026 10:00' is ambiguous: 3 April 2026 \(day first\) or March 4, 2026 \(month first\); give the date format, e\.g\. --date-format 'dd-MM-yyyy HH:mm' or 'MM-dd-yyyy HH:mm'/);
        assert.deepEqual(readWithoutFormat('13-04-2026 10:00'), { ok: true, text: '2026-04-13T10:00:00', order: 'day-first' });
        assert.deepEqual(readWithoutFormat('04/13/2026 10:00'), { ok: true, text: '2026-04-13T10:00:00', order: 'month-first' });
        assert.deepEqual(readWithoutFormat('03-03-2026 10:00'), { ok: true, text: '2026-03-03T10:00:00' });
        assert.equal(readWithoutFormat('2026-04-03T10:00+02:00').ok, true);
        assert.deepEqual(readWithoutFormat('4/3/26 10:00 AM'), { ok: false, message: "'4/3/26 10:00 AM' has a two-digit year: give its format, e.g. --date-format 'd/M/yy H:mm' or 'M/d/yy h:mm a'" });
    });

    it('in a log: the ambiguous row is an error even when another row proves the order, and a column may not switch order', () => {
        const text = 'id,reported\n1,13-04-2026 10:00\n2,03-04-2026 10:00\n3,04/14/2026 10:00\n';
        const { incidents, errors } = parseIncidentLog(text, 'x.csv', 'csv', contract);
        assert.deepEqual(incidents, []);
        assert.deepEqual(errors.map(formatLogError), [
            "x.csv:3:2: column 'reported': '03-04-2026 10:00' is ambiguous: 3 April 2026 (day first) or March 4, 2026 (month first); give the date format, e.g. --date-format 'dd-MM-yyyy HH:mm' or 'MM-dd-yyyy HH:mm' (line 2, '13-04-2026 10:00', can only be read day-first; a format says so for every row)",
            "x.csv:4:2: column 'reported': '04/14/2026 10:00' can only be read month-first, but line 2 ('13-04-2026 10:00') only day-first; give the date format with --date-format",
        ]);
    });

    it('Excel serial day numbers: 46115.5 is 3 April 2026 12:00', () => {
        // 1899-12-30 + 46115 days: 1900-01-01 is day 2; 2026-04-03 is 46115 days after 1899-12-30
        // (126 years: 46,020 days to 2025-12-30 incl. 31 leap days from 1904 to 2024, + 2 + 31 + 28 + 31 + 3 = 95).
        assert.equal(excelSerialToWall(46115.5), '2026-04-03T12:00:00');
        assert.equal(excelSerialToWall(30), undefined);
        const m = makeRowMapper(['id', 'reported'], undefined, { excelSerials: true });
        assert.deepEqual(m.map({ id: 'a', reported: 46115.25 }, 2), { values: { id: 'a', reported: '2026-04-03T06:00:00' }, errors: [] });
    });
});
