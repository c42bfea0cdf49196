/**
 * More clock milestones: acknowledgement, start of work, workaround; clocks after any
 * milestone; "immediately"; targets; clocks judged by their share. Values by hand, in
 * Europe/Amsterdam (CET +01:00 in November).
 */
import assert from 'node:assert/strict';
import { computeDeadlines } from '../../language-server/src/engine/deadlines.js';
import { parseIncidentLog } from '../../language-server/src/engine/incident-log.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import { simulate } from '../../language-server/src/engine/simulate.js';
import { formatInZone, parseLocal } from '../../language-server/src/engine/time.js';
import type { ContractModel } from '../../language-server/src/model/types.js';
import { formatSimulation } from '../../language-server/src/render/simulation-text.js';
import { modelOf } from '../support/sla.js';

const AMS = 'Europe/Amsterdam';
const at = (local: string) => parseLocal(local, AMS) as number;
const show = (t: number | null) => (t === null ? null : formatInZone(t, AMS));

const CONTRACT = `contract "Milestones" {
  time zone "Europe/Amsterdam"
  calendar Kantooruren {
    Monday to Friday 09:00 to 17:00
    closed on public holidays of NL
  }
  calendar Servicedesk { Monday to Friday 08:00 to 18:00 }
  priority P1 {
    acknowledgement within 15 minutes around the clock after reported [art. 1]
    response within 1 hour of Servicedesk after reported as a target [art. 2]
    response within 4 hours of Kantooruren after reported [art. 2]
    start of work within 1 hour of Kantooruren after acknowledgement [art. 3]
    workaround within 4 hours around the clock after reported [art. 4]
    resolution within 2 working days of Kantooruren after workaround [art. 5]
    resolution within 8 hours of Kantooruren after reported in at least 90% of incidents per month [art. 6]
  }
  priority P2 {
    acknowledgement immediately
    response immediately during Kantooruren
    resolution within 3 working days of Kantooruren after reported
  }
  remedies {
    warning for each missed acknowledgement deadline
    warning for each missed response deadline
    warning when the resolution compliance target is missed in a month
  }
}`;

const HEADER = 'id,priority,reported,acknowledged,responded,work_started,workaround,resolved';

function run(contract: ContractModel, rows: string[], from = '2026-11', to = '2026-11') {
    const { incidents, errors } = parseIncidentLog([HEADER, ...rows].join('\n'), 'log.csv', 'csv', contract);
    assert.deepEqual(errors, []);
    return simulate(contract, incidents, { from, to });
}

describe('clock milestones', () => {
    let model: ContractModel;
    before(async () => { model = await modelOf(CONTRACT); });

    it('reads every milestone, its start, target and share into the model', () => {
        const p1 = model.priorities[0];
        assert.deepEqual(p1.clocks.map((c) => [c.kind, c.rule.type === 'within' ? c.rule.from : '-', !!c.target, c.share ?? null]), [
            ['acknowledgement', 'reported', false, null],
            ['response', 'reported', true, null],
            ['response', 'reported', false, null],
            ['start-of-work', 'acknowledged', false, null],
            ['workaround', 'reported', false, null],
            ['resolution', 'worked-around', false, null],
            ['resolution', 'reported', false, { atLeast: 0.9, period: 'month' }],
        ]);
    });

    it('Friday 16:30: a deadline per milestone, each from its own start', () => {
        const d = computeDeadlines(model, 'P1', at('2026-11-06 16:30'), {
            acknowledged: at('2026-11-06 16:50'), workaround: at('2026-11-06 20:00'),
        });
        // The response commitment: 30 min on Friday, 3h30 from Monday 09:00.
        assert.equal(show(d.response.deadline), '2026-11-09T12:30:00+01:00');
        // The resolution commitment counts from the workaround: Friday 20:00 is after hours,
        // so from Monday 09:00 two open days on: Wednesday 09:00.
        assert.equal(show(d.resolution.deadline), '2026-11-11T09:00:00+01:00');
        const others = Object.fromEntries(d.others!.map((o) => [`${o.milestone} ${o.standing}`, show(o.result.deadline)]));
        assert.deepEqual(others, {
            'acknowledgement commitment': '2026-11-06T16:45:00+01:00',
            // From the actual acknowledgement 16:50: 10 min on Friday, 50 on Monday.
            'start-of-work commitment': '2026-11-09T09:50:00+01:00',
            'workaround commitment': '2026-11-06T20:30:00+01:00',
            // Servicedesk is open to 18:00.
            'response target': '2026-11-06T17:30:00+01:00',
            // 30 min Friday + 7h30 Monday.
            'resolution share': '2026-11-09T16:30:00+01:00',
        });
    });

    it('a clock after a milestone that was not logged has no deadline, and says why', () => {
        const d = computeDeadlines(model, 'P1', at('2026-11-06 16:30'));
        const start = d.others!.find((o) => o.milestone === 'start-of-work')!;
        assert.equal(start.result.deadline, null);
        assert.match(start.result.explanation, /no acknowledgement moment known/);
        assert.equal(d.resolution.deadline, null);
        assert.match(d.resolution.explanation, /no workaround moment known/);
    });

    it('acknowledgement over the autumn DST change counts elapsed minutes', () => {
        // 02:50 in the overlap is the first one (+02:00); 15 minutes later is 02:05 +01:00.
        const d = computeDeadlines(model, 'P1', at('2026-10-25 02:50'));
        assert.equal(show(d.others!.find((o) => o.milestone === 'acknowledgement')!.result.deadline), '2026-10-25T02:05:00+01:00');
    });

    describe('immediately', () => {
        const p2 = (local: string) => computeDeadlines(model, 'P2', at(local));
        const ack = (local: string) => show(p2(local).others!.find((o) => o.milestone === 'acknowledgement')!.result.deadline);
        it('around the clock: the report moment itself', () => {
            assert.equal(ack('2026-11-07 03:12'), '2026-11-07T03:12:00+01:00');
        });
        it('during a calendar: the report while it is open, else its next opening', () => {
            assert.equal(show(p2('2026-11-06 16:59').response.deadline), '2026-11-06T16:59:00+01:00');
            // At closing time the calendar is closed (hours are half-open): Monday's opening.
            assert.equal(show(p2('2026-11-06 17:00').response.deadline), '2026-11-09T09:00:00+01:00');
            // Christmas Day and Boxing Day 2026 are Friday and Saturday: Monday 28 December.
            assert.equal(show(p2('2026-12-24 17:30').response.deadline), '2026-12-28T09:00:00+01:00');
            assert.match(p2('2026-11-06 17:00').response.explanation, /^immediately during Kantooruren applies/);
        });
    });

    describe('simulation', () => {
        const row = '1,P1,2026-11-06 16:30,2026-11-06 16:50,2026-11-09 09:10,2026-11-09 09:30,2026-11-06 20:00,2026-11-10 10:00';
        let r: ReturnType<typeof simulate>;
        before(() => { r = run(model, [row]); });

        it('judges each milestone in the rows', () => {
            assert.deepEqual(r.incidents[0].milestones!.map((m) => [m.milestone, m.standing, m.deadline, m.met]), [
                ['acknowledgement', 'commitment', '2026-11-06T16:45:00+01:00', false],
                ['start-of-work', 'commitment', '2026-11-09T09:50:00+01:00', true],
                ['workaround', 'commitment', '2026-11-06T20:30:00+01:00', true],
                ['response', 'target', '2026-11-06T17:30:00+01:00', false],
                ['resolution', 'share', '2026-11-09T16:30:00+01:00', false],
            ]);
            assert.equal(r.incidents[0].responseMet, true);
            assert.equal(r.incidents[0].resolutionMet, true);
        });

        it('a missed commitment gives its warning; a missed target and a missed share clock do not', () => {
            const warnings = r.remedies.filter((m) => m.kind === 'warning');
            assert.deepEqual(warnings.map((w) => w.because), [
                'acknowledgement deadline missed: incident 1 (P1): acknowledgement due 2026-11-06T16:45:00+01:00, given 2026-11-06T16:50:00+01:00',
                // The missed response target (17:30) gives nothing; the share clock is judged for the month, like compliance.
                'resolution times met in 0 of 1 incidents in 2026-11 (0%), below 90%; missed: 1',
            ]);
            assert.deepEqual(r.compliance.map((c) => [c.period, c.clock, c.total, c.inTime, c.met]), [['2026-11', 'resolution', 1, 0, false]]);
        });

        it('prints each milestone in the text report', () => {
            const text = formatSimulation(r);
            assert.match(text, /acknowledgement by 2026-11-06T16:45:00\+01:00 MISSED/);
            assert.match(text, /response \(target\) by 2026-11-06T17:30:00\+01:00 missed/);
            assert.match(text, /start of work by 2026-11-09T09:50:00\+01:00 met/);
        });

        it('leaves rows of contracts without new clocks as they were', async () => {
            const plain = await modelOf(CONTRACT.replace(/priority P1 \{[\s\S]*?\n {2}\}\n/, ''));
            const s = run(plain, ['2,P2,2026-11-06 16:30,,2026-11-06 16:40,,,']);
            assert.equal('milestones' in s.incidents[0], true); // P2 has an acknowledgement clock
            const none = await modelOf(CONTRACT.replace(/priority P1 \{[\s\S]*?\n {2}\}\n/, '').replace('acknowledgement immediately', ''));
            assert.equal('milestones' in run(none, ['2,P2,2026-11-06 16:30,,2026-11-06 16:40,,,']).incidents[0], false);
        });
    });

    describe('the share rule', () => {
        const SHARE = `contract "Share" {
  time zone "Europe/Amsterdam"
  priority P1 {
    response within 1 hour around the clock after reported
    resolution within 8 hours around the clock after reported in at least 90% of incidents per month
    resolution within 2 hours around the clock after reported as a target
  }
  remedies {
    warning for each missed resolution deadline
    warning when the resolution compliance target is missed in a month
  }
}`;
        // Ten incidents on 2 November; the first `late` resolved after 8 hours.
        const rows = (late: number) => Array.from({ length: 10 }, (_, i) =>
            `${i + 1},P1,2026-11-02 10:00,,2026-11-02 10:30,,,${i < late ? '2026-11-02 18:01' : '2026-11-02 17:59'}`);

        it('exactly 90% in time meets it, and the single miss is no breach', async () => {
            const r = run(await modelOf(SHARE), rows(1));
            assert.deepEqual(r.compliance.map((c) => [c.period, c.total, c.inTime, c.sharePercent, c.met]), [['2026-11', 10, 9, 90, true]]);
            assert.deepEqual(r.remedies, []);
            // The target (2 hours) was missed by every incident: reported, no remedy.
            assert.equal(r.incidents[0].milestones!.find((m) => m.standing === 'target')!.met, false);
        });

        it('80% misses it: one warning for the month, none per incident', async () => {
            const r = run(await modelOf(SHARE), rows(2));
            assert.deepEqual(r.compliance.map((c) => [c.inTime, c.met]), [[8, false]]);
            assert.deepEqual(r.remedies.map((m) => [m.kind, m.period, m.incidents]), [['warning', '2026-11', ['1', '2']]]);
        });

        it('a share clock as a target is reported but gives no remedy', async () => {
            const model = await modelOf(SHARE.replace('per month\n', 'per month as a target\n'));
            const r = run(model, rows(5));
            assert.deepEqual(r.compliance.map((c) => [c.met, c.target]), [[false, true]]);
            assert.deepEqual(r.remedies, []);
        });
    });

    it('scenarios log every milestone and expect on it', async () => {
        const text = CONTRACT.replace(/\n}$/, `
  scenario "Milestones" in 2026-11 {
    incident 1 P1 reported 2026-11-06 16:30 acknowledged 16:50 responded 2026-11-09 09:10 work started 09:30 workaround 2026-11-06 20:00 resolved 2026-11-10 10:00
    expect acknowledgement missed for incident 1
    expect start of work met for incident 1
    expect workaround met for incident 1
    expect response met for incident 1
    expect resolution met for incident 1
    expect warning in 2026-11
  }
}`);
        const m = await modelOf(text);
        const result = runScenario(m, m.scenarios[0]);
        assert.deepEqual(result.errors, []);
        assert.deepEqual(result.expectations.map((e) => [e.passed, e.actual]), [
            [true, 'acknowledgement of incident 1 was missed (due 2026-11-06T16:45:00+01:00)'],
            [true, 'start of work of incident 1 was met (due 2026-11-09T09:50:00+01:00)'],
            [true, 'workaround of incident 1 was met (due 2026-11-06T20:30:00+01:00)'],
            [true, 'response of incident 1 was met (due 2026-11-09T12:30:00+01:00)'],
            [true, 'resolution of incident 1 was met (due 2026-11-11T09:00:00+01:00)'],
            [true, 'warning in 2026-11, warning in 2026-11'],
        ]);
    });

    it('a credit per missed workaround deadline; a missed workaround target gives none', async () => {
        const m = await modelOf(`contract "C" {
  time zone "Europe/Amsterdam"
  currency EUR
  priority P1 {
    response within 1 hour around the clock after reported
    workaround within 4 hours around the clock after reported
    workaround within 1 hour around the clock after reported (target)
  }
  remedies {
    credit 50 EUR per incident of P1 when the workaround deadline is missed
  }
}`);
        const r = run(m, [
            '1,P1,2026-11-02 10:00,,2026-11-02 10:30,,2026-11-02 14:00,',
            '2,P1,2026-11-03 10:00,,2026-11-03 10:30,,2026-11-03 14:01,',
        ]);
        assert.deepEqual(r.remedies.map((x) => [x.kind, x.amount, x.incidents]), [['credit', 50, ['2']]]);
        // Both missed the 1-hour target: reported only.
        assert.deepEqual(r.incidents.map((i) => i.milestones!.map((x) => [x.standing, x.met])), [
            [['commitment', true], ['target', false]], [['commitment', false], ['target', false]],
        ]);
    });

    it('a log with a milestone before the report is refused, with the column', () => {
        const { errors } = parseIncidentLog([HEADER, '1,P1,2026-11-02 10:00,2026-11-02 09:59,,,,'].join('\n'), 'log.csv', 'csv', model);
        assert.deepEqual(errors.map((e) => [e.field, e.message]), [['acknowledged', 'acknowledged is before reported']]);
    });
});
