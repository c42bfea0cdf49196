import assert from 'node:assert/strict';
import { downtimeUnits } from '../../language-server/src/engine/credits.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import type { RemedyResult } from '../../language-server/src/engine/simulate.js';
import { modelOf } from '../support/sla.js';

/** A cloud contract around the clock, with the remedies and one scenario given. */
function cloud(remedies: string, scenario: string, fee = 'fee Maandbedrag per month amount 1200 EUR [art. 1]'): string {
    return `contract "Cloud" {
  provider "Wolk B.V."
  customer "Klant B.V."
  time zone "Europe/Amsterdam"
  currency EUR
  ${fee}
  priority P1 "Storing" {
    response within 1 hour around the clock after reported
    resolution within 4 hours around the clock after reported
  }
  availability [art. 2] {
    guaranteed 99.99% per month
    measured around the clock
  }
  remedies Credits [art. 3] {
${remedies}
  }
  scenario "S" ${scenario}
}
`;
}

async function credits(remedies: string, scenario: string, fee?: string): Promise<RemedyResult[]> {
    const model = await modelOf(cloud(remedies, scenario, fee));
    return runScenario(model, model.scenarios[0]).simulation.remedies.filter((r) => r.kind === 'credit' || r.kind === 'compensation');
}

const BANDS = `    credit when availability is below the guarantee in a month {
      availability from 99% below 99.99%: 10% of Maandbedrag
      availability from 95% below 99%: 25% of Maandbedrag
      availability below 95%: 100% of Maandbedrag
    } claim within 30 days after the end of the month [art. 3.1]`;

/** An incident down for `minutes` from 2026-04-01 00:00 (April: 43,200 minutes). */
function down(minutes: number, month = '2026-04'): string {
    const end = new Date(Date.UTC(2026, Number(month.slice(5)) - 1, 1, 0, minutes));
    const hh = String(end.getUTCHours()).padStart(2, '0');
    const mm = String(end.getUTCMinutes()).padStart(2, '0');
    const day = end.toISOString().slice(0, 10);
    return `in ${month} { incident 1 P1 reported ${month}-01 00:00 responded 00:10 resolved ${day} ${hh}:${mm} down from ${month}-01 00:00 to ${day} ${hh}:${mm} }`;
}

describe('credits: units of downtime', () => {
    it('"or part thereof" counts a started unit: 30 min → 1, 31 → 2, 60 → 2, 0 → 0', () => {
        assert.equal(downtimeUnits(30, 30, 0, true), 1);
        assert.equal(downtimeUnits(31, 30, 0, true), 2);
        assert.equal(downtimeUnits(60, 30, 0, true), 2);
        assert.equal(downtimeUnits(0, 30, 0, true), 0);
        assert.equal(downtimeUnits(0.5, 30, 0, true), 1);
    });
    it('without it only whole units count; "additional" leaves the first unit free', () => {
        assert.equal(downtimeUnits(59, 30, 0, false), 1);
        assert.equal(downtimeUnits(60, 30, 0, false), 2);
        assert.equal(downtimeUnits(119, 60, 60, false), 0);
        assert.equal(downtimeUnits(120, 60, 60, false), 1);
        assert.equal(downtimeUnits(181, 60, 60, true), 3);
    });
});

describe('credits: availability bands, no warning step', () => {
    it('exactly 99% (432 of 43,200 minutes) lies in "from 99%": 10% = 120 EUR', async () => {
        const [c] = await credits(BANDS, down(432));
        assert.equal(c.kind, 'credit');
        assert.equal(c.due, true);
        assert.equal(c.percent, 10);
        assert.equal(c.amount, 120);
        assert.equal(c.currency, 'EUR');
        assert.equal(c.period, '2026-04');
        assert.equal(c.clause, 'remedies Credits, art. 3.1');
        assert.deepEqual(c.incidents, ['1']);
        assert.match(c.because, /availability 99% in 2026-04 is below the guarantee 99\.99%.*band from 99% below 99\.99% → 10%/);
    });
    it('one minute more (433) falls below 99%: 25% = 300 EUR; 95% exactly (2,160) is still 25%', async () => {
        assert.deepEqual((await credits(BANDS, down(433))).map((c) => [c.percent, c.amount]), [[25, 300]]);
        assert.deepEqual((await credits(BANDS, down(2160))).map((c) => [c.percent, c.amount]), [[25, 300]]);
        assert.deepEqual((await credits(BANDS, down(2161))).map((c) => [c.percent, c.amount]), [[100, 1200]]);
    });
    it('a month that meets the guarantee gives no credit (4 minutes of 43,200 is 99.9907%)', async () => {
        assert.deepEqual(await credits(BANDS, down(4)), []);
        assert.equal((await credits(BANDS, down(5))).length, 1);
    });
    it('claim within 30 days after the end of the month: April ends 1 May 00:00, so by 30 May 23:59:59', async () => {
        const [c] = await credits(BANDS, down(432));
        assert.equal(c.claimBy, '2026-05-30T23:59:59+02:00');
    });
    it('claim window across the change to summer time: March → by 30 April, in +02:00', async () => {
        const [c] = await credits(BANDS, down(600, '2026-03'));
        assert.equal(c.claimBy, '2026-04-30T23:59:59+02:00');
    });
});

describe('credits: by time of downtime', () => {
    const perHalfHour = '    credit 5% of Maandbedrag for each 30 minutes of downtime or part thereof per incident, capped at 100% per month [art. 3.2]';
    it('30 minutes → 1 unit (5% = 60 EUR), 31 minutes → 2 units (10% = 120 EUR)', async () => {
        assert.deepEqual((await credits(perHalfHour, down(30))).map((c) => [c.percent, c.amount]), [[5, 60]]);
        assert.deepEqual((await credits(perHalfHour, down(31))).map((c) => [c.percent, c.amount]), [[10, 120]]);
    });
    it('caps at 100% per month: 20 hours are 40 units = 200%, given 100%, and a second incident gets nothing', async () => {
        const scenario = `in 2026-04 {
    incident 1 P1 reported 2026-04-01 00:00 responded 00:10 resolved 20:00 down from 2026-04-01 00:00 to 20:00
    incident 2 P1 reported 2026-04-10 10:00 responded 10:10 resolved 11:00 down from 2026-04-10 10:00 to 11:00
    expect credit 100% in 2026-04
    expect credit 1200 EUR in 2026-04
  }`;
        const model = await modelOf(cloud(perHalfHour, scenario));
        const run = runScenario(model, model.scenarios[0]);
        const cs = run.simulation.remedies.filter((r) => r.kind === 'credit');
        assert.deepEqual(cs.map((c) => [c.incidents[0], c.percent, c.amount, c.due]), [['1', 100, 1200, true], ['2', 0, 0, false]]);
        assert.match(cs[0].because, /40 × 30 minutes or part thereof.*capped at 100% of Maandbedrag per month \(0% already given in 2026-04\)/);
        assert.match(cs[1].because, /capped at 100% of Maandbedrag per month \(100% already given in 2026-04\)/);
        assert.deepEqual(run.expectations.map((x) => x.passed), [true, true]);
    });
    it('expect credit N% in a month: one credit of N%, or the credits of the month adding up to N%', async () => {
        // Two 40-minute outages, per incident: 2 units of 30 minutes each = 10% (120 EUR)
        // each; the month's credit is 20% (240 EUR). 30% and 360 EUR hold neither way.
        const scenario = `in 2026-06 {
    incident 1 P1 reported 2026-06-12 10:14 responded 10:20 resolved 10:54 down from 2026-06-12 10:14 to 10:54
    incident 2 P1 reported 2026-06-20 03:00 responded 03:05 resolved 03:40 down from 2026-06-20 03:00 to 03:40
    expect credit 10% in 2026-06
    expect credit 20% in 2026-06
    expect credit 240 EUR in 2026-06
    expect credit 30% in 2026-06
    expect credit 360 EUR in 2026-06
    expect no credit 20% in 2026-07
  }`;
        const model = await modelOf(cloud(perHalfHour, scenario));
        const run = runScenario(model, model.scenarios[0]);
        assert.deepEqual(run.expectations.map((x) => x.passed), [true, true, true, false, false, true]);
    });
    it('"for each additional hour" per month: 2 h 59 min down gives 1 whole hour after the first', async () => {
        const c = await credits('    credit 10% of Maandbedrag for each additional hour of downtime [art. 3.4]', down(179));
        assert.deepEqual(c.map((x) => [x.percent, x.amount]), [[10, 120]]);
    });
});

describe('credits: per missed deadline, minimum, claim by billing cycles', () => {
    const scenario = `in 2026-10 {
    incident 1 P1 reported 2026-10-24 22:00 responded 22:10 resolved 2026-10-25 03:30
  }`;
    it('50 EUR per incident, claim by the end of the 2nd billing cycle after the incident (October → 31 December, +01:00)', async () => {
        const [c] = await credits('    credit 50 EUR per incident of P1 when resolution is missed, claim by the end of the 2nd billing cycle after the incident, on request [art. 3.3]', scenario);
        assert.equal(c.amount, 50);
        assert.equal(c.currency, 'EUR');
        assert.equal(c.percent, null);
        assert.equal(c.claimBy, '2026-12-31T23:59:59+01:00');
        assert.equal(c.onRequest, true);
        assert.match(c.because, /resolution deadline of incident 1 \(P1\) missed: due 2026-10-25T02:00\+02:00, given 2026-10-25T03:30\+01:00/);
    });
    it('claim within 30 days after the incident counts calendar days in the zone across the end of summer time', async () => {
        const [c] = await credits('    credit 50 EUR per incident when resolution is missed, claim within 30 days after the incident [art. 3.3]', scenario);
        assert.equal(c.claimBy, '2026-11-24T03:29:59+01:00');
    });
    it('only when the credit is more than 1 EUR: 1 EUR is not given, 1.01 EUR is', async () => {
        const [no] = await credits('    credit 1 EUR per incident when resolution is missed, only when the credit is more than 1 EUR', scenario);
        assert.equal(no.due, false);
        assert.match(no.because, /not given: credits are only given when more than 1 EUR/);
        const [yes] = await credits('    credit 1.01 EUR per incident when resolution is missed, only when the credit is more than 1 EUR', scenario);
        assert.equal(yes.due, true);
        const [atLeast] = await credits('    credit 1 EUR per incident when resolution is missed, only when the credit is at least 1 EUR', scenario);
        assert.equal(atLeast.due, true);
    });
    it('a minimum in money of a share of a fee without amount says it could not be checked', async () => {
        const [c] = await credits('    credit 5% of Maandbedrag per incident when resolution is missed, only when the credit is more than 1 USD', scenario,
            'fee Maandbedrag per month');
        assert.equal(c.due, true);
        assert.equal(c.amount, null);
        assert.match(c.because, /the minimum of 1 USD could not be checked: fee Maandbedrag has no amount/);
    });
});

describe('compensation without a warning step', () => {
    it('is paid directly when its block gives no warnings, per guarantee period, with the money', async () => {
        const cs = await credits(`    compensation [art. 3.1] {
      availability from 99% below 99.99%: 10% of Maandbedrag
      availability below 99%: 30% of Maandbedrag
    }`, down(433));
        assert.deepEqual(cs.map((c) => [c.kind, c.period, c.percent, c.amount, c.due]), [['compensation', '2026-04', 30, 360, true]]);
        assert.match(cs[0].because, /compensated directly \(this block gives no warnings\)/);
    });
});

describe('credits: JSON shape', () => {
    it('every remedy carries amount, currency, claimBy and onRequest (null where they do not apply)', async () => {
        const [c] = await credits(BANDS, down(432));
        assert.deepEqual(Object.keys(c).sort(), ['amount', 'article', 'at', 'because', 'claimBy', 'clause', 'currency', 'due', 'fee', 'group',
            'incidents', 'kind', 'onRequest', 'percent', 'period'].sort());
        assert.equal(c.at, '2026-04-30T23:59:59+02:00');
        assert.equal(c.onRequest, false);
    });
});
