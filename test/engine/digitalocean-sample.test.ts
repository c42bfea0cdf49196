/**
 * The DigitalOcean sample over its 2026 outage log, figures worked out by hand from the
 * log's rows (UTC; March, May, July, October and December have 44,640 minutes, February
 * 40,320, April, June, September and November 43,200).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseIncidentLog } from '../../language-server/src/engine/incident-log.js';
import { simulate } from '../../language-server/src/engine/simulate.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import { modelOf } from '../support/sla.js';

const SAMPLE = readFileSync('samples/digitalocean-droplets.sla', 'utf8');
const LOG = readFileSync('samples/digitalocean-droplets-2026.csv', 'utf8');

describe('sample: DigitalOcean services over 2026', () => {
    it('Droplets: credits of 48 USD in March, May, November and December; January and July stay within 99.99%', async () => {
        const m = await modelOf(SAMPLE);
        const { incidents, errors } = parseIncidentLog(LOG, 'log.csv', 'csv', m);
        assert.deepEqual(errors, []);
        const sim = simulate(m, incidents, { from: '2026-01', to: '2026-12' });
        const d = sim.services!.find((s) => s.service === 'Droplets')!;
        // Jan 3 min: 44,637 / 44,640 = 99.99328% met; Jul 4 min: 44,636 / 44,640 = 99.99104% met.
        // Mar 29 min (the customer's 90 minutes and January's maintenance not counted), May 45, Nov 20, Dec 10: missed.
        assert.deepEqual(d.remedies.filter((x) => x.due).map((x) => [x.period, x.amount]),
            [['2026-03', 48], ['2026-05', 48], ['2026-11', 48], ['2026-12', 48]]);
        assert.deepEqual(d.periods.map((p) => p.downtimeMinutes), [3, 0, 29, 0, 45, 0, 4, 0, 0, 0, 20, 10]);
        assert.equal(d.periods[2].excludedMinutes, 90);
        // May: 44,595 / 44,640 = 99.899194%
        assert.equal(d.periods[4].availabilityPercent, 99.899194);
    });

    it('Volumes: lost time at 0.01 USD a minute, on request, claim by the end of the third month after', async () => {
        const m = await modelOf(SAMPLE);
        const sim = simulate(m, parseIncidentLog(LOG, 'log.csv', 'csv', m).incidents, { from: '2026-01', to: '2026-12' });
        const v = sim.services!.find((s) => s.service === 'Volumes')!;
        // Feb 45, May 45 (the regional event over midnight), Aug 180, Oct 30 (maintenance: Volumes exclude none), Dec 10 minutes.
        assert.deepEqual(v.remedies.map((x) => [x.period, x.amount, x.claimBy, x.onRequest]), [
            ['2026-02', 0.45, '2026-05-31T23:59:59+00:00', true],
            ['2026-05', 0.45, '2026-08-31T23:59:59+00:00', true],
            ['2026-08', 1.8, '2026-11-30T23:59:59+00:00', true],
            ['2026-10', 0.3, '2027-01-31T23:59:59+00:00', true],
            ['2026-12', 0.1, '2027-03-31T23:59:59+00:00', true],
        ]);
        // Kubernetes (18, 20 and 10 minutes) and Marketplace (420 of 432 allowed minutes) meet their guarantees.
        for (const name of ['Kubernetes HA control plane', 'Marketplace']) {
            assert.ok(sim.services!.find((s) => s.service === name)!.periods.every((p) => p.guaranteeMet), name);
        }
    });

    it('every scenario of the sample holds, and June\'s Volumes credit is claimed by 30 September', async () => {
        const m = await modelOf(SAMPLE);
        for (const s of m.scenarios) {
            const r = runScenario(m, s);
            for (const x of r.expectations) assert.ok(x.passed, `${s.name}: ${x.actual}`);
        }
        const june = runScenario(m, m.scenarios[3]).simulation.services!.find((s) => s.service === 'Volumes')!;
        assert.equal(june.remedies[0].claimBy, '2026-09-30T23:59:59+00:00');
    });
});
