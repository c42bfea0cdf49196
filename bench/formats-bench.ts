/**
 * A desk's export against our own columns: the same generated tickets (bench/log-bench.ts)
 * written as our CSV, as a Freshdesk export (its columns, "yyyy-MM-dd HH:mm:ss", Urgent/High/
 * Medium) and as a TOPdesk export (Dutch columns, semicolons, BOM, CRLF, "dd-MM-yyyy HH:mm",
 * "Prioriteit 1 - Hoog"), each through `sla simulate` end to end (--format for the desks).
 * The mapping works row by row in the same stream, so the figures show what the column map,
 * the date format and the value map cost per row. No target: the ratio is printed.
 * Rows: SLA_BENCH_FORMAT_ROWS (200,000); runs: SLA_BENCH_RUNS (3), interleaved.
 * Run: node --import tsx bench/formats-bench.ts
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatInZone } from '../language-server/src/engine/time.js';
import { type Measured, measure, tickets } from './log-bench.js';

const ZONE = 'Europe/Amsterdam';
const CONTRACT = 'samples/avetica-moodle.sla';

type Layout = { name: string; header: string; eol: string; row: (cells: { id: string; p: number; rep?: number; resp?: number; res?: number; note?: string }) => string; flags: string[] };

const wall = (t: number | undefined) => (t === undefined ? '' : formatInZone(t, ZONE).slice(0, 19).replace('T', ' '));
const dutch = (t: number | undefined) => {
    if (t === undefined) return '';
    const w = formatInZone(t, ZONE);
    return `${w.slice(8, 10)}-${w.slice(5, 7)}-${w.slice(0, 4)} ${w.slice(11, 16)}`;
};
const quoted = (s: string | undefined, d: string) => (s === undefined ? '' : s.includes(d) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s);

const LAYOUTS: Layout[] = [
    { name: 'our columns', header: 'id,priority,reported,responded,resolved,note', eol: '\n', flags: [],
        row: (c) => [c.id, c.p ? `P${c.p}` : '', wall(c.rep), wall(c.resp), wall(c.res), quoted(c.note, ',')].join(',') },
    { name: 'freshdesk', header: 'Ticket ID,Subject,Status,Priority,Type,Created time,Initial response time,Resolved time,Closed time', eol: '\n', flags: ['--format', 'freshdesk'],
        row: (c) => [c.id, quoted(c.note, ',') || 'no subject', 'Closed', ['', 'Urgent', 'High', 'Medium'][c.p], 'Incident', wall(c.rep), wall(c.resp), wall(c.res), wall(c.res)].join(',') },
    { name: 'topdesk', header: '\uFEFFMeldingnummer;Korte omschrijving;Prioriteit;Aanmelddatum;Datum gereed', eol: '\r\n', flags: ['--format', 'topdesk'],
        row: (c) => [c.id, quoted(c.note, ';'), c.p ? `Prioriteit ${c.p} - ${['', 'Hoog', 'Middel', 'Laag'][c.p]}` : '', dutch(c.rep), dutch(c.res)].join(';') },
];

async function write(path: string, layout: Layout, count: number): Promise<void> {
    const out = createWriteStream(path);
    const flush = (s: string) => (out.write(s) ? undefined : new Promise<void>((r) => out.once('drain', () => r())));
    let buf = layout.header + layout.eol;
    for (const i of tickets(count)) {
        // Tickets only (a desk's standard export has no outage columns); maintenance rows have no report and are left out.
        if (i.reported === undefined) continue;
        buf += layout.row({ id: i.id, p: Number(i.priority?.slice(1) ?? 0), rep: i.reported, resp: i.responded, res: i.resolved, note: i.note }) + layout.eol;
        if (buf.length > 1 << 20) { await flush(buf); buf = ''; }
    }
    await flush(buf);
    await new Promise<void>((r) => out.end(() => r()));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchFormats(): Promise<string[]> {
    const rows = Number(process.env.SLA_BENCH_FORMAT_ROWS) || 200_000;
    const runs = Number(process.env.SLA_BENCH_RUNS) || 3;
    const dir = mkdtempSync(join(tmpdir(), 'sla-bench-formats-'));
    const lines: string[] = [];
    try {
        const files = LAYOUTS.map((l, k) => join(dir, `log-${k}.csv`));
        for (let k = 0; k < LAYOUTS.length; k++) await write(files[k], LAYOUTS[k], rows);
        const runsOf: Measured[][] = LAYOUTS.map(() => []);
        for (let r = 0; r < runs; r++) {
            for (let k = 0; k < LAYOUTS.length; k++) {
                // --skip-bad-rows: a wall-clock time in the hour the clocks go back is refused as ambiguous, and those few rows are left out.
                const m = measure(['bin/sla.js', 'simulate', CONTRACT, '--incidents', files[k], ...LAYOUTS[k].flags, '--quiet', '--skip-bad-rows']);
                if (m.code !== 0) throw new Error(`${LAYOUTS[k].name}: sla simulate failed (exit ${m.code}): ${m.err.split('\n').slice(0, 3).join(' | ')}`);
                runsOf[k].push(m);
            }
        }
        const base = median(runsOf[0].map((m) => m.seconds));
        lines.push(`${rows.toLocaleString('en-US')} generated tickets, median of ${runs}, runs interleaved:`);
        LAYOUTS.forEach((l, k) => {
            const t = median(runsOf[k].map((m) => m.seconds));
            const read = Number(/(\d+) row\(s\) read/.exec(runsOf[k][0].err)?.[1] ?? NaN);
            const used = /(\d+) used/.exec(runsOf[k][0].err)?.[1] ?? '?';
            lines.push(`  ${l.name.padEnd(12)} ${t.toFixed(2)} s, ${Math.round(read / t).toLocaleString('en-US')} rows/s, peak RSS ${Math.max(...runsOf[k].map((m) => m.rssMb)).toFixed(0)} MB, `
                + `${used} of ${read} rows used${k > 0 ? `; ${(t / base).toFixed(2)}x our columns` : ''}`);
        });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    for (const line of await benchFormats()) console.log(line);
}
