/**
 * Reporting moments the hover shows deadlines for: the next weekday morning, the next
 * Friday just before closing, the next Saturday and the day before the next public
 * holiday, each counted from "now" in the contract's zone. Picking the moments is all
 * this file does; every deadline comes from the engine (computeDeadlines).
 */
import { DateTime } from 'luxon';
import type { BusinessCalendar } from '../engine/business-calendar.js';
import { parseLocal } from '../engine/time.js';

/** "Now" for editor features, settable so tests (and demos) can fix it. */
export class SlaClock {
    /** Epoch ms to use instead of the system time. */
    fixed: number | undefined;

    now(): number {
        return this.fixed ?? Date.now();
    }
}

export interface ExampleMoment {
    label: string;
    reported: number;
}

/** "Fri 6 Nov 16:30" in the zone (English names, as the language's keywords). */
export function shortMoment(ms: number, zone: string): string {
    return DateTime.fromMillis(ms, { zone }).setLocale('en-US').toFormat('ccc d LLL HH:mm');
}

/** "Fri 25 Dec 2026" of an ISO date. */
export function shortDate(iso: string): string {
    return DateTime.fromISO(iso, { zone: 'UTC' }).setLocale('en-US').toFormat('ccc d LLL yyyy');
}

function hhmm(minutes: number): string {
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Wall-clock time on a local date, as the engine reads scenario moments. */
function at(date: string, minutes: number, zone: string): number | undefined {
    const t = parseLocal(`${date}T${hhmm(minutes)}`, zone);
    return typeof t === 'number' ? t : undefined;
}

/** Closing time (minutes of day) of a weekday in the calendar, 17:00 without one. */
function closing(cal: BusinessCalendar | undefined, weekday: number): number {
    const ranges = cal?.model.weekly[weekday] ?? [];
    const last = ranges[ranges.length - 1];
    return last && last.to > last.from ? last.to : 17 * 60;
}

/**
 * The first moment after `now` on a day that passes `day`, at `minutes` (which may
 * depend on the weekday). Searches two weeks ahead (a day matching twice a week exists).
 */
function next(now: number, zone: string, day: (d: DateTime) => boolean, minutes: (weekday: number) => number): number | undefined {
    const start = DateTime.fromMillis(now, { zone }).startOf('day');
    for (let i = 0; i < 21; i++) {
        const d = start.plus({ days: i });
        if (!day(d)) continue;
        const t = at(d.toISODate()!, minutes(d.weekday), zone);
        if (t !== undefined && t > now) return t;
    }
    return undefined;
}

export function exampleMoments(now: number, zone: string, cal: BusinessCalendar | undefined): ExampleMoment[] {
    const open = (d: DateTime) => !cal || cal.closedReason(at(d.toISODate()!, 12 * 60, zone) ?? now) === undefined;
    const out: ExampleMoment[] = [];
    const push = (label: string, t: number | undefined) => {
        if (t !== undefined) out.push({ label, reported: t });
    };
    push('a weekday morning', next(now, zone, (d) => d.weekday <= 5 && open(d), () => 10 * 60));
    push('a Friday just before closing', next(now, zone, (d) => d.weekday === 5 && open(d), (w) => closing(cal, w) - 30));
    push('a Saturday', next(now, zone, (d) => d.weekday === 6, () => 11 * 60));
    const holiday = cal?.nextHolidays(now, 3).find((h) => h.date > DateTime.fromMillis(now, { zone }).plus({ days: 1 }).toISODate()!);
    if (holiday) {
        const before = DateTime.fromISO(holiday.date, { zone }).minus({ days: 1 });
        const t = at(before.toISODate()!, closing(cal, before.weekday) - 30, zone);
        push(`the day before ${holiday.name}`, t);
    }
    return out;
}
