/**
 * Sample reporting moments for rules that find problems by computing: one ordinary week
 * (Monday 2 November 2026 to Sunday 8 November, no DST change, no Dutch holiday) and the
 * first weekday holiday of each calendar after it, every `step` minutes, in the contract's zone.
 */
import type { CalendarModel, ContractModel } from '../model/types.js';
import { calendarsOf } from '../engine/deadlines.js';
import { hasOwnRules } from '../engine/calendar-days.js';
import { DAY_MS, dayOfIsoDate, offsetMs, parseLocal, weekdayOf } from '../engine/time.js';
import { DateTime } from 'luxon';
import type { CheckerMemo } from './checker-memo.js';

export const SAMPLE_WEEK_START = '2026-11-02';

export function sampleMoments(model: ContractModel, stepMinutes: number, memo: CheckerMemo): number[] {
    const zone = model.zone ?? 'UTC';
    const out: number[] = [];
    for (const day of sampleDays(model, zone, memo)) {
        const start = parseLocal(`${day} 00:00`, zone);
        if (typeof start !== 'number') continue;
        const end = DateTime.fromISO(day, { zone }).plus({ days: 1 }).toMillis();
        for (let t = start; t < end; t += stepMinutes * 60_000) out.push(t);
    }
    return out;
}

/**
 * The sample days: the week, then each calendar's first weekday holiday after it. Several
 * rules ask per check; the days depend only on the zone and the calendars, so they are
 * worked out once per model (asking every calendar for its holidays is the costly part),
 * and each calendar's holiday once per content and zone, across checks (an edit builds a
 * new model but mostly leaves the calendars as they were).
 */
export function sampleDays(model: ContractModel, zone: string, memo: CheckerMemo): string[] {
    const cached = memo.sampleDays.get(model);
    if (cached && cached.zone === zone && cached.calendars === model.calendars) return cached.days;
    const days: string[] = [];
    const monday = DateTime.fromISO(SAMPLE_WEEK_START, { zone });
    for (let i = 0; i < 7; i++) days.push(monday.plus({ days: i }).toISODate()!);
    const after = monday.plus({ days: 7 }).toMillis();
    for (const cal of calendarsOf(model).values()) {
        const key = `${zone}|${calendarContent(cal.model, memo)}`;
        let date = memo.sampleHolidays.get(key);
        if (date === undefined) {
            date = cal.nextHolidays(after, 12).find((h) => weekdayOf(dayOfIsoDate(h.date)) <= 5)?.date ?? null;
            memo.sampleHolidays.set(key, date);
        }
        if (date && !days.includes(date)) days.push(date);
    }
    memo.sampleDays.set(model, { zone, calendars: model.calendars, days });
    return days;
}

/**
 * The content of a calendar that its open times and holidays depend on: not its name,
 * article, spans or the labels of closed days. Worked out once per calendar model.
 */
export function calendarContent(cal: CalendarModel, memo: CheckerMemo): string {
    return memo.calendarContents.get(cal, () => JSON.stringify([cal.weekly,
        cal.holidays.map((h) => [h.country, h.include, h.exclude.map((e) => [e.name, e.exceptEveryYears]), h.observed ?? null]),
        cal.closed.map((c) => [c.from, c.to]),
        // The own rules, only when written: the content of other calendars reads as before.
        ...(hasOwnRules(cal) ? [cal.closedHours ?? [], (cal.yearly ?? []).map((y) => [y.on, y.hours ?? null, y.observed ?? null]),
            (cal.openings ?? []).map((o) => [o.date, o.hours]), (cal.seasons ?? []).map((x) => [x.from, x.to, x.weekly])] : [])]));
}

/** Daytime weekday samples first: they make the most telling examples in a message. */
export function telling(moments: number[], zone: string): number[] {
    // Scored once per moment (not per comparison), from the cached zone offset.
    const scores = new Map<number, number>();
    for (const t of moments) {
        if (scores.has(t)) continue;
        const local = t + offsetMs(t, zone);
        const day = Math.floor(local / DAY_MS);
        const hour = Math.floor((local - day * DAY_MS) / 3_600_000);
        scores.set(t, (weekdayOf(day) <= 5 ? 0 : 2) + (hour >= 8 && hour < 23 ? 0 : 1));
    }
    return [...moments].sort((a, b) => scores.get(a)! - scores.get(b)! || a - b);
}
