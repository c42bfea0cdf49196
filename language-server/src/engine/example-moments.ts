/**
 * Example report moments that show how a priority's clocks behave: a weekday morning,
 * a Friday afternoon, a Saturday and the afternoon before a public holiday. The deadline
 * table and the hovers use the same list, so both show the same examples.
 *
 * Pure: `now` is a parameter. Every moment lies strictly after `now`, on a later local day
 * in the contract's zone (so "next Friday" on a Friday is the Friday a week later).
 * Public holidays are those of the contract's calendars; the weekday morning skips them,
 * so it shows an ordinary working day. Without holiday rules there is no holiday row.
 */
import type { ContractModel } from '../model/types.js';
import { holidaysInYear } from './holidays.js';
import { contractZone } from './periods.js';
import { dayOfIsoDate, isoDate, localDay, wallToEpoch, weekdayOf } from './time.js';

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

export function exampleMoments(contract: ContractModel, now: number): ExampleMoment[] {
    const zone = contractZone(contract);
    const today = localDay(now, zone);
    const holidays = holidayDays(contract, today);
    const holidaySet = new Set(holidays.map((h) => h.day));
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
    const morning = nextDay((d) => weekdayOf(d) <= 5 && !holidaySet.has(d));
    out.push(moment(`next weekday morning (${WEEKDAY_NAMES[weekdayOf(morning)]})`, morning, 10 * 60));
    out.push(moment('next Friday afternoon', nextDay((d) => weekdayOf(d) === 5), 16 * 60 + 30));
    out.push(moment('next Saturday', nextDay((d) => weekdayOf(d) === 6), 11 * 60));
    const before = holidays.find((h) => wallToEpoch(h.day - 1, 16 * 60, zone) > now);
    if (before) out.push(moment(`the afternoon before ${before.name}`, before.day - 1, 16 * 60, before.name));
    return out;
}

/** Public holidays of all calendars of the contract from `today` on, by local day number. */
function holidayDays(contract: ContractModel, today: number): { day: number; name: string }[] {
    const year = +isoDate(today).slice(0, 4);
    const byDay = new Map<number, string>();
    for (const cal of contract.calendars) {
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
