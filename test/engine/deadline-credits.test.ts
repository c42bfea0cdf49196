import assert from 'node:assert/strict';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import type { RemedyResult } from '../../language-server/src/engine/simulate.js';
import { modelOf } from '../support/sla.js';

/**
 * Credits by the time a deadline was missed: P1 must be resolved within 4 hours and worked
 * around within 2 hours, around the clock, in Amsterdam. The fee is 1200 EUR a month, so
 * 5% is 60 EUR.
 */
function contract(remedies: string, events: string, expectations = ''): string {
    return `contract "Hosting" {
  provider "Host B.V."
  customer "Klant B.V."
  time zone "Europe/Amsterdam"
  currency EUR
  fee Maandbedrag per month amount 1200 EUR [art. 1]
  priority P1 "Storing" {
    response within 1 hour around the clock after reported
    workaround within 2 hours around the clock after reported
    resolution within 4 hours around the clock after reported
  }
  priority P2 "Vraag" {
    response within 1 hour around the clock after reported
    resolution within 8 hours around the clock after reported
  }
  remedies Credits [art. 3] {
${remedies}
  }
  scenario "S" from 2026-04 to 2026-05 {
${events}
${expectations}
  }
}
`;
}

async function run(remedies: string, events: string, expectations = '') {
    const model = await modelOf(contract(remedies, events, expectations));
    return runScenario(model, model.scenarios[0]);
}

async function credits(remedies: string, events: string): Promise<RemedyResult[]> {
    return (await run(remedies, events)).simulation.remedies.filter((r) => r.kind === 'credit');
}

const PER_HOUR = '    credit 5% of Maandbedrag for each hour or part thereof by which the resolution deadline is missed, capped at 100% per month [art. 3.2]';

describe('credits by time of a missed deadline', () => {
    it('"each hour or part thereof": 75 minutes late is 2 hours → 10% = 120 EUR; 60 minutes late is 1 hour → 5% = 60 EUR', async () => {
        // A: reported 1 April 08:00, due 12:00, resolved 13:15: 75 minutes late, ceil(75 / 60) = 2.
        // B: reported 2 April 08:00, due 12:00, resolved 13:00: 60 minutes late, ceil(60 / 60) = 1.
        const cs = await credits(PER_HOUR, `    incident A P1 reported 2026-04-01 08:00 responded 08:10 workaround 09:00 resolved 13:15
    incident B P1 reported 2026-04-02 08:00 responded 08:10 workaround 09:00 resolved 13:00`);
        assert.deepEqual(cs.map((c) => [c.incidents, c.period, c.percent, c.amount, c.due]), [[['A'], '2026-04', 10, 120, true], [['B'], '2026-04', 5, 60, true]]);
        assert.equal(cs[0].clause, 'remedies Credits, art. 3.2');
        assert.match(cs[0].because, /resolution deadline of incident A \(P1\) missed by 75 minutes: due 2026-04-01T12:00\+02:00, given 2026-04-01T13:15\+02:00 = 2 × 60 minutes or part thereof/);
    });

    it('one minute late is a started hour (5%); a deadline met gives nothing', async () => {
        // A: due 12:00, resolved 12:01 → 1 unit. B: resolved 11:59, in time → no credit.
        const cs = await credits(PER_HOUR, `    incident A P1 reported 2026-04-01 08:00 responded 08:10 resolved 12:01
    incident B P1 reported 2026-04-02 08:00 responded 08:10 resolved 11:59`);
        assert.deepEqual(cs.map((c) => [c.incidents[0], c.percent]), [['A', 5]]);
    });

    it('the cap of 100% per month holds over the incidents of the month', async () => {
        // A: due 1 April 12:00, resolved 2 April 03:00: 15 hours late → 15 × 5% = 75%.
        // B: due 3 April 12:00, resolved 4 April 00:00: 12 hours late → 60%, cut to the 25% left.
        // C (May): due 1 May 12:00, resolved 13:00: 1 hour late → 5%, a new month.
        const cs = await credits(PER_HOUR, `    incident A P1 reported 2026-04-01 08:00 responded 08:10 resolved 2026-04-02 03:00
    incident B P1 reported 2026-04-03 08:00 responded 08:10 resolved 2026-04-04 00:00
    incident C P1 reported 2026-05-01 08:00 responded 08:10 resolved 13:00`);
        assert.deepEqual(cs.map((c) => [c.incidents[0], c.period, c.percent, c.amount]), [['A', '2026-04', 75, 900], ['B', '2026-04', 25, 300], ['C', '2026-05', 5, 60]]);
        assert.match(cs[1].because, /capped at 100% of Maandbedrag per month \(75% already given in 2026-04\)/);
    });

    it('"each additional hour": the first hour late is free; whole hours without "or part thereof"', async () => {
        // A: 59 minutes late → 0 units after the first hour: listed, not due.
        // B: 2 h 59 min late → 179 - 60 = 119 minutes → 1 whole hour → 5%.
        const cs = await credits('    credit 5% of Maandbedrag for each additional hour by which the resolution deadline is missed',
            `    incident A P1 reported 2026-04-01 08:00 responded 08:10 resolved 12:59
    incident B P1 reported 2026-04-02 08:00 responded 08:10 resolved 14:59`);
        assert.deepEqual(cs.map((c) => [c.incidents[0], c.percent, c.due]), [['A', 0, false], ['B', 5, true]]);
        assert.match(cs[0].because, /missed by 59 minutes.*within the first 60 minutes: no credit/);
    });

    it('"after the first 30 minutes", in money, on a milestone clock, for the named priorities only', async () => {
        // P1 A: workaround due 1 April 10:00, given 11:10: 70 minutes late, 40 after the first 30,
        // ceil(40 / 30) = 2 × 25 EUR = 50 EUR. P2 B has no workaround clock: nothing.
        const cs = await credits('    credit 25 EUR for each 30 minutes or part thereof by which the workaround deadline of P1 is missed after the first 30 minutes',
            `    incident A P1 reported 2026-04-01 08:00 responded 08:10 workaround 11:10 resolved 11:30
    incident B P2 reported 2026-04-01 08:00 responded 08:10 resolved 10:00`);
        assert.deepEqual(cs.map((c) => [c.incidents[0], c.amount, c.currency, c.percent]), [['A', 50, 'EUR', null]]);
        assert.match(cs[0].because, /workaround deadline of incident A \(P1\) missed by 70 minutes/);
    });

    it('a start of work deadline: the clock is named in words', async () => {
        // Start of work within 30 minutes of the report: reported 08:00, due 08:30, work started 09:45:
        // 75 minutes late, ceil(75 / 60) = 2 hours → 10%.
        const model = await modelOf(contract('    credit 5% of Maandbedrag for each hour or part thereof by which the start of work deadline is missed',
            '    incident A P1 reported 2026-04-01 08:00 responded 08:10 work started 09:45 resolved 11:00')
            .replace('workaround within 2 hours', 'start of work within 30 minutes around the clock after reported\n    workaround within 2 hours'));
        const [c] = runScenario(model, model.scenarios[0]).simulation.remedies.filter((r) => r.kind === 'credit');
        assert.equal(c.percent, 10);
        assert.match(c.because, /^start of work deadline of incident A \(P1\) missed by 75 minutes: due 2026-04-01T08:30\+02:00/);
    });

    it('late across the change to summer time counts real minutes: due 02:00 CET, resolved 04:00 CEST is 60 minutes', async () => {
        // Reported Saturday 28 March 2026 22:00 (+01:00), due 4 hours later: 29 March 03:00 CEST
        // (02:00 CET does not exist; 4 real hours after 22:00 +01:00 is 02:00 +01:00 = 03:00 +02:00).
        // Resolved 04:00 +02:00: 60 real minutes late → 1 unit.
        const model = await modelOf(contract(PER_HOUR, `    incident A P1 reported 2026-03-28 22:00 responded 22:10 resolved 2026-03-29 04:00`)
            .replace('from 2026-04 to 2026-05', 'in 2026-03'));
        const [c] = runScenario(model, model.scenarios[0]).simulation.remedies.filter((r) => r.kind === 'credit');
        assert.equal(c.percent, 5);
        assert.match(c.because, /missed by 60 minutes: due 2026-03-29T03:00\+02:00/);
    });

    it('expect credit ... for incident X checks the credits that name that incident', async () => {
        // A: 75 minutes late → 10%; B: 60 minutes late → 5%; the month: 15% = 180 EUR.
        const r = await run(PER_HOUR, `    incident A P1 reported 2026-04-01 08:00 responded 08:10 resolved 13:15
    incident B P1 reported 2026-04-02 08:00 responded 08:10 resolved 13:00`, `    expect credit 10% for incident A
    expect credit 60 EUR for incident B in 2026-04
    expect credit 180 EUR in 2026-04
    expect credit 5% for incident A
    expect no credit for incident A in 2026-05`);
        assert.deepEqual(r.expectations.map((x) => x.passed), [true, true, true, false, true]);
        assert.match(r.expectations[3].actual, /credit 10% 120\.00 EUR in 2026-04/);
    });
});
