import assert from 'node:assert/strict';
import { parseIncidentLog } from '../../language-server/src/engine/incident-log.js';
import { simulate } from '../../language-server/src/engine/simulate.js';
import { formatSimulation } from '../../language-server/src/render/simulation-text.js';
import { avetica, klikWithRemedies } from './fixtures.js';

const HEADER = 'id,priority,reported,responded,resolved,down_from,down_to,kind,announced';

function run(log: string, from: string, to: string, contract = avetica()) {
    const { incidents, errors } = parseIncidentLog([HEADER, ...log.trim().split('\n').map((l) => l.trim())].join('\n'), 't.csv', 'csv', contract);
    assert.deepEqual(errors, []);
    return simulate(contract, incidents, { from, to });
}

describe('simulate: Avetica, a bad November', () => {
    const r = run(`
        1,P1,2026-11-06 16:30,2026-11-09 09:40,2026-11-09 12:00,2026-11-06 16:30,2026-11-06 18:10,,
        m,,,,,2026-11-13 22:00,2026-11-13 22:25,planned-maintenance,`, '2026-11', '2026-11');

    it('computes deadlines in the zone: Friday 16:30 + 1 working hour = Monday 09:30', () => {
        assert.deepEqual(r.incidents[0], {
            ...r.incidents[0],
            id: '1', priority: 'P1', responseDeadline: '2026-11-09T09:30:00+01:00', responseMet: false,
            resolutionDeadline: '2026-11-09T13:40:00+01:00', resolutionMet: true,
        });
        assert.equal(r.incidents[1].responseDeadline, null);
        assert.equal(r.incidents[1].responseMet, null);
    });

    it('judges the whole quarter: 100 of 132540 minutes is 99.9246%, guarantee met', () => {
        assert.equal(r.periods.length, 1);
        const q = r.periods[0];
        assert.deepEqual([q.period, q.scheduledMinutes, q.downtimeMinutes, q.excludedMinutes, q.guaranteeMet, q.targetMet],
            ['2026-Q4', 132540, 100, 25, true, null]);
        assert.equal(q.availabilityPercent, 99.924551);
        assert.match(q.explanation, /covers only part of 2026-Q4/);
    });

    it('warns for the missed response (art. 6.2) and reports compliance', () => {
        assert.deepEqual(r.remedies.map((m) => [m.period, m.kind, m.percent, m.clause]), [['2026-11', 'warning', null, 'remedies Response, art. 6.2']]);
        assert.deepEqual(r.compliance.map((c) => [c.period, c.total, c.inTime, c.met]), [['2026-11..2026-11', 1, 1, true]]);
    });

    it('prints a readable report and JSON with the documented keys', () => {
        const text = formatSimulation(r);
        assert.match(text, /2026-Q4 +99\.9246% +scheduled 132540 min, down 100 min, excluded 25 min +guarantee 99\.92% met/);
        assert.match(text, /1 P1: response by 2026-11-09T09:30:00\+01:00 MISSED/);
        const json = JSON.parse(JSON.stringify(r));
        for (const k of ['period', 'scheduledMinutes', 'downtimeMinutes', 'excludedMinutes', 'availabilityPercent', 'guaranteeMet', 'targetMet']) assert.ok(k in json.periods[0], k);
        for (const k of ['id', 'priority', 'responseDeadline', 'responseMet', 'resolutionDeadline', 'resolutionMet']) assert.ok(k in json.incidents[0], k);
        for (const k of ['period', 'kind', 'percent', 'clause', 'because']) assert.ok(k in json.remedies[0], k);
    });
});

describe('simulate: a year of Avetica availability', () => {
    it('warns per quarter, compensates from the second warning in the band of that quarter', () => {
        // Q1: 120 min down (misses 99.92%); Q3: 7 days down of 132480 min → 92.39%, the 40% band.
        const r = run(`
            a,P1,2026-02-10 10:00,2026-02-10 10:30,2026-02-10 12:00,2026-02-10 10:00,2026-02-10 12:00,,
            b,P2,2026-08-03 00:00,2026-08-03 09:30,2026-08-10 12:00,2026-08-03 00:00,2026-08-10 00:00,,
            c,P1,2026-12-31 23:00,,,2026-12-31 23:00,2027-01-01 01:00,,`, '2026-01', '2026-12');
        assert.deepEqual(r.periods.map((p) => [p.period, p.downtimeMinutes, p.guaranteeMet]),
            [['2026-Q1', 120, false], ['2026-Q2', 0, true], ['2026-Q3', 10080, false], ['2026-Q4', 60, true]]);
        const comp = r.remedies.filter((m) => m.kind === 'compensation');
        assert.deepEqual(comp.map((m) => [m.period, m.percent, m.fee, m.incidents]), [['2026-Q3', 40, 'monthly', ['b']]]);
        assert.match(comp[0].because, /availability warning 2 of Availability counted over the contract; availability 92\.3913% lies in band from 90% below 95% → 40%/);
        // b resolved a week late: no resolution warning in this contract, but compliance misses 90%.
        assert.deepEqual(r.compliance.map((c) => [c.total, c.inTime, c.met]), [[2, 1, false]]);
    });
});

describe('simulate: Klik, a month-end outage', () => {
    it('splits downtime across October (DST, 44700 min) and November', () => {
        const r = run('x,P1,2026-10-31 20:00,,,2026-10-31 20:00,2026-11-01 08:00,,', '2026-10', '2026-11', klikWithRemedies());
        assert.deepEqual(r.periods.map((p) => [p.period, p.scheduledMinutes, p.downtimeMinutes, p.guaranteeMet, p.targetMet]),
            [['2026-10', 44700, 240, true, false], ['2026-11', 43200, 480, false, false]]);
        assert.deepEqual(r.remedies.map((m) => [m.period, m.kind]), [['2026-11', 'warning']]);
    });
});

describe('simulate: deadline texts match formatInZone across DST', () => {
    it('prints the same offsets as time.ts on both sides of the October change', async () => {
        const { formatInZone } = await import('../../language-server/src/engine/time.js');
        const r = run(`
            d1,P1,2026-10-23 16:30,,,,,,
            d2,P2,2026-03-27 10:00,,,,,,`, '2026-03', '2026-10');
        // Rows come in report-time order: d2 (March) before d1 (October).
        const [b, a] = r.incidents;
        assert.deepEqual([b.id, a.id], ['d2', 'd1']);
        assert.equal(a.responseDeadline, '2026-10-26T09:30:00+01:00');
        assert.equal(b.resolutionDeadline, formatInZone(Date.parse(b.resolutionDeadline!), 'Europe/Amsterdam'));
        assert.equal(b.responseDeadline, '2026-03-30T10:00:00+02:00');
    });
});
