/**
 * AST -> calendar model: weekly hours, holiday lists, closed dates, and the contract's own
 * rules (part-day closings, yearly closings, special openings, seasons). Values that cannot
 * be read are left out; the checks report them at their place.
 */
import * as ast from '../generated/ast.js';
import type {
    CalendarModel, ClosedHours, MinuteRange, Observance, Season, SpecialOpening, Weekday, YearlyClosing, YearlyDay,
} from './types.js';
import { cited } from './source.js';
import { minutesOfDay, mergeRanges, timeRange, weekdayNumber, weekOf } from './values.js';
import type { ModelNodes } from './model-nodes.js';

export const MONTHS: readonly string[] = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
    'August', 'September', 'October', 'November', 'December'];
const NTH: Record<string, 1 | 2 | 3 | 4 | -1> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };
/** The most days a month has in any year (29 February counts: it occurs in leap years). */
const MAX_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Month number of a month name, or undefined. */
export function monthNumber(name: string | undefined): number | undefined {
    const n = name ? MONTHS.indexOf(name) : -1;
    return n >= 1 ? n : undefined;
}

/** A day and month that exists in some year, or undefined ("31 June"). */
export function dayOfMonth(day: number | undefined, month: string | undefined): { month: number; day: number } | undefined {
    const m = monthNumber(month);
    if (m === undefined || day === undefined || !Number.isInteger(day) || day < 1 || day > MAX_DAYS[m]) return undefined;
    return { month: m, day };
}

/** "from 12:00" (to the end of the day) or "from 12:00 to 14:00"; undefined when unreadable or empty. */
export function closedHoursOf(fromTime: string | undefined, toTime: string | undefined): MinuteRange | undefined {
    const from = minutesOfDay(fromTime);
    const to = toTime === undefined ? 1440 : minutesOfDay(toTime);
    if (from === undefined || to === undefined || from >= to) return undefined;
    return { from, to };
}

function observance(text: string | undefined): Observance | undefined {
    return text === 'next' || text === 'nearest' ? text : undefined;
}

function yearlyDay(rule: ast.YearlyClosing): YearlyDay | undefined {
    if (rule.nth !== undefined) {
        const month = monthNumber(rule.month);
        const weekday = weekdayNumber(rule.weekday);
        const nth = NTH[rule.nth];
        return month && weekday && nth ? { type: 'nth-weekday', nth, weekday: weekday as Weekday, month } : undefined;
    }
    const d = dayOfMonth(rule.day, rule.month);
    return d ? { type: 'date', ...d } : undefined;
}

function yearlyClosing(rule: ast.YearlyClosing): YearlyClosing | undefined {
    const on = yearlyDay(rule);
    if (!on) return undefined;
    const out: YearlyClosing = { on, ...cited(rule) };
    if (rule.fromTime !== undefined) {
        const hours = closedHoursOf(rule.fromTime, rule.toTime);
        if (!hours) return undefined;
        out.hours = hours;
    }
    if (rule.label !== undefined) out.label = rule.label;
    const observed = observance(rule.observed);
    if (observed) out.observed = observed;
    return out;
}

/** Special openings, one per date: openings written for the same date add their hours. */
function openings(nodes: ast.OpenOn[]): SpecialOpening[] {
    const byDate = new Map<string, SpecialOpening>();
    for (const o of nodes) {
        if (typeof o.date !== 'string') continue;
        // A range past midnight is an error of its own; within the date it runs to 24:00.
        const hours = o.ranges.map(timeRange).filter((r): r is MinuteRange => !!r)
            .map((r) => (r.to > r.from ? r : { from: r.from, to: 1440 }));
        const known = byDate.get(o.date);
        if (known) {
            known.hours = mergeRanges([...known.hours, ...hours]);
            if (!known.label && o.label) known.label = o.label;
        } else {
            byDate.set(o.date, { date: o.date, hours: mergeRanges(hours), ...(o.label ? { label: o.label } : {}), ...cited(o) });
        }
    }
    return [...byDate.values()];
}

/** Seasons, one per span of days: seasons written with the same days add their hours. */
function seasons(nodes: ast.Season[]): Season[] {
    const bySpan = new Map<string, { season: Season; hours: ast.WeeklyHours[] }>();
    for (const s of nodes) {
        const from = dayOfMonth(s.fromDay, s.fromMonth);
        const to = dayOfMonth(s.toDay, s.toMonth);
        if (!from || !to) continue;
        const key = `${from.month}-${from.day}-${to.month}-${to.day}`;
        const known = bySpan.get(key);
        if (known) known.hours.push(...s.hours);
        else bySpan.set(key, { season: { from, to, weekly: [], ...cited(s) }, hours: [...s.hours] });
    }
    return [...bySpan.values()].map(({ season, hours }) => ({ ...season, weekly: weekOf(hours) }));
}

export function buildCalendar(cal: ast.Calendar, nodes: ModelNodes): CalendarModel {
    const hours = cal.rules.filter(ast.isWeeklyHours);
    const dated = cal.rules.filter(ast.isClosedOn);
    const calendar: CalendarModel = {
        name: cal.name,
        ...cited(cal),
        weekly: weekOf(hours),
        holidays: cal.rules.filter(ast.isPublicHolidays).map((h) => {
            const observed = observance(h.observed);
            return {
                country: (h.country ?? '').toUpperCase(),
                include: [...h.include],
                exclude: h.exclude.map((e) => (e.every !== undefined ? { name: e.name, exceptEveryYears: e.every } : { name: e.name })),
                ...(observed ? { observed } : {}),
                ...cited(h),
            };
        }),
        closed: dated.filter((c) => c.fromTime === undefined).map((c) => ({
            from: c.from, to: c.to ?? c.from, label: c.label, ...cited(c),
        })),
    };
    // The own rules' fields are set only when written, so a calendar without them has the
    // same model (and the same cached days) as before they existed.
    const closedHours = dated.filter((c) => c.fromTime !== undefined).flatMap((c): ClosedHours[] => {
        const part = closedHoursOf(c.fromTime, c.toTime);
        return part && typeof c.from === 'string' ? [{ date: c.from, hours: part, ...(c.label ? { label: c.label } : {}), ...cited(c) }] : [];
    });
    const yearly = cal.rules.filter(ast.isYearlyClosing).map(yearlyClosing).filter((y): y is YearlyClosing => !!y);
    const opened = openings(cal.rules.filter(ast.isOpenOn));
    const seasonal = seasons(cal.rules.filter(ast.isSeason));
    if (closedHours.length) calendar.closedHours = closedHours;
    if (yearly.length) calendar.yearly = yearly;
    if (opened.length) calendar.openings = opened;
    if (seasonal.length) calendar.seasons = seasonal;
    nodes.set(cal, calendar);
    return calendar;
}
