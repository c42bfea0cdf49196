import { strict as assert } from 'node:assert';
import type { CalendarModel, ClosedDays, MinuteRange } from '../../language-server/src/model/types.js';
import { BusinessCalendar } from '../../language-server/src/engine/business-calendar.js';
import { formatInZone, parseLocal } from '../../language-server/src/engine/time.js';

const ZONE = 'Europe/Amsterdam';
const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Calendar with the given ranges per weekday (1 = Monday), optionally NL holidays. */
function calendar(days: Record<number, MinuteRange[]>, nlHolidays = true, closed: ClosedDays[] = []): BusinessCalendar {
    const weekly: MinuteRange[][] = [[], [], [], [], [], [], [], []];
    for (const [d, ranges] of Object.entries(days)) weekly[+d] = ranges;
    const model: CalendarModel = {
        name: 'Test', span, weekly, closed,
        holidays: nlHolidays ? [{ country: 'NL', include: [], exclude: [], span }] : [],
    };
    return new BusinessCalendar(model, ZONE);
}
const nineToFive = { from: 540, to: 1020 };
const werkdag = () => calendar({ 1: [nineToFive], 2: [nineToFive], 3: [nineToFive], 4: [nineToFive], 5: [nineToFive] });
const allDay = { from: 0, to: 1440 };
const aroundTheClock = () => calendar({ 1: [allDay], 2: [allDay], 3: [allDay], 4: [allDay], 5: [allDay], 6: [allDay], 7: [allDay] }, false);

function at(local: string): number {
    const ms = parseLocal(local, ZONE);
    if (typeof ms === 'string') throw new Error(ms);
    return ms;
}
const fmt = (ms: number) => formatInZone(ms, ZONE);

describe('time: parsing wall-clock moments in Amsterdam', () => {
    const cases: [string, string][] = [
        ['2026-11-06T16:30', '2026-11-06T16:30:00+01:00'],
        ['2026-11-06 16:30:15', '2026-11-06T16:30:15+01:00'],
        ['2026-07-01T09:00Z', '2026-07-01T11:00:00+02:00'],
        ['2026-07-01T09:00:00+00:00', '2026-07-01T11:00:00+02:00'],
        ['2026-03-29T02:30', '2026-03-29T03:30:00+02:00'], // gap: shifted forward by the hour
        ['2026-10-25T02:30', '2026-10-25T02:30:00+02:00'], // overlap: first occurrence
        ['2026-10-25T03:00', '2026-10-25T03:00:00+01:00'],
    ];
    for (const [text, iso] of cases) it(`${text} -> ${iso}`, () => assert.equal(fmt(at(text)), iso));

    it('rejects malformed and impossible dates with a message', () => {
        assert.equal(typeof parseLocal('2026-02-30T10:00', ZONE), 'string');
        assert.equal(typeof parseLocal('6 Nov 2026', ZONE), 'string');
        assert.equal(typeof parseLocal('2026-11-06T16:30', 'Mars/Olympus'), 'string');
    });
});

describe('BusinessCalendar: Werkdag Mon-Fri 09:00-17:00 with NL holidays', () => {
    const cal = werkdag();
    const add: [string, string, number, string][] = [
        ['Friday 16:30 + 1 hour runs into Monday', '2026-11-06T16:30', 60, '2026-11-09T09:30:00+01:00'],
        ['exactly at opening the clock starts at once', '2026-11-09T09:00', 240, '2026-11-09T13:00:00+01:00'],
        ['exactly at closing the clock starts next opening', '2026-11-09T17:00', 60, '2026-11-10T10:00:00+01:00'],
        ['a deadline may land on closing time', '2026-11-09T13:00', 240, '2026-11-09T17:00:00+01:00'],
        ['reported on Ascension Day 2026', '2026-05-14T10:00', 240, '2026-05-15T13:00:00+02:00'],
        ['across the spring DST weekend', '2026-03-27T15:00', 240, '2026-03-30T11:00:00+02:00'],
        ['across the autumn DST weekend', '2026-10-23T15:00', 240, '2026-10-26T11:00:00+01:00'],
        ['over New Year (1 Jan 2026 is a holiday)', '2025-12-31T16:00', 120, '2026-01-02T10:00:00+01:00'],
        ['reported Sunday night', '2026-11-08T23:59', 1, '2026-11-09T09:01:00+01:00'],
    ];
    for (const [name, from, minutes, expected] of add) {
        it(`${name}: ${from} + ${minutes} min -> ${expected}`, () => {
            const deadline = cal.addBusinessMinutes(at(from), minutes);
            assert.equal(fmt(deadline), expected);
            assert.equal(cal.businessMinutesBetween(at(from), deadline), minutes);
        });
    }

    it('is open at the opening instant and closed at the closing instant', () => {
        assert.equal(cal.isOpen(at('2026-11-09T09:00')), true);
        assert.equal(cal.isOpen(at('2026-11-09T16:59:59')), true);
        assert.equal(cal.isOpen(at('2026-11-09T17:00')), false);
        assert.equal(cal.isOpen(at('2026-05-14T10:00')), false);
        assert.equal(cal.closedReason(at('2026-05-14T10:00')), 'Ascension Day');
    });

    it('finds the next opening', () => {
        assert.equal(fmt(cal.nextOpen(at('2026-11-09T10:00'))), '2026-11-09T10:00:00+01:00');
        assert.equal(fmt(cal.nextOpen(at('2026-11-06T17:00'))), '2026-11-09T09:00:00+01:00');
        assert.equal(fmt(cal.nextOpen(at('2026-12-24T18:00'))), '2026-12-28T09:00:00+01:00');
    });

    it('ends the business day at the last closing of the day the clock starts', () => {
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-11-06T12:00'))), '2026-11-06T17:00:00+01:00');
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-11-06T07:00'))), '2026-11-06T17:00:00+01:00');
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-11-06T17:00'))), '2026-11-09T17:00:00+01:00');
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-05-14T10:00'))), '2026-05-15T17:00:00+02:00');
    });

    it('counts 8 hours per working day and none at weekends', () => {
        assert.equal(cal.businessMinutesBetween(at('2026-11-02T00:00'), at('2026-11-09T00:00')), 5 * 480);
        assert.equal(cal.businessMinutesBetween(at('2026-11-09T12:00'), at('2026-11-09T10:00')), -120);
    });

    it('adds working days at the same wall-clock time', () => {
        assert.equal(fmt(cal.addBusinessDays(at('2026-11-06T16:30'), 1)), '2026-11-09T16:30:00+01:00');
        assert.equal(fmt(cal.addBusinessDays(at('2026-11-07T11:00'), 1)), '2026-11-10T09:00:00+01:00');
        assert.equal(fmt(cal.addBusinessDays(at('2026-05-13T10:00'), 2)), '2026-05-18T10:00:00+02:00');
    });

    it('lists holidays between dates and the next ones', () => {
        assert.deepEqual(cal.holidaysBetween('2026-05-01', '2026-05-31').map((h) => h.name),
            ['Liberation Day', 'Ascension Day', 'Whit Sunday', 'Whit Monday']);
        assert.deepEqual(cal.nextHolidays(at('2026-12-20T12:00'), 3),
            [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26', name: 'Boxing Day' },
                { date: '2027-01-01', name: "New Year's Day" }]);
    });

    it('honours fixed closed days (inclusive range)', () => {
        const closed = calendar({ 1: [nineToFive], 2: [nineToFive], 3: [nineToFive], 4: [nineToFive], 5: [nineToFive] },
            true, [{ from: '2026-12-28', to: '2026-12-31', label: 'Christmas closure', span }]);
        assert.equal(fmt(closed.addBusinessMinutes(at('2026-12-24T16:00'), 120)), '2027-01-04T10:00:00+01:00');
        assert.equal(closed.closedReason(at('2026-12-31T12:00')), 'Christmas closure');
    });
});

describe('BusinessCalendar: DST days around the clock', () => {
    const cal = aroundTheClock();
    it('29 March 2026 has 23 hours, 25 October 2026 has 25', () => {
        assert.equal(cal.businessMinutesBetween(at('2026-03-29T00:00'), at('2026-03-30T00:00')), 23 * 60);
        assert.equal(cal.businessMinutesBetween(at('2026-10-25T00:00'), at('2026-10-26T00:00')), 25 * 60);
    });
    it('24 business hours from midnight before spring forward end at 01:00', () => {
        assert.equal(fmt(cal.addBusinessMinutes(at('2026-03-29T00:00'), 1440)), '2026-03-30T01:00:00+02:00');
        assert.equal(fmt(cal.addBusinessMinutes(at('2026-10-25T00:00'), 1440)), '2026-10-25T23:00:00+01:00');
    });
    it('a range inside the gap has no minutes; the repeated hour counts twice', () => {
        const night = calendar({ 7: [{ from: 120, to: 180 }] }, false);
        assert.equal(night.businessMinutesBetween(at('2026-03-29T00:00'), at('2026-03-30T00:00')), 0);
        assert.equal(night.businessMinutesBetween(at('2026-10-25T00:00'), at('2026-10-26T00:00')), 120);
        assert.equal(night.businessMinutesBetween(at('2026-11-01T00:00'), at('2026-11-02T00:00')), 60);
    });
});

describe('BusinessCalendar: midnight', () => {
    // Mon 22:00-24:00 continues as Tue 00:00-02:00 (the model splits crossing ranges).
    const night = calendar({ 1: [{ from: 1320, to: 1440 }], 2: [{ from: 0, to: 120 }], 5: [{ from: 1080, to: 1440 }] }, false);
    it('business time flows across midnight without a gap', () => {
        assert.equal(fmt(night.addBusinessMinutes(at('2026-11-09T23:30'), 60)), '2026-11-10T00:30:00+01:00');
        assert.equal(night.isOpen(at('2026-11-10T00:00')), true);
        assert.deepEqual(night.openIntervals(at('2026-11-09T00:00'), at('2026-11-11T00:00')).map((i) => [fmt(i.from), fmt(i.to)]),
            [['2026-11-09T22:00:00+01:00', '2026-11-10T02:00:00+01:00']]);
    });
    it('a deadline that uses the last minute ends at the closing instant, the next one a week later', () => {
        assert.equal(fmt(night.addBusinessMinutes(at('2026-11-09T21:00'), 240)), '2026-11-10T02:00:00+01:00');
        assert.equal(fmt(night.addBusinessMinutes(at('2026-11-09T21:00'), 241)), '2026-11-13T18:01:00+01:00');
    });
    it('a shift over midnight is one business day: the same day ends when the shift ends (02:00)', () => {
        // Mon 2026-11-09 22:00 to Tue 02:00.
        assert.equal(fmt(night.endOfBusinessDay(at('2026-11-09T23:59'))), '2026-11-10T02:00:00+01:00');
        assert.equal(fmt(night.endOfBusinessDay(at('2026-11-10T00:00'))), '2026-11-10T02:00:00+01:00');
        assert.equal(fmt(night.endOfBusinessDay(at('2026-11-10T00:01'))), '2026-11-10T02:00:00+01:00');
        assert.equal(fmt(night.endOfBusinessDay(at('2026-11-09T21:00'))), '2026-11-10T02:00:00+01:00');
        // Closed at 02:00 Tuesday: the next shift is Friday 18:00-24:00, which has no tail.
        assert.equal(fmt(night.endOfBusinessDay(at('2026-11-10T02:00'))), '2026-11-14T00:00:00+01:00');
    });
    it('every night 22:00 to 02:00: reports just before and after midnight share the cap', () => {
        const nightly = { from: 1320, to: 1440 };
        const early = { from: 0, to: 120 };
        const cal = calendar(Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [early, nightly]])), false);
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-11-09T23:59'))), '2026-11-10T02:00:00+01:00');
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-11-10T00:01'))), '2026-11-10T02:00:00+01:00');
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-11-10T01:59'))), '2026-11-10T02:00:00+01:00');
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-11-10T12:00'))), '2026-11-11T02:00:00+01:00');
        // Autumn DST night in Amsterdam: 22:00 +02:00 on 24 Oct to 02:00 +01:00 on 25 Oct (the later 02:00 does not exist as a bound; bounds take the earlier offset).
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-10-24T23:00'))), '2026-10-25T02:00:00+02:00');
        // Spring night: 02:00 on 29 March does not exist, the shift ends at the transition (03:00 +02:00).
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-03-28T23:00'))), '2026-03-29T03:00:00+02:00');
    });
    it('around the clock (00:00-24:00 every day) the same day still ends at midnight', () => {
        const cal = aroundTheClock();
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-11-09T23:59'))), '2026-11-10T00:00:00+01:00');
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-11-10T00:01'))), '2026-11-11T00:00:00+01:00');
    });
    it('a holiday after the evening closes its tail: the shift then ends at midnight', () => {
        // 2026-12-24 (Thu) 22:00 continues into Christmas Day, a holiday.
        const nightly = { from: 1320, to: 1440 };
        const early = { from: 0, to: 120 };
        const cal = calendar(Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [early, nightly]])), true);
        assert.equal(fmt(cal.endOfBusinessDay(at('2026-12-24T23:00'))), '2026-12-25T00:00:00+01:00');
    });
    it('a zero-minute clock starts at the next opening like every other clock', () => {
        assert.equal(fmt(night.addBusinessMinutes(at('2026-11-11T12:00'), 0)), '2026-11-13T18:00:00+01:00');
        assert.equal(fmt(night.addBusinessMinutes(at('2026-11-09T23:00'), 0)), '2026-11-09T23:00:00+01:00');
        const cal = werkdag();
        assert.equal(fmt(cal.addBusinessMinutes(at('2026-05-14T10:00'), 0)), '2026-05-15T09:00:00+02:00'); // Ascension Day
        assert.equal(fmt(cal.addBusinessMinutes(at('2026-11-09T17:00'), 0)), '2026-11-10T09:00:00+01:00'); // at closing
        assert.equal(fmt(cal.addBusinessMinutes(at('2026-11-09T09:00'), 0)), '2026-11-09T09:00:00+01:00'); // at opening
    });
    it('a range ending at 24:00 closes at midnight', () => {
        assert.equal(fmt(night.addBusinessMinutes(at('2026-11-13T23:00'), 60)), '2026-11-14T00:00:00+01:00');
        assert.equal(night.isOpen(at('2026-11-14T00:00')), false);
    });
});
