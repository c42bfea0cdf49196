import assert from 'node:assert/strict';
import { computeAvailability } from '../../language-server/src/engine/availability.js';
import type { Incident } from '../../language-server/src/engine/incident-log.js';
import { periodsBetween } from '../../language-server/src/engine/periods.js';
import { parseLocal } from '../../language-server/src/engine/time.js';
import type { ContractModel, DowntimeKind } from '../../language-server/src/model/types.js';
import { avetica, klik } from './fixtures.js';

const AMS = 'Europe/Amsterdam';
const t = (s: string) => parseLocal(s, AMS) as number;
function down(id: string, from: string, to: string, kind: DowntimeKind = 'incident', announced?: string): Incident {
    return { id, kind, downFrom: t(from), downTo: t(to), paused: [], announced: announced ? t(announced) : undefined };
}
function months(c: ContractModel, incidents: Incident[], from: string, to = from) {
    return computeAvailability(c, incidents, periodsBetween(from, to, 'month', AMS), AMS);
}

describe('availability (Klik: 99% guaranteed, 99.9% aimed at, per month)', () => {
    it('splits an outage across a month end between the two months', () => {
        const [oct, nov] = months(klik(), [down('1', '2026-10-31 23:00', '2026-11-01 01:30')], '2026-10', '2026-11');
        assert.equal(oct.scheduledMinutes, 31 * 1440 + 60); // October has the extra DST hour
        assert.equal(oct.downtimeMinutes, 60);
        assert.equal(nov.scheduledMinutes, 43200);
        assert.equal(nov.downtimeMinutes, 90);
        assert.deepEqual(nov.incidents, ['1']);
    });

    it('counts overlapping outages once', () => {
        const [nov] = months(klik(), [down('a', '2026-11-03 10:00', '2026-11-03 11:00'), down('b', '2026-11-03 10:30', '2026-11-03 12:00')], '2026-11');
        assert.equal(nov.downtimeMinutes, 120);
        assert.deepEqual(nov.incidents, ['a', 'b']);
    });

    it('excludes planned maintenance inside the Friday 22:00-24:00 window and counts the overrun', () => {
        // Friday 13 November 2026, announced twelve days before.
        const m = down('m1', '2026-11-13 22:00', '2026-11-14 00:30', 'planned-maintenance', '2026-11-01 12:00');
        const [nov] = months(klik(), [m], '2026-11');
        assert.equal(nov.downtimeMinutes, 30);
        assert.equal(nov.excludedMinutes, 120);
        assert.deepEqual(nov.excludedByReason, { 'planned-maintenance': 120 });
        assert.deepEqual(nov.incidents, ['m1']);
        assert.match(nov.explanation, /30 min outside the planned maintenance window count \(art\. 4\.2\)/);
    });

    it('counts maintenance announced late (notice 2 days) or not at all', () => {
        const late = down('m2', '2026-11-13 22:00', '2026-11-13 22:20', 'planned-maintenance', '2026-11-12 12:00');
        const never = down('m3', '2026-11-20 22:00', '2026-11-20 22:10', 'planned-maintenance');
        const [nov] = months(klik(), [late, never], '2026-11');
        assert.equal(nov.downtimeMinutes, 30);
        assert.equal(nov.excludedMinutes, 0);
        assert.match(nov.explanation, /m2 was announced later than 2 days before the start/);
    });

    it('counts maintenance of a kind outside its own window (urgent on a Saturday)', () => {
        const m = down('u1', '2026-11-14 22:00', '2026-11-14 23:00', 'urgent-maintenance', '2026-11-14 21:00');
        const [nov] = months(klik(), [m], '2026-11');
        assert.equal(nov.downtimeMinutes, 60);
    });

    it('excludes force majeure, customer-caused and third-party downtime by reason', () => {
        const [nov] = months(klik(), [
            down('f', '2026-11-02 10:00', '2026-11-02 11:00', 'force-majeure'),
            down('c', '2026-11-03 10:00', '2026-11-03 10:30', 'customer-caused'),
            down('x', '2026-11-04 10:00', '2026-11-04 10:15', 'third-party'),
            down('i', '2026-11-02 10:30', '2026-11-02 11:30'),
        ], '2026-11');
        assert.equal(nov.downtimeMinutes, 60);
        // The half hour of force majeure that overlaps incident i counts as downtime, not as excluded.
        assert.deepEqual(nov.excludedByReason, { 'force-majeure': 30, 'customer-caused': 30, 'third-party': 15 });
        assert.equal(nov.excludedMinutes, 75);
        assert.equal(nov.scheduledMinutes, 43200); // excluded time stays scheduled (Avetica art. 10.2)
    });

    it('meets the guarantee at exactly 99% and misses it one minute later', () => {
        // 1% of 43200 November minutes is 432.
        const exactly = months(klik(), [down('1', '2026-11-10 00:00', '2026-11-10 07:12')], '2026-11')[0];
        assert.equal(exactly.downtimeMinutes, 432);
        assert.equal(exactly.availabilityPercent, 99);
        assert.equal(exactly.guaranteeMet, true);
        assert.equal(exactly.targetMet, false);
        assert.ok(Math.abs(exactly.budgetMinutes! - 432) < 1e-9);
        const over = months(klik(), [down('1', '2026-11-10 00:00', '2026-11-10 07:13')], '2026-11')[0];
        assert.equal(over.guaranteeMet, false);
        assert.ok(Math.abs(over.budgetLeftMinutes! + 1) < 1e-9);
    });

    it('meets the 99.9% target with 43.2 minutes down in November', () => {
        const [nov] = months(klik(), [down('1', '2026-11-10 00:00', '2026-11-10T00:43:12')], '2026-11');
        assert.equal(nov.targetMet, true);
    });

    it('measures March 2026 (DST) as 44580 minutes; an outage over the skipped hour is real time', () => {
        const [mar] = months(klik(), [down('1', '2026-03-29 01:30', '2026-03-29 03:30')], '2026-03');
        assert.equal(mar.scheduledMinutes, 44580);
        assert.equal(mar.downtimeMinutes, 60);
        assert.ok(Math.abs(mar.availabilityPercent - (44520 / 44580) * 100) < 1e-12);
    });
});

describe('availability (Avetica: 99.92% per quarter)', () => {
    it('judges the whole quarter and excludes maintenance anywhere, announced or not', () => {
        const c = avetica();
        const rows = computeAvailability(c, [
            down('1', '2026-10-06 10:00', '2026-10-06 11:00'),
            down('2', '2026-12-01 10:00', '2026-12-01 10:50'),
            down('m', '2026-11-01 02:00', '2026-11-01 06:00', 'planned-maintenance'),
            down('c', '2026-11-02 02:00', '2026-11-02 02:10', 'customer-caused'),
        ], periodsBetween('2026-10', '2026-12', 'quarter', AMS), AMS);
        assert.equal(rows.length, 1);
        const q4 = rows[0];
        assert.equal(q4.period, '2026-Q4');
        assert.equal(q4.scheduledMinutes, 44700 + 43200 + 44640);
        assert.equal(q4.downtimeMinutes, 120); // customer-caused is not excluded by this contract
        assert.equal(q4.excludedMinutes, 240);
        assert.equal(q4.targetMet, null);
        // 0.08% of 132540 minutes = 106.032: 120 minutes misses the guarantee.
        assert.ok(Math.abs(q4.budgetMinutes! - 106.032) < 1e-9);
        assert.equal(q4.guaranteeMet, false);
        assert.deepEqual(q4.incidents, ['1', '2', 'c']);
        assert.match(q4.explanation, /c: the contract excludes no customer-caused, so it counts/);
    });

    it('counts only open hours when availability is measured on a calendar', () => {
        const c = avetica();
        c.availability!.measured = { type: 'calendar', calendar: 'Werkdag' };
        const [nov] = months(c, [down('1', '2026-11-06 16:30', '2026-11-06 18:10')], '2026-11');
        assert.equal(nov.scheduledMinutes, 21 * 480); // 21 working days, no holidays in November 2026
        assert.equal(nov.downtimeMinutes, 30);
    });
});
