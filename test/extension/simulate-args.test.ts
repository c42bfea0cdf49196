import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    baseName, defaultPeriod, formatPeriod, logEnds, logFormat, logMonths, parsePeriod, parseSimulateArgs, siblingLog,
} from '../../extension/src/commands/simulate-args.js';

describe('simulate arguments', () => {
    it('reads a period in the ways people write it', () => {
        assert.deepEqual(parsePeriod('2026-01..2026-12'), { from: '2026-01', to: '2026-12' });
        assert.deepEqual(parsePeriod(' 2026-01 .. 2026-06 '), { from: '2026-01', to: '2026-06' });
        assert.deepEqual(parsePeriod('2026-01 - 2026-03'), { from: '2026-01', to: '2026-03' });
        assert.deepEqual(parsePeriod('2026-01 to 2026-03'), { from: '2026-01', to: '2026-03' });
        assert.deepEqual(parsePeriod('2026-03'), { from: '2026-03', to: '2026-03' });
        assert.deepEqual(parsePeriod('2026'), { from: '2026-01', to: '2026-12' });
        assert.deepEqual(parsePeriod('2026-Q3'), { from: '2026-07', to: '2026-09' });
        assert.deepEqual(parsePeriod('2026q4'), { from: '2026-10', to: '2026-12' });
    });

    it('says why a period is not one', () => {
        assert.match((parsePeriod('2026-13..2026-12') as { error: string }).error, /'2026-13' is not a month/);
        assert.match((parsePeriod('2026-06..2026-02') as { error: string }).error, /starts \(2026-06\) after it ends \(2026-02\)/);
        assert.match((parsePeriod('last year') as { error: string }).error, /like 2026-01\.\.2026-12/);
        assert.match((parsePeriod('') as { error: string }).error, /like/);
    });

    it('prefills the months of a big log from its first and last lines, reading only those', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'sla-log-ends-'));
        try {
            // 10,000 rows of 50 bytes = 500 KB: the first 1,000 bytes hold 2026-01, the last
            // 1,000 bytes 2026-11; a row of 2025-06 in the middle is not read (rough on purpose,
            // as the prompt is: the user sees and edits the months).
            const row = (i: number, month: string) => `R${String(i).padStart(5, '0')},P3,${month}-15T10:00:00+01:00,,incident\n`.padStart(50, ' ');
            const rows = Array.from({ length: 10_000 }, (_, i) => row(i, i < 100 ? '2026-01' : i === 5_000 ? '2025-06' : i >= 9_900 ? '2026-11' : '2026-05'));
            const path = join(dir, 'big.csv');
            writeFileSync(path, `id,priority,reported,resolved,kind\n${rows.join('')}`);
            const ends = await logEnds(path, 1_000);
            assert.ok(ends.length <= 2_001, `${ends.length} characters`);
            assert.equal(defaultPeriod(ends, new Date(2030, 0, 1)), '2026-01..2026-11');
            // A small file is read whole.
            writeFileSync(path, 'id,priority,reported\nA,P1,2026-03-02T10:00\nB,P1,2025-12-30T10:00\n');
            assert.equal(defaultPeriod(await logEnds(path, 1_000), new Date(2030, 0, 1)), '2025-12..2026-03');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('prefills the months of the log, CSV or JSON', () => {
        assert.deepEqual(logMonths(readFileSync('samples/avetica-moodle-2026.csv', 'utf8')), { from: '2026-01', to: '2026-12' });
        assert.deepEqual(logMonths(readFileSync('samples/klik-onderwijs-2026.json', 'utf8')), logMonthsOfJson());
        assert.equal(defaultPeriod(readFileSync('samples/avetica-moodle-2026.csv', 'utf8'), new Date(2030, 5, 1)), '2026-01..2026-12');
        assert.equal(defaultPeriod('id,priority\n', new Date(2027, 2, 14)), '2027-01..2027-12');
        assert.equal(defaultPeriod('x,2026-02-03 10:00,2025-11-30T23:00', new Date()), '2025-11..2026-02');
        assert.equal(formatPeriod({ from: '2026-01', to: '2026-03' }), '2026-01..2026-03');
    });

    it('offers the only log named like the contract', () => {
        assert.equal(siblingLog('/ws/samples/avetica-moodle.sla', ['avetica-moodle.sla', 'avetica-moodle-2026.csv', 'klik-onderwijs-2026.json', 'klik-onderwijs.sla', 'README.md']),
            'avetica-moodle-2026.csv');
        assert.equal(siblingLog('/ws/klik-onderwijs.sla', ['Klik-Onderwijs-2026.JSON']), 'Klik-Onderwijs-2026.JSON');
        assert.equal(siblingLog('/ws/a.sla', ['a-2025.csv', 'a-2026.csv']), undefined, 'two candidates: no default');
        assert.equal(siblingLog('/ws/a.sla', ['b.csv']), undefined);
        assert.equal(siblingLog('C:\\ws\\a.sla', ['a.json']), 'a.json');
        assert.equal(baseName('/ws/avetica-moodle.sla'), 'avetica-moodle');
    });

    it('tells a JSON log from a CSV one by its name', () => {
        assert.equal(logFormat('/x/log.JSON'), 'json');
        assert.equal(logFormat('/x/log.csv'), 'csv');
        assert.equal(logFormat('/x/log.txt'), 'csv');
    });

    it('reads programmatic arguments {logPath, from, to, uri}', () => {
        assert.deepEqual(parseSimulateArgs(undefined), {});
        assert.deepEqual(parseSimulateArgs({ logPath: 'samples/avetica-moodle-2026.csv', from: '2026-01', to: '2026-12' }),
            { logPath: 'samples/avetica-moodle-2026.csv', from: '2026-01', to: '2026-12' });
        assert.deepEqual(parseSimulateArgs({ from: '2026-03' }), { from: '2026-03', to: '2026-03' });
        assert.deepEqual(parseSimulateArgs({ uri: 'file:///ws/a.sla' }), { uri: 'file:///ws/a.sla' });
        assert.match((parseSimulateArgs({ logPath: 3 }) as { error: string }).error, /'logPath' must be a string/);
        assert.match((parseSimulateArgs({ from: '2026-05', to: '2026-01' }) as { error: string }).error, /after it ends/);
        assert.deepEqual(parseSimulateArgs({ uri: { scheme: 'file', path: '/a.sla' } }), {}, 'a Uri object is read by the caller');
    });
});

function logMonthsOfJson(): { from: string; to: string } {
    const records = JSON.parse(readFileSync('samples/klik-onderwijs-2026.json', 'utf8')) as Record<string, string>[];
    const months = records.flatMap((r) => Object.values(r)).filter((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)).map((v) => v.slice(0, 7)).sort();
    return { from: months[0], to: months[months.length - 1] };
}
