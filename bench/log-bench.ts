/**
 * Incident logs as big as service desks export them, `sla simulate` end to end as a child
 * process: generated CSV logs of 1,000,000 and 5,000,000 rows of the Avetica sample
 * contract (priorities P1-P3, a response and resolution each, about one in ten late, about
 * one ticket in a hundred with an outage, some maintenance), in time order, in os.tmpdir() and removed afterwards.
 * In the same run csv-parse alone streams the same file, for the ratio. Peak RSS from
 * /usr/bin/time -v when present, else from the child's own process.resourceUsage(); simulate
 * runs in a child of bin/sla.js (bin/heap-limits.js), whose own peak is added. CPU time
 * (user + system) is printed too: on a shared machine it moves much less with the load.
 *
 * Targets: 1M rows <= 2x csv-parse alone and <= 300 MB peak RSS; 5M rows <= 400 MB;
 * the engine in-process: 1,000,000 incidents <= 2 s.
 * Smaller runs: SLA_BENCH_ROWS=100000 (one size, or "100000,500000"); SLA_BENCH_RUNS=1.
 * Run: node --import tsx bench/log-bench.ts
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Incident } from '../language-server/src/engine/incident-log.js';
import { simulate } from '../language-server/src/engine/simulate.js';
import { SimulationRun } from '../language-server/src/engine/simulation-run.js';
import { hasDowntime } from '../language-server/src/engine/incident-order.js';
import { formatInZone, parseLocal } from '../language-server/src/engine/time.js';
import { avetica } from '../test/engine/fixtures.js';
import { seededRandom } from '../language-server/src/engine/random.js';

const ZONE = 'Europe/Amsterdam';
const MINUTE = 60_000;
const CONTRACT = 'samples/avetica-moodle.sla';


/** A year of tickets, in report order: the times of `count` incidents spread evenly over 2026. */
export function* tickets(count: number): Generator<Incident> {
    const rnd = seededRandom(7);
    const start = parseLocal('2026-01-01 00:00', ZONE) as number;
    const end = parseLocal('2027-01-01 00:00', ZONE) as number;
    const step = (end - start) / count;
    for (let i = 0; i < count; i++) {
        const reported = Math.floor(start + i * step + rnd() * step * 0.5);
        // Most tickets in time, about one in ten late (as a service desk that meets its 90% does).
        const responded = reported + (rnd() < 0.9 ? 5 + Math.floor(rnd() * 45) : 60 + Math.floor(rnd() * 540)) * MINUTE;
        const resolved = responded + (rnd() < 0.9 ? 10 + Math.floor(rnd() * 170) : 240 + Math.floor(rnd() * 4000)) * MINUTE;
        const r = rnd();
        const kind = r < 0.995 ? 'incident' : 'planned-maintenance';
        const down = kind !== 'incident' || rnd() < 0.01;
        yield {
            id: `INC${String(i + 1).padStart(8, '0')}`, kind, priority: kind === 'incident' ? `P${1 + Math.floor(rnd() * 3)}` : undefined,
            reported: kind === 'incident' ? reported : undefined, responded: kind === 'incident' ? responded : undefined,
            resolved: kind === 'incident' ? resolved : undefined,
            downFrom: down ? reported : undefined, downTo: down ? reported + (5 + Math.floor(rnd() * 90)) * MINUTE : undefined,
            paused: [], note: rnd() < 0.1 ? 'customer called, "urgent"; see mail' : undefined,
        };
    }
}

// With the offset: a local time in the hour the clocks go back is ambiguous, and refused.
const local = (t: number | undefined) => (t === undefined ? '' : formatInZone(t, ZONE));
const csvField = (s: string | undefined) => (s === undefined ? '' : /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export async function writeLog(path: string, count: number): Promise<void> {
    const out = createWriteStream(path);
    const write = (s: string) => (out.write(s) ? undefined : new Promise<void>((r) => out.once('drain', () => r())));
    let buf = 'id,priority,reported,responded,resolved,down_from,down_to,kind,note\n';
    for (const i of tickets(count)) {
        buf += [i.id, i.priority ?? '', local(i.reported), local(i.responded), local(i.resolved), local(i.downFrom), local(i.downTo), i.kind, csvField(i.note)].join(',') + '\n';
        if (buf.length > 1 << 20) { await write(buf); buf = ''; }
    }
    await write(buf);
    await new Promise<void>((r) => out.end(() => r()));
}

export interface Measured { seconds: number; cpu: number; rssMb: number; code: number | null; err: string }

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs node with args as a child, stdout discarded; wall time and peak RSS. */
export function measure(args: string[]): Measured {
    const t0 = performance.now();
    const env = { ...process.env, SLA_REPORT_MAX_RSS: '1' };
    const r = TIME
        ? spawnSync(TIME, ['-v', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env, maxBuffer: 1 << 26 })
        : spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env, maxBuffer: 1 << 26 });
    const seconds = (performance.now() - t0) / 1000;
    // CPU time of the process tree (GNU time's rusage of its child, which counts the child's children).
    const cpu = TIME ? Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1])
        : NaN;
    // GNU time names the biggest process of the tree; the launcher of bin/sla.js is added.
    const kb = Number(TIME ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] : /^max-rss-kb (\d+)/m.exec(r.stderr)?.[1]);
    const launcher = Number(/^launcher-max-rss-kb (\d+)/m.exec(r.stderr)?.[1] ?? 0);
    return { seconds, cpu, rssMb: kb ? (kb + launcher) / 1024 : NaN, code: r.status, err: r.stderr };
}

/** csv-parse alone, streaming the file with the options the log reader uses, counting records. */
const CSV_PARSE_ALONE = `
const { createReadStream } = require('node:fs');
const { parse } = require('csv-parse');
let n = 0;
createReadStream(process.argv[1], { highWaterMark: 256 * 1024 })
  .pipe(parse({ info: true, skip_empty_lines: true, relax_column_count: true, bom: true, delimiter: ',' }))
  .on('data', () => { n++; })
  .on('end', () => { if (process.env.SLA_REPORT_MAX_RSS) process.stderr.write('max-rss-kb ' + process.resourceUsage().maxRSS + '\\n'); process.stderr.write('records ' + n + '\\n'); });
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchLogs(): Promise<string[]> {
    const sizes = (process.env.SLA_BENCH_ROWS ?? '1000000,5000000').split(',').map(Number).filter((n) => n > 0);
    const runs = Number(process.env.SLA_BENCH_RUNS) || 3;
    const lines: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'sla-bench-log-'));
    try {
        for (const rows of sizes) {
            const file = join(dir, `log-${rows}.csv`);
            await writeLog(file, rows);
            const mb = statSync(file).size / 1e6;
            // The 5M log once: it takes long, and the figure asked of it is memory.
            const n = rows > 1_000_000 ? 1 : runs;
            const alone: Measured[] = [];
            const sla: Measured[] = [];
            for (let k = 0; k < n; k++) {
                alone.push(measure(['-e', CSV_PARSE_ALONE, file]));
                const r = measure(['bin/sla.js', 'simulate', CONTRACT, '--incidents', file, '--quiet']);
                if (r.code !== 0) { lines.push(`${rows} rows: sla simulate failed (exit ${r.code}): ${r.err.split('\n').slice(0, 3).join(' | ')}`); break; }
                sla.push(r);
            }
            if (sla.length === 0) continue;
            const ts = median(sla.map((m) => m.seconds));
            const ta = median(alone.map((m) => m.seconds));
            const cs = median(sla.map((m) => m.cpu));
            const ca = median(alone.map((m) => m.cpu));
            const cpu = (c: number) => (Number.isNaN(c) ? '' : `, cpu ${c.toFixed(2)} s`);
            const rss = Math.max(...sla.map((m) => m.rssMb));
            const limit = rows <= 1_000_000 ? 300 : 400;
            lines.push(`${rows.toLocaleString('en-US')} rows (${mb.toFixed(0)} MB CSV), median of ${n}:`);
            lines.push(`  sla simulate   ${ts.toFixed(2)} s${cpu(cs)}, ${Math.round(rows / ts).toLocaleString('en-US')} rows/s, peak RSS ${rss.toFixed(0)} MB with its launcher (target <= ${limit} MB)`);
            lines.push(`  csv-parse alone ${ta.toFixed(2)} s${cpu(ca)}, ${Math.round(rows / ta).toLocaleString('en-US')} rows/s, peak RSS ${Math.max(...alone.map((m) => m.rssMb)).toFixed(0)} MB`);
            lines.push(`  ratio ${(ts / ta).toFixed(2)}x csv-parse alone${rows <= 1_000_000 ? ' (target <= 2x)' : ''}${Number.isNaN(cs) ? '' : `; in CPU time ${(cs / ca).toFixed(2)}x`}; load average ${loadavg()[0].toFixed(1)}`);
            rmSync(file, { force: true });
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    // The engine alone, in process: the incidents already read, each row handed on as it is
    // computed (the streaming core, as the command line runs it), and through simulate(),
    // which keeps every row in its result.
    const count = Number(process.env.SLA_BENCH_ENGINE_ROWS) || 1_000_000;
    const incidents = [...tickets(count)];
    const contract = avetica();
    const streamed: number[] = [];
    const whole: number[] = [];
    for (let k = 0; k < Math.min(runs, 3); k++) {
        let t0 = performance.now();
        const run = new SimulationRun(contract, incidents.filter(hasDowntime), { from: '2026-01', to: '2026-12' });
        let ids = 0;
        for (const inc of incidents) ids += run.add(inc).id.length;
        run.finish();
        streamed.push((performance.now() - t0) / 1000);
        if (ids === 0) throw new Error('no rows');
        t0 = performance.now();
        simulate(contract, incidents, { from: '2026-01', to: '2026-12' });
        whole.push((performance.now() - t0) / 1000);
    }
    lines.push(`engine in-process, ${count.toLocaleString('en-US')} incidents (median of ${streamed.length}; target <= 2 s): streamed ${median(streamed).toFixed(2)} s, simulate() keeping every row ${median(whole).toFixed(2)} s`);
    return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    for (const line of await benchLogs()) console.log(line);
}
