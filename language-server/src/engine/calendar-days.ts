/**
 * What a calendar's own rules make of one date, beyond its weekly hours and holiday lists:
 * yearly closings ("the last Monday of August", "every 24 December from 12:00"), weekend
 * holidays observed on a weekday, part-day closings, special openings and seasons.
 * Plain day numbers and minutes of the day; business-calendar.ts turns them into instants.
 *
 * Rules for one date, in this order:
 * 1. Closed all day when a holiday of the calendar falls on it (a holiday list, a whole-day
 *    yearly closing, or a weekday on which a weekend holiday is observed) or a
 *    `closed on` / `closed from ... to ...` covers it. Nothing reopens such a day.
 * 2. Otherwise its hours are those of a special opening on the date; else those of the
 *    season the date lies in (the season's week replaces the calendar's whole week: a
 *    weekday the season does not name is closed); else the calendar's weekly hours. A
 *    range over midnight continues on the next date within the week that governs that date.
 * 3. Part-day closings of the date (dated or yearly) are then taken out of those hours.
 */
import type {
    CalendarModel, HolidayRule, MinuteRange, Observance, Season, WeeklyHours, YearlyClosing, YearlyDay,
} from '../model/types.js';
import { holidaysInYear } from './holidays.js';
import { dayNumber, isoDate, weekdayOf } from './time.js';

export const MONTH_NAMES: readonly string[] = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
    'August', 'September', 'October', 'November', 'December'];
const NTH_WORDS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };
const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Whether a calendar has any rule beyond weekly hours, holiday lists and closed dates. */
export function hasOwnRules(model: CalendarModel): boolean {
    return !!(model.closedHours?.length || model.yearly?.length || model.openings?.length || model.seasons?.length
        || model.holidays.some((h) => h.observed));
}

/** Days in a month of a year (February 29 only in leap years). */
function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day number of a yearly day in a year; undefined when it does not occur (29 February). */
export function yearlyDayIn(on: YearlyDay, year: number): number | undefined {
    if (on.type === 'date') return on.day <= daysInMonth(year, on.month) ? dayNumber(year, on.month, on.day) : undefined;
    if (on.nth > 0) {
        const first = dayNumber(year, on.month, 1);
        return first + ((on.weekday - weekdayOf(first) + 7) % 7) + (on.nth - 1) * 7;
    }
    const last = dayNumber(year, on.month, daysInMonth(year, on.month));
    return last - ((weekdayOf(last) - on.weekday + 7) % 7);
}

/** "24 December", "last Monday of August": how a yearly day reads. */
export function yearlyDayText(on: YearlyDay): string {
    return on.type === 'date' ? `${on.day} ${MONTH_NAMES[on.month]}`
        : `${NTH_WORDS[String(on.nth)]} ${WEEKDAY_NAMES[on.weekday]} of ${MONTH_NAMES[on.month]}`;
}

/** Name a yearly closing gives its days. */
export function yearlyName(rule: YearlyClosing): string {
    return rule.label ?? yearlyDayText(rule.on);
}

interface Dated { day: number; name: string }

/** Holidays of one rule of the calendar in one year, before observance. */
function ruleDays(rule: HolidayRule | YearlyClosing, year: number): Dated[] {
    if ('country' in rule) {
        return holidaysInYear(rule, year, { substitutes: !rule.observed })
            .map((h) => ({ day: dayNumber(+h.date.slice(0, 4), +h.date.slice(5, 7), +h.date.slice(8, 10)), name: h.name }));
    }
    const day = rule.hours ? undefined : yearlyDayIn(rule.on, year);
    return day === undefined ? [] : [{ day, name: yearlyName(rule) }];
}

/** Weekend days Saturday and Sunday; "weekday" means Monday to Friday, whatever the hours. */
const isWeekend = (day: number) => weekdayOf(day) >= 6;

/** The weekday on which a weekend holiday is observed, given the days already taken. */
function observedDay(day: number, how: Observance, taken: Set<number>): number {
    let step = 1;
    let d = day + 1;
    if (how === 'nearest' && weekdayOf(day) === 6) {
        step = -1;
        d = day - 1;
    }
    while (isWeekend(d) || taken.has(d)) d += step;
    return d;
}

/**
 * The holidays of a calendar in one year, by ISO date, the first rule's name winning a
 * date two rules share: holiday lists and whole-day yearly closings, plus the weekdays on
 * which weekend holidays are observed ("Christmas Day (observed)"). A holiday observed on
 * another day still closes its own day too.
 */
export function calendarHolidays(model: CalendarModel, year: number): Map<string, string> {
    const rules: (HolidayRule | YearlyClosing)[] = [...model.holidays, ...(model.yearly ?? [])];
    const map = new Map<string, string>();
    const own = rules.map((r) => ruleDays(r, year));
    for (const list of own) for (const h of list) if (!map.has(isoDate(h.day))) map.set(isoDate(h.day), h.name);
    if (!rules.some((r) => r.observed)) return map;
    // Weekend holidays near the turn of a year are observed in the next or previous one.
    const near = [year - 1, year + 1].map((y) => rules.map((r) => ruleDays(r, y)));
    const taken = new Set<number>();
    for (const lists of [own, ...near]) for (const list of lists) for (const h of list) taken.add(h.day);
    const moved: { day: number; name: string; how: Observance }[] = [];
    rules.forEach((r, i) => {
        if (!r.observed) return;
        for (const list of [near[0][i], own[i], near[1][i]]) {
            for (const h of list) if (isWeekend(h.day)) moved.push({ ...h, how: r.observed });
        }
    });
    moved.sort((a, b) => a.day - b.day);
    for (const h of moved) {
        const target = observedDay(h.day, h.how, taken);
        taken.add(target);
        const date = isoDate(target);
        if (+date.slice(0, 4) === year && !map.has(date)) map.set(date, `${h.name} (observed)`);
    }
    return new Map([...map].sort((a, b) => a[0].localeCompare(b[0])));
}

/** Part-day closings of one year, by ISO date: dated ones and yearly ones, with their names. */
export function closedHoursOfYear(model: CalendarModel, year: number): Map<string, { hours: MinuteRange; name: string }[]> {
    const map = new Map<string, { hours: MinuteRange; name: string }[]>();
    const add = (date: string, hours: MinuteRange, name: string) => {
        const list = map.get(date);
        if (list) list.push({ hours, name });
        else map.set(date, [{ hours, name }]);
    };
    for (const c of model.closedHours ?? []) if (+c.date.slice(0, 4) === year) add(c.date, c.hours, c.label ?? 'closed');
    for (const r of model.yearly ?? []) {
        if (!r.hours) continue;
        const day = yearlyDayIn(r.on, year);
        if (day !== undefined) add(isoDate(day), r.hours, yearlyName(r));
    }
    return map;
}

/** Month and day as one comparable number: 1 June -> 601. */
const monthDay = (month: number, day: number) => month * 100 + day;

/** Whether a season holds a month and day; a season whose end comes first runs over the new year. */
export function seasonHolds(season: Season, month: number, day: number): boolean {
    const md = monthDay(month, day);
    const from = monthDay(season.from.month, season.from.day);
    const to = monthDay(season.to.month, season.to.day);
    return from <= to ? from <= md && md <= to : md >= from || md <= to;
}

/** The season a date lies in (the first written, when seasons overlap), or undefined. */
export function seasonOf(seasons: readonly Season[] | undefined, date: string): Season | undefined {
    if (!seasons?.length) return undefined;
    const month = +date.slice(5, 7);
    const day = +date.slice(8, 10);
    return seasons.find((s) => seasonHolds(s, month, day));
}

/** "1 June to 31 August". */
export function seasonText(season: Season): string {
    return `${season.from.day} ${MONTH_NAMES[season.from.month]} to ${season.to.day} ${MONTH_NAMES[season.to.month]}`;
}

/** `ranges` with `cut` taken out; both sorted, disjoint. */
export function withoutRange(ranges: readonly MinuteRange[], cut: MinuteRange): MinuteRange[] {
    const out: MinuteRange[] = [];
    for (const r of ranges) {
        if (cut.to <= r.from || cut.from >= r.to) {
            out.push(r);
            continue;
        }
        if (r.from < cut.from) out.push({ from: r.from, to: cut.from });
        if (cut.to < r.to) out.push({ from: cut.to, to: r.to });
    }
    return out;
}

/**
 * The hours of a date that no holiday or closed date closes, before part-day closings:
 * a special opening's, else its season's, else the weekly hours of its weekday.
 */
export function usualHours(model: CalendarModel, date: string, weekday: number): { hours: readonly MinuteRange[]; opening?: string; season?: Season } {
    const opening = model.openings?.find((o) => o.date === date);
    if (opening) return { hours: opening.hours, opening: opening.label ?? 'special opening' };
    const season = seasonOf(model.seasons, date);
    const week: WeeklyHours = season ? season.weekly : model.weekly;
    return { hours: week[weekday] ?? [], season };
}
