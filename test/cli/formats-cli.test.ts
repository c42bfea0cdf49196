import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';

/** Runs the built command line as a user would (npm test builds it first). */
function sla(...args: string[]) {
    const r = spawnSync(process.execPath, ['bin/sla.js', ...args], { encoding: 'utf8' });
    assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, 'no stack trace');
    return { code: r.status, out: r.stdout, err: r.stderr };
}

function slaEnv(env: Record<string, string>, ...args: string[]) {
    const r = spawnSync(process.execPath, ['bin/sla.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
    assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, 'no stack trace');
    return { code: r.status, out: r.stdout, err: r.stderr };
}

const AVETICA = 'samples/avetica-moodle.sla'; // Europe/Amsterdam; P1 response 1 h of Werkdag (Mon-Fri 09-17), resolution 4 h after response, capped at the end of the day
const tmp = mkdtempSync(join(tmpdir(), 'sla-formats-'));
type Row = { id: string; priority?: string; responseDeadline: string | null; responseMet: boolean | null; resolutionDeadline: string | null; resolutionMet: boolean | null };

describe('sla simulate: desks\' exports', () => {
    it('--format freshdesk: the Friday 16:30 crash responded at 16:50 and resolved at 18:00', () => {
        const r = sla('simulate', AVETICA, '--incidents', 'test/fixtures/exports/freshdesk-tickets.csv', '--format', 'freshdesk', '--json');
        assert.equal(r.code, 0, r.err);
        const rows = (JSON.parse(r.out) as { incidents: Row[] }).incidents;
        const crash = rows.find((i) => i.id === '101')!;
        // Response: 1 hour of Werkdag from Fri 16:30 = 30 min Friday + 30 min Monday -> Mon 9 Nov 09:30; met at 16:50.
        assert.equal(crash.responseDeadline, '2026-11-09T09:30:00+01:00');
        assert.equal(crash.responseMet, true);
        // Resolution: 4 h of Werkdag after the 16:50 response ends Mon 12:50, but art. 5.4 caps it at Friday 17:00; 18:00 misses.
        assert.equal(crash.resolutionDeadline, '2026-11-06T17:00:00+01:00');
        assert.equal(crash.resolutionMet, false);
        const question = rows.find((i) => i.id === '102')!;
        // P3 (Medium): 16 h of Werkdag from Thu 15 Jan 11:00 = 6 h Thu + 8 h Fri + 2 h Mon -> Mon 19 Jan 11:00; responded 11:30 the same day.
        assert.equal(question.priority, 'P3');
        assert.equal(question.responseDeadline, '2026-01-19T11:00:00+01:00');
        assert.equal(question.responseMet, true);
    });

    it('a mapping file next to the contract is used without flags, and flags override it', () => {
        copyFileSync(AVETICA, join(tmp, 'hosting.sla'));
        writeFileSync(join(tmp, 'hosting.mapping.json'), JSON.stringify({ format: 'topdesk', values: { priority: { Spoed: 'P1' } } }, null, 2));
        const log = join(tmp, 'meldingen.csv');
        writeFileSync(log, 'Meldingnummer;Aanmelddatum;Prioriteit;Datum gereed\r\nM1;06-11-2026 16:30;Spoed;06-11-2026 16:45\r\n');
        const withFile = sla('simulate', join(tmp, 'hosting.sla'), '--incidents', log, '--json');
        assert.equal(withFile.code, 0, withFile.err);
        assert.match(withFile.err, /reading the log with the mapping in .*hosting\.mapping\.json \(next to the contract\)/);
        assert.equal((JSON.parse(withFile.out) as { incidents: Row[] }).incidents[0].priority, 'P1');
        const overridden = sla('simulate', join(tmp, 'hosting.sla'), '--incidents', log, '--value', 'priority:Spoed=P2', '--json');
        assert.equal(overridden.code, 0, overridden.err);
        assert.equal((JSON.parse(overridden.out) as { incidents: Row[] }).incidents[0].priority, 'P2');
        // The same contract elsewhere without the file: the Dutch columns are unknown, and the message says how to map them.
        const bare = sla('simulate', AVETICA, '--incidents', log);
        assert.equal(bare.code, 1);
        assert.match(bare.err, /unknown column 'Meldingnummer' .*the file's columns are 'Meldingnummer', 'Aanmelddatum', 'Prioriteit', 'Datum gereed'; map a desk's column with --map FIELD=COLUMN/);
    });

    it('a broken mapping file is named with its line; an unknown --format is a usage problem', () => {
        copyFileSync(AVETICA, join(tmp, 'broken.sla'));
        writeFileSync(join(tmp, 'broken.mapping.json'), '{\n  "columns": { "ticket": "Nr" }\n}\n');
        const r = sla('simulate', join(tmp, 'broken.sla'), '--incidents', 'samples/avetica-moodle-2026.csv');
        assert.equal(r.code, 1);
        assert.match(r.err, /broken\.mapping\.json:2:16: 'ticket' is not a field/);
        const u = sla('simulate', AVETICA, '--incidents', 'samples/avetica-moodle-2026.csv', '--format', 'remedy');
        assert.equal(u.code, 2);
        assert.match(u.err, /--format: unknown format 'remedy' \(known: jira, servicenow, zendesk, topdesk, freshdesk\)/);
    });

    it('--map with --date-format; without the format an ambiguous date is an error naming both readings', () => {
        const log = join(tmp, 'desk.csv');
        writeFileSync(log, 'Ticket,Prio,Gemeld\nA-1,P1,03-04-2026 10:15\n');
        const ambiguous = sla('simulate', AVETICA, '--incidents', log, '--map', 'id=Ticket', '--map', 'priority=Prio', '--map', 'reported=Gemeld');
        assert.equal(ambiguous.code, 1);
        assert.match(ambiguous.err, /desk\.csv:2:3: column 'Gemeld': '03-04-2026 10:15' is ambiguous: 3 April 2026 \(day first\) or March 4, 2026 \(month first\)/);
        const ok = sla('simulate', AVETICA, '--incidents', log, '--map', 'id=Ticket', '--map', 'priority=Prio', '--map', 'reported=Gemeld', '--date-format', 'dd-MM-yyyy HH:mm', '--json');
        assert.equal(ok.code, 0, ok.err);
        // Friday 3 April 2026 10:15 (+02:00): 1 hour of Werkdag -> 11:15 the same day.
        assert.equal((JSON.parse(ok.out) as { incidents: Row[] }).incidents[0].responseDeadline, '2026-04-03T11:15:00+02:00');
    });

    it('reads an .xlsx: the named sheet, date cells in the contract\'s zone; a workbook problem is one message', async () => {
        const file = join(tmp, 'tickets.xlsx');
        writeFileSync(file, await writeExcelFile([
            { sheet: 'Info', data: [['Export 7 December 2026']] },
            { sheet: 'Tickets', data: [['Ticket ID', 'Priority', 'Created time'], ['9', 'Urgent', { value: new Date(Date.UTC(2026, 10, 6, 16, 30)), type: Date, format: 'yyyy-mm-dd hh:mm' }]] },
        ] as never).toBuffer());
        const r = sla('simulate', AVETICA, '--incidents', file, '--format', 'freshdesk', '--sheet', 'Tickets', '--json');
        assert.equal(r.code, 0, r.err);
        const row = (JSON.parse(r.out) as { incidents: Row[] }).incidents[0];
        assert.deepEqual([row.id, row.priority, row.responseDeadline], ['9', 'P1', '2026-11-09T09:30:00+01:00']);
        const missing = sla('simulate', AVETICA, '--incidents', file, '--format', 'freshdesk');
        // Without --sheet the first sheet is read: its one line is no header of tickets.
        assert.equal(missing.code, 1);
        assert.match(missing.err, /tickets\.xlsx:1:1: no id column \(looked for 'Ticket ID', 'Ticket Id'\); the file's columns are 'Export 7 December 2026'; give it with --map id=COLUMN/);
        const fake = join(tmp, 'fake.xlsx');
        writeFileSync(fake, 'id,priority\n');
        const bad = sla('simulate', AVETICA, '--incidents', fake);
        // A file that cannot be read as a whole is a log error (exit 1), as a binary CSV or a JSON log that is no array.
        assert.equal(bad.code, 1);
        assert.match(bad.err, /fake\.xlsx:1:1: not an Excel workbook \(\.xlsx\): it is not a zip archive/);
    });
});

describe('sla simulate: desks\' exports through the streaming reader', () => {
    it('a preset\'s export in another row order, sorted on disk, gives the same JSON byte for byte', () => {
        const lines = readFileSync('test/fixtures/exports/freshdesk-tickets.csv', 'utf8').trimEnd().split('\n');
        // Header, then the rows reversed: 102 (January) before 101 (November) becomes 101 first.
        const reversed = join(tmp, 'freshdesk-reversed.csv');
        writeFileSync(reversed, [lines[0], ...lines.slice(1).reverse()].join('\n') + '\n');
        const inOrder = sla('simulate', AVETICA, '--incidents', 'test/fixtures/exports/freshdesk-tickets.csv', '--format', 'freshdesk', '--json');
        const sorted = slaEnv({ SLA_SORT_CHUNK: '1' }, 'simulate', AVETICA, '--incidents', reversed, '--format', 'freshdesk', '--json');
        assert.equal(sorted.code, 0, sorted.err);
        assert.equal(sorted.out, inOrder.out);
        assert.deepEqual((JSON.parse(sorted.out) as { incidents: Row[] }).incidents.map((i) => i.id), ['102', '101']);
    });

    it('a duplicate id is named at the desk\'s id column, by its name', () => {
        const file = join(tmp, 'meldingen-dup.csv');
        // The id (Meldingnummer) is the second column; line 3 repeats M1 of line 2.
        writeFileSync(file, 'Korte omschrijving;Meldingnummer;Prioriteit;Aanmelddatum\nPrinter;M1;Prioriteit 3 - Laag;05-01-2026 10:00\nServer;M1;Prioriteit 1 - Hoog;06-01-2026 10:00\n');
        const r = sla('simulate', AVETICA, '--incidents', file, '--format', 'topdesk');
        assert.equal(r.code, 1);
        assert.match(r.err, /meldingen-dup\.csv:3:2: column 'Meldingnummer': duplicate id 'M1' \(first on line 2\)/);
    });

    it('a desk\'s JSON export takes --map and --date-format; a bad cell is named at its key with the desk\'s name', () => {
        const file = join(tmp, 'desk.json');
        writeFileSync(file, JSON.stringify([
            { Ticket: 'J1', Prio: 'P1', Gemeld: '06-11-2026 16:30' },
            { Ticket: 'J2', Prio: 'P2', Gemeld: '31-11-2026 10:00' },
        ], null, 1));
        const flags = ['--map', 'id=Ticket', '--map', 'priority=Prio', '--map', 'reported=Gemeld', '--date-format', 'dd-MM-yyyy HH:mm'];
        const bad = sla('simulate', AVETICA, '--incidents', file, ...flags);
        assert.equal(bad.code, 1);
        // 31 November does not exist; the record starts on line 7 of the indented JSON, its key "Gemeld" on line 10, column 3.
        assert.match(bad.err, /desk\.json:10:3: column 'Gemeld': cannot read '31-11-2026 10:00' with the date format 'dd-MM-yyyy HH:mm'/);
        const ok = sla('simulate', AVETICA, '--incidents', file, ...flags, '--skip-bad-rows', '--json');
        assert.equal(ok.code, 0, ok.err);
        const out = JSON.parse(ok.out) as { incidents: Row[]; quality: { rowsRead: number; rowsUsed: number } };
        // Fri 6 Nov 16:30 + 1 h of Werkdag (09-17): 30 min Friday, 30 min Monday -> Mon 9 Nov 09:30.
        assert.deepEqual(out.incidents.map((i) => [i.id, i.responseDeadline]), [['J1', '2026-11-09T09:30:00+01:00']]);
        assert.deepEqual([out.quality.rowsRead, out.quality.rowsUsed], [2, 1]);
    });
});

describe('sla simulate --outages: uptime monitors merged with tickets', () => {
    const s = (iso: string) => Date.parse(iso) / 1000;
    const tickets = join(tmp, 'tickets.csv');
    // A ticket outage Friday 6 Nov 16:30-17:00 Amsterdam = 15:30-16:00 UTC (30 min).
    writeFileSync(tickets, 'id,priority,reported,down_from,down_to\nt1,P1,2026-11-06 16:30,2026-11-06 16:30,2026-11-06 17:00\n');

    it('Prometheus up: the overlap counts once; each period says which source its minutes came from', () => {
        // up every 60 s from 15:20 to 16:19 UTC; 0 from 15:40 through 16:09 (30 samples) = down 15:40-16:10.
        const values: [number, string][] = [];
        for (let t = s('2026-11-06T15:20:00Z'); t < s('2026-11-06T16:20:00Z'); t += 60) {
            values.push([t, t >= s('2026-11-06T15:40:00Z') && t < s('2026-11-06T16:10:00Z') ? '0' : '1']);
        }
        const file = join(tmp, 'up.json');
        writeFileSync(file, JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { __name__: 'up', job: 'moodle' }, values }] } }));
        const r = sla('simulate', AVETICA, '--incidents', tickets, '--outages', file, '--json');
        assert.equal(r.code, 0, r.err);
        const out = JSON.parse(r.out) as { periods: { period: string; downtimeMinutes: number }[]; downtimeSources: { period: string; downtimeMinutes: number; ticketsOnlyMinutes: number; monitorOnlyMinutes: number; bothMinutes: number }[] };
        // Union 15:30-16:10 = 40 min; both 15:40-16:00 = 20; tickets only 15:30-15:40 = 10; monitor only 16:00-16:10 = 10.
        assert.equal(out.periods.find((p) => p.period === '2026-Q4')!.downtimeMinutes, 40);
        assert.match(r.err, /up\.json: Prometheus series up\{job="moodle"\}, step 60 s: 1 outage\(s\), 30 min down/);
        assert.deepEqual(out.downtimeSources, [{ period: '2026-Q4', downtimeMinutes: 40, ticketsOnlyMinutes: 10, monitorOnlyMinutes: 10, bothMinutes: 20 }]);
        // The data-quality summary: one monitor outage, and the range's minutes per source (one period: the same figures).
        assert.deepEqual((JSON.parse(r.out) as { quality: { monitors: unknown } }).quality.monitors, { outages: 1, ticketsOnlyMinutes: 10, monitorOnlyMinutes: 10, bothMinutes: 20 });
        const text = sla('simulate', AVETICA, '--incidents', tickets, '--outages', file);
        assert.match(text.out, /Downtime by source[^\n]*\n[^\n]*tickets only  monitor only  both\n\s+2026-Q4\s+40\s+10\s+10\s+20/);
        assert.match(text.err, /monitors' outages: 1; downtime minutes by source: 10 tickets only, 10 monitor only, 20 both/);
    });

    it('maintenance a ticket logs stays excluded although the monitor saw the service down; the monitor adds what no ticket covers', () => {
        const maintenance = join(tmp, 'maintenance.csv');
        // Emergency maintenance 15:30-16:00 UTC: excluded at Avetica ("emergency: any time", art. 10.3 not counted).
        writeFileSync(maintenance, 'id,kind,down_from,down_to\nm1,emergency-maintenance,2026-11-06 16:30,2026-11-06 17:00\n');
        const values: [number, string][] = [];
        for (let t = s('2026-11-06T15:20:00Z'); t < s('2026-11-06T16:20:00Z'); t += 60) {
            values.push([t, t >= s('2026-11-06T15:40:00Z') && t < s('2026-11-06T16:10:00Z') ? '0' : '1']);
        }
        const file = join(tmp, 'up-maintenance.json');
        writeFileSync(file, JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { __name__: 'up' }, values }] } }));
        const r = sla('simulate', AVETICA, '--incidents', maintenance, '--outages', file, '--json');
        assert.equal(r.code, 0, r.err);
        const out = JSON.parse(r.out) as { periods: { period: string; downtimeMinutes: number; excludedMinutes: number }[]; downtimeSources: unknown[] };
        // The monitor was down 15:40-16:10; 15:40-16:00 is the maintenance (excluded), 16:00-16:10 counts: 10 min, monitor only.
        const q4 = out.periods.find((p) => p.period === '2026-Q4')!;
        assert.deepEqual([q4.downtimeMinutes, q4.excludedMinutes], [10, 30]);
        assert.deepEqual(out.downtimeSources, [{ period: '2026-Q4', downtimeMinutes: 10, ticketsOnlyMinutes: 0, monitorOnlyMinutes: 10, bothMinutes: 0 }]);
    });

    it('UptimeRobot getMonitors logs, two monitor files, and several series are refused with the query to write', () => {
        const robot = join(tmp, 'robot.json');
        // type 1 (down) at 16:05 UTC for 600 s: 16:05-16:15, after the ticket's outage; type 2 (up) logs are not outages.
        writeFileSync(robot, JSON.stringify({ stat: 'ok', monitors: [{ id: 777, friendly_name: 'Moodle', logs: [
            { type: 2, datetime: s('2026-11-06T16:15:00Z'), duration: 3600 },
            { type: 1, datetime: s('2026-11-06T16:05:00Z'), duration: 600, reason: { code: '503', detail: 'Service Unavailable' } },
        ] }] }));
        const r = sla('simulate', AVETICA, '--incidents', tickets, '--outages', robot, '--json');
        assert.equal(r.code, 0, r.err);
        // 30 min tickets only, 10 min monitor only, nothing both: 40 min.
        assert.deepEqual((JSON.parse(r.out) as { downtimeSources: unknown[] }).downtimeSources,
            [{ period: '2026-Q4', downtimeMinutes: 40, ticketsOnlyMinutes: 30, monitorOnlyMinutes: 10, bothMinutes: 0 }]);
        const two = join(tmp, 'two.json');
        writeFileSync(two, JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [
            { metric: { __name__: 'up', instance: 'a:80' }, values: [[s('2026-11-06T15:00:00Z'), '1']] },
            { metric: { __name__: 'up', instance: 'b:80' }, values: [[s('2026-11-06T15:00:00Z'), '0']] },
        ] } }));
        const refused = sla('simulate', AVETICA, '--incidents', tickets, '--outages', two);
        assert.equal(refused.code, 1);
        assert.match(refused.err, /2 series \(up\{instance="a:80"\}, up\{instance="b:80"\}\); query one: min\(up\{\.\.\.\}\) for down when any instance is down/);
    });

    it('the mapping file beside the contract names the monitor exports: CI and the editor need no flags; --outages replaces its list', () => {
        const dir = mkdtempSync(join(tmp, 'beside-'));
        writeFileSync(join(dir, 'hosting.sla'), readFileSync(AVETICA, 'utf8'));
        mkdirSync(join(dir, 'monitors'));
        writeFileSync(join(dir, 'monitors', 'robot.json'), JSON.stringify({ stat: 'ok', monitors: [{ id: 777, friendly_name: 'Moodle', logs: [
            { type: 1, datetime: s('2026-11-06T16:05:00Z'), duration: 600 },
        ] }, { id: 778, friendly_name: 'Mail', logs: [{ type: 1, datetime: s('2026-11-06T12:00:00Z'), duration: 6000 }] }] }));
        writeFileSync(join(dir, 'hosting.mapping.json'), JSON.stringify({ outages: [{ file: 'monitors/robot.json', monitor: 'Moodle' }] }));
        const r = sla('simulate', join(dir, 'hosting.sla'), '--incidents', tickets, '--json');
        assert.equal(r.code, 0, r.err);
        assert.match(r.err, /monitors' outages as the mapping .*hosting\.mapping\.json names them/);
        assert.match(r.err, /robot\.json: UptimeRobot monitor Moodle \(id 777\): 1 outage\(s\), 10 min down/);
        assert.deepEqual((JSON.parse(r.out) as { downtimeSources: unknown[] }).downtimeSources,
            [{ period: '2026-Q4', downtimeMinutes: 40, ticketsOnlyMinutes: 30, monitorOnlyMinutes: 10, bothMinutes: 0 }]);
        // A flag's list instead of the file's: the Mail monitor's 100 minutes, and not Moodle's 10.
        const flagged = sla('simulate', join(dir, 'hosting.sla'), '--incidents', tickets, '--outages', join(dir, 'monitors', 'robot.json'), '--monitor', 'Mail', '--json');
        assert.equal(flagged.code, 0, flagged.err);
        assert.deepEqual((JSON.parse(flagged.out) as { downtimeSources: { monitorOnlyMinutes: number }[] }).downtimeSources.map((x) => x.monitorOnlyMinutes), [100]);
        // A file named by the mapping that is not there: one message, nothing simulated.
        writeFileSync(join(dir, 'hosting.mapping.json'), JSON.stringify({ outages: ['monitors/gone.json'] }));
        const gone = sla('simulate', join(dir, 'hosting.sla'), '--incidents', tickets);
        assert.equal(gone.code, 2);
        assert.match(gone.err, /monitors\/gone\.json:1:1: cannot read it: ENOENT/);
        assert.equal(gone.out, '');
    });
});
