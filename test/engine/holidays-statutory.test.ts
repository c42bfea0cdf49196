/**
 * The holiday list of every country the project supports (named in code, samples, tests,
 * the bench and the checker: NL, BE, DE, FR, GB, LU, US) and of the regions the samples
 * use (GB-ENG, DE-BY, AU-NSW), checked day by day from 2000 to 2040 against rules written
 * here, independently of the engine and of date-holidays, from each statutory definition.
 * A calendar closes on every date listed.
 */
import { strict as assert } from 'node:assert';
import { holidaysInYear } from '../../language-server/src/engine/holidays.js';
import { BusinessCalendar } from '../../language-server/src/engine/business-calendar.js';
import { formatInZone, parseLocal } from '../../language-server/src/engine/time.js';

const FIRST = 2000;
const LAST = 2040;

// ---- plain date arithmetic on UTC dates, written for this test ----------------------

const DAY = 86_400_000;
/** Days since 1970-01-01 of a date. */
const d = (y: number, m: number, day: number) => Date.UTC(y, m - 1, day) / DAY;
const iso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
/** 0 = Sunday ... 6 = Saturday. */
const weekday = (n: number) => new Date(n * DAY).getUTCDay();
const MON = 1, THU = 4, FRI = 5, SAT = 6, SUN = 0;
/** The n-th given weekday of a month (n = 1 first). */
const nth = (y: number, m: number, wd: number, n: number) => {
    const first = d(y, m, 1);
    return first + ((wd - weekday(first) + 7) % 7) + (n - 1) * 7;
};
/** The last given weekday of a month. */
const lastOf = (y: number, m: number, wd: number) => {
    const last = d(y, m + 1, 1) - 1;
    return last - ((weekday(last) - wd + 7) % 7);
};

/** Easter Sunday by Gauss's method with the Gregorian corrections (valid 1900-2099). */
function easter(y: number): number {
    const a = y % 19, b = y % 4, c = y % 7;
    const M = 24, N = 5; // Gregorian constants for 1900-2099
    const dd = (19 * a + M) % 30;
    const e = (2 * b + 4 * c + 6 * dd + N) % 7;
    let day = 22 + dd + e; // in March; > 31 runs into April
    if (dd === 29 && e === 6) day = 50; // 26 April rule -> 19 April
    else if (dd === 28 && e === 6 && a > 10) day = 49; // 25 April rule -> 18 April
    return d(y, 3, 1) + day - 1;
}

// ---- the statutory rules ------------------------------------------------------------

type Rules = (y: number) => number[];

/**
 * Netherlands, Algemene termijnenwet art. 3(1): New Year's Day, Easter Monday and Whit
 * Monday, both Christmas days, Ascension Day, the day the King's (before 2014 the Queen's)
 * birthday is celebrated, and 5 May. The King's Day decree: 27 April, 26 April when the
 * 27th is a Sunday; Queen's Day was 30 April, 29 April when that was a Sunday. Good Friday
 * (art. 3(2)) only counts when a contract includes it. The project's list also names Easter
 * Sunday and Whit Sunday, two Sundays on which the Atw counts anyway (art. 1: "zondag").
 */
const NL: Rules = (y) => {
    const e = easter(y);
    const monarch = y >= 2014 ? d(y, 4, 27) : d(y, 4, 30);
    return [d(y, 1, 1), e, e + 1, weekday(monarch) === SUN ? monarch - 1 : monarch, d(y, 5, 5), e + 39, e + 49, e + 50,
        d(y, 12, 25), d(y, 12, 26)];
};

/**
 * Belgium, Arrêté royal of 18 April 1974 (under the law of 4 January 1974 on public
 * holidays): New Year, Easter Monday, 1 May, Ascension, Whit Monday, 21 July, 15 August,
 * 1 November, 11 November, 25 December. A holiday on a Sunday is replaced by a day each
 * employer chooses, so no fixed replacement day exists.
 */
const BE: Rules = (y) => {
    const e = easter(y);
    return [d(y, 1, 1), e + 1, d(y, 5, 1), e + 39, e + 50, d(y, 7, 21), d(y, 8, 15), d(y, 11, 1), d(y, 11, 11), d(y, 12, 25)];
};

/**
 * Germany, the days that are public holidays in all 16 states: New Year, Good Friday,
 * Easter Monday, 1 May, Ascension, Whit Monday, Christmas Day and the 26th (each state's
 * Feiertagsgesetz), and 3 October (Einigungsvertrag art. 2(2)). In 2017 every state made
 * 31 October (500 years of the Reformation) a holiday once.
 */
const DE: Rules = (y) => {
    const e = easter(y);
    const days = [d(y, 1, 1), e - 2, e + 1, d(y, 5, 1), e + 39, e + 50, d(y, 10, 3), d(y, 12, 25), d(y, 12, 26)];
    if (y === 2017) days.push(d(2017, 10, 31));
    return days;
};

/**
 * France, Code du travail art. L3133-1: 1 January, Easter Monday, 1 May, 8 May,
 * Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December.
 * (Whit Monday stays a jour férié; the solidarity day only changes whether it is paid.)
 */
const FR: Rules = (y) => {
    const e = easter(y);
    return [d(y, 1, 1), e + 1, d(y, 5, 1), d(y, 5, 8), e + 39, e + 50, d(y, 7, 14), d(y, 8, 15), d(y, 11, 1), d(y, 11, 11), d(y, 12, 25)];
};

/**
 * Luxembourg, Code du travail art. L.232-2: New Year, Easter Monday, 1 May, Europe Day
 * 9 May (added by the law of 26 March 2019, from 2019), Ascension, Whit Monday, the
 * National Day 23 June, 15 August, 1 November, 25 and 26 December. A holiday on a Sunday
 * gives a compensatory day off each employee takes, not a fixed date.
 */
const LU: Rules = (y) => {
    const e = easter(y);
    const days = [d(y, 1, 1), e + 1, d(y, 5, 1), e + 39, e + 50, d(y, 6, 23), d(y, 8, 15), d(y, 11, 1), d(y, 12, 25), d(y, 12, 26)];
    if (y >= 2019) days.push(d(y, 5, 9));
    return days;
};

/**
 * United Kingdom, England and Wales: Christmas Day and Good Friday (common law), and the
 * bank holidays of the Banking and Financial Dealings Act 1971, Schedule 1: New Year's
 * Day, Easter Monday, the first Monday of May, the last Monday of May, the last Monday of
 * August, 26 December. Substitute days (Schedule 1 and the yearly proclamations): 1
 * January or 26 December on a Saturday or Sunday moves to the next Monday (26 December on
 * a Sunday after Christmas on Saturday: to Tuesday 28), and Christmas on a Saturday or
 * Sunday gets 27 December. Royal proclamations moved or added days: 2002 spring bank to 4
 * June and 3 June the Golden Jubilee; 2011 29 April the Royal Wedding; 2012 spring bank to
 * 4 June and 5 June the Diamond Jubilee; 2020 the early May bank holiday to Friday 8 May
 * (VE Day); 2022 spring bank to 2 June and 3 June the Platinum Jubilee, 19 September the
 * State Funeral of Queen Elizabeth II; 2023 8 May the Coronation.
 */
const GB: Rules = (y) => {
    const e = easter(y);
    const days = [d(y, 1, 1), e - 2, e + 1, d(y, 12, 25), d(y, 12, 26), lastOf(y, 8, MON)];
    const jan1 = d(y, 1, 1);
    if (weekday(jan1) === SAT) days.push(jan1 + 2);
    if (weekday(jan1) === SUN) days.push(jan1 + 1);
    const xmas = d(y, 12, 25);
    if (weekday(xmas) === SAT) days.push(xmas + 2, xmas + 3); // Mon 27 for Christmas, Tue 28 for Boxing Day
    if (weekday(xmas) === SUN) days.push(xmas + 2); // Boxing Day Mon 26, Christmas on Tue 27
    if (weekday(xmas) === FRI) days.push(xmas + 3); // Boxing Day on Saturday: Mon 28
    days.push(y === 2020 ? d(2020, 5, 8) : nth(y, 5, MON, 1));
    const spring: Record<number, number> = { 2002: d(2002, 6, 4), 2012: d(2012, 6, 4), 2022: d(2022, 6, 2) };
    days.push(spring[y] ?? lastOf(y, 5, MON));
    const oneOff: Record<number, number[]> = {
        2002: [d(2002, 6, 3)], 2011: [d(2011, 4, 29)], 2012: [d(2012, 6, 5)],
        2022: [d(2022, 6, 3), d(2022, 9, 19)], 2023: [d(2023, 5, 8)],
    };
    days.push(...(oneOff[y] ?? []));
    return days;
};

/**
 * United States, federal holidays, 5 U.S.C. 6103(a): New Year's Day, Birthday of Martin
 * Luther King Jr. (third Monday in January), Washington's Birthday (third Monday in
 * February), Memorial Day (last Monday in May), Juneteenth (19 June, from 2021),
 * Independence Day, Labor Day (first Monday in September), Columbus Day (second Monday
 * in October), Veterans Day (11 November), Thanksgiving (fourth Thursday in November),
 * Christmas Day. Observed days, 6103(b) and Executive Order 11582: a holiday on a Saturday
 * is observed on the Friday before (New Year's Day on Saturday: 31 December of the year
 * before), one on a Sunday on the Monday after. Both the day itself and the observed day
 * are listed: a calendar is closed on either.
 */
function usDays(y: number): number[] {
    const days = [d(y, 1, 1), nth(y, 1, MON, 3), nth(y, 2, MON, 3), lastOf(y, 5, MON), d(y, 7, 4), nth(y, 9, MON, 1),
        nth(y, 10, MON, 2), d(y, 11, 11), nth(y, 11, THU, 4), d(y, 12, 25)];
    if (y >= 2021) days.push(d(y, 6, 19));
    const observed = days.map((n) => (weekday(n) === SAT ? n - 1 : weekday(n) === SUN ? n + 1 : n));
    return [...days, ...observed];
}
const US: Rules = (y) => [...usDays(y - 1), ...usDays(y), ...usDays(y + 1)].filter((n) => iso(n).startsWith(`${y}-`));

/**
 * Bavaria (DE-BY), Feiertagsgesetz Art. 1(1), the days statutory in the whole state: the
 * national days plus Epiphany (6 January), Corpus Christi (Easter + 60) and All Saints'
 * Day (1 November). Assumption (15 August) is statutory only in municipalities with a
 * mainly Catholic population (Art. 1(1) no. 2 with (3)) and the Augsburg Peace Festival
 * (8 August) only in the city of Augsburg (Art. 1(2)): neither belongs to the state's list.
 */
const DE_BY: Rules = (y) => {
    const e = easter(y);
    return [...DE(y), d(y, 1, 6), e + 60, d(y, 11, 1)];
};

/**
 * New South Wales (AU-NSW), Public Holidays Act 2010 (NSW), s. 4, in force from
 * 31 December 2010 (before it, the Banks and Bank Holidays Act 1912 gave Monday 26 April
 * for an Anzac Day on a Sunday, as in 1999): New Year's Day, with the next Monday as well
 * when 1 January is a Saturday or Sunday; Australia Day on 26 January, or instead the next
 * Monday when that is a weekend day; Good Friday, Easter Saturday, Easter Sunday, Easter
 * Monday; Anzac Day on 25 April with no other day for a weekend; the King's (Queen's)
 * Birthday, second Monday of June; Labour Day, first Monday of October; Christmas Day and
 * Boxing Day, each with an additional Monday for a Saturday and Tuesday for a Sunday. The
 * bank holiday (first Monday of August, s. 5) is for banks only. One-off: the National Day
 * of Mourning for Queen Elizabeth II, 22 September 2022 (declared under s. 6).
 */
const AU_NSW: Rules = (y) => {
    const e = easter(y);
    const jan1 = d(y, 1, 1), jan26 = d(y, 1, 26), xmas = d(y, 12, 25), boxing = d(y, 12, 26);
    const days = [jan1, e - 2, e - 1, e, e + 1, d(y, 4, 25), nth(y, 6, MON, 2), nth(y, 10, MON, 1), xmas, boxing];
    if (weekday(jan1) === SAT) days.push(jan1 + 2);
    if (weekday(jan1) === SUN) days.push(jan1 + 1);
    days.push(weekday(jan26) === SAT ? jan26 + 2 : weekday(jan26) === SUN ? jan26 + 1 : jan26);
    if (weekday(xmas) === SAT) days.push(xmas + 2); // Monday 27
    if (weekday(xmas) === SUN) days.push(xmas + 2); // Tuesday 27
    if (weekday(boxing) === SAT) days.push(boxing + 2); // Monday 28
    if (weekday(boxing) === SUN) days.push(boxing + 2); // Tuesday 28
    if (y === 2022) days.push(d(2022, 9, 22));
    return days;
};

/** Countries and regions, with the first year their rules here hold (else FIRST). */
const COUNTRIES: [string, Rules, number?][] = [['NL', NL], ['BE', BE], ['DE', DE], ['FR', FR], ['GB', GB], ['LU', LU], ['US', US],
    ['GB-ENG', GB], ['DE-BY', DE_BY], ['AU-NSW', AU_NSW, 2011]];

describe(`holidays: every supported country against its statutory rules, ${FIRST} to ${LAST}`, () => {
    it('the rules of this test know Easter (published dates)', () => {
        const known: [number, string][] = [[2000, '2000-04-23'], [2008, '2008-03-23'], [2011, '2011-04-24'], [2019, '2019-04-21'],
            [2024, '2024-03-31'], [2038, '2038-04-25'], [2049, '2049-04-18'], [2076, '2076-04-19']];
        for (const [y, date] of known) assert.equal(iso(easter(y)), date, String(y));
    });

    for (const [country, rules, first = FIRST] of COUNTRIES) {
        it(`${country}: the calendar closes on exactly the statutory days, ${first} to ${LAST}`, () => {
            const wrong: string[] = [];
            for (let y = first; y <= LAST; y++) {
                const expected = new Set(rules(y).map(iso));
                const actual = new Set(holidaysInYear({ country, include: [], exclude: [], span: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, y).map((h) => h.date));
                for (const date of expected) if (!actual.has(date)) wrong.push(`missing ${date} (${weekday(Date.parse(date) / DAY)})`);
                for (const date of actual) if (!expected.has(date)) wrong.push(`extra ${date}`);
            }
            assert.deepEqual(wrong, []);
        });
    }

    it('US: Veterans Day 2023 is observed on Friday 10 November, New Year 2022 on Friday 31 December 2021', () => {
        const us = (y: number) => holidaysInYear({ country: 'US', include: [], exclude: [], span: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, y);
        assert.ok(us(2023).some((h) => h.date === '2023-11-10'));
        assert.ok(us(2021).some((h) => h.date === '2021-12-31'));
    });
});

describe('holidays: regional rules where date-holidays says more than the statute', () => {
    const list = (country: string, year: number, include: string[] = []) =>
        holidaysInYear({ country, include, exclude: [], span: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, year).map((h) => h.date);
    it('AU-NSW: Anzac Day on Saturday 25 April 2026 and Sunday 25 April 2027 gives no Monday; "including" brings it back', () => {
        assert.ok(list('AU-NSW', 2026).includes('2026-04-25'));
        assert.ok(!list('AU-NSW', 2026).includes('2026-04-27'));
        assert.ok(!list('AU-NSW', 2027).includes('2027-04-26'));
        assert.ok(list('AU-NSW', 2027, ['Anzac Day (substitute day)']).includes('2027-04-26'));
        // Boxing Day on Saturday 26 December 2026 still gives Monday 28 December (s. 4(k)).
        assert.ok(list('AU-NSW', 2026).includes('2026-12-28'));
    });
    it('DE-BY: Assumption (15 August) and the Augsburg Peace Festival (8 August) are not statewide', () => {
        assert.ok(!list('DE-BY', 2025).includes('2025-08-15'));
        assert.ok(!list('DE-BY', 2025).includes('2025-08-08'));
        assert.ok(list('DE-BY', 2025, ['Assumption']).includes('2025-08-15'));
    });
});

describe('holidays: calendars close on observed and moved days', () => {
    const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const office = (country: string, zone: string, exclude: string[] = []) => new BusinessCalendar({
        name: 'Office', span, closed: [], weekly: [[], ...[1, 2, 3, 4, 5].map(() => [{ from: 540, to: 1020 }]), [], []],
        holidays: [{ country, include: [], exclude: exclude.map((name) => ({ name })), span }],
    }, zone);
    const run = (cal: BusinessCalendar, zone: string, from: string, minutes: number) => {
        const t = parseLocal(from, zone);
        if (typeof t === 'string') throw new Error(t);
        return formatInZone(cal.addBusinessMinutes(t, minutes), zone);
    };
    it('US: Thursday 9 November 2023 16:00 + 2 business hours runs past Veterans Day observed on Friday 10 November', () => {
        assert.equal(run(office('US', 'America/New_York'), 'America/New_York', '2023-11-09T16:00', 120), '2023-11-13T10:00:00-05:00');
    });
    it('US: New Year 2022 (a Saturday) closes Friday 31 December 2021', () => {
        assert.equal(run(office('US', 'America/New_York'), 'America/New_York', '2021-12-30T16:00', 120), '2022-01-03T10:00:00-05:00');
    });
    it('GB: the Diamond Jubilee weekend 2012 closes Monday 4 and Tuesday 5 June, not Monday 28 May', () => {
        const gb = office('GB', 'Europe/London');
        assert.equal(run(gb, 'Europe/London', '2012-06-01T16:00', 120), '2012-06-06T10:00:00+01:00');
        assert.equal(run(gb, 'Europe/London', '2012-05-28T09:00', 60), '2012-05-28T10:00:00+01:00');
    });
    it('GB: Christmas 2021 on a Saturday: substitute days Monday 27 and Tuesday 28 December', () => {
        assert.equal(run(office('GB', 'Europe/London'), 'Europe/London', '2021-12-24T16:00', 120), '2021-12-29T10:00:00+00:00');
    });
    it('GB: the summer bank holiday (England and Wales) is closed; excluding the spring bank holiday by name removes the moved day too', () => {
        assert.equal(run(office('GB', 'Europe/London'), 'Europe/London', '2026-08-28T16:00', 120), '2026-09-01T10:00:00+01:00');
        assert.equal(run(office('GB', 'Europe/London', ['Spring bank holiday']), 'Europe/London', '2002-06-04T09:00', 60), '2002-06-04T10:00:00+01:00');
    });
});
