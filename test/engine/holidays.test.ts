import { strict as assert } from 'node:assert';
import Holidays from 'date-holidays';
import type { HolidayRule } from '../../language-server/src/model/types.js';
import {
    clearHolidayYears, holidaysInYear, isHoliday, holidayName, isKnownCountry, knownHolidayNames,
    supportedCountries, unknownHolidayNames,
} from '../../language-server/src/engine/holidays.js';
import { easterSunday } from '../../language-server/src/engine/holidays-nl.js';
import { isoDate } from '../../language-server/src/engine/time.js';

const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function rule(country: string, include: string[] = [], exclude: HolidayRule['exclude'] = []): HolidayRule {
    return { country, include, exclude, span };
}
const NL = rule('NL');

describe('holidays: Dutch statutory list', () => {
    // Easter dates from published tables (2038 is the latest possible date, 25 April).
    const easter: [number, string][] = [
        [2000, '2000-04-23'], [2013, '2013-03-31'], [2024, '2024-03-31'], [2025, '2025-04-20'],
        [2026, '2026-04-05'], [2038, '2038-04-25'], [2100, '2100-03-28'],
    ];
    for (const [year, date] of easter) {
        it(`Easter Sunday ${year} is ${date}`, () => {
            assert.equal(isoDate(easterSunday(year)), date);
            assert.equal(holidayName(NL, date), 'Easter Sunday');
        });
    }

    it('lists the ten 2026 holidays with their English names', () => {
        assert.deepEqual(holidaysInYear(NL, 2026), [
            { date: '2026-01-01', name: "New Year's Day" },
            { date: '2026-04-05', name: 'Easter Sunday' },
            { date: '2026-04-06', name: 'Easter Monday' },
            { date: '2026-04-27', name: "King's Day" },
            { date: '2026-05-05', name: 'Liberation Day' },
            { date: '2026-05-14', name: 'Ascension Day' },
            { date: '2026-05-24', name: 'Whit Sunday' },
            { date: '2026-05-25', name: 'Whit Monday' },
            { date: '2026-12-25', name: 'Christmas Day' },
            { date: '2026-12-26', name: 'Boxing Day' },
        ]);
    });

    const monarch: [number, string, string][] = [
        [2025, '2025-04-26', "King's Day"], // 27 April 2025 is a Sunday
        [2014, '2014-04-26', "King's Day"], // first King's Day, 27th a Sunday
        [2019, '2019-04-27', "King's Day"],
        [2013, '2013-04-30', "Queen's Day"],
        [2000, '2000-04-29', "Queen's Day"], // 30 April 2000 is a Sunday
    ];
    for (const [year, date, name] of monarch) {
        it(`${name} ${year} is ${date}`, () => {
            assert.equal(holidayName(NL, date), name);
            assert.equal(holidaysInYear(NL, year).filter((h) => /King|Queen/.test(h.name)).length, 1);
        });
    }

    it('puts Ascension and Whitsun 39, 49 and 50 days after Easter (2038)', () => {
        assert.equal(holidayName(NL, '2038-06-03'), 'Ascension Day');
        assert.equal(holidayName(NL, '2038-06-13'), 'Whit Sunday');
        assert.equal(holidayName(NL, '2038-06-14'), 'Whit Monday');
    });

    it('does not count Good Friday unless included', () => {
        assert.equal(isHoliday(NL, '2026-04-03'), false);
        assert.equal(holidayName(rule('NL', ['Good Friday']), '2026-04-03'), 'Good Friday');
        assert.equal(holidayName(rule('NL', ['goede vrijdag']), '2026-04-03'), 'Good Friday');
    });
});

describe('holidays: include and exclude', () => {
    const noLiberation = rule('NL', [], [{ name: 'Liberation Day', exceptEveryYears: 5 }]);
    const cases: [string, boolean][] = [
        ['2024-05-05', false], ['2025-05-05', true], ['2026-05-05', false], ['2030-05-05', true],
    ];
    for (const [date, expected] of cases) {
        it(`Liberation Day removed except every fifth year: ${date} -> ${expected}`, () => {
            assert.equal(isHoliday(noLiberation, date), expected);
        });
    }

    it('excludes by Dutch alias, case-insensitively, and King covers Queen', () => {
        const r = rule('NL', [], [{ name: 'KONINGSDAG' }]);
        assert.equal(isHoliday(r, '2026-04-27'), false);
        assert.equal(isHoliday(r, '2013-04-30'), false);
        assert.equal(isHoliday(r, '2026-12-25'), true);
    });

    it('reports names the country does not know', () => {
        const r = rule('NL', ['Good Friday', 'Sinterklaas'], [{ name: 'Bevrijdingsdag' }, { name: 'Labour Day' }]);
        assert.deepEqual(unknownHolidayNames(r), ['Sinterklaas', 'Labour Day']);
    });
});

describe('holidays: other countries via date-holidays', () => {
    it('takes only public days for Germany (national)', () => {
        const de = holidaysInYear(rule('DE'), 2026).map((h) => h.date);
        assert.ok(de.includes('2026-10-03')); // German Unity Day
        assert.ok(de.includes('2026-04-03')); // Good Friday is public in DE
        assert.ok(!de.includes('2026-04-05')); // Easter Sunday is not national public
    });

    it('adds a named observance with include (GB Easter Sunday)', () => {
        assert.equal(isHoliday(rule('GB'), '2026-04-05'), false);
        assert.equal(isHoliday(rule('GB', ['Easter Sunday']), '2026-04-05'), true);
    });

    it('knows countries and names for completion', () => {
        assert.ok(isKnownCountry('NL') && isKnownCountry('de') && !isKnownCountry('XX'));
        assert.ok(supportedCountries().length > 100);
        assert.ok(knownHolidayNames('NL').includes('Whit Monday'));
        assert.ok(knownHolidayNames('DE').includes('Good Friday'));
        assert.deepEqual(unknownHolidayNames(rule('DE', ['Good Friday', 'Pi Day'])), ['Pi Day']);
    });

    it('unknown names: the same answer as filtering the known names, and no holiday years computed for a rule that names none', () => {
        const byDefinition = (r: ReturnType<typeof rule>) => {
            const c = r.country.toUpperCase();
            const known = new Set(knownHolidayNames(c).map((n) => n.trim().toLowerCase()));
            return [...r.include, ...r.exclude.map((x) => x.name)].filter((n) => !known.has(n.trim().toLowerCase()));
        };
        const rules = [rule('BE'), rule('GB', ['Easter Sunday']), rule('DE', ['Christmas Eve', 'Pi Day'], [{ name: 'New Year\'s Eve' }]),
            rule('FR', [], [{ name: 'Whit Monday' }, { name: 'whit monday ' }, { name: 'Sinterklaas' }]), rule('XX', ['Anything']), rule('LU')];
        for (const r of rules) assert.deepEqual(unknownHolidayNames(r), byDefinition(r), r.country);

        // The years are date-holidays' work: count its calls with the year cache empty.
        const original = Holidays.prototype.getHolidays;
        let calls = 0;
        Holidays.prototype.getHolidays = function (this: Holidays, ...args: Parameters<typeof original>) {
            calls++;
            return original.apply(this, args);
        };
        try {
            clearHolidayYears();
            for (const country of ['BE', 'GB', 'LU', 'FR', 'DE']) assert.deepEqual(unknownHolidayNames(rule(country)), []);
            assert.equal(calls, 0);
            assert.deepEqual(unknownHolidayNames(rule('BE', ['Pi Day'])), ['Pi Day']);
            assert.equal(calls, 7, 'the names of a rule that names a holiday come from seven years, 2024 to 2030');
        } finally {
            Holidays.prototype.getHolidays = original;
        }
    });

    it('gives no holidays for an unknown country rather than throwing', () => {
        assert.deepEqual(holidaysInYear(rule('XX'), 2026), []);
    });
});
