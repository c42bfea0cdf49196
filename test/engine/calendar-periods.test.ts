/**
 * Days, weeks, months and years are calendar periods: the same wall-clock time that much
 * later in the contract's zone (issue 9), not 1,440 or 10,080 elapsed minutes.
 */
import assert from 'node:assert/strict';
import { addCalendarPeriod, formatInZone, parseLocal, type CalendarUnit } from '../../language-server/src/engine/time.js';
import { computeAvailability } from '../../language-server/src/engine/availability.js';
import { computeDeadlines } from '../../language-server/src/engine/deadlines.js';
import type { Incident } from '../../language-server/src/engine/incident-log.js';
import { periodsBetween } from '../../language-server/src/engine/periods.js';
import type { ClockRule, ContractModel, DurationModel } from '../../language-server/src/model/types.js';
import { klik, span } from './fixtures.js';

const AMS = 'Europe/Amsterdam';
const NY = 'America/New_York';
const at = (local: string, zone: string) => {
    const ms = parseLocal(local, zone);
    if (typeof ms === 'string') throw new Error(ms);
    return ms;
};
const hoursBetween = (a: number, b: number) => (b - a) / 3_600_000;

describe('calendar periods: addCalendarPeriod', () => {
    const cases: [string, string, number, CalendarUnit, string, number | undefined][] = [
        // zone, from, amount, unit, expected, real hours
        [AMS, '2026-03-27T10:00', 1, 'week', '2026-04-03T10:00:00+02:00', 167],
        [AMS, '2026-10-23T10:00', 1, 'week', '2026-10-30T10:00:00+01:00', 169],
        [AMS, '2026-03-28T12:00', 1, 'day', '2026-03-29T12:00:00+02:00', 23],
        [AMS, '2026-10-24T12:00', 1, 'day', '2026-10-25T12:00:00+01:00', 25],
        [AMS, '2026-03-28T02:30', 1, 'day', '2026-03-29T03:30:00+02:00', 24], // lands in the gap: moved on by the gap
        [AMS, '2026-10-24T02:30', 1, 'day', '2026-10-25T02:30:00+02:00', 24], // lands in the overlap: the first 02:30
        [AMS, '2026-12-31T23:59', 1, 'day', '2027-01-01T23:59:00+01:00', 24],
        [AMS, '2026-03-15T12:00', 1, 'month', '2026-04-15T12:00:00+02:00', 31 * 24 - 1],
        [AMS, '2026-01-31T10:00', 1, 'month', '2026-02-28T10:00:00+01:00', 28 * 24], // month end clamped
        [AMS, '2028-01-31T10:00', 1, 'month', '2028-02-29T10:00:00+01:00', 29 * 24], // leap year
        [AMS, '2026-03-31T10:00', 1, 'month', '2026-04-30T10:00:00+02:00', undefined],
        [AMS, '2026-01-31T10:00', 2, 'month', '2026-03-31T10:00:00+02:00', undefined], // not 28 Feb + 1 month
        [AMS, '2028-02-29T09:00', 1, 'year', '2029-02-28T09:00:00+01:00', undefined],
        [AMS, '2026-11-06T16:30', 1.5, 'day', '2026-11-08T04:30:00+01:00', 36],
        [NY, '2026-03-06T09:00', 1, 'week', '2026-03-13T09:00:00-04:00', 167], // US spring change: Sunday 8 March 2026
        [NY, '2026-10-30T09:00', 1, 'week', '2026-11-06T09:00:00-05:00', 169], // US autumn change: Sunday 1 November 2026
        [NY, '2026-03-07T02:30', 1, 'day', '2026-03-08T03:30:00-04:00', 24],
        [NY, '2026-10-31T01:30', 1, 'day', '2026-11-01T01:30:00-04:00', 24], // overlap: the first 01:30 (EDT)
        [NY, '2026-02-28T18:00', 1, 'month', '2026-03-28T18:00:00-04:00', 28 * 24 - 1],
    ];
    for (const [zone, from, amount, unit, expected, hours] of cases) {
        it(`${zone} ${from} + ${amount} ${unit} -> ${expected}${hours ? ` (${hours} hours)` : ''}`, () => {
            const start = at(from, zone);
            const end = addCalendarPeriod(start, amount, unit, zone);
            assert.equal(formatInZone(end, zone), expected);
            if (hours !== undefined) assert.equal(hoursBetween(start, end), hours);
        });
    }
});

function contract(zone: string, rule: ClockRule): ContractModel {
    return {
        name: 'c', span, zone, calendars: [], compliance: [], maintenance: [], fees: [], remedyGroups: [], surcharges: [],
        notices: [], commitments: [], backups: [], notes: [], scenarios: [],
        priorities: [{ name: 'P', rank: 0, span, clocks: [{ kind: 'response', span, rule }] }],
    };
}
const within = (duration: DurationModel, basis: 'around-the-clock' | 'unspecified' = 'around-the-clock'): ClockRule =>
    ({ type: 'within', duration, basis: { type: basis }, from: 'reported' });

describe('calendar periods: clocks around the clock', () => {
    const cases: [string, string, DurationModel, string][] = [
        [AMS, '2026-10-23T10:00', { amount: 1, unit: 'week', minutes: 10080 }, '2026-10-30T10:00:00+01:00'],
        [AMS, '2026-03-27T10:00', { amount: 2, unit: 'day', minutes: 2880 }, '2026-03-29T10:00:00+02:00'],
        [AMS, '2026-01-31T10:00', { amount: 1, unit: 'month' }, '2026-02-28T10:00:00+01:00'],
        [NY, '2026-03-06T09:00', { amount: 1, unit: 'week', minutes: 10080 }, '2026-03-13T09:00:00-04:00'],
        [NY, '2026-10-31T12:00', { amount: 1, unit: 'day', minutes: 1440 }, '2026-11-01T12:00:00-05:00'],
    ];
    for (const [zone, reported, d, expected] of cases) {
        it(`${zone}: ${d.amount} ${d.unit} from ${reported} -> ${expected}`, () => {
            for (const basis of ['around-the-clock', 'unspecified'] as const) {
                const r = computeDeadlines(contract(zone, within(d, basis)), 'P', at(reported, zone)).response;
                assert.equal(formatInZone(r.deadline!, zone), expected, basis);
            }
        });
    }
    it('hours stay elapsed hours: 24 hours over the spring change end at 13:00', () => {
        const r = computeDeadlines(contract(AMS, within({ amount: 24, unit: 'hour', minutes: 1440 })), 'P', at('2026-03-28T12:00', AMS)).response;
        assert.equal(formatInZone(r.deadline!, AMS), '2026-03-29T13:00:00+02:00');
    });
    it('pauses still stop a calendar-period clock by the paused minutes', () => {
        const r = computeDeadlines(contract(AMS, within({ amount: 1, unit: 'day', minutes: 1440 })), 'P', at('2026-03-28T12:00', AMS),
            { paused: [{ from: at('2026-03-28T13:00', AMS), to: at('2026-03-28T15:00', AMS) }] }).response;
        assert.equal(formatInZone(r.deadline!, AMS), '2026-03-29T14:00:00+02:00');
    });
});

describe('calendar periods: maintenance announced a week before', () => {
    // Klik's planned window is Friday 22:00-24:00; here with a week's notice.
    function weekNotice(): ContractModel {
        const c = klik();
        c.maintenance = c.maintenance.map((w) => (w.kind === 'planned' ? { ...w, notice: { amount: 1, unit: 'week', minutes: 10080 } } : w));
        return c;
    }
    const work = (from: string, to: string, announced: string): Incident => ({
        id: 'm', kind: 'planned-maintenance', downFrom: at(from, AMS), downTo: at(to, AMS), paused: [], announced: at(announced, AMS),
    });
    const month = (inc: Incident, m: string) => computeAvailability(weekNotice(), [inc], periodsBetween(m, m, 'month', AMS), AMS)[0];

    it('spring: announced Friday 27 March 22:00 for Friday 3 April 22:00 is a week (167 hours) and in time', () => {
        const row = month(work('2026-04-03 22:00', '2026-04-03 23:00', '2026-03-27 22:00'), '2026-04');
        assert.equal(row.downtimeMinutes, 0);
        assert.equal(row.excludedMinutes, 60);
    });
    it('autumn: announced Friday 23 October 22:30 for Friday 30 October 22:00 is less than a week, though 168.5 hours', () => {
        const row = month(work('2026-10-30 22:00', '2026-10-30 23:00', '2026-10-23 22:30'), '2026-10');
        assert.equal(row.downtimeMinutes, 60);
        assert.match(row.explanation, /announced later than 1 week before the start/);
    });
    it('a week of the calendar from Saturday counts from Monday opening (Werkdag)', () => {
        const c = weekNotice();
        c.calendars = [{ name: 'Werkdag', span, weekly: [[], ...[1, 2, 3, 4, 5].map(() => [{ from: 540, to: 1020 }]), [], []], holidays: [], closed: [] }];
        c.maintenance = c.maintenance.map((w) => (w.kind === 'planned' ? { ...w, notice: { amount: 1, unit: 'week', minutes: 10080, calendar: 'Werkdag' } } : w));
        // Announced Saturday 31 Oct: the week runs from Monday 2 Nov 09:00 to Monday 9 Nov 09:00, after Friday 6 Nov 22:00.
        const late = computeAvailability(c, [work('2026-11-06 22:00', '2026-11-06 23:00', '2026-10-31 12:00')], periodsBetween('2026-11', '2026-11', 'month', AMS), AMS)[0];
        assert.equal(late.downtimeMinutes, 60);
        const inTime = computeAvailability(c, [work('2026-11-13 22:00', '2026-11-13 23:00', '2026-10-31 12:00')], periodsBetween('2026-11', '2026-11', 'month', AMS), AMS)[0];
        assert.equal(inTime.downtimeMinutes, 0);
    });
});

describe('calendar periods: a week, month or year of a calendar', () => {
    const werkdag = { name: 'Werkdag', span, weekly: [[], ...[1, 2, 3, 4, 5].map(() => [{ from: 540, to: 1020 }]), [], []],
        holidays: [{ country: 'NL', include: [], exclude: [], span }], closed: [] };
    const ofWerkdag = (amount: number, unit: 'week' | 'month' | 'year'): ContractModel => ({
        ...contract(AMS, { type: 'within', duration: { amount, unit, calendar: 'Werkdag', ...(unit === 'week' ? { minutes: amount * 10080 } : {}) },
            basis: { type: 'calendar', calendar: 'Werkdag' }, from: 'reported' }),
        calendars: [werkdag],
    });
    const cases: [string, number, 'week' | 'month' | 'year', string, string][] = [
        ['Friday afternoon: the same time a week later', 1, 'week', '2026-11-06T16:30', '2026-11-13T16:30:00+01:00'],
        ['Saturday: from Monday opening', 1, 'week', '2026-11-07T11:00', '2026-11-16T09:00:00+01:00'],
        ['over the spring change (167 hours)', 1, 'week', '2026-03-27T10:00', '2026-04-03T10:00:00+02:00'],
        ['a week ending on Ascension Day moves to Friday opening', 1, 'week', '2026-05-07T14:00', '2026-05-15T09:00:00+02:00'],
        ['a week ending on Christmas Day moves to Monday 28 December', 1, 'week', '2026-12-18T10:00', '2026-12-28T09:00:00+01:00'],
        ['two weeks', 2, 'week', '2026-11-06T16:30', '2026-11-20T16:30:00+01:00'],
        ['a month from 30 January ends on the last of February, a Saturday: Monday opening', 1, 'month', '2026-01-30T10:00', '2026-03-02T09:00:00+01:00'],
        ['a month from Friday 31 July ends on Monday 31 August', 1, 'month', '2026-07-31T10:00', '2026-08-31T10:00:00+02:00'],
        ['a year from 29 February 2028 ends on Wednesday 28 February 2029', 1, 'year', '2028-02-29T11:00', '2029-02-28T11:00:00+01:00'],
    ];
    for (const [name, amount, unit, reported, expected] of cases) {
        it(`${name}: ${amount} ${unit} of Werkdag from ${reported} -> ${expected}`, () => {
            const r = computeDeadlines(ofWerkdag(amount, unit), 'P', at(reported, AMS)).response;
            assert.equal(formatInZone(r.deadline!, AMS), expected);
        });
    }
});
