import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProgressLine } from '../../language-server/src/cli/progress-line.js';
import { incidentText } from '../../language-server/src/render/simulation-text.js';
import type { IncidentResult } from '../../language-server/src/engine/simulate.js';

/** The built command line as a user runs it (npm test builds it first); env for the sort's chunk size. */
function sla(args: string[], env: Record<string, string> = {}) {
    const r = spawnSync(process.execPath, ['bin/sla.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
    assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, 'no stack trace, no internal error');
    return { code: r.status, out: r.stdout, err: r.stderr };
}

const AVETICA = 'samples/avetica-moodle.sla';
const tmp = mkdtempSync(join(tmpdir(), 'sla-stream-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function log(name: string, text: string): string {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
}

describe('sla simulate: one order whatever the log\'s', () => {
    const sorted = readFileSync('samples/avetica-moodle-2026.csv', 'utf8').trimEnd().split('\n');
    const [header, ...rows] = sorted;
    // The same rows backwards, and shuffled by a fixed permutation.
    const reversed = log('reversed.csv', [header, ...[...rows].reverse()].join('\n') + '\n');
    const shuffled = log('shuffled.csv', [header, ...rows.map((_, i) => rows[(i * 7) % rows.length])].join('\n') + '\n');
    const inOrder = log('in-order.csv', [header, rows[1], rows[0], ...rows.slice(2)].join('\n') + '\n');

    it('JSON and text byte for byte the same, sorted through runs on disk (chunks of 3 rows)', () => {
        for (const flag of [['--json'], []]) {
            const a = sla(['simulate', AVETICA, '--incidents', inOrder, ...flag]);
            const b = sla(['simulate', AVETICA, '--incidents', reversed, ...flag], { SLA_SORT_CHUNK: '3' });
            const c = sla(['simulate', AVETICA, '--incidents', shuffled, ...flag], { SLA_SORT_CHUNK: '2' });
            assert.equal(a.code, 0, a.err);
            assert.equal(b.out, a.out);
            assert.equal(c.out, a.out);
        }
        const j = JSON.parse(sla(['simulate', AVETICA, '--incidents', reversed, '--json'], { SLA_SORT_CHUNK: '3' }).out);
        // A2 is reported on 1 January, A1 on 9 January; the two maintenance rows have no report: by outage start.
        assert.deepEqual(j.incidents.slice(0, 2).map((i: { id: string }) => i.id), ['A2', 'A1']);
        assert.match(sla(['simulate', AVETICA, '--incidents', reversed]).err, /10 row\(s\) read, 10 used, 0 ignored \(not in time order: sorted\)/);
        assert.match(sla(['simulate', AVETICA, '--incidents', inOrder]).err, /10 row\(s\) read, 10 used, 0 ignored\n/);
    });
});

describe('sla simulate: text without explanations', () => {
    // The text shows no explanations, so the command line does not write them (SimulationRun's
    // `explanations: false`): each sample's deadlines in text are still exactly its --json rows,
    // explanations and all, written as text (with milestones, targets and shares: GitLab, HiveMQ).
    for (const [contract, logFile] of [['avetica-moodle', 'avetica-moodle-2026.csv'], ['gitlab-support', 'gitlab-support-2026.csv'],
        ['hivemq-support', 'hivemq-support-2026.csv'], ['sussex-its', 'sussex-its-2026.csv'], ['klik-onderwijs', 'klik-onderwijs-2026.json']]) {
        it(`${contract}: the text's deadlines are the JSON rows as text`, () => {
            const args = ['simulate', `samples/${contract}.sla`, '--incidents', `samples/${logFile}`, '--quiet'];
            const text = sla(args);
            const json = sla([...args, '--json']);
            assert.equal(text.code, 0, text.err);
            const rows = JSON.parse(json.out).incidents as IncidentResult[];
            assert.ok(rows.length > 5 && rows.every((r) => r.priority === null || r.responseExplanation !== ''), 'JSON keeps the explanations');
            const deadlines = rows.map((r, k) => incidentText(r, k === 0)).join('');
            assert.ok(text.out.includes(deadlines), `${contract}: the text holds the JSON rows' deadlines`);
        });
    }
});

describe('sla simulate: bad rows and the data-quality summary', () => {
    const bad = log('bad.csv', [
        'id,priority,reported,resolved,down_from,down_to',
        'B1,P1,2026-03-02 10:00,2026-03-02 12:00,2026-03-02 10:00,2026-03-02 11:00',
        'B2,P2,2026-03-02 10:30,,2026-03-02 10:30,2026-03-02 11:30',
        'B3,P9,2026-03-03 10:00,,,',
        'B4,P1,2026-05-04 09:00,,,',
        'B1,P3,2026-05-05 09:00,,,',
        'B5,P1,not a time,,,',
    ].join('\n') + '\n');

    it('without --skip-bad-rows: every bad row by file, line and column, nothing simulated, exit 1', () => {
        const r = sla(['simulate', AVETICA, '--incidents', bad]);
        assert.equal(r.code, 1);
        assert.equal(r.out, '');
        assert.match(r.err, new RegExp(`${bad}:4:2: column 'priority': unknown priority 'P9'`));
        assert.match(r.err, new RegExp(`${bad}:6:1: column 'id': duplicate id 'B1' \\(first on line 2\\)`));
        assert.match(r.err, new RegExp(`${bad}:7:3: column 'reported': cannot read 'not a time' as a time`));
        assert.match(r.err, /has 3 error\(s\); nothing was simulated \(--skip-bad-rows simulates the other rows\)/);
    });

    it('with --skip-bad-rows: the good rows simulated, the skipped listed, the quality in --json', () => {
        const r = sla(['simulate', AVETICA, '--incidents', bad, '--skip-bad-rows', '--json']);
        assert.equal(r.code, 0, r.err);
        assert.match(r.err, /^skipped: .*:4:2: column 'priority'/m);
        const j = JSON.parse(r.out);
        // The duplicate B1 of line 6 is left out; the first B1 stays.
        assert.deepEqual(j.incidents.map((i: { id: string; priority: string }) => [i.id, i.priority]), [['B1', 'P1'], ['B2', 'P2'], ['B4', 'P1']]);
        // No --from/--to: the months of the good rows, March to May.
        assert.deepEqual([j.from, j.to], ['2026-03', '2026-05']);
        assert.deepEqual(j.quality, {
            rowsRead: 6, rowsUsed: 3, rowsIgnored: 3,
            ignored: [
                { reason: 'priority: unknown priority …', rows: 1, lines: [4] },
                { reason: 'duplicate id', rows: 1, lines: [6] },
                { reason: 'reported: cannot read … as a time', rows: 1, lines: [7] },
            ],
            // B1 10:00-11:00 and B2 10:30-11:30 overlap: two outages, one of them merged.
            outages: 2, outagesMerged: 1,
            periodsWithData: ['2026-03', '2026-05'], periodsWithoutData: ['2026-04'],
        });
    });

    it('text: the summary on stderr at the end, the report alone on stdout', () => {
        const r = sla(['simulate', AVETICA, '--incidents', bad, '--skip-bad-rows']);
        assert.equal(r.code, 0, r.err);
        assert.doesNotMatch(r.out, /sla: data/);
        assert.match(r.err, /sla: data: 6 row\(s\) read, 3 used, 3 ignored\n/);
        assert.match(r.err, /1 row\(s\) ignored: duplicate id \(line 6\)/);
        assert.match(r.err, /outages: 2 \(1 overlapping another, counted once\)/);
        assert.match(r.err, /months with data: 2 of 3; without any: 2026-04/);
    });

    it('many bad rows: the first 50 printed and the rest counted', () => {
        const rows = Array.from({ length: 120 }, (_, i) => `X${i},P9,2026-03-02 10:00,,,`);
        const r = sla(['simulate', AVETICA, '--incidents', log('many.csv', ['id,priority,reported,resolved,down_from,down_to', ...rows].join('\n'))]);
        assert.equal(r.code, 1);
        assert.equal(r.err.split('\n').filter((l) => l.includes("unknown priority 'P9'")).length, 50);
        assert.match(r.err, /… and 70 more error\(s\)/);
        assert.match(r.err, /has 120 error\(s\)/);
    });

    it('a JSON log that is not an array: one message, exit 1', () => {
        const r = sla(['simulate', AVETICA, '--incidents', log('obj.json', '\uFEFF{"id": "1"}')]);
        assert.equal(r.code, 1);
        assert.match(r.err, /obj\.json:1:1: expected a JSON array of incident records/);
    });
});

describe('progress', () => {
    it('never on stderr that is not a terminal', () => {
        const rows = Array.from({ length: 20_000 }, (_, i) => `P${i},P2,2026-03-02T10:00:00+01:00,,,`);
        const r = sla(['simulate', AVETICA, '--incidents', log('progress.csv', ['id,priority,reported,resolved,down_from,down_to', ...rows].join('\n'))]);
        assert.equal(r.code, 0, r.err);
        assert.doesNotMatch(r.err, /\r|rows\/s/);
    });

    it('drawn only after the first second, and never with --quiet', () => {
        const drawn: string[] = [];
        const io = { out: () => undefined, err: () => undefined, progress: (t: string) => { drawn.push(t); } };
        const p = { phase: 'reading' as const, rows: 50_000, bytesRead: 1, bytes: 4 };
        const line = new ProgressLine(io, false);
        line.update(p);
        assert.deepEqual(drawn, [], 'not in the first second');
        (line as unknown as { started: number }).started -= 2000;
        line.update(p);
        assert.match(drawn[0], /^\r\x1b\[Ksla: 25% of the log read, 50,000 rows \(/);
        const quiet = new ProgressLine(io, true);
        (quiet as unknown as { started: number }).started -= 2000;
        quiet.update(p);
        assert.equal(drawn.length, 1);
        assert.equal(new ProgressLine({ out: () => undefined, err: () => undefined }, false).enabled, false);
    });
});

describe('sla simulate: stopped by a signal', () => {
    it('a SIGTERM to the command (its launcher, bin/heap-limits.js) ends the simulating child too, which removes its temporary files; exit 143', async function () {
        this.timeout(60_000);
        // A log big enough to be still reading when the signal comes: 60,000 rows of the sample's first.
        const [header, first] = readFileSync('samples/avetica-moodle-2026.csv', 'utf8').split('\n');
        const cells = first.split(',');
        const rows = Array.from({ length: 60_000 }, (_, i) => [`T${i}`, ...cells.slice(1)].join(','));
        const big = log('big.csv', [header, ...rows].join('\n') + '\n');
        const temp = mkdtempSync(join(tmp, 'temp-'));
        const child = spawn(process.execPath, ['bin/sla.js', 'simulate', AVETICA, '--incidents', big, '--quiet'],
            { env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp }, stdio: 'ignore' });
        const ended = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
        // Until the spill's folder is there (the child is reading), then the signal.
        while (readdirSync(temp).length === 0) await new Promise((r) => setTimeout(r, 20));
        child.kill('SIGTERM');
        assert.equal(await ended, 143);
        assert.deepEqual(readdirSync(temp), []);
    });
});
