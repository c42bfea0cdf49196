import assert from 'node:assert/strict';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import { simulate } from '../../language-server/src/engine/simulate.js';
import { parseIncidentLog, formatLogError } from '../../language-server/src/engine/incident-log.js';
import { formatSimulation } from '../../language-server/src/render/simulation-text.js';
import { modelOf } from '../support/sla.js';

/**
 * A cloud contract in UTC with a top-level guarantee (the contract as a whole) and two
 * services, each with its own guarantee, exclusions, credits and cap. March 2026 has
 * 31 x 1,440 = 44,640 minutes.
 */
export const CLOUD = `contract "Cloud" {
  time zone "UTC"
  currency USD
  fee DropletFee per month amount 48 USD
  fee VolumeFee per month amount 20 USD
  priority P1 { resolution within 4 hours around the clock after reported }
  availability { guaranteed 99.9% per month  measured around the clock }
  service "Droplets" [§ 2] {
    means "virtual machines"
    availability {
      guaranteed 99.99% per month
      measured around the clock
      not counted: planned maintenance
    }
    remedies {
      credit when availability is below the guarantee in a month {
        availability from 99% below 99.99%: 10% of DropletFee
        availability below 99%: 25% of DropletFee
      }
      credit 10% of DropletFee for each 30 minutes of downtime or part thereof
    }
    credits capped at 25% per month
  }
  service "Volumes" {
    availability { guaranteed 99.95% per month  measured around the clock }
    remedies {
      credit 2 USD for each hour of downtime or part thereof, claim within 2 billing cycles after the incident, on request
      credit 5 USD per incident of P1 when resolution is missed
    }
  }
  scenario "March" in 2026-03 {
    outage service "Droplets" id D1 from 2026-03-10 14:02 to 14:31
    maintenance planned service "Droplets" id M1 from 2026-03-20 02:00 to 02:40
    incident V1 P1 service "Volumes" reported 2026-03-11 10:00 resolved 15:00 down from 2026-03-11 10:00 to 11:10
    outage service "Droplets", "Volumes" id R1 from 2026-03-25 23:50 to 2026-03-26 00:20
    // Droplets: D1 29 + R1 30 = 59 min (M1 excluded): 44,581 / 44,640 = 99.867832%
    expect availability of "Droplets" is 99.8678% in 2026-03
    expect availability of "Droplets" below guarantee in 2026-03
    // band 10% of 48 = 4.80 USD; 59 min = 2 started half hours = 20% of 48 = 9.60, cut by the 25% cap to 15% = 7.20
    expect credit 4.80 USD for "Droplets" in 2026-03
    expect credit 7.20 USD for "Droplets" in 2026-03
    expect no credit 9.60 USD for "Droplets"
    // Volumes: V1 70 + R1 30 = 100 min: 44,540 / 44,640 = 99.775986%; 2 started hours x 2 USD = 4 USD; resolution missed: 5 USD
    expect availability of "Volumes" is 99.776% in 2026-03
    expect credit 4 USD for "Volumes" in 2026-03
    expect credit 5 USD for "Volumes" in 2026-03
    // The contract as a whole: every outage, M1 included (no top-level exclusion): 29 + 40 + 70 + 30 = 169 min:
    // 44,471 / 44,640 = 99.621416%
    expect availability is 99.6214% in 2026-03
    expect no credit
  }
}
`;

describe('services: several named service levels in one contract', () => {
    it('reads each service into the model with its own guarantee, exclusions, credits and cap', async () => {
        const m = await modelOf(CLOUD);
        assert.deepEqual(m.services?.map((s) => s.name), ['Droplets', 'Volumes']);
        const [d, v] = m.services!;
        assert.equal(d.article, '§ 2');
        assert.equal(d.description, 'virtual machines');
        assert.ok(Math.abs(d.availability!.guarantee!.value - 0.9999) < 1e-12);
        assert.deepEqual(d.availability?.exclusions.map((e) => e.kind), ['planned-maintenance']);
        assert.deepEqual(d.cap && { value: d.cap.value, per: d.cap.per, scope: d.cap.scope },
            { value: { type: 'share', percent: 0.25, fee: 'DropletFee' }, per: 'month', scope: 'service' });
        assert.ok(Math.abs(v.availability!.guarantee!.value - 0.9995) < 1e-12);
        assert.equal(v.cap, undefined);
        assert.ok(Math.abs(m.availability!.guarantee!.value - 0.999) < 1e-12, 'the top level stays the contract as a whole');
        const events = m.scenarios[0].events;
        assert.deepEqual(events.map((e) => e.services), [['Droplets'], ['Droplets'], ['Volumes'], ['Droplets', 'Volumes']]);
        const x = m.scenarios[0].expectations[0];
        assert.ok(x.type === 'availability' && x.service === 'Droplets' && x.exact?.decimals === 4);
    });

    it('an outage counts only against the services it names; the top level counts every outage', async () => {
        const m = await modelOf(CLOUD);
        const r = runScenario(m, m.scenarios[0]);
        const [d, v] = r.simulation.services!;
        assert.equal(d.periods[0].downtimeMinutes, 59);
        assert.equal(d.periods[0].excludedMinutes, 40);
        // 44,581 / 44,640
        assert.ok(Math.abs(d.periods[0].availabilityPercent - 99.867832) < 1e-6);
        assert.equal(d.periods[0].guaranteeMet, false);
        assert.deepEqual(d.incidents.sort(), ['D1', 'M1', 'R1']);
        assert.equal(v.periods[0].downtimeMinutes, 100);
        assert.ok(Math.abs(v.periods[0].availabilityPercent - 99.775986) < 1e-6);
        assert.equal(r.simulation.periods[0].downtimeMinutes, 169);
        for (const x of r.expectations) assert.ok(x.passed, `${JSON.stringify(x.expectation)}: ${x.actual}`);
    });

    it('credits per service with amount, cap over all its credits, claim-by date and the incidents behind each', async () => {
        const m = await modelOf(CLOUD);
        const sim = runScenario(m, m.scenarios[0]).simulation;
        const [d, v] = sim.services!;
        const credits = d.remedies.filter((x) => x.kind === 'credit');
        assert.deepEqual(credits.map((c) => [c.percent, c.amount, c.due]), [[10, 4.8, true], [15, 7.2, true]]);
        assert.match(credits[1].because, /the service's credits are capped at 25% of DropletFee per month \(10% already given in 2026-03\)/);
        assert.deepEqual(credits[0].incidents, ['D1', 'R1']);
        assert.match(credits[0].clause, /Droplets, § 2/);
        const vol = v.remedies.filter((x) => x.kind === 'credit');
        assert.deepEqual(vol.map((c) => [c.amount, c.currency, c.onRequest]), [[5, 'USD', false], [4, 'USD', true]]);
        // 2 billing cycles after the incident's month (March): April and May; claim by the end of May.
        assert.equal(vol[1].claimBy, '2026-05-31T23:59:59+00:00');
        assert.deepEqual(vol[0].incidents, ['V1']);
        assert.equal(sim.remedies.length, 0, 'the contract has no top-level remedies');
    });

    it('a contract without services has no services in its result, and scenario expects without a service read the contract', async () => {
        const m = await modelOf(CLOUD.replace(/  service "Droplets"[\s\S]*?\n  scenario/, '  scenario').replace(/service "[^"]+"(, "[^"]+")? /g, '').replace(/\n    expect [^\n]*"[^\n]*/g, ''));
        assert.equal(m.services, undefined);
        const r = runScenario(m, m.scenarios[0]);
        assert.equal(r.simulation.services, undefined);
        assert.ok(!('services' in r.simulation));
        for (const x of r.expectations) assert.ok(x.passed, `${JSON.stringify(x.expectation)}: ${x.actual}`);
    });

    it('an expectation on a service the contract does not have fails and names the services', async () => {
        const m = await modelOf(CLOUD.replace('expect credit 4 USD for "Volumes"', 'expect credit 4 USD for "Volume"'));
        const r = runScenario(m, m.scenarios[0]);
        const bad = r.expectations.find((x) => !x.passed);
        assert.match(bad!.actual, /no service "Volume" \(the contract's services are "Droplets", "Volumes"\)/);
    });

    it('"is" holds to the decimals written, no further', async () => {
        const m = await modelOf(CLOUD.replace('is 99.8678% in', 'is 99.8679% in').replace('is 99.776% in', 'is 99.78% in'));
        const r = runScenario(m, m.scenarios[0]);
        assert.deepEqual(r.expectations.filter((x) => !x.passed).map((x) => x.expectation.span.line), [r.expectations[0].expectation.span.line]);
    });

    it('the incident log names services in a column; several separated by ";"; an unknown one is an error at its cell', async () => {
        const m = await modelOf(CLOUD);
        const log = 'id,service,down_from,down_to\nA,Droplets,2026-03-02 10:00,2026-03-02 10:30\nB,Droplets; Volumes,2026-03-03 10:00,2026-03-03 11:00\n';
        const { incidents, errors } = parseIncidentLog(log, 'log.csv', 'csv', m);
        assert.deepEqual(errors, []);
        assert.deepEqual(incidents.map((i) => i.services), [['Droplets'], ['Droplets', 'Volumes']]);
        const sim = simulate(m, incidents, { from: '2026-03', to: '2026-03' });
        assert.deepEqual(sim.services!.map((s) => s.periods[0].downtimeMinutes), [90, 60]);
        const bad = parseIncidentLog('id,service\nA,Droplet\n', 'log.csv', 'csv', m);
        assert.deepEqual(bad.errors.map(formatLogError), ["log.csv:2:2: column 'service': unknown service 'Droplet' (the contract's services are 'Droplets', 'Volumes')"]);
        const json = parseIncidentLog('[{"id": "A", "service": ["Volumes"]}]', 'log.json', 'json', m);
        assert.deepEqual(json.incidents[0].services, ['Volumes']);
    });

    it('the text report shows each service with its availability, credits, clause and incidents', async () => {
        const m = await modelOf(CLOUD);
        const text = formatSimulation(runScenario(m, m.scenarios[0]).simulation);
        assert.match(text, /Availability of the contract as a whole/);
        assert.match(text, /Service "Droplets" \[§ 2\]: guaranteed 99\.99% per month; events D1, M1, R1/);
        assert.match(text, /2026-03 {2}99\.8678% {2}scheduled 44640 min, down 59 min, excluded 40 min {2}guarantee 99\.99% MISSED/);
        assert.match(text, /2026-03 credit 15% of the DropletFee fee = 7\.20 USD \[remedies Droplets, § 2\]/);
        // In time order: V1 (11 March), M1 (20 March), R1 (25 March).
        assert.match(text, /\n {2}V1 P1 \(Volumes\): response: none; resolution by 2026-03-11T14:00:00\+00:00 MISSED\n {2}M1 planned-maintenance \(Droplets\): [^\n]*\n {2}R1 incident \(Droplets, Volumes\):/);
        assert.match(text, /2026-03 credit 4\.00 USD, claim by 2026-05-31T23:59:59\+00:00, on request \[remedies Volumes\]\n {6}incidents V1, R1/);
    });

    it('the warning ladder works inside a service too: warnings per missed month, compensation from the 2nd, a right to terminate', async () => {
        const text = `contract "Ladder" {
  time zone "UTC"
  fee Fee per month amount 100 EUR
  service "Hosting" {
    availability { guaranteed 99.9% per month  measured around the clock }
    remedies {
      warning when availability is below the guarantee in a month
      compensation from the 2nd warning counted per year {
        availability below 99.9%: 10% of Fee
      }
      right to terminate after 1 compensations in a calendar year
    }
  }
  scenario "Two bad months" from 2026-01 to 2026-02 {
    // January: 60 of 44,640 minutes down = 99.865591%; February: 60 of 40,320 = 99.851190%: both below 99.9%.
    outage service "Hosting" id J from 2026-01-10 10:00 to 11:00
    outage service "Hosting" id F from 2026-02-10 10:00 to 11:00
    // An outage of another kind of thing that names no service leaves the service alone.
    outage id X from 2026-02-20 10:00 to 18:00
    expect warning for "Hosting" in 2026-01
    expect no compensation for "Hosting" in 2026-01
    expect compensation 10 EUR for "Hosting" in 2026-02
    expect termination right for "Hosting" in 2026-02
    expect availability of "Hosting" is 99.8512% in 2026-02
  }
}
`;
        const m = await modelOf(text);
        const r = runScenario(m, m.scenarios[0]);
        for (const x of r.expectations) assert.ok(x.passed, `${JSON.stringify(x.expectation)}: ${x.actual}`);
        assert.deepEqual(r.simulation.services![0].remedies.map((x) => `${x.period} ${x.kind}`),
            ['2026-01 warning', '2026-02 warning', '2026-02 compensation', '2026 termination-right']);
    });
});
