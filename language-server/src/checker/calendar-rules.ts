/**
 * A calendar's own rules that change nothing or contradict each other: a special opening
 * on a day closed all day anyway, a part-day closing outside the hours of its day, a
 * season without open hours, seasons that share days. Only calendars with such rules
 * are looked at, so the usual contract costs nothing here.
 */
import type { CalendarModel, ContractModel, MinuteRange, Season } from '../model/types.js';
import {
    calendarHolidays, hasOwnRules, seasonHolds, seasonText, usualHours, yearlyDayIn, yearlyDayText, MONTH_NAMES,
} from '../engine/calendar-days.js';
import { dayOfIsoDate, isoDate, weekdayOf } from '../engine/time.js';
import type { Finding } from './finding.js';
import { cite, finding } from './rule-support.js';
import type { ModelRule } from './check-model.js';

const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const rangesText = (hours: readonly MinuteRange[]) => hours.map((r) => `${hhmm(r.from)} to ${hhmm(r.to)}`).join(', ');
const meets = (hours: readonly MinuteRange[], cut: MinuteRange) => hours.some((r) => r.from < cut.to && cut.from < r.to);

/** Why the calendar is closed all day on a date (a holiday or a closed date), or undefined. */
function closedAllDay(cal: CalendarModel, date: string): string | undefined {
    const holiday = calendarHolidays(cal, +date.slice(0, 4)).get(date);
    if (holiday) return `${holiday}, a holiday of the calendar`;
    const closed = cal.closed.find((c) => c.from <= date && date <= c.to);
    return closed ? `closed ${closed.from === closed.to ? 'that day' : `from ${closed.from} to ${closed.to}`}${closed.label ? ` ("${closed.label}")` : ''}${cite(closed)}` : undefined;
}

function openingsOnClosedDays(cal: CalendarModel): Finding[] {
    const out: Finding[] = [];
    for (const o of cal.openings ?? []) {
        const why = closedAllDay(cal, o.date);
        if (!why) continue;
        out.push(finding('opening-on-closed-day', o,
            `the special opening on ${o.date} changes nothing: that day is ${why}, and a day closed all day stays closed. `
            + 'Remove the opening, or if the calendar should open that day, leave the date out of the closing.'));
    }
    return out;
}

function dayWords(date: string): string {
    return `${DAY_NAMES[weekdayOf(dayOfIsoDate(date))]} ${date}`;
}

function closedHoursOutsideHours(cal: CalendarModel): Finding[] {
    const out: Finding[] = [];
    for (const c of cal.closedHours ?? []) {
        const when = `from ${hhmm(c.hours.from)}${c.hours.to < 1440 ? ` to ${hhmm(c.hours.to)}` : ''}`;
        const why = closedAllDay(cal, c.date);
        const { hours, opening, season } = usualHours(cal, c.date, weekdayOf(dayOfIsoDate(c.date)));
        if (!why && meets(hours, c.hours)) continue;
        const reason = why ? `that day is ${why}`
            : !hours.length ? `the calendar has no hours on ${dayWords(c.date)}${season ? ` (season ${seasonText(season)})` : ''}`
                : `on ${dayWords(c.date)} the calendar is open ${rangesText(hours)} only${opening ? ` (${opening})` : season ? ` (season ${seasonText(season)})` : ''}`;
        out.push(finding('closing-outside-hours', c,
            `closing ${c.date} ${when} has no effect: ${reason}. Correct the time or the date, or remove the closing.`));
    }
    for (const y of cal.yearly ?? []) {
        if (!y.hours) continue;
        // Over 28 years a date falls on every weekday; the hours of each (season or week) decide.
        const open: MinuteRange[] = [];
        let effect = false;
        for (let year = 2024; year < 2052 && !effect; year++) {
            const day = yearlyDayIn(y.on, year);
            if (day === undefined) continue;
            const date = isoDate(day);
            const hours = usualHours({ ...cal, openings: [] }, date, weekdayOf(day)).hours;
            open.push(...hours);
            effect = meets(hours, y.hours);
        }
        if (effect) continue;
        const when = `from ${hhmm(y.hours.from)}${y.hours.to < 1440 ? ` to ${hhmm(y.hours.to)}` : ''}`;
        const on = `${y.on.type === 'date' ? '' : 'the '}${yearlyDayText(y.on)}`;
        const reason = open.length
            ? `on ${on} the calendar is open at most between ${hhmm(Math.min(...open.map((r) => r.from)))} and ${hhmm(Math.max(...open.map((r) => r.to)))}`
            : `the calendar has no hours on ${on} in any year`;
        out.push(finding('closing-outside-hours', y,
            `closing ${y.on.type === 'date' ? 'every' : 'on'} ${on} ${when} has no effect: ${reason}. Correct the time, or remove the closing.`));
    }
    return out;
}

function seasonDays(s: Season): Set<number> {
    // Month and day as 101..1231, 29 February included.
    const days = new Set<number>();
    for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) {
        if (d > new Date(Date.UTC(2024, m, 0)).getUTCDate()) break;
        if (seasonHolds(s, m, d)) days.add(m * 100 + d);
    }
    return days;
}

function seasonProblems(cal: CalendarModel): Finding[] {
    const out: Finding[] = [];
    const seasons = cal.seasons ?? [];
    for (const s of seasons) {
        if (s.weekly.some((ranges) => ranges?.length)) continue;
        out.push(finding('empty-season', s,
            `the season ${seasonText(s)} opens on no day, so calendar ${cal.name} is closed all that time. `
            + 'Give the season its hours (such as "Monday to Friday 09:00 to 16:00"); a closing for the whole time is written "closed from <date> to <date>".'));
    }
    for (let i = 0; i < seasons.length; i++) {
        const mine = seasonDays(seasons[i]);
        for (let j = 0; j < i; j++) {
            const shared = [...seasonDays(seasons[j])].filter((d) => mine.has(d)).sort((a, b) => a - b);
            if (!shared.length) continue;
            const first = shared[0];
            out.push(finding('overlapping-seasons', seasons[i],
                `the season ${seasonText(seasons[i])} shares ${shared.length} day${shared.length === 1 ? '' : 's'} of the year (from ${first % 100} ${MONTH_NAMES[Math.floor(first / 100)]}) `
                + `with the season ${seasonText(seasons[j])}${cite(seasons[j])}, which is written first and so sets the hours on those days. Make the seasons meet without sharing days.`));
        }
    }
    return out;
}

export function calendarRules(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const cal of model.calendars) {
        if (!hasOwnRules(cal)) continue;
        out.push(...openingsOnClosedDays(cal), ...closedHoursOutsideHours(cal), ...seasonProblems(cal));
    }
    return out;
}

export const calendarRulesList: ModelRule[] = [calendarRules];
