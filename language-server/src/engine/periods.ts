/**
 * Calendar periods (months, quarters, years) in the contract's zone, weekly hours laid
 * out on real dates, and the half-open interval algebra the availability engine sweeps
 * with. Everything is epoch milliseconds; zone offsets come from time.ts only at day and
 * period edges, so a year of data costs a few hundred lookups, not one per minute.
 */
import type { ContractModel, LevelPeriod, Period, WeeklyHours } from '../model/types.js';
import { dayNumber, isoDate, localDay, offsetMs, wallToEpoch, weekdayOf } from './time.js';


/** Half-open [start, end) in epoch ms. */
export type Interval = [number, number];

export interface PeriodSpan {
    /**
     * '2026-01', '2026-Q1' or '2026'; for availability levels also an ISO week '2026-W05',
     * a clock hour '2026-11-05T10' and a rolling window '30 days to 2026-11-05'.
     */
    label: string;
    period: LevelPeriod;
    start: number;
    end: number;
}

export const MINUTE = 60_000;

/** The engine reads a contract without a (valid) zone as UTC; the checker warns about it. */
export function contractZone(contract: ContractModel): string {
    return contract.zone ?? 'UTC';
}

/** 'yyyy-mm' → {year, month}, or an error message. */
export function parseMonth(text: string): { year: number; month: number } | string {
    const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return `cannot read '${text}' as a month (yyyy-mm)`;
    // Years 0-99 mean 1900-1999 to JavaScript's Date.UTC, and no contract runs before 1000.
    if (Number(m[1]) < 1000) return `'${text}' lies before the year 1000; give a month from 1000-01 on`;
    return { year: Number(m[1]), month: Number(m[2]) };
}

export function periodLabel(year: number, month: number, period: Period): string {
    if (period === 'year') return String(year);
    if (period === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    return `${year}-${String(month).padStart(2, '0')}`;
}

const STEP: Record<Period, number> = { month: 1, quarter: 3, year: 12 };

/** The first month (index) of the period of the given length that contains the month. */
function firstMonthOf(monthIndex: number, period: Period): number {
    return monthIndex - (period === 'month' ? 0 : period === 'quarter' ? monthIndex % 3 : monthIndex % 12);
}

/** The period (of the given length) starting in the month; months count from year*12. */
function spanFrom(monthIndex: number, period: Period, zone: string): PeriodSpan {
    const first = firstMonthOf(monthIndex, period);
    const next = first + STEP[period];
    const at = (mi: number) => wallToEpoch(dayNumber(Math.floor(mi / 12), (mi % 12) + 1, 1), 0, zone);
    return { label: periodLabel(Math.floor(first / 12), (first % 12) + 1, period), period, start: at(first), end: at(next) };
}

/**
 * Zone offset at t, cached per UTC quarter hour (trusted only when the quarter hour
 * starts and ends on one offset): luxon's offset lookup costs microseconds, and remedies
 * and reports ask for it once per incident.
 */
export function cachedOffset(t: number, zone: string): number {
    let byZone = offsetCache.get(zone);
    if (!byZone) { byZone = new Map(); offsetCache.set(zone, byZone); }
    const bucket = Math.floor(t / QUARTER_HOUR);
    let off = byZone.get(bucket);
    if (off === undefined) {
        const a = offsetMs(bucket * QUARTER_HOUR, zone);
        off = a === offsetMs(bucket * QUARTER_HOUR + QUARTER_HOUR - 1, zone) ? a : null;
        if (byZone.size > 200_000) byZone.clear();
        byZone.set(bucket, off);
    }
    return off ?? offsetMs(t, zone);
}
const QUARTER_HOUR = 900_000;
// Pure memo tables (see time.ts): offsets per zone and quarter-hour bucket (capped per
// zone) and whole periods per zone and month (capped below); a period never changes.
const offsetCache = new Map<string, Map<number, number | null>>();
const spanCache = new Map<string, PeriodSpan>();

/** The whole calendar period (in the zone) that contains `t`. */
export function periodAt(t: number, period: Period, zone: string): PeriodSpan {
    const date = isoDate(Math.floor((t + cachedOffset(t, zone)) / 86_400_000));
    const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    const key = `${zone} ${period} ${monthIndex}`;
    let span = spanCache.get(key);
    if (!span) {
        span = spanFrom(monthIndex, period, zone);
        if (spanCache.size >= 100_000) spanCache.clear();
        spanCache.set(key, span);
    }
    return span;
}

/**
 * Whole calendar periods covering the months fromMonth..toMonth (inclusive). A quarter or
 * year that the range only partly covers is still returned whole: a guarantee "per
 * quarter" is judged on the full quarter, with no data meaning no downtime.
 */
export function periodsBetween(fromMonth: string, toMonth: string, period: LevelPeriod, zone: string): PeriodSpan[] {
    if (period !== 'month' && period !== 'quarter' && period !== 'year') {
        const [start, end] = rangeSpan(fromMonth, toMonth, zone);
        return levelSpans(start, end, period, zone);
    }
    const a = parseMonth(fromMonth);
    const b = parseMonth(toMonth);
    if (typeof a === 'string') throw new Error(a);
    if (typeof b === 'string') throw new Error(b);
    const last = b.year * 12 + b.month - 1;
    const out: PeriodSpan[] = [];
    // Counted in month indices, never read back from labels, so the loop always ends.
    for (let index = firstMonthOf(a.year * 12 + a.month - 1, period); index <= last || out.length === 0; index += STEP[period]) {
        out.push(spanFrom(index, period, zone));
    }
    return out;
}

/** Days in a rolling window ("rolling-30-days" -> 30), or undefined for other periods. */
export function rollingDays(period: LevelPeriod): number | undefined {
    const m = /^rolling-(\d+)-days$/.exec(period);
    return m ? Number(m[1]) : undefined;
}

/**
 * Hours, ISO weeks or rolling windows for the instants [start, end):
 * - weeks: every ISO week that overlaps, whole (Monday 00:00 to the next Monday 00:00 on
 *   the zone's wall clock, so a week with a DST change has 167 or 169 hours), labelled by
 *   ISO week-year and number: 2026-12-31 lies in 2026-W53, 2025-12-29 in 2026-W01;
 * - hours: every clock hour from a whole local hour to the next (elapsed 60 minutes;
 *   the hour skipped in spring has no row, the hour repeated in autumn has two, labelled
 *   with their offsets '2026-10-25T02+02:00' and '2026-10-25T02+01:00');
 * - rolling N days: one window for each local day in the range, ending at the end of that
 *   day (the next midnight) and starting N calendar days earlier at midnight, so it may
 *   reach back before `start`; labelled 'N days to yyyy-mm-dd' (the last day inside).
 */
export function levelSpans(start: number, end: number, period: LevelPeriod, zone: string): PeriodSpan[] {
    const out: PeriodSpan[] = [];
    const firstDay = localDay(start, zone);
    const lastDay = localDay(end - 1, zone);
    const midnight = (day: number) => wallToEpoch(day, 0, zone, 'transition');
    const days = rollingDays(period);
    if (days !== undefined) {
        for (let day = firstDay; day <= lastDay; day++) {
            out.push({ label: `${days} days to ${isoDate(day)}`, period, start: midnight(day + 1 - days), end: midnight(day + 1) });
        }
        return out;
    }
    if (period === 'week') {
        for (let day = firstDay - (weekdayOf(firstDay) - 1); day <= lastDay; day += 7) {
            out.push({ label: isoWeekLabel(day), period, start: midnight(day), end: midnight(day + 7) });
        }
        return out;
    }
    if (period === 'hour') {
        const HOUR = 3_600_000;
        const label = (t: number) => {
            const local = t + offsetMs(t, zone);
            return `${isoDate(Math.floor(local / 86_400_000))}T${String(Math.floor((local % 86_400_000) / HOUR)).padStart(2, '0')}`;
        };
        const offsetText = (t: number) => {
            const o = offsetMs(t, zone) / 60_000;
            const a = Math.abs(o);
            return `${o < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
        };
        // Whole local hours: the first one at or before `start`.
        const local0 = start + offsetMs(start, zone);
        let t = start - (((local0 % HOUR) + HOUR) % HOUR);
        for (; t < end; t += HOUR) {
            const l = label(t);
            const repeated = label(t - HOUR) === l || label(t + HOUR) === l;
            out.push({ label: repeated ? l + offsetText(t) : l, period, start: t, end: t + HOUR });
        }
        return out;
    }
    throw new Error(`not a level period: ${period}`);
}

/** ISO week label of the week starting on (Monday) day number `monday`: its Thursday decides the year. */
export function isoWeekLabel(monday: number): string {
    const thursday = monday + 3;
    const year = Number(isoDate(thursday).slice(0, 4));
    const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
    return `${year}-W${String(week).padStart(2, '0')}`;
}


/** Start of the first month and end of the last month of a range. */
export function rangeSpan(fromMonth: string, toMonth: string, zone: string): Interval {
    const months = periodsBetween(fromMonth, toMonth, 'month', zone);
    if (months.length === 0) throw new Error(`the range ${fromMonth}..${toMonth} is empty`);
    return [months[0].start, months[months.length - 1].end];
}

/** Pieces of an interval cut at the boundaries of the (sorted, contiguous) periods. */
export function splitAtPeriods(iv: Interval, periods: PeriodSpan[]): { label: string; interval: Interval }[] {
    const out: { label: string; interval: Interval }[] = [];
    for (const p of periods) {
        const s = Math.max(iv[0], p.start);
        const e = Math.min(iv[1], p.end);
        if (s < e) out.push({ label: p.label, interval: [s, e] });
    }
    return out;
}

/** Sorted union; touching intervals merge, so adjacent pieces count like one outage. */
export function mergeIntervals(list: Interval[]): Interval[] {
    const sorted = list.filter((iv) => iv[1] > iv[0]).sort((x, y) => x[0] - y[0]);
    const out: Interval[] = [];
    for (const iv of sorted) {
        const last = out[out.length - 1];
        if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
        else out.push([iv[0], iv[1]]);
    }
    return out;
}

/** Intersection of two merged lists (linear sweep). */
export function intersectIntervals(a: Interval[], b: Interval[]): Interval[] {
    const out: Interval[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const s = Math.max(a[i][0], b[j][0]);
        const e = Math.min(a[i][1], b[j][1]);
        if (s < e) out.push([s, e]);
        if (a[i][1] < b[j][1]) i++;
        else j++;
    }
    return out;
}

/** a minus b, both merged (linear sweep). */
export function subtractIntervals(a: Interval[], b: Interval[]): Interval[] {
    const out: Interval[] = [];
    let j = 0;
    for (const [s0, e] of a) {
        let s = s0;
        while (j < b.length && b[j][1] <= s) j++;
        let k = j;
        while (k < b.length && b[k][0] < e) {
            if (b[k][0] > s) out.push([s, b[k][0]]);
            s = Math.max(s, b[k][1]);
            k++;
        }
        if (s < e) out.push([s, e]);
    }
    return out;
}

export function totalMinutes(list: Interval[]): number {
    let ms = 0;
    for (const [s, e] of list) ms += e - s;
    return ms / MINUTE;
}

/**
 * Weekly hours laid out as real intervals between from and to, read on the wall clock of
 * the zone (so "22:00 to 24:00" stays 22:00 local across DST changes; bounds in a DST gap
 * snap to the transition, as opening hours do in time.ts). Merged and clipped.
 * `days` restricts the weekdays used; `invert` yields the closed hours of those days instead.
 */
export function weeklyIntervals(
    weekly: WeeklyHours, from: number, to: number, zone: string,
    options: { days?: number[]; invert?: boolean } = {},
): Interval[] {
    const out: Interval[] = [];
    const at = (day: number, minute: number) => wallToEpoch(day, minute, zone, 'transition');
    for (let day = localDay(from, zone), last = localDay(to, zone); day <= last; day++) {
        const wd = weekdayOf(day);
        if (options.days && !options.days.includes(wd)) continue;
        const ranges = weekly[wd] ?? [];
        if (options.invert) {
            let cursor = 0;
            for (const r of ranges) {
                if (r.from > cursor) out.push([at(day, cursor), at(day, r.from)]);
                cursor = Math.max(cursor, r.to);
            }
            if (cursor < 1440) out.push([at(day, cursor), at(day, 1440)]);
        } else {
            for (const r of ranges) out.push([at(day, r.from), at(day, r.to)]);
        }
    }
    return intersectIntervals(mergeIntervals(out), [[from, to]]);
}
