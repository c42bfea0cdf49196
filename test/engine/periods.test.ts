import assert from 'node:assert/strict';
import {
    MINUTE, mergeIntervals, intersectIntervals, periodAt, periodsBetween, splitAtPeriods, subtractIntervals,
    totalMinutes, weeklyIntervals,
} from '../../language-server/src/engine/periods.js';
import { parseLocal } from '../../language-server/src/engine/time.js';
import { weekly } from './fixtures.js';

const AMS = 'Europe/Amsterdam';
const t = (s: string) => parseLocal(s, AMS) as number;
const minutes = (p: { start: number; end: number }) => (p.end - p.start) / MINUTE;

describe('periods', () => {
    it('lists months with labels and local midnight boundaries', () => {
        const ps = periodsBetween('2026-01', '2026-03', 'month', AMS);
        assert.deepEqual(ps.map((p) => p.label), ['2026-01', '2026-02', '2026-03']);
        assert.equal(ps[0].start, t('2026-01-01 00:00'));
        assert.equal(ps[2].end, t('2026-04-01 00:00'));
    });

    it('March 2026 in Amsterdam is 31 days minus the DST hour: 44580 minutes', () => {
        const [march] = periodsBetween('2026-03', '2026-03', 'month', AMS);
        assert.equal(minutes(march), 31 * 1440 - 60);
        assert.equal(minutes(march), 44580);
    });

    it('October 2026 in Amsterdam is 31 days plus the DST hour', () => {
        const [oct] = periodsBetween('2026-10', '2026-10', 'month', AMS);
        assert.equal(minutes(oct), 31 * 1440 + 60);
    });

    it('quarters and years cover the months whole', () => {
        const qs = periodsBetween('2026-02', '2026-04', 'quarter', AMS);
        assert.deepEqual(qs.map((p) => p.label), ['2026-Q1', '2026-Q2']);
        assert.equal(qs[0].start, t('2026-01-01 00:00'));
        assert.equal(minutes(qs[0]), 90 * 1440 - 60);
        const ys = periodsBetween('2025-12', '2026-01', 'year', AMS);
        assert.deepEqual(ys.map((p) => p.label), ['2025', '2026']);
        assert.equal(minutes(ys[1]), 365 * 1440);
    });

    it('finds the period of a moment in the zone, not in UTC', () => {
        // 2026-01-31T23:30Z is already February in Amsterdam.
        assert.equal(periodAt(Date.parse('2026-01-31T23:30:00Z'), 'month', AMS).label, '2026-02');
        assert.equal(periodAt(Date.parse('2026-03-31T22:30:00Z'), 'quarter', AMS).label, '2026-Q2');
    });

    it('splits an outage across a month end', () => {
        const ps = periodsBetween('2026-01', '2026-02', 'month', AMS);
        const parts = splitAtPeriods([t('2026-01-31 23:00'), t('2026-02-01 01:30')], ps);
        assert.deepEqual(parts.map((p) => [p.label, totalMinutes([p.interval])]), [['2026-01', 60], ['2026-02', 90]]);
    });

    it('merges, intersects and subtracts intervals', () => {
        assert.deepEqual(mergeIntervals([[5, 10], [0, 3], [3, 4], [8, 12]]), [[0, 4], [5, 12]]);
        assert.deepEqual(intersectIntervals([[0, 10], [20, 30]], [[5, 25]]), [[5, 10], [20, 25]]);
        assert.deepEqual(subtractIntervals([[0, 10], [20, 30]], [[2, 4], [8, 22], [29, 40]]), [[0, 2], [4, 8], [22, 29]]);
    });

    it('lays weekly hours on dates, keeping 22:00-24:00 local across DST', () => {
        const w = weekly([5], [{ from: 1320, to: 1440 }]);
        const ivs = weeklyIntervals(w, t('2026-10-19 00:00'), t('2026-11-02 00:00'), AMS);
        assert.deepEqual(ivs, [[t('2026-10-23 22:00'), t('2026-10-24 00:00')], [t('2026-10-30 22:00'), t('2026-10-31 00:00')]]);
        const closed = weeklyIntervals(weekly([1], [{ from: 540, to: 1020 }]), t('2026-11-02 00:00'), t('2026-11-03 00:00'), AMS, { invert: true });
        assert.equal(totalMinutes(closed), 1440 - 480);
    });
});
