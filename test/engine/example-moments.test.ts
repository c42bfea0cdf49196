import assert from 'node:assert/strict';
import { exampleMoments } from '../../language-server/src/engine/example-moments.js';
import { avetica } from './fixtures.js';

const locals = (now: string, contract = avetica()) => exampleMoments(contract, Date.parse(now)).map((m) => [m.label, m.local]);

describe('exampleMoments', () => {
    it('picks the next weekday morning, Friday afternoon, Saturday and the afternoon before the next holiday', () => {
        assert.deepEqual(locals('2026-03-04T12:00:00+01:00'), [
            ['next weekday morning (Thursday)', '2026-03-05 10:00'],
            ['next Friday afternoon', '2026-03-06 16:30'],
            ['next Saturday', '2026-03-07 11:00'],
            ['the afternoon before Easter Sunday', '2026-04-04 16:00'],
        ]);
    });

    it('skips a public holiday for the weekday morning (King\'s Day, Monday 27 April 2026)', () => {
        const m = exampleMoments(avetica(), Date.parse('2026-04-24T09:00:00+02:00'));
        assert.equal(m[0].local, '2026-04-28 10:00');
        assert.equal(m[3].holiday, "King's Day");
        assert.equal(m[3].local, '2026-04-26 16:00');
    });

    it('"next" means a later day: on a Friday, next Friday is a week later', () => {
        const m = exampleMoments(avetica(), Date.parse('2026-03-06T08:00:00+01:00'));
        assert.equal(m[1].local, '2026-03-13 16:30');
    });

    it('skips a holiday whose afternoon before has passed, across the year end', () => {
        const m = exampleMoments(avetica(), Date.parse('2026-12-31T23:30:00+01:00'));
        assert.deepEqual(m.map((x) => x.local), ['2027-01-04 10:00', '2027-01-01 16:30', '2027-01-02 11:00', '2027-03-27 16:00']);
    });

    it('gives instants in the contract zone, all after now (summer time)', () => {
        const now = Date.parse('2026-06-10T12:00:00Z');
        const m = exampleMoments(avetica(), now);
        assert.equal(m[0].at, Date.parse('2026-06-11T10:00:00+02:00'));
        for (const x of m) assert.ok(x.at > now, x.label);
    });

    it('has no holiday row without holiday rules', () => {
        const c = avetica();
        c.calendars = c.calendars.map((cal) => ({ ...cal, holidays: [] }));
        assert.deepEqual(exampleMoments(c, Date.parse('2026-03-04T12:00:00+01:00')).map((m) => m.label),
            ['next weekday morning (Thursday)', 'next Friday afternoon', 'next Saturday']);
    });
});
