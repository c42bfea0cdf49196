/**
 * Public holidays of a calendar's holiday rule.
 *
 * The Netherlands is hand-written (holidays-nl.ts): it is the country the contracts are
 * written for and its list must match the law exactly, including names lawyers use.
 *
 * Other countries come from the `date-holidays` package. We chose it after trying it:
 * it covers ~200 countries offline (no API calls, so checks are reproducible), has
 * English names via `languages: ['en']`, computes Easter-based and weekday-based rules
 * for any year, and types every day (`public`, `bank`, `school`, `observance`), so we
 * can take only statutory `public` days and still let `include` add a named observance
 * (e.g. GB "Easter Sunday"). Its weaknesses are why NL is not delegated to it: it types
 * NL Liberation Day as `school` and names Whit Sunday "Pentecost". A region is its
 * ISO 3166-2 code ("GB-SCT", "US-CA", "DE-BY"): date-holidays' list for that state, which
 * includes the country's national days; plain GB is read as England and Wales. Partial-day
 * entries count as whole days. Where date-holidays differs from the statutory list
 * (observed days of the US typed `bank`, GB one-off days) holidays-corrections.ts corrects
 * it, for the country and its regions, each correction with its source;
 * test/engine/holidays-statutory.test.ts checks every supported country from 2000 to 2040
 * against independently written statutory rules.
 */
import Holidays from 'date-holidays';
import type { HolidayRule } from '../model/types.js';
import { canonicalNlName, nlHolidaysInYear, NL_HOLIDAYS } from './holidays-nl.js';
import { correctYear, LIBRARY_REGION, SUBSTITUTES_ARE_STATUTORY, SUBSTITUTES_NOT_STATUTORY } from './holidays-corrections.js';

export interface Holiday {
    /** yyyy-mm-dd, local date. */
    date: string;
    name: string;
}

interface DayEntry extends Holiday {
    /** Statutory (counts by default) or only when included by name. */
    statutory: boolean;
    /** A weekday the list itself adds for a holiday in a weekend ("(substitute day)"). */
    substitute?: boolean;
}

// Pure memo tables: date-holidays' data per country and the holidays per country and
// year do not change while the process runs; both are capped, and the benchmark clears
// the years for its cold figure.
const libraries = new Map<string, Holidays>();
function library(country: string): Holidays {
    let hd = libraries.get(country);
    if (!hd) {
        const [code, region] = country.split('-');
        const state = region ?? LIBRARY_REGION[country];
        hd = state ? new Holidays(code, state, { languages: ['en'] }) : new Holidays(code, { languages: ['en'] });
        if (libraries.size >= 256) libraries.clear();
        libraries.set(country, hd);
    }
    return hd;
}

const yearCache = new Map<string, DayEntry[]>();
/** Forget the holidays worked out per country and year (benchmarks: a first check). */
export function clearHolidayYears(): void {
    yearCache.clear();
}
function countryYear(country: string, year: number): DayEntry[] {
    const key = `${country}:${year}`;
    let list = yearCache.get(key);
    if (!list) {
        if (country === 'NL') {
            list = nlHolidaysInYear(year).map((h) => ({ date: h.date, name: h.name, statutory: !h.optional }));
        } else if (isKnownCountry(country) || isKnownRegion(country)) {
            // Corrections of a country hold for its regions too (a UK-wide jubilee, US federal observed days).
            const code = country.split('-')[0];
            const substitutes = SUBSTITUTES_ARE_STATUTORY.has(code);
            const notStatutory = SUBSTITUTES_NOT_STATUTORY[country] ?? [];
            list = correctYear(code, year, (library(country).getHolidays(year) || []).map((h) => ({
                date: h.date.slice(0, 10),
                name: h.name,
                statutory: !(h.substitute && notStatutory.includes(h.name))
                    && (h.type === 'public' || (substitutes && !!h.substitute)),
                ...(h.substitute ? { substitute: true } : {}),
            })), (date, name) => ({ date, name, statutory: true }));
        } else {
            list = [];
        }
        if (yearCache.size >= 10_000) yearCache.clear();
        yearCache.set(key, list);
    }
    return list;
}

/**
 * Comparable key of a holiday name for a country: NL aliases fold to English; a typed
 * apostrophe matches the list's typographic one ("St Andrew's Day", "St Andrew’s Day").
 */
function nameKey(country: string, name: string): string {
    if (country === 'NL') return (canonicalNlName(name) ?? name).toLowerCase();
    return name.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/**
 * The holidays a rule makes in one year, sorted by date. `substitutes: false` leaves out
 * the weekdays the list itself adds for weekend holidays (the contract observes them its
 * own way).
 */
export function holidaysInYear(rule: HolidayRule, year: number, options: { substitutes?: boolean } = {}): Holiday[] {
    const country = rule.country.toUpperCase();
    const included = new Set(rule.include.map((n) => nameKey(country, n)));
    const out: Holiday[] = [];
    for (const h of countryYear(country, year)) {
        if (h.substitute && options.substitutes === false) continue;
        const key = nameKey(country, h.name);
        if (!h.statutory && !included.has(key)) continue;
        const removed = rule.exclude.some(
            (x) => nameKey(country, x.name) === key && !(x.exceptEveryYears && year % x.exceptEveryYears === 0),
        );
        if (!removed && !out.some((o) => o.date === h.date)) out.push({ date: h.date, name: h.name });
    }
    return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** Name of the holiday on `date` (yyyy-mm-dd) under the rule, or undefined. */
export function holidayName(rule: HolidayRule, date: string): string | undefined {
    return holidaysInYear(rule, +date.slice(0, 4)).find((h) => h.date === date)?.name;
}

export function isHoliday(rule: HolidayRule, date: string): boolean {
    return holidayName(rule, date) !== undefined;
}

/** ISO codes date-holidays knows, plus NL; sorted. */
export function supportedCountries(): string[] {
    const codes = new Set(Object.keys(new Holidays().getCountries()));
    codes.add('NL');
    return [...codes].sort();
}

// The countries date-holidays knows: a constant, read once.
let countrySet: Set<string> | undefined;
export function isKnownCountry(code: string): boolean {
    countrySet ??= new Set(supportedCountries());
    return countrySet.has(code.toUpperCase());
}

// Regions per country, read once per country: "GB" -> ["GB-ENG", "GB-NIR", ...].
const regionLists = new Map<string, string[]>();
/**
 * ISO 3166-2 codes of the regions date-holidays has a list for in a country, sorted
 * ("GB-ENG", "GB-SCT", ...); none for NL, whose hand-written list is national only.
 */
export function supportedRegions(country: string): string[] {
    const code = country.toUpperCase();
    let list = regionLists.get(code);
    if (!list) {
        const states = code === 'NL' || !isKnownCountry(code) ? undefined : new Holidays().getStates(code);
        list = Object.keys(states ?? {}).map((s) => `${code}-${s.toUpperCase()}`).sort();
        regionLists.set(code, list);
    }
    return list;
}

/** Whether `code` is a region ("GB-SCT") with its own list; country codes are not regions. */
export function isKnownRegion(code: string): boolean {
    const m = /^([A-Za-z]{2})-([A-Za-z0-9]{1,3})$/.exec(code);
    return !!m && supportedRegions(m[1]).includes(code.toUpperCase());
}

/** Name of a region code ("GB-SCT" -> "Scotland"), or undefined. */
export function regionName(code: string): string | undefined {
    const [country, region] = code.toUpperCase().split('-');
    if (!region || !isKnownRegion(code)) return undefined;
    const states = new Holidays().getStates(country, 'en') as Record<string, string> | undefined;
    return states?.[region];
}

/**
 * Names `include`/`exclude` may use for a country (English), for completion. For other
 * countries these are all names date-holidays knows over a span of years, any type.
 */
export function knownHolidayNames(country: string): string[] {
    const code = country.toUpperCase();
    if (code === 'NL') return NL_HOLIDAYS.map((h) => h.name);
    const names = new Set<string>();
    for (let year = 2024; year <= 2030; year++) {
        for (const h of countryYear(code, year)) names.add(h.name);
    }
    return [...names].sort();
}

/** Names in the rule's include/exclude that the country does not know, as written. */
export function unknownHolidayNames(rule: HolidayRule): string[] {
    const written = [...rule.include, ...rule.exclude.map((x) => x.name)];
    // Most rules name no holiday; the known names cost seven years of the country's
    // holidays (tens of milliseconds per country the first time), so only when needed.
    if (!written.length) return [];
    const country = rule.country.toUpperCase();
    const known = new Set(knownHolidayNames(country).map((n) => nameKey(country, n)));
    return written.filter((n) => !known.has(nameKey(country, n)));
}
