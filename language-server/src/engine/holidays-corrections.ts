/**
 * Where `date-holidays` differs from the statutory lists, per country, with the source
 * of each correction. The statutory lists are checked from 2000 to 2040 by
 * test/engine/holidays-statutory.test.ts, against rules written there independently.
 *
 * - GB is read as England and Wales: date-holidays' national GB list leaves out the
 *   Summer bank holiday (it differs in Scotland), so its ENG region is used.
 * - Observed (substitute) days are statutory public holidays in the US (5 U.S.C. 6103(b)
 *   and Executive Order 11582: Saturday -> Friday before, Sunday -> Monday after) and in
 *   GB (Banking and Financial Dealings Act 1971, Schedule 1). date-holidays types some of
 *   them as `bank` (US Veterans Day: Friday 10 November 2023), so every substitute day of
 *   these countries counts.
 * - One-off days proclaimed under the 1971 Act that date-holidays misses or puts on the
 *   wrong day are in CORRECTIONS.
 * - New South Wales (AU-NSW): the Public Holidays Act 2010 (NSW), s. 4(g), makes 25 April
 *   Anzac Day and gives no other day when it falls on a Saturday or Sunday (unlike New
 *   Year, Australia Day, Christmas and Boxing Day in the same section). date-holidays adds
 *   "Anzac Day (substitute day)" on the Monday (27 April 2026, 26 April 2027); it is not
 *   statutory there, so it counts only when a contract includes it by name.
 * - Bavaria (DE-BY) is the statewide list of the Feiertagsgesetz, Art. 1(1): Assumption
 *   (15 August) is statutory only in municipalities with a mainly Catholic population and
 *   the Augsburg Peace Festival (8 August) only in the city of Augsburg (Art. 1(2)), so
 *   neither counts unless a contract includes it ("Assumption") or names the Augsburg list.
 */
export interface DayCorrection {
    date: string;
    name: string;
    /** add: a statutory day date-holidays misses; remove: a day it lists that was moved. */
    action: 'add' | 'remove';
    source: string;
}

/** date-holidays region to read a country from (country code -> region code). */
export const LIBRARY_REGION: Record<string, string> = { GB: 'ENG' };

/** Countries whose observed (substitute) days are statutory public holidays. */
export const SUBSTITUTES_ARE_STATUTORY = new Set(['US', 'GB']);

/**
 * Substitute days date-holidays lists for a region (by name) that the region's statute
 * does not give: not statutory there, so counted only when a contract includes them.
 */
export const SUBSTITUTES_NOT_STATUTORY: Record<string, readonly string[]> = {
    'AU-NSW': ['Anzac Day (substitute day)'],
};

const GB_PROCLAMATION = 'Banking and Financial Dealings Act 1971, s. 1(3), royal proclamation';

export const CORRECTIONS: Record<string, DayCorrection[]> = {
    GB: [
        // Golden Jubilee: the spring bank holiday moved from Monday 27 May to Tuesday 4 June, and 3 June added.
        { date: '2002-05-27', name: 'Spring bank holiday', action: 'remove', source: GB_PROCLAMATION },
        { date: '2002-06-04', name: 'Spring bank holiday', action: 'add', source: GB_PROCLAMATION },
        { date: '2002-06-03', name: 'Golden Jubilee', action: 'add', source: GB_PROCLAMATION },
        // Wedding of Prince William and Catherine Middleton.
        { date: '2011-04-29', name: 'Royal Wedding', action: 'add', source: GB_PROCLAMATION },
        // Diamond Jubilee: the spring bank holiday moved from Monday 28 May to Monday 4 June (5 June was added; date-holidays has it).
        { date: '2012-05-28', name: 'Spring bank holiday', action: 'remove', source: GB_PROCLAMATION },
        { date: '2012-06-04', name: 'Spring bank holiday', action: 'add', source: GB_PROCLAMATION },
    ],
};

/** Applies a country's corrections to one year of date-holidays' days (a new list). */
export function correctYear<T extends { date: string; name: string; statutory: boolean }>(
    country: string, year: number, days: T[], make: (date: string, name: string) => T,
): T[] {
    const fixes = CORRECTIONS[country]?.filter((c) => c.date.startsWith(`${year}-`));
    if (!fixes?.length) return days;
    const out = days.filter((h) => !fixes.some((c) => c.action === 'remove' && c.date === h.date && h.statutory));
    for (const c of fixes) {
        if (c.action === 'add' && !out.some((h) => h.date === c.date && h.statutory)) out.push(make(c.date, c.name));
    }
    return out.sort((a, b) => a.date.localeCompare(b.date));
}
