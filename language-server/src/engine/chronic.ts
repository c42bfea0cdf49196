/**
 * Chronic outages: "right to terminate after more than 3 outages or 24 hours of downtime
 * in any 30 consecutive days". Exact rules:
 *
 * - Downtime is counted downtime as availability counts it: after the exclusions and the
 *   minimum outage length, within the scheduled hours (`measured during`).
 * - An outage is one incident's counted downtime; incidents whose counted downtime
 *   overlaps or touches (first to last counted minute) are one outage, as two tickets for
 *   the same failure are.
 * - An outage counts from the moment it is one: the start of its counted downtime, or,
 *   with a minimum outage length, that much later (with "of at most", a millisecond more).
 * - Windows slide: the condition is judged at every moment t over the window (t - N days,
 *   t], N calendar days on the zone's wall clock. An outage is in the window when it
 *   counts by t and has counted downtime after t - N days, so an outage that straddles
 *   the window's start counts as one whole outage, and only its minutes inside the window
 *   count as downtime.
 * - "more than 3 outages": 4 or more; "after 3 outages": 3 or more. "more than 24 hours":
 *   exactly 24 hours is not enough. "more than" applies to both limits.
 * - The right arises at the first moment either limit holds: for outages the moment the
 *   outage that tips the count counts; for downtime the first millisecond the downtime in
 *   the window exceeds (or reaches) the limit, inside the outage that takes it there.
 * - It names the outages in that window. The outages and downtime behind a right are
 *   used up: a later right needs outages and downtime after it.
 */
import type { ContractModel, RemedyModel } from '../model/types.js';
import { type Interval, mergeIntervals } from './periods.js';
import { addCalendarPeriod, formatInZone } from './time.js';

export type ChronicRight = Extract<RemedyModel, { type: 'chronic-termination-right' }>;

/** One incident's counted downtime: merged, sorted intervals. */
export interface CountedDowntime {
    id: string;
    intervals: Interval[];
}

export interface ChronicResult {
    at: number;
    /** The incidents of the outages in the window at that moment. */
    incidents: string[];
    because: string;
}

interface Outage {
    ids: string[];
    intervals: Interval[];
    start: number;
    end: number;
    /** The moment it counts as an outage. */
    countsAt: number;
    minutes: number;
}

const MINUTE = 60_000;

/** Every moment the right arises within [from, to). */
export function chronicRights(
    contract: ContractModel, r: ChronicRight, downtime: CountedDowntime[], zone: string, range: Interval,
): ChronicResult[] {
    const minimum = contract.availability?.minimumOutage;
    const delay = minimum ? minimum.minutes * MINUTE + (minimum.atMost ? 1 : 0) : 0;
    const outages = groupOutages(downtime, delay);
    const out: ChronicResult[] = [];
    let after = -Infinity;
    for (;;) {
        const live = outages.filter((o) => o.countsAt > after);
        const found = firstMoment(r, live.map((o) => clipOutage(o, after)).filter((o): o is Outage => !!o), zone);
        if (!found || found.at >= range[1]) break;
        if (found.at >= range[0]) out.push(found);
        after = found.at;
    }
    return out;
}

function groupOutages(downtime: CountedDowntime[], delay: number): Outage[] {
    const sorted = downtime.filter((d) => d.intervals.length > 0)
        .map((d) => ({ id: d.id, intervals: d.intervals, start: d.intervals[0][0], end: d.intervals[d.intervals.length - 1][1] }))
        .sort((a, b) => a.start - b.start);
    const out: Outage[] = [];
    for (const d of sorted) {
        const last = out[out.length - 1];
        if (last && d.start <= last.end) {
            last.ids.push(d.id);
            last.intervals = mergeIntervals([...last.intervals, ...d.intervals]);
            last.end = Math.max(last.end, d.end);
        } else {
            out.push({ ids: [d.id], intervals: d.intervals, start: d.start, end: d.end, countsAt: 0, minutes: 0 });
        }
    }
    for (const o of out) {
        o.countsAt = Math.min(o.start + delay, o.end);
        o.minutes = o.intervals.reduce((s, [a, b]) => s + b - a, 0) / MINUTE;
    }
    return out;
}

/** An outage's downtime after `after` (used-up downtime is left out); undefined when none is left. */
function clipOutage(o: Outage, after: number): Outage | undefined {
    if (after === -Infinity) return o;
    const intervals = o.intervals.flatMap(([a, b]): Interval[] => (b > after ? [[Math.max(a, after), b]] : []));
    return intervals.length ? { ...o, intervals } : undefined;
}

function firstMoment(r: ChronicRight, outages: Outage[], zone: string): ChronicResult | undefined {
    const windowStart = (t: number) => addCalendarPeriod(t, -r.days, 'day', zone);
    const enough = (n: number, limit: number) => (r.moreThan ? n > limit : n >= limit);
    let best: { at: number; kind: 'outages' | 'downtime' } | undefined;

    if (r.outages !== undefined) {
        const byCount = [...outages].sort((a, b) => a.countsAt - b.countsAt);
        for (let k = 0; k < byCount.length; k++) {
            const t = byCount[k].countsAt;
            const lower = windowStart(t);
            const n = byCount.slice(0, k + 1).filter((o) => lastEnd(o) > lower).length;
            if (enough(n, r.outages)) { best = { at: t, kind: 'outages' }; break; }
        }
    }

    if (r.downtimeMinutes !== undefined) {
        const all = mergeIntervals(outages.flatMap((o) => o.intervals));
        const starts = all.map((iv) => iv[0]);
        const prefix = [0];
        for (const [a, b] of all) prefix.push(prefix[prefix.length - 1] + b - a);
        /** Counted downtime (ms) before t: prefix sums and a binary search. */
        const before = (t: number) => {
            let lo = 0;
            let hi = starts.length;
            while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < t) lo = mid + 1; else hi = mid; }
            if (lo === 0) return 0;
            const [a, b] = all[lo - 1];
            return prefix[lo - 1] + Math.min(b, t) - a;
        };
        const inWindow = (t: number) => before(t) - before(windowStart(t));
        const limit = r.downtimeMinutes * MINUTE;
        for (const [a, b] of all) {
            if (best && a >= best.at) break;
            if (!enough(inWindow(b), limit)) continue;
            // Within one stretch of downtime the window's downtime does not fall: search the first millisecond.
            let lo = a;
            let hi = b;
            while (hi - lo > 1) { const mid = Math.floor((lo + hi) / 2); if (enough(inWindow(mid), limit)) hi = mid; else lo = mid; }
            if (!best || hi < best.at) best = { at: hi, kind: 'downtime' };
            break;
        }
    }

    if (!best) return undefined;
    const t = best.at;
    const lower = windowStart(t);
    const inside = outages.filter((o) => o.countsAt <= t && lastEnd(o) > lower).sort((a, b) => a.start - b.start);
    const minutes = inside.reduce((s, o) => s + o.intervals.reduce((m, [a, b]) => m + Math.max(0, Math.min(b, t) - Math.max(a, lower)), 0), 0) / MINUTE;
    const limits = [
        r.outages !== undefined ? `${r.moreThan ? 'more than' : 'at least'} ${r.outages} outages` : '',
        r.downtimeMinutes !== undefined ? `${r.moreThan ? 'more than' : 'at least'} ${minutesText(r.downtimeMinutes)} of downtime` : '',
    ].filter(Boolean).join(' or ');
    const list = inside.map((o) => `${o.ids.join('+')} (${formatInZone(o.start, zone)} to ${formatInZone(o.end, zone)}, ${num(o.minutes)} min)`).join(', ');
    return {
        at: t, incidents: inside.flatMap((o) => o.ids),
        because: `${inside.length} outage${inside.length === 1 ? '' : 's'} and ${minutesText(minutes)} of counted downtime in the ${r.days} days from ${formatInZone(lower, zone)} to ${formatInZone(t, zone)}`
            + ` (the right arises at ${limits}; here by ${best.kind === 'outages' ? 'the number of outages' : 'the downtime'}): ${list}`,
    };
}

function lastEnd(o: Outage): number {
    return o.intervals[o.intervals.length - 1][1];
}

function minutesText(m: number): string {
    if (m >= 60 && Math.abs(m / 60 - Math.round(m / 60)) < 1e-9) return `${Math.round(m / 60)} hour${Math.round(m / 60) === 1 ? '' : 's'}`;
    return `${num(m)} minutes`;
}

const num = (n: number) => String(Math.round(n * 100) / 100);
