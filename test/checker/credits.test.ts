import * as assert from 'node:assert/strict';
import { check, none, one } from './helpers.js';

const SETUP = `  fee Maand per month amount 1000 EUR
  priority P1 { response within 1 hour around the clock after reported  resolution within 4 hours around the clock after reported }
  availability [art. 10] { guaranteed 99.9% per month [art. 10.1]  measured around the clock }`;

const remedies = (...lines: string[]) => `${SETUP}
  remedies Credits [art. 11] {
${lines.map((l) => `    ${l}`).join('\n')}
  }`;

const BANDS = `credit when availability is below the guarantee in a month {
      availability from 99% below 99.9%: 10% of Maand
      availability below 99%: 50% of Maand
    }`;

describe('model rules: credits', () => {
    it('a well-formed credit gives no credit finding', async () => {
        const c = await check(remedies(`${BANDS} capped at 100% per month, claim within 30 days after the end of the month, on request [art. 11.1]`));
        for (const code of ['credit-never-due', 'credit-cap-below-band', 'claim-window-short', 'credit-amount-unknown', 'remedy-band-gap', 'remedy-unreachable']) none(c, code);
    });

    it('remedy-band-gap and -short-of-guarantee apply to credit bands too', async () => {
        const c = await check(remedies(`credit when availability is below the guarantee in a month {
      availability from 99% below 99.5%: 10% of Maand
      availability below 98%: 50% of Maand
    }`));
        assert.match(one(c, 'remedy-band-gap', 'warning', 'availability from 99% below 99.5%'), /between 98% and 99% is in no band/);
        assert.match(one(c, 'remedy-band-short-of-guarantee', 'warning', 'availability from 99% below 99.5%'), /below the guarantee \(99\.9%/);
    });

    it('credit-cap-below-band: a 25% cap under a 50% band', async () => {
        const c = await check(remedies(`${BANDS} capped at 25% per month`));
        assert.match(one(c, 'credit-cap-below-band', 'warning', 'capped at 25%'), /the cap of 25% of Maand per month is below the band of 50% of Maand/);
    });

    it('credit-never-due: a cap below the minimum, a level the contract does not state, a clock no priority has', async () => {
        const c = await check(remedies('credit 20 EUR per incident when response is missed, capped at 10 EUR per month, only when the credit is at least 15 EUR'));
        assert.match(one(c, 'credit-never-due', 'warning', 'at least 15 EUR'), /no credit can ever be given/);
        const t = await check(remedies('credit when availability is below the target in a month { availability below 99%: 10% of Maand }'));
        assert.match(one(t, 'credit-never-due', 'warning', 'below the target'), /states no availability target/);
        const p = await check(`  fee Maand per month amount 1000 EUR
  priority P2 { response planned by agreement  resolution planned by agreement }
  remedies { credit 50 EUR per incident of P2 when resolution is missed }`);
        assert.match(one(p, 'credit-never-due', 'warning', 'credit 50 EUR'), /no priority it covers has a resolution commitment that can be missed \(P2 has its resolution only planned by agreement\)/);
    });

    it('credit-never-due for credits by lateness: a clock no priority has, a target, a share; a named priority without the clock', async () => {
        const setup = `  fee Maand per month amount 1000 EUR
  priority P1 { response within 1 hour around the clock after reported as a target  resolution within 4 hours around the clock after reported in at least 90% of incidents per month }
  priority P2 { response within 2 hours around the clock after reported  resolution within 8 hours around the clock after reported }`;
        const none1 = await check(`${setup}
  remedies { credit 5% of Maand for each hour by which the workaround deadline is missed }`);
        assert.match(one(none1, 'credit-never-due', 'warning', 'credit 5%'), /for each hour by which a workaround deadline is missed, but no priority it covers has a workaround commitment that can be missed \(P1 has no workaround clock; P2 has no workaround clock\)/);
        const target = await check(`${setup}
  remedies { credit 5% of Maand for each 30 minutes or part thereof by which the response deadline of P1 is missed }`);
        assert.match(one(target, 'credit-never-due', 'warning', 'credit 5%'), /the response time of P1 is a target \(a miss is no breach\)/);
        const share = await check(`${setup}
  remedies { credit 5% of Maand for each hour by which the resolution deadline of P1, P2 is missed }`);
        assert.match(one(share, 'credit-never-due', 'warning', 'credit 5%'), /this credit names P1, but the resolution time of P1 is a share of incidents \(one late incident breaks nothing\): for that priority it can never be due/);
        none(await check(`${setup}
  remedies { credit 5% of Maand for each hour by which the resolution deadline of P2 is missed }`), 'credit-never-due');
    });

    it('credit-cap-below-band: a cap below one unit of lateness', async () => {
        const c = await check(remedies('credit 50 EUR for each hour by which the resolution deadline is missed, capped at 40 EUR per month'));
        assert.match(one(c, 'credit-cap-below-band', 'warning', 'capped at 40 EUR'), /below one unit of lateness \(50 EUR\)/);
    });

    it('claim-window-short: 10 days after the incident for a monthly availability credit; not after the end of the month', async () => {
        const c = await check(remedies(`${BANDS} claim within 10 days after the incident`));
        assert.match(one(c, 'claim-window-short', 'warning', 'claim within 10 days'), /before the month is over/);
        none(await check(remedies(`${BANDS} claim within 10 days after the end of the month`)), 'claim-window-short');
        none(await check(remedies('credit 50 EUR per incident when resolution is missed, claim within 10 days after the incident')), 'claim-window-short');
    });

    it('credit-amount-unknown: a minimum in USD for a share of a fee without amount', async () => {
        const c = await check(`  fee Maand per month
  availability { guaranteed 99.9% per month  measured around the clock }
  remedies { credit 5% of Maand for each 30 minutes of downtime or part thereof, only when the credit is more than 1 USD }`);
        assert.match(one(c, 'credit-amount-unknown', 'warning', 'more than 1 USD'), /fee Maand has no amount/);
    });

    it('remedy-unreachable: a compensation counting warnings in a block without warnings; none for one paid directly', async () => {
        const c = await check(remedies('compensation from the 2nd warning counted over the contract { availability below 99.9%: 5% of Maand }'));
        assert.match(one(c, 'remedy-unreachable', 'warning', 'compensation from the 2nd'), /this remedies block gives no warnings/);
        none(await check(remedies('compensation { availability below 99.9%: 5% of Maand }')), 'remedy-unreachable');
        const noBands = await check(remedies('compensation { }'));
        assert.match(one(noBands, 'remedy-unreachable', 'warning', 'compensation {'), /no availability bands/);
    });

    it('guarantee-without-remedy: a credit answers the guarantee', async () => {
        none(await check(remedies(BANDS)), 'guarantee-without-remedy');
    });
});
