/**
 * Deadline throughput: 1,000,000 business-time deadlines on the Avetica calendar
 * (Europe/Amsterdam, Mon-Fri 09:00-17:00, NL public holidays, "within 4 hours of
 * Werkdag"), median of 5 runs, next to moment-business-time configured with the same
 * hours and holiday dates. Run: node --import tsx bench/deadlines-bench.ts
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ContractModel } from '../language-server/src/model/types.js';
import { makeDeadlineFunction } from '../language-server/src/engine/deadlines.js';
import { holidaysInYear } from '../language-server/src/engine/holidays.js';
import { formatInZone } from '../language-server/src/engine/time.js';

const ZONE = 'Europe/Amsterdam';
const COUNT = 1_000_000;
const MOMENT_COUNT = 20_000;
const SAMPLE = 1_000;
const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const nlRule = { country: 'NL', include: [], exclude: [], span };

function aveticaContract(): ContractModel {
    const day = [{ from: 540, to: 1020 }];
    return {
        name: 'Avetica', span, zone: ZONE,
        calendars: [{ name: 'Werkdag', span, weekly: [[], day, day, day, day, day, [], []], holidays: [nlRule], closed: [] }],
        priorities: [{
            name: 'P1', rank: 0, span, clocks: [{
                kind: 'resolution', span,
                rule: { type: 'within', duration: { amount: 4, unit: 'hour', minutes: 240 }, basis: { type: 'calendar', calendar: 'Werkdag' }, from: 'reported' },
            }],
        }],
        compliance: [], maintenance: [], fees: [], remedyGroups: [], surcharges: [], notices: [],
        commitments: [], backups: [], notes: [], scenarios: [],
    };
}

/** Report moments spread over 2026, whole seconds, from a fixed-seed LCG. */
function reports(n: number): Float64Array {
    const from = Date.UTC(2025, 11, 31, 23);
    const span2026 = Date.UTC(2026, 11, 31, 23) - from;
    const out = new Float64Array(n);
    let seed = 20260101;
    for (let i = 0; i < n; i++) {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        out[i] = from + Math.floor((seed / 2 ** 32) * (span2026 / 1000)) * 1000;
    }
    return out;
}

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
}

/** moment-business-time patches the shared moment instance through its locale. */
function momentDeadline(): (reported: number) => number {
    const require = createRequire(import.meta.url);
    const moment = require('moment-timezone');
    require('moment-business-time');
    const hours = ['09:00:00', '17:00:00'];
    const holidays = [2025, 2026, 2027].flatMap((y) => holidaysInYear(nlRule, y).map((h) => h.date));
    moment.updateLocale('en', { workinghours: { 0: null, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: null }, holidays });
    return (reported) => moment.tz(reported, ZONE).addWorkingTime(4, 'hours').valueOf();
}

/** Moments where business-hours libraries typically go wrong (local times, Amsterdam). */
const EDGES = [
    ['Friday before spring DST, 15:00', '2026-03-27T15:00:00+01:00'],
    ['Friday before autumn DST, 15:00', '2026-10-23T15:00:00+02:00'],
    ['Ascension Day 2026, 10:00', '2026-05-14T10:00:00+02:00'],
    ['exactly at closing, Monday 17:00', '2026-11-09T17:00:00+01:00'],
    ['exactly at opening, Monday 09:00', '2026-11-09T09:00:00+01:00'],
    ['New Year\'s Eve 16:00', '2026-12-31T16:00:00+01:00'],
    ['Friday 16:59:30', '2026-11-06T16:59:30+01:00'],
].map(([what, iso]) => ({ what, t: Date.parse(iso) }));

export async function benchDeadlines(): Promise<string[]> {
    const lines: string[] = [];
    const moments = reports(COUNT);
    const ours = makeDeadlineFunction(aveticaContract(), 'P1', 'resolution');
    let checksum = 0;
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
        runs.push(time(() => {
            for (let i = 0; i < COUNT; i++) checksum = (checksum + ours(moments[i])! / 60_000) % 1_000_000_007;
        }));
    }
    const oursMs = median(runs);
    lines.push(`ours: ${COUNT.toLocaleString('en')} deadlines, median of 5 runs ${oursMs.toFixed(0)} ms` +
        ` (runs ${runs.map((x) => x.toFixed(0)).join(', ')}; target <= 1000 ms) [checksum ${checksum}]`);

    const theirs = momentDeadline();
    const theirRuns: number[] = [];
    for (let r = 0; r < 3; r++) {
        theirRuns.push(time(() => {
            for (let i = 0; i < MOMENT_COUNT; i++) theirs(moments[i]);
        }));
    }
    const perMillion = (median(theirRuns) * COUNT) / MOMENT_COUNT;
    lines.push(`moment-business-time: ${MOMENT_COUNT.toLocaleString('en')} deadlines, median of 3 runs ${median(theirRuns).toFixed(0)} ms,` +
        ` extrapolated to ${(perMillion / 1000).toFixed(1)} s per million (not measured on a million)`);
    lines.push(`ratio: moment-business-time / ours = ${(perMillion / oursMs).toFixed(0)}x`);

    const disagreements: string[] = [];
    for (let i = 0; i < SAMPLE; i++) {
        const t = moments[i * Math.floor(COUNT / SAMPLE)];
        const a = ours(t)!;
        const b = theirs(t);
        if (a !== b) disagreements.push(`  reported ${formatInZone(t, ZONE)}: ours ${formatInZone(a, ZONE)}, moment-business-time ${formatInZone(b, ZONE)}`);
    }
    lines.push(`agreement on a sample of ${SAMPLE}: ${SAMPLE - disagreements.length}/${SAMPLE}`);
    lines.push(...disagreements.slice(0, 10));
    const edges = EDGES.filter((e) => ours(e.t) !== theirs(e.t));
    lines.push(`agreement on ${EDGES.length} DST/holiday/closing edge moments: ${EDGES.length - edges.length}/${EDGES.length}`);
    for (const e of edges) {
        lines.push(`  ${e.what}: ours ${formatInZone(ours(e.t)!, ZONE)}, moment-business-time ${formatInZone(theirs(e.t), ZONE)}`);
    }
    return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    for (const line of await benchDeadlines()) console.log(line);
}
