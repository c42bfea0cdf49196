/**
 * Worked examples of the clauses that are not clocks, from a reference moment: the next
 * maintenance windows and the latest announcement for each, when a commitment or a notice
 * is due, how many incidents compliance allows to be late, which backups exist on a day,
 * the scheduled minutes of a period. Pure: the reference moment is a parameter, so the
 * editor's hovers and any other surface give the same figures.
 */
import type { BackupModel, ContractModel, DurationModel, MaintenanceWindowModel } from '../model/types.js';
import { noticeEnd } from './availability.js';
import { calendarsOf } from './deadlines.js';
import { contractZone, mergeIntervals, totalMinutes, weeklyIntervals, type Interval } from './periods.js';
import { addCalendarPeriod, DAY_MS, localDay, MINUTE_MS, wallToEpoch } from './time.js';

/** The end of a duration counted from `from`, as notices and lead times count (elapsed, calendar periods or working days). */
export function durationEnd(model: ContractModel, from: number, d: DurationModel): number {
    return noticeEnd(from, d, contractZone(model), calendarsOf(model));
}

/** A rough upper bound of a duration in ms, for searching backwards. */
function spanMs(d: DurationModel): number {
    const perUnit = { minute: 1, hour: 60, day: 1440, week: 10_080, month: 31 * 1440, year: 366 * 1440, 'working-day': 1440 } as const;
    // Working days of a calendar can stretch over weekends and holiday weeks.
    const factor = d.unit === 'working-day' || d.calendar ? 3 : 1;
    return (d.amount * perUnit[d.unit] * factor + 31 * 1440) * MINUTE_MS;
}

/**
 * The latest moment from which `d` still runs out by `end` (a notice given then is in
 * time for work starting at `end`): a search to the minute over a monotonic function,
 * so it holds for every unit, working days of a calendar included.
 */
export function latestStart(model: ContractModel, end: number, d: DurationModel): number {
    let lo = Math.floor((end - spanMs(d)) / MINUTE_MS);
    let hi = Math.floor(end / MINUTE_MS);
    if (durationEnd(model, lo * MINUTE_MS, d) > end) return lo * MINUTE_MS;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (durationEnd(model, mid * MINUTE_MS, d) <= end) lo = mid;
        else hi = mid - 1;
    }
    return lo * MINUTE_MS;
}

export interface WindowExample {
    start: number;
    end: number;
    /** The latest announcement in time for work starting at `start` (none without a notice period). */
    announceBy?: number;
}

/**
 * The next `count` openings of a maintenance window after `now` (a window that is open
 * at `now` counts from `now`). "Any time": one example start, the next day at 22:00.
 */
export function nextWindows(model: ContractModel, w: MaintenanceWindowModel, now: number, count = 3): WindowExample[] {
    const zone = contractZone(model);
    let found: Interval[];
    if (w.weekly) {
        found = mergeIntervals(weeklyIntervals(w.weekly, now, now + 35 * DAY_MS, zone)).slice(0, count);
    } else {
        const start = wallToEpoch(localDay(now, zone) + 1, 22 * 60, zone);
        found = [[start, start]];
    }
    return found.map(([start, end]) => ({ start, end, ...(w.notice ? { announceBy: latestStart(model, start, w.notice) } : {}) }));
}

/** How many of n incidents may miss their deadline while a share of `atLeast` is still met (as the simulation judges it). */
export function allowedLate(n: number, atLeast: number): number {
    let late = 0;
    while (late < n && ((n - late - 1) / n) * 100 >= atLeast * 100 - 1e-9) late++;
    return late;
}

export interface BackupsOnDay {
    /** Backups of this line that exist at the end of the day, newest first. */
    made: number[];
    /** The oldest moment still kept. */
    oldest: number;
}

/**
 * The backups of a line that exist at `at`: one per day, week, month or year back from
 * `at`, each kept until it is as old as the retention (so "daily, kept 1 week" holds 7).
 */
export function backupsAt(model: ContractModel, b: BackupModel, at: number): BackupsOnDay {
    const zone = contractZone(model);
    const kept = b.kept;
    const unit = kept.unit === 'working-day' ? 'day' : kept.unit;
    const oldest = unit === 'minute' || unit === 'hour'
        ? at - (kept.minutes ?? kept.amount * (unit === 'hour' ? 60 : 1)) * MINUTE_MS
        : addCalendarPeriod(at, -kept.amount, unit, zone);
    const step = { daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year' } as const;
    const made: number[] = [];
    for (let i = 0; i < 400; i++) {
        const t = i === 0 ? at : addCalendarPeriod(at, -i, step[b.frequency], zone);
        if (t <= oldest) break;
        made.push(t);
    }
    return { made, oldest };
}

/** Scheduled minutes between two moments: the measured calendar's open time, or every minute. */
export function scheduledMinutes(model: ContractModel, from: number, to: number): number {
    const m = model.availability?.measured;
    const cal = m?.type === 'calendar' ? calendarsOf(model).get(m.calendar) : undefined;
    if (!cal) return (to - from) / MINUTE_MS;
    return totalMinutes(cal.openIntervals(from, to).map((i): Interval => [i.from, i.to]));
}
