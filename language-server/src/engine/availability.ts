/**
 * Availability per calendar period.
 *
 * availability = (scheduled - counted downtime) / scheduled * 100
 *
 * Excluded minutes (maintenance inside its window and announced in time, force majeure,
 * ...) are taken out of the downtime but NOT out of the scheduled minutes. That follows
 * the Avetica formula DB = (GB - sum G) / GB (art. 10.2): excluded time is simply not an
 * Incident minute G, while GB stays the whole period. Removing it from both would make
 * a month with long maintenance slightly stricter; the contracts we read do not do that.
 *
 * Overlaps: downtime is the union of the counted outages, so two incidents over the same
 * minute count it once. A minute that is down for a counted reason counts even when an
 * excluded outage (say maintenance) covers it too: the exclusion has to explain the
 * minute, and a counted outage already does. Excluded minutes per reason are likewise a
 * union, each minute given to the first reason in EXCLUDED_ORDER.
 */
import type { ContractModel, DowntimeKind, DurationModel, LevelPeriod } from '../model/types.js';
import { BusinessCalendar } from './business-calendar.js';
import { calendarsOf } from './deadlines.js';
import type { Incident } from './incident-log.js';
import {
    type Interval, type PeriodSpan, contractZone, intersectIntervals, mergeIntervals, subtractIntervals, totalMinutes, weeklyIntervals,
} from './periods.js';
import { addCalendarPeriod, MINUTE_MS } from './time.js';

export const EXCLUDED_ORDER: DowntimeKind[] = ['planned-maintenance', 'urgent-maintenance', 'emergency-maintenance',
    'force-majeure', 'customer-caused', 'third-party'];

export interface AvailabilityRow {
    period: string;
    start: number;
    end: number;
    scheduledMinutes: number;
    /** Counted downtime: union of counted outages within scheduled time. */
    downtimeMinutes: number;
    excludedMinutes: number;
    excludedByReason: Partial<Record<DowntimeKind, number>>;
    availabilityPercent: number;
    /** Percent figures of the levels judged on this period, e.g. 99.92. */
    guaranteePercent?: number;
    targetPercent?: number;
    /** null when the level is not stated for this kind of period. */
    guaranteeMet: boolean | null;
    targetMet: boolean | null;
    /** Downtime the guarantee allows in this period, and what is left of it (negative when overrun). */
    budgetMinutes: number | null;
    budgetLeftMinutes: number | null;
    /** Incidents with counted downtime in this period. */
    incidents: string[];
    /** Incidents whose downtime here was (partly) excluded. */
    excludedIncidents: string[];
    /** With a minimum outage length: minutes of shorter outages, which are no downtime, and their incidents. */
    shortOutageMinutes?: number;
    shortOutages?: string[];
    explanation: string;
}

/** Calendars of a contract by name, shared with the deadline engine so their day caches are too. */
export function buildCalendars(contract: ContractModel, zone: string): Map<string, BusinessCalendar> {
    return zone === contractZone(contract) ? calendarsOf(contract) : new Map(contract.calendars.map((c) => [c.name, new BusinessCalendar(c, zone)]));
}

/** The kinds of period the availability clause judges on: guarantee and target may differ. */
export function availabilityPeriodKinds(contract: ContractModel): LevelPeriod[] {
    const a = contract.availability;
    const kinds = [a?.guarantee?.period, a?.target?.period].filter((p): p is LevelPeriod => p !== undefined);
    return kinds.length > 0 ? [...new Set(kinds)] : ['month'];
}

/** Equal within float noise counts as equal: "at least 99.92%" is met at exactly 99.92%. */
export function atLeast(percent: number, levelPercent: number): boolean {
    return percent >= levelPercent - 1e-9;
}

export function computeAvailability(
    contract: ContractModel, incidents: Incident[], periods: PeriodSpan[], zone: string,
    calendars: Map<string, BusinessCalendar> = buildCalendars(contract, zone),
): AvailabilityRow[] {
    if (periods.length === 0) return [];
    let from = Infinity;
    let to = -Infinity;
    for (const p of periods) { from = Math.min(from, p.start); to = Math.max(to, p.end); }
    const pieces = classifyDowntime(contract, incidents, [from, to], zone, calendars);
    const a = contract.availability;
    const basis = a?.measured;
    const calendar = basis?.type === 'calendar' ? calendars.get(basis.calendar) : undefined;
    const overlapping = piecesPerPeriod(periods, pieces);
    return periods.map((p, i) => {
        const scheduled: Interval[] = calendar
            ? calendar.openIntervals(p.start, p.end).map((iv): Interval => [iv.from, iv.to])
            : [[p.start, p.end]];
        return row(p, scheduled, overlapping[i], contract, calendar ? `open hours of ${calendar.name}` : 'around the clock');
    });
}

/**
 * The pieces overlapping each period, in the pieces' order. Periods of one kind are sorted
 * by start and end (months, weeks, hours, rolling windows all are), so each piece finds its
 * first period by binary search: hourly rows over a year of outages stay cheap.
 */
function piecesPerPeriod(periods: PeriodSpan[], pieces: DowntimePiece[]): DowntimePiece[][] {
    const out: DowntimePiece[][] = periods.map(() => []);
    const byKind = new Map<string, number[]>();
    periods.forEach((p, i) => { const l = byKind.get(p.period); if (l) l.push(i); else byKind.set(p.period, [i]); });
    for (const indices of byKind.values()) {
        indices.sort((x, y) => periods[x].start - periods[y].start || periods[x].end - periods[y].end);
        for (const x of pieces) {
            let lo = 0;
            let hi = indices.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (periods[indices[mid]].end <= x.interval[0]) lo = mid + 1;
                else hi = mid;
            }
            for (let k = lo; k < indices.length && periods[indices[k]].start < x.interval[1]; k++) {
                const p = periods[indices[k]];
                if (p.end > x.interval[0]) out[indices[k]].push(x);
            }
        }
    }
    return out;
}

function row(p: PeriodSpan, scheduled: Interval[], pieces: DowntimePiece[], contract: ContractModel, basis: string): AvailabilityRow {
    const scheduledMinutes = totalMinutes(scheduled);
    const clip = (list: DowntimePiece[]) => intersectIntervals(mergeIntervals(list.map((x) => x.interval)), scheduled);
    const countedPieces = pieces.filter((x) => x.reason === 'counted');
    let covered = clip(countedPieces);
    const downtimeMinutes = totalMinutes(covered);
    const excludedByReason: AvailabilityRow['excludedByReason'] = {};
    const excludedIds = new Set<string>();
    for (const reason of EXCLUDED_ORDER) {
        const own = pieces.filter((x) => x.reason === reason);
        if (own.length === 0) continue;
        const fresh = subtractIntervals(clip(own), covered);
        if (fresh.length === 0) continue;
        excludedByReason[reason] = totalMinutes(fresh);
        covered = mergeIntervals([...covered, ...fresh]);
        for (const x of own) if (overlapsAny(x.interval, fresh)) excludedIds.add(x.id);
    }
    const excludedMinutes = Object.values(excludedByReason).reduce((s, m) => s + m, 0);
    const short = pieces.filter((x) => x.reason === 'too-short');
    const shortMinutes = totalMinutes(subtractIntervals(clip(short), covered));
    const ids = countedPieces.filter((x) => overlapsAny(x.interval, scheduled)).map((x) => x.id);
    const availabilityPercent = scheduledMinutes === 0 ? 100 : ((scheduledMinutes - downtimeMinutes) / scheduledMinutes) * 100;
    const a = contract.availability;
    const g = a?.guarantee?.period === p.period ? a.guarantee.value * 100 : undefined;
    const t = a?.target?.period === p.period ? a.target.value * 100 : undefined;
    const budgetMinutes = g === undefined ? null : ((100 - g) / 100) * scheduledMinutes;
    const r: AvailabilityRow = {
        period: p.label, start: p.start, end: p.end, scheduledMinutes, downtimeMinutes, excludedMinutes, excludedByReason,
        availabilityPercent, guaranteePercent: g, targetPercent: t,
        guaranteeMet: g === undefined ? null : atLeast(availabilityPercent, g),
        targetMet: t === undefined ? null : atLeast(availabilityPercent, t),
        budgetMinutes, budgetLeftMinutes: budgetMinutes === null ? null : budgetMinutes - downtimeMinutes,
        incidents: [...new Set(ids)], excludedIncidents: [...excludedIds], explanation: '',
    };
    const minimum = contract.availability?.minimumOutage;
    if (minimum) {
        r.shortOutageMinutes = shortMinutes;
        r.shortOutages = [...new Set(short.filter((x) => overlapsAny(x.interval, scheduled)).map((x) => x.id))];
    }
    r.explanation = explain(r, basis, pieces, minimum?.atMost === true);
    return r;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);
const pct = (n: number) => `${Math.round(n * 10000) / 10000}%`;

function explain(r: AvailabilityRow, basis: string, pieces: DowntimePiece[], atMost: boolean): string {
    const parts = [`${r.period}: scheduled ${fmt(r.scheduledMinutes)} min (${basis})`,
        `downtime ${fmt(r.downtimeMinutes)} min${r.incidents.length ? ` (incidents ${list(r.incidents)})` : ''}`];
    const ex = Object.entries(r.excludedByReason).map(([k, m]) => `${k} ${fmt(m)} min`);
    if (ex.length) parts.push(`excluded ${ex.join(', ')} (incidents ${list(r.excludedIncidents)})`);
    if (r.shortOutages?.length) parts.push(`not downtime, ${atMost ? 'not longer than' : 'shorter than'} the minimum: ${fmt(r.shortOutageMinutes!)} min (incidents ${list(r.shortOutages)})`);
    parts.push(`availability (${fmt(r.scheduledMinutes)} - ${fmt(r.downtimeMinutes)}) / ${fmt(r.scheduledMinutes)} = ${pct(r.availabilityPercent)}`);
    if (r.guaranteePercent !== undefined) {
        parts.push(`guarantee ${pct(r.guaranteePercent)} ${r.guaranteeMet ? 'met' : 'missed'} (allows ${fmt(r.budgetMinutes!)} min, ${fmt(r.budgetLeftMinutes!)} left)`);
    }
    if (r.targetPercent !== undefined) parts.push(`target ${pct(r.targetPercent)} ${r.targetMet ? 'met' : 'missed'}`);
    const notes = [...new Set(pieces.map((x) => x.note).filter((n): n is string => !!n))];
    return parts.join('; ') + (notes.length ? `. ${notes.join(' ')}` : '');
}

function list(ids: string[]): string {
    return ids.length > 10 ? `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more` : ids.join(', ');
}

/** Index of the first interval of a sorted, merged list that ends after t (binary search). */
function firstEndingAfter(sorted: Interval[], t: number): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid][1] <= t) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/** Whether an interval overlaps any of a sorted, merged list. */
function overlapsAny(iv: Interval, sorted: Interval[]): boolean {
    const i = firstEndingAfter(sorted, iv[0]);
    return i < sorted.length && sorted[i][0] < iv[1] && iv[0] < iv[1];
}

/** A stretch of one incident's outage, and whether it counts or which exclusion takes it. */
export interface DowntimePiece {
    id: string;
    interval: Interval;
    /** 'too-short': an outage shorter than the contract's minimum, no downtime at all. */
    reason: 'counted' | 'too-short' | DowntimeKind;
    /** Why a maintenance outage (partly) counts, for the explanation. */
    note?: string;
}

const MAINTENANCE_OF: Partial<Record<DowntimeKind, 'planned' | 'urgent' | 'emergency'>> = {
    'planned-maintenance': 'planned', 'urgent-maintenance': 'urgent', 'emergency-maintenance': 'emergency',
};

/**
 * Splits every outage overlapping `range` into counted and excluded pieces, by its kind
 * and the contract's exclusions. Maintenance that must fall in a window is excluded only
 * inside the window (the overrun counts); maintenance that must be announced counts
 * whole when it was announced late or not at all.
 */
export function classifyDowntime(
    contract: ContractModel, incidents: Incident[], range: Interval, zone: string,
    calendars: Map<string, BusinessCalendar>,
): DowntimePiece[] {
    const out: DowntimePiece[] = [];
    const exclusions = contract.availability?.exclusions ?? [];
    const minimumMinutes = contract.availability?.minimumOutage?.minutes;
    const minimum = minimumMinutes === undefined ? undefined : minimumMinutes * 60_000;
    const atMost = contract.availability?.minimumOutage?.atMost === true;
    const windowCache = new Map<string, Interval[]>();
    for (const inc of incidents) {
        if (inc.downFrom === undefined || inc.downTo === undefined) continue;
        const iv: Interval = [Math.max(inc.downFrom, range[0]), Math.min(inc.downTo, range[1])];
        if (iv[1] <= iv[0]) continue;
        const counted = (note?: string) => out.push({ id: inc.id, interval: iv, reason: 'counted', note });
        if (inc.kind === 'incident') {
            // The whole outage's length decides, not the part inside the range.
            if (minimum !== undefined && tooShort(inc.downTo - inc.downFrom, minimum, atMost)) out.push({ id: inc.id, interval: iv, reason: 'too-short' });
            else counted();
            continue;
        }
        const maintenance = MAINTENANCE_OF[inc.kind];
        const ex = exclusions.find((e) => e.kind === inc.kind)
            ?? (maintenance ? exclusions.find((e) => e.kind === 'maintenance') : undefined);
        if (!ex) { counted(`${inc.id}: the contract excludes no ${inc.kind}, so it counts.`); continue; }
        if (!maintenance) { out.push({ id: inc.id, interval: iv, reason: inc.kind }); continue; }
        const window = contract.maintenance.find((w) => w.kind === maintenance);
        if (ex.announced) {
            const late = announcedLate(inc, window?.notice, zone, calendars);
            if (late) { counted(`${inc.id}: ${late}, so it counts${articleOf(ex)}.`); continue; }
        }
        // "lasting at most 2 hours" (not "ideally"): what goes on longer than that counts.
        const max = window?.maxDuration?.minutes !== undefined && !window.maxIsEffort ? window.maxDuration.minutes : undefined;
        const allowed: Interval = max === undefined ? iv : [iv[0], Math.min(iv[1], inc.downFrom + max * 60_000)];
        const overrun = (from: Interval[]) => {
            if (max === undefined) return;
            const rest = subtractIntervals(from, [allowed]);
            const minutes = Math.round(totalMinutes(rest) * 100) / 100;
            for (const x of rest) {
                out.push({ id: inc.id, interval: x, reason: 'counted',
                    note: `${inc.id}: ${minutes} min beyond the ${durationMinutesText(max)} that ${maintenance} maintenance may last count${articleOf(window)}.` });
            }
        };
        if (!ex.withinWindow || (window && !window.weekly)) {
            if (allowed[1] > allowed[0]) out.push({ id: inc.id, interval: allowed, reason: inc.kind });
            overrun([iv]);
            continue;
        }
        if (!window?.weekly) { counted(`${inc.id}: the contract has no ${maintenance} maintenance window, so it counts.`); continue; }
        const key = `${maintenance}`;
        let windows = windowCache.get(key);
        if (!windows) { windows = weeklyIntervals(window.weekly, range[0], range[1], zone); windowCache.set(key, windows); }
        const inside = intersectIntervals([iv], clipSorted(windows, iv));
        const outside = subtractIntervals([iv], inside);
        const outMin = totalMinutes(outside);
        for (const x of intersectIntervals(inside, [allowed])) out.push({ id: inc.id, interval: x, reason: inc.kind });
        overrun(inside);
        for (const x of outside) {
            out.push({ id: inc.id, interval: x, reason: 'counted',
                note: `${inc.id}: ${Math.round(outMin * 100) / 100} min outside the ${maintenance} maintenance window count${articleOf(window)}.` });
        }
    }
    return out;
}

/**
 * Whether an outage of `length` ms is no downtime: "shorter than 5 minutes" leaves out
 * outages under 5 minutes (exactly 5 counts); "of at most 5 minutes" leaves out exactly 5
 * as well, so only longer outages count.
 */
export function tooShort(length: number, minimum: number, atMost: boolean): boolean {
    return atMost ? length <= minimum : length < minimum;
}

/** Windows overlapping iv, found by binary search so many maintenance rows stay cheap. */
function clipSorted(list: Interval[], iv: Interval): Interval[] {
    const out: Interval[] = [];
    for (let i = firstEndingAfter(list, iv[0]); i < list.length && list[i][0] < iv[1]; i++) out.push(list[i]);
    return out;
}

function articleOf(c: { article?: string } | undefined): string {
    return c?.article ? ` (${c.article})` : '';
}

/** "20 minutes", "2 hours", "90 minutes". */
function durationMinutesText(minutes: number): string {
    return minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${minutes} minutes`;
}

/** Why an announcement does not qualify, or undefined when it does. */
function announcedLate(
    inc: Incident, notice: DurationModel | undefined, zone: string, calendars: Map<string, BusinessCalendar>,
): string | undefined {
    if (inc.announced === undefined) return `${inc.kind} ${inc.id} was not announced`;
    const start = inc.downFrom!;
    const due = noticeEnd(inc.announced, notice, zone, calendars);
    if (due <= start) return undefined;
    const need = notice ? `${notice.amount} ${notice.unit}${notice.amount === 1 ? '' : 's'} before the start` : 'before the start';
    return `${inc.kind} ${inc.id} was announced later than ${need}`;
}

/**
 * When a notice given at `announced` has run: the work may start from then on. Minutes
 * and hours are elapsed time; days, weeks, months and years are calendar periods in the
 * zone (a week's notice across a DST change is 167 or 169 hours); working days need
 * their calendar (without one they are read as calendar days).
 */
export function noticeEnd(announced: number, notice: DurationModel | undefined, zone: string, calendars: Map<string, BusinessCalendar>): number {
    if (!notice) return announced;
    if (notice.unit === 'minute' || notice.unit === 'hour') return announced + (notice.minutes ?? notice.amount * (notice.unit === 'hour' ? 60 : 1)) * MINUTE_MS;
    const cal = notice.calendar ? calendars.get(notice.calendar) : undefined;
    if (notice.unit === 'working-day' || (notice.unit === 'day' && cal)) {
        if (cal) return cal.addBusinessDays(announced, notice.amount);
        return addCalendarPeriod(announced, notice.amount, 'day', zone);
    }
    if (cal) return cal.nextOpen(addCalendarPeriod(cal.nextOpen(announced), notice.amount, notice.unit, zone));
    return addCalendarPeriod(announced, notice.amount, notice.unit, zone);
}
