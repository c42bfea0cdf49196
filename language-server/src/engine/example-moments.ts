/**
 * Example report moments that show how a priority's clocks behave: a weekday morning,
 * a Friday afternoon, a Saturday and the afternoon before a public holiday. The deadline
 * table and the hovers use the same list, so both show the same examples.
 *
 * Pure: `now` is a parameter. Every moment lies strictly after `now`, on a later local day
 * in the contract's zone (so "next Friday" on a Friday is the Friday a week later).
 * Public holidays are those of the contract's calendars; the weekday morning skips them,
 * so it shows an ordinary working day. Without holiday rules there is no holiday row.
 *
 * Given a calendar (the one a clock counts), the examples follow it: the Friday and the
 * holiday-eve moments are half an hour before its closing time that day, its holidays and
 * closing days are the ones skipped and shown. Without one, 16:30 and all calendars.
 */
import type { ClockModel, ContractModel } from '../model/types.js';
import { holidaysInYear } from './holidays.js';
import { contractZone } from './periods.js';
import { dayOfIsoDate, isoDate, localDay, wallToEpoch, weekdayOf } from './time.js';
import { calendarsOf } from './deadlines.js';

export interface ExampleMoment {
    /** What the moment is an example of: "next weekday morning", "next Friday afternoon", ... */
    label: string;
    /** Local wall-clock time in the contract's zone, "yyyy-mm-dd hh:mm". */
    local: string;
    /** Epoch milliseconds. */
    at: number;
    /** The holiday that follows, for the holiday row. */
    holiday?: string;
}

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** How far ahead to look for the next public holiday. */
const HOLIDAY_SEARCH_YEARS = 2;

/** The calendar a clock's examples should follow: its condition, its basis, or the first. */
export function exampleCalendar(model: ContractModel, clock: ClockModel | undefined): string | undefined {
    if (clock?.when) return clock.when.calendar;
    if (clock?.rule.type === 'same-day') return clock.rule.calendar;
    if (clock?.rule.type === 'within' && clock.rule.basis.type === 'calendar') return clock.rule.basis.calendar;
    return model.calendars[0]?.name;
}

/** Half an hour before the calendar's last closing on that weekday; 16:30 without one. */
function beforeClosing(contract: ContractModel, calendar: string | undefined, weekday: number): number {
    const ranges = contract.calendars.find((c) => c.name === calendar)?.weekly[weekday] ?? [];
    const last = ranges[ranges.length - 1];
    return last && last.to - last.from > 30 ? last.to - 30 : 16 * 60 + 30;
}

export function exampleMoments(contract: ContractModel, now: number, calendar?: string): ExampleMoment[] {
    const zone = contractZone(contract);
    const today = localDay(now, zone);
    const cal = calendar ? calendarsOf(contract).get(calendar) : undefined;
    const holidays = holidayDays(contract, today, calendar);
    const holidaySet = new Set(holidays.map((h) => h.day));
    // Fixed closing days of the calendar count as days off too.
    const closed = (day: number) => holidaySet.has(day) || (!!cal && cal.closedReason(wallToEpoch(day, 12 * 60, zone)) !== undefined && weekdayOf(day) <= 5);
    const moment = (label: string, day: number, minute: number, holiday?: string): ExampleMoment => {
        const hh = String(Math.floor(minute / 60)).padStart(2, '0');
        const mm = String(minute % 60).padStart(2, '0');
        const m: ExampleMoment = { label, local: `${isoDate(day)} ${hh}:${mm}`, at: wallToEpoch(day, minute, zone) };
        if (holiday) m.holiday = holiday;
        return m;
    };
    const nextDay = (ok: (day: number) => boolean): number => {
        let day = today + 1;
        while (!ok(day)) day++;
        return day;
    };
    const out: ExampleMoment[] = [];
    const morning = nextDay((d) => weekdayOf(d) <= 5 && !closed(d));
    out.push(moment(`next weekday morning (${WEEKDAY_NAMES[weekdayOf(morning)]})`, morning, 10 * 60));
    const friday = nextDay((d) => weekdayOf(d) === 5);
    out.push(moment('next Friday afternoon', friday, calendar ? beforeClosing(contract, calendar, 5) : 16 * 60 + 30));
    out.push(moment('next Saturday', nextDay((d) => weekdayOf(d) === 6), 11 * 60));
    const eve = (day: number) => (calendar ? beforeClosing(contract, calendar, weekdayOf(day)) : 16 * 60);
    const before = holidays.find((h) => wallToEpoch(h.day - 1, eve(h.day - 1), zone) > now);
    if (before) out.push(moment(`the afternoon before ${before.name}`, before.day - 1, eve(before.day - 1), before.name));
    return out;
}

/** Public holidays of the calendar (or of all calendars) from `today` on, by local day number. */
function holidayDays(contract: ContractModel, today: number, calendar?: string): { day: number; name: string }[] {
    const year = +isoDate(today).slice(0, 4);
    const byDay = new Map<number, string>();
    for (const cal of contract.calendars.filter((c) => !calendar || c.name === calendar)) {
        for (const rule of cal.holidays) {
            for (let y = year; y <= year + HOLIDAY_SEARCH_YEARS; y++) {
                let list;
                try {
                    list = holidaysInYear(rule, y);
                } catch {
                    continue; // an unknown country: the checker reports it
                }
                for (const h of list) {
                    const day = dayOfIsoDate(h.date);
                    if (day >= today && !byDay.has(day)) byDay.set(day, h.name);
                }
            }
        }
    }
    return [...byDay].map(([day, name]) => ({ day, name })).sort((a, b) => a.day - b.day);
}
