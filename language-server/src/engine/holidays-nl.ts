/**
 * Dutch public holidays, hand-written because the contract's reading of "public
 * holidays" must be exact and stable: date-holidays types Liberation Day as a school
 * holiday and calls Whit Sunday "Pentecost", and its data changes between releases.
 * The list is the one in the Algemene termijnenwet plus Liberation Day, which contracts
 * usually name explicitly. Valid for 2000-2100 (Queen's Day before 2014).
 */
import { dayNumber, isoDate } from './time.js';

export interface HolidayDef {
    /** English name used in contracts and reports. */
    name: string;
    /** Day number of the holiday in a year, or undefined when it does not occur. */
    day(year: number): number | undefined;
    /** Optional days only count when a rule includes them by name. */
    optional?: boolean;
}

/** Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const d = Math.floor(b / 4);
    const e = b % 4;
    const f = Math.floor((b + 8) / 25);
    const g = Math.floor((b - f + 1) / 3);
    const h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4);
    const k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    return dayNumber(year, month, day);
}

const fixed = (month: number, day: number) => (year: number) => dayNumber(year, month, day);
const easter = (delta: number) => (year: number) => easterSunday(year) + delta;

/** The monarch's birthday moves to Saturday when it falls on a Sunday. */
function monarchsDay(year: number): number {
    const day = year >= 2014 ? dayNumber(year, 4, 27) : dayNumber(year, 4, 30);
    const isSunday = new Date(day * 86_400_000).getUTCDay() === 0;
    return isSunday ? day - 1 : day;
}

export const NL_HOLIDAYS: HolidayDef[] = [
    { name: "New Year's Day", day: fixed(1, 1) },
    { name: 'Good Friday', day: easter(-2), optional: true },
    { name: 'Easter Sunday', day: easter(0) },
    { name: 'Easter Monday', day: easter(1) },
    // One slot for King's Day and Queen's Day, so excluding either name removes it.
    { name: "King's Day", day: (y) => (y >= 2014 ? monarchsDay(y) : undefined) },
    { name: "Queen's Day", day: (y) => (y < 2014 ? monarchsDay(y) : undefined) },
    { name: 'Liberation Day', day: fixed(5, 5) },
    { name: 'Ascension Day', day: easter(39) },
    { name: 'Whit Sunday', day: easter(49) },
    { name: 'Whit Monday', day: easter(50) },
    { name: 'Christmas Day', day: fixed(12, 25) },
    { name: 'Boxing Day', day: fixed(12, 26) },
];

/** Dutch and alternative names, lower case, to the English name. */
export const NL_ALIASES: Record<string, string> = {
    'goede vrijdag': 'Good Friday',
    'bevrijdingsdag': 'Liberation Day',
    'koningsdag': "King's Day",
    'koninginnedag': "Queen's Day",
    'hemelvaartsdag': 'Ascension Day',
    'eerste pinksterdag': 'Whit Sunday',
    'tweede pinksterdag': 'Whit Monday',
    'pentecost': 'Whit Sunday',
    'eerste paasdag': 'Easter Sunday',
    'tweede paasdag': 'Easter Monday',
    'nieuwjaarsdag': "New Year's Day",
    'eerste kerstdag': 'Christmas Day',
    'tweede kerstdag': 'Boxing Day',
};

/** The English NL name for `name` (any case, English or Dutch), or undefined. */
export function canonicalNlName(name: string): string | undefined {
    const lower = name.trim().toLowerCase();
    const english = NL_HOLIDAYS.find((h) => h.name.toLowerCase() === lower)?.name;
    const resolved = english ?? NL_ALIASES[lower];
    // King's Day and Queen's Day are the same slot under a different monarch.
    return resolved === "Queen's Day" ? "King's Day" : resolved;
}

/** All NL days of a year, optional ones flagged, as ISO dates. */
export function nlHolidaysInYear(year: number): { date: string; name: string; optional: boolean }[] {
    const out: { date: string; name: string; optional: boolean }[] = [];
    for (const h of NL_HOLIDAYS) {
        const day = h.day(year);
        if (day !== undefined) out.push({ date: isoDate(day), name: h.name, optional: !!h.optional });
    }
    return out.sort((a, b) => a.date.localeCompare(b.date));
}
