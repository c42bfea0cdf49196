import { strict as assert } from 'node:assert';
import { computeDeadlines, makeDeadlineFunction } from '../../language-server/src/engine/deadlines.js';
import { formatInZone } from '../../language-server/src/engine/time.js';
import type {
    CalendarModel, ClockModel, ClockRule, ContractModel, MinuteRange, PriorityModel,
} from '../../language-server/src/model/types.js';
import { parseLocal } from '../../language-server/src/engine/time.js';

const ZONE = 'Europe/Amsterdam';
const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function weekdays(from: number, to: number): MinuteRange[][] {
    const r = { from, to };
    return [[], [r], [r], [r], [r], [r], [], []];
}

function werkdag(name = 'Werkdag'): CalendarModel {
    return { name, span, weekly: weekdays(540, 1020), holidays: [{ country: 'NL', include: [], exclude: [], span }], closed: [] };
}

function clock(kind: ClockModel['kind'], rule: ClockRule, article?: string, when?: ClockModel['when']): ClockModel {
    return { kind, rule, article, when, span };
}

const hours = (n: number, calendar?: string, from: 'reported' | 'responded' = 'reported'): ClockRule => ({
    type: 'within',
    duration: { amount: n, unit: 'hour', minutes: n * 60 },
    basis: calendar ? { type: 'calendar', calendar } : { type: 'around-the-clock' },
    from,
});

function priority(name: string, rank: number, clocks: ClockModel[]): PriorityModel {
    return { name, rank, clocks, span };
}

function contract(priorities: PriorityModel[], calendars: CalendarModel[] = [werkdag()]): ContractModel {
    return {
        name: 'Avetica', span, zone: ZONE, calendars, priorities,
        compliance: [], maintenance: [], fees: [], remedyGroups: [], surcharges: [], notices: [],
        commitments: [], backups: [], notes: [], scenarios: [],
    };
}

/** Epoch ms of a wall-clock time in Amsterdam. */
function at(local: string): number {
    const ms = parseLocal(local, ZONE);
    if (typeof ms === 'string') throw new Error(ms);
    return ms;
}

const fmt = (ms: number | null) => (ms === null ? null : formatInZone(ms, ZONE));

const agreement: ClockRule = { type: 'by-agreement' };
const workingDays = (n: number): ClockRule => ({
    type: 'within', duration: { amount: n, unit: 'working-day', calendar: 'Werkdag' },
    basis: { type: 'calendar', calendar: 'Werkdag' }, from: 'responded',
});
const inside = { reported: 'inside', calendar: 'Werkdag' } as const;
const outside = { reported: 'outside', calendar: 'Werkdag' } as const;

const avetica = contract([
    priority('P1', 0, [
        clock('response', hours(1, 'Werkdag'), 'art. 5.1'),
        clock('resolution', hours(4, 'Werkdag'), 'art. 5.2'),
        clock('resolution', { type: 'same-day', calendar: 'Werkdag' }, 'art. 5.4'),
    ]),
    priority('P2', 1, [
        clock('response', hours(2, 'Werkdag'), 'art. 6.1', inside),
        clock('response', hours(8), 'art. 6.2', outside),
        clock('resolution', workingDays(2), 'art. 6.3'),
    ]),
    priority('P3', 2, [
        clock('response', { type: 'within', duration: { amount: 1, unit: 'day', minutes: 1440 }, basis: { type: 'unspecified' }, from: 'reported' }),
        clock('resolution', agreement, 'art. 7.2'),
    ]),
    priority('P4', 3, []),
]);

describe('deadlines: table of real values (Europe/Amsterdam, Werkdag Mon-Fri 09-17, NL holidays)', () => {
    const table: [string, string, 'response' | 'resolution', string, string | null, string | undefined][] = [
        ['Friday 16:30, 1 business hour', 'P1', 'response', '2026-11-06T16:30', '2026-11-09T09:30:00+01:00', 'art. 5.1'],
        ['New Year is a holiday', 'P1', 'response', '2025-12-31T16:30', '2026-01-02T09:30:00+01:00', 'art. 5.1'],
        ['reported on Ascension Day', 'P1', 'response', '2026-05-14T10:00', '2026-05-15T10:00:00+02:00', 'art. 5.1'],
        ['Saturday before spring DST', 'P1', 'response', '2026-03-28T10:00', '2026-03-30T10:00:00+02:00', 'art. 5.1'],
        ['Saturday before autumn DST', 'P1', 'response', '2026-10-24T10:00', '2026-10-26T10:00:00+01:00', 'art. 5.1'],
        ['4 hours beat the same-day cap in the morning', 'P1', 'resolution', '2026-11-09T10:00', '2026-11-09T14:00:00+01:00', 'art. 5.2'],
        ['the same-day cap beats 4 hours in the afternoon', 'P1', 'resolution', '2026-11-09T14:00', '2026-11-09T17:00:00+01:00', 'art. 5.4'],
        ['Friday 16:30 is capped at Friday closing', 'P1', 'resolution', '2026-11-06T16:30', '2026-11-06T17:00:00+01:00', 'art. 5.4'],
        ['a weekend report runs on Monday', 'P1', 'resolution', '2026-11-07T10:00', '2026-11-09T13:00:00+01:00', 'art. 5.2'],
        ['exactly at closing the cap is the next day', 'P1', 'resolution', '2026-11-09T17:00', '2026-11-10T13:00:00+01:00', 'art. 5.2'],
        ['inside Werkdag: 2 business hours', 'P2', 'response', '2026-11-09T10:00', '2026-11-09T12:00:00+01:00', 'art. 6.1'],
        ['outside Werkdag: 8 hours around the clock', 'P2', 'response', '2026-11-07T10:00', '2026-11-07T18:00:00+01:00', 'art. 6.2'],
        // A day is a calendar day: the same wall-clock time the next day (23 or 25 real hours over a DST change).
        ['a day around the clock over spring DST is a calendar day (23 hours)', 'P3', 'response', '2026-03-28T12:00', '2026-03-29T12:00:00+02:00', undefined],
        ['a day around the clock over autumn DST is a calendar day (25 hours)', 'P3', 'response', '2026-10-24T12:00', '2026-10-25T12:00:00+01:00', undefined],
        ['reported in the spring gap (02:30 reads as 03:30)', 'P3', 'response', '2026-03-29T02:30', '2026-03-30T03:30:00+02:00', undefined],
        ['reported in the autumn overlap (first 02:30, +02:00)', 'P3', 'response', '2026-10-25T02:30', '2026-10-26T02:30:00+01:00', undefined],
        ['ending in the spring gap: 02:30 the next day moves on to 03:30', 'P3', 'response', '2026-03-28T02:30', '2026-03-29T03:30:00+02:00', undefined],
        ['ending in the autumn overlap: the first 02:30 (+02:00)', 'P3', 'response', '2026-10-24T02:30', '2026-10-25T02:30:00+02:00', undefined],
        ['a day from 23:59 ends at 23:59', 'P3', 'response', '2026-12-31T23:59', '2027-01-01T23:59:00+01:00', undefined],
        ['by agreement has no deadline', 'P3', 'resolution', '2026-11-09T10:00', null, undefined],
        ['no clocks of the kind', 'P4', 'response', '2026-11-09T10:00', null, undefined],
    ];
    for (const [name, prio, kind, reported, expected, article] of table) {
        it(`${name}: ${prio} ${kind} ${reported} -> ${expected}`, () => {
            const result = computeDeadlines(avetica, prio, at(reported))[kind];
            assert.equal(fmt(result.deadline), expected);
            assert.equal(result.clause?.article, article);
            assert.equal(makeDeadlineFunction(avetica, prio, kind)(at(reported)), result.deadline);
        });
    }
});

describe('deadlines: explanations and candidates', () => {
    it('names the winning cap and the clause it beat', () => {
        const r = computeDeadlines(avetica, 'P1', at('2026-11-09T14:00')).resolution;
        assert.match(r.explanation, /^the same-day cap \(art\. 5\.4\) is earlier than 4 hours of Werkdag \(art\. 5\.2\)/);
        assert.deepEqual(r.candidates.map((c) => fmt(c.deadline)), ['2026-11-10T10:00:00+01:00', '2026-11-09T17:00:00+01:00']);
    });

    it('marks which conditional clause applies and why', () => {
        const r = computeDeadlines(avetica, 'P2', at('2026-11-07T10:00')).response;
        assert.deepEqual(r.candidates.map((c) => c.applies), [false, true]);
        assert.equal(r.candidates[0].deadline, null);
        assert.match(r.candidates[0].reason, /outside Werkdag.*for reports inside Werkdag/);
        assert.match(r.explanation, /^8 hours around the clock \(art\. 6\.2\) applies/);
    });

    it('says "no response clause" and "by agreement"', () => {
        assert.equal(computeDeadlines(avetica, 'P4', at('2026-11-09T10:00')).response.explanation, 'no response clause');
        assert.match(computeDeadlines(avetica, 'P3', at('2026-11-09T10:00')).resolution.explanation, /^by agreement \(art\. 7\.2\)/);
        assert.match(computeDeadlines(avetica, 'P9', at('2026-11-09T10:00')).response.explanation, /unknown priority "P9"/);
    });

    it('counts working days after the actual response', () => {
        const r = computeDeadlines(avetica, 'P2', at('2026-11-09T10:00'), { responded: at('2026-11-09T11:00') }).resolution;
        assert.equal(fmt(r.deadline), '2026-11-11T11:00:00+01:00');
        assert.doesNotMatch(r.explanation, /response deadline/);
    });

    it('falls back to the response deadline when no response moment is given, and says so', () => {
        const r = computeDeadlines(avetica, 'P2', at('2026-11-09T10:00')).resolution;
        assert.equal(fmt(r.deadline), '2026-11-11T12:00:00+01:00');
        assert.match(r.explanation, /counted from the response deadline 2026-11-09T12:00:00\+01:00/);
    });

    it('reports an undefined calendar instead of guessing', () => {
        const broken = contract([priority('P1', 0, [clock('response', hours(1, 'Kantooruren'))])]);
        const r = computeDeadlines(broken, 'P1', at('2026-11-09T10:00')).response;
        assert.equal(r.deadline, null);
        assert.match(r.explanation, /calendar Kantooruren is not defined/);
    });
});

describe('deadlines: paused clocks', () => {
    const pause = (from: string, to: string) => ({ from: at(from), to: at(to) });
    it('a business-time pause moves the deadline by its business minutes', () => {
        const r = computeDeadlines(avetica, 'P1', at('2026-11-09T09:00'), { paused: [pause('2026-11-09T10:00', '2026-11-09T11:00')] });
        assert.equal(fmt(r.resolution.deadline), '2026-11-09T14:00:00+01:00');
    });
    it('a pause over the night counts only its business minutes (Mon 12:00 - Tue 10:00 = 6 hours); the same-day cap does not move', () => {
        const r = computeDeadlines(avetica, 'P1', at('2026-11-09T09:00'), { paused: [pause('2026-11-09T12:00', '2026-11-10T10:00')] }).resolution;
        // 4 hours of Werkdag stand still for 6 business hours: Tue 11:00 ...
        assert.equal(fmt(r.candidates.find((c) => c.clause.article === 'art. 5.2')!.deadline), '2026-11-10T11:00:00+01:00');
        // ... but the same-day cap is the end of Monday's hours, paused or not, and wins.
        assert.equal(fmt(r.deadline), '2026-11-09T17:00:00+01:00');
        assert.equal(r.clause?.article, 'art. 5.4');
        assert.doesNotMatch(r.explanation, /paused/);
        const no = computeDeadlines(avetica, 'P1', at('2026-11-09T14:00'), {}).resolution;
        const paused = computeDeadlines(avetica, 'P1', at('2026-11-09T14:00'), { paused: [pause('2026-11-09T14:30', '2026-11-09T16:30')] }).resolution;
        assert.equal(fmt(no.deadline), '2026-11-09T17:00:00+01:00');
        assert.equal(fmt(paused.deadline), '2026-11-09T17:00:00+01:00');
    });
    it('a pause over midnight does not move a same-day cap of a night calendar into the next day', () => {
        const nightly: CalendarModel = {
            name: 'Nacht', span, holidays: [], closed: [],
            weekly: [[], ...[1, 2, 3, 4, 5, 6, 7].map(() => [{ from: 0, to: 120 }, { from: 1320, to: 1440 }])],
        };
        const c = contract([priority('N', 0, [
            clock('resolution', { type: 'within', duration: { amount: 3, unit: 'hour', minutes: 180 }, basis: { type: 'calendar', calendar: 'Nacht' }, from: 'reported' }, 'art. 1'),
            clock('resolution', { type: 'same-day', calendar: 'Nacht' }, 'art. 2'),
        ])], [nightly]);
        for (const reported of ['2026-11-09T23:59', '2026-11-10T00:01']) {
            const r = computeDeadlines(c, 'N', at(reported), { paused: [pause('2026-11-10T00:30', '2026-11-10T01:30')] }).resolution;
            assert.equal(fmt(r.deadline), '2026-11-10T02:00:00+01:00', reported);
            assert.equal(r.clause?.article, 'art. 2');
        }
    });
    it('around the clock, pauses count every minute; pauses before the report or after the deadline do not', () => {
        const r = computeDeadlines(avetica, 'P3', at('2026-11-09T10:00'), {
            paused: [pause('2026-11-09T08:00', '2026-11-09T09:30'), pause('2026-11-09T12:00', '2026-11-09T14:00'),
                pause('2026-11-09T13:00', '2026-11-09T14:30'), pause('2026-11-11T10:00', '2026-11-11T11:00')],
        });
        assert.equal(fmt(r.response.deadline), '2026-11-10T12:30:00+01:00');
    });
});
