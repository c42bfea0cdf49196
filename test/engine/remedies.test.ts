import assert from 'node:assert/strict';
import type { AvailabilityRow } from '../../language-server/src/engine/availability.js';
import { periodsBetween } from '../../language-server/src/engine/periods.js';
import { evaluateRemedies, inBand, type RemedyInputs } from '../../language-server/src/engine/remedies.js';
import { parseLocal } from '../../language-server/src/engine/time.js';
import type { CompensationBand, ContractModel } from '../../language-server/src/model/types.js';
import { avetica, klikWithRemedies } from './fixtures.js';

const AMS = 'Europe/Amsterdam';
const t = (s: string) => parseLocal(s, AMS) as number;

/** Availability rows with the given percentages, one per period, judged against `guarantee` (percent). */
function rows(period: 'month' | 'quarter', from: string, to: string, percents: number[], guarantee: number): AvailabilityRow[] {
    return periodsBetween(from, to, period, AMS).map((p, i) => {
        const scheduled = (p.end - p.start) / 60000;
        const percent = percents[i] ?? 100;
        return {
            period: p.label, start: p.start, end: p.end, scheduledMinutes: scheduled,
            downtimeMinutes: scheduled * (1 - percent / 100), excludedMinutes: 0, excludedByReason: {},
            availabilityPercent: percent, guaranteePercent: guarantee, guaranteeMet: percent >= guarantee, targetMet: null,
            budgetMinutes: null, budgetLeftMinutes: null, incidents: percent < 100 ? [`i-${p.label}`] : [], excludedIncidents: [], explanation: '',
        };
    });
}
const inputs = (availability: AvailabilityRow[], extra: Partial<RemedyInputs> = {}): RemedyInputs =>
    ({ zone: AMS, misses: [], availability, compliance: [], ...extra });

describe('remedies: compensation bands', () => {
    const [twenty, forty] = (avetica().remedyGroups[1].remedies[1] as { bands: CompensationBand[] }).bands;

    it('Avetica "95 tot 99,92%" → 20% and "90 tot 95%" → 40%, lower bounds inclusive', () => {
        assert.equal(inBand(0.95, twenty), true);
        assert.equal(inBand(0.95, forty), false);
        assert.equal(inBand(0.9491, forty), true);
        assert.equal(inBand(0.9991, twenty), true);
        assert.equal(inBand(0.9992, twenty), false);
        assert.equal(inBand(0.9, forty), true);
        assert.equal(inBand(0.8999, forty), false);
    });

    it('exactly 95% lands where the bounds say: exclusive lower of 20%, inclusive upper of 40% → 40%', () => {
        const up: CompensationBand = { ...twenty, lower: { value: 0.95, inclusive: false } };
        const down: CompensationBand = { ...forty, upper: { value: 0.95, inclusive: true } };
        assert.equal(inBand(0.95, up), false);
        assert.equal(inBand(0.95, down), true);
        // 95/100 computed from minutes still counts as on the bound.
        assert.equal(inBand(((43200 - 2160) / 43200 * 100) / 100, down), true);
    });
});

describe('remedies: Avetica availability (art. 11)', () => {
    it('gives compensation only from the 2nd warning, counted over the contract', () => {
        const items = evaluateRemedies(avetica(), inputs(rows('quarter', '2026-01', '2026-12', [99.9, 100, 96, 95], 99.92)));
        const summary = items.map((i) => [i.period, i.kind, i.percent]);
        assert.deepEqual(summary, [
            ['2026-Q1', 'warning', undefined],
            ['2026-Q3', 'warning', undefined],
            ['2026-Q3', 'compensation', 20],
            ['2026-Q4', 'warning', undefined],
            ['2026-Q4', 'compensation', 20],
        ]);
        assert.equal(items[0].clause, 'remedies Availability, art. 11.2');
        assert.match(items[0].because, /availability 99\.9% in 2026-Q1 is below the guarantee 99\.92%.*warning 1 of Availability counted over the contract, compensation from warning 2/);
        assert.match(items[2].because, /lies in band from 95% below 99\.92% → 20%: 20% of the monthly fee/);
        assert.deepEqual(items[2].incidents, ['i-2026-Q3']);
    });

    it('says so when availability lies outside all bands', () => {
        const items = evaluateRemedies(avetica(), inputs(rows('quarter', '2026-01', '2026-06', [99, 85], 99.92)));
        const comp = items.find((i) => i.kind === 'compensation')!;
        assert.equal(comp.due, false);
        assert.equal(comp.percent, 0);
        assert.match(comp.because, /availability 85% lies in no band .*: no compensation/);
    });
});

describe('remedies: termination right (6 compensations in a calendar year)', () => {
    it('arises with the 6th compensation of a year, not before', () => {
        const c: ContractModel = klikWithRemedies();
        // Seven months under 99%: warnings Jan..Jul, compensations Feb..Jul (six).
        const seven = evaluateRemedies(c, inputs(rows('month', '2026-01', '2026-12', [98, 98, 97, 96, 98, 98, 94], 99)));
        assert.equal(seven.filter((i) => i.kind === 'compensation').length, 6);
        assert.deepEqual(seven.filter((i) => i.kind === 'compensation').map((i) => i.percent), [20, 20, 20, 20, 20, 40]);
        const term = seven.filter((i) => i.kind === 'termination-right');
        assert.equal(term.length, 1);
        assert.equal(term[0].period, '2026');
        assert.equal(term[0].at, t('2026-08-01 00:00') - 1);
        assert.match(term[0].because, /6 compensations in 2026 .*periods 2026-02, 2026-03, 2026-04, 2026-05, 2026-06, 2026-07/);
        const six = evaluateRemedies(c, inputs(rows('month', '2026-01', '2026-12', [98, 98, 97, 96, 98, 98], 99)));
        assert.equal(six.filter((i) => i.kind === 'termination-right').length, 0);
    });

    it('counts compensations per calendar year, not over twelve rolling months', () => {
        // Misses Aug 2025 .. Mar 2026: seven compensations in eight months, but 4 in 2025 and 3 in 2026.
        const percents = [100, 98, 98, 98, 98, 98, 98, 98, 98, 100];
        const items = evaluateRemedies(klikWithRemedies(), inputs(rows('month', '2025-07', '2026-04', percents, 99)));
        const comps = items.filter((i) => i.kind === 'compensation').map((i) => i.period);
        assert.deepEqual(comps, ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
        assert.equal(items.filter((i) => i.kind === 'termination-right').length, 0);
    });

    it('caps compensation per period', () => {
        const c = klikWithRemedies();
        const comp = c.remedyGroups[0].remedies[1];
        if (comp.type !== 'compensation') throw new Error('fixture');
        comp.cap = { percent: 0.5, per: 'year' };
        const items = evaluateRemedies(c, inputs(rows('month', '2026-01', '2026-04', [94, 94, 94, 94], 99)));
        assert.deepEqual(items.filter((i) => i.kind === 'compensation').map((i) => [i.percent, i.due]), [[40, true], [10, true], [0, false]]);
    });
});

describe('remedies: Avetica response times (art. 6)', () => {
    it('warns for each missed response and asks a proposal after two in one month', () => {
        const misses = [
            { id: '1', priority: 'P1', clock: 'response' as const, deadline: t('2026-11-09 09:30'), actual: t('2026-11-09 09:40') },
            { id: '2', priority: 'P2', clock: 'response' as const, deadline: t('2026-11-20 12:00') },
            { id: '3', priority: 'P1', clock: 'response' as const, deadline: t('2026-12-01 10:00'), actual: t('2026-12-01 11:00') },
            { id: '4', priority: 'P1', clock: 'resolution' as const, deadline: t('2026-11-02 10:00'), actual: t('2026-11-02 11:00') },
        ];
        const items = evaluateRemedies(avetica(), inputs([], { misses }));
        assert.deepEqual(items.map((i) => [i.period, i.kind, i.incidents.join()]), [
            ['2026-11', 'warning', '1'],
            ['2026-11', 'warning', '2'],
            ['2026-11', 'improvement-proposal', '1,2'],
            ['2026-12', 'warning', '3'],
        ]);
        assert.equal(items[0].because, 'response deadline missed: incident 1 (P1): response due 2026-11-09T09:30:00+01:00, given 2026-11-09T09:40:00+01:00');
        assert.equal(items[2].clause, 'remedies Response, art. 6.3');
    });

    it('gives at most one warning per period when the contract says so', () => {
        const c = avetica();
        const w = c.remedyGroups[0].remedies[0];
        if (w.type !== 'warning') throw new Error('fixture');
        w.per = 'month';
        const misses = ['2026-11-09 09:30', '2026-11-20 12:00'].map((d, i) => ({ id: String(i + 1), priority: 'P1', clock: 'response' as const, deadline: t(d) }));
        const items = evaluateRemedies(c, inputs([], { misses }));
        assert.deepEqual(items.map((i) => [i.kind, i.incidents.join()]), [['warning', '1,2']]);
    });
});
