import * as assert from 'node:assert/strict';
import { check, none, one } from './helpers.js';

const QUARTER = `  fee Maand per month
  availability [art. 10] { guaranteed 99.92% per quarter [art. 10.1] }`;

describe('model rules: periods', () => {
    it('period-mismatch: quarterly availability compensated from a monthly fee', async () => {
        const c = await check(`${QUARTER}
  remedies {
    warning when availability is below the guarantee in a quarter
    compensation [art. 11.2] {
      availability below 99.92%: 20% of Maand
    }
  }`);
        const msg = one(c, 'period-mismatch', 'warning', 'compensation [art. 11.2]');
        assert.match(msg, /^Art\. 11\.2: availability is measured per quarter \(art\. 10\.1\) but compensation is a share of the monthly fee Maand/);
    });

    it('period-mismatch: availability warnings per month over quarterly measurement', async () => {
        const c = await check(`${QUARTER}
  remedies {
    warning when availability is below the guarantee in a month [art. 11.1]
  }`);
        assert.match(one(c, 'period-mismatch', 'warning', 'in a month [art. 11.1]'), /warnings are counted per month but availability is measured per quarter/);
    });

    it('period-mismatch: not when fee, warnings and measurement share the period', async () => {
        none(await check(`  fee Maand per month
  availability { guaranteed 99.9% per month }
  remedies {
    warning when availability is below the guarantee in a month
    compensation { availability below 99.9%: 20% of Maand }
  }`), 'period-mismatch');
    });

    it('remedy-unreachable: improvement proposal after 2 warnings a month, warnings at most monthly (Avetica 6.2/6.3)', async () => {
        const c = await check(`
  remedies [art. 6] {
    warning when a response deadline is missed in a month [art. 6.2]
    improvement proposal after 2 warnings in a month [art. 6.3]
  }`);
        const msg = one(c, 'remedy-unreachable', 'warning', 'improvement proposal');
        assert.match(msg, /^Art\. 6\.3: an improvement proposal after 2 warnings in a month can never be due: warnings come at most one per month \(art\. 6\.2\), so at most 1 in a month/);
    });

    it('remedy-unreachable: not when each missed deadline gives a warning', async () => {
        none(await check(`
  remedies {
    warning for each missed response deadline
    improvement proposal after 2 warnings in a month
  }`), 'remedy-unreachable');
    });

    it('remedy-unreachable: termination after 6 compensations a year with quarterly availability (Avetica 11.3)', async () => {
        const body = (n: number) => `${QUARTER}
  remedies {
    warning when availability is below the guarantee in a quarter
    compensation from the 2nd warning { availability below 99.92%: 20% of Maand }
    right to terminate after ${n} compensations in a calendar year [art. 11.3]
  }`;
        const msg = one(await check(body(6)), 'remedy-unreachable', 'warning', 'right to terminate');
        assert.match(msg, /the right to terminate after 6 compensations in a year can never arise: availability is measured per quarter \(art\. 10\.1\), so at most 4 compensations a year/);
        none(await check(body(4)), 'remedy-unreachable');
    });

    it('remedy-unreachable: compensation from the 3rd warning counted per quarter, warnings at most quarterly', async () => {
        const body = (per: string) => `${QUARTER}
  remedies {
    warning when availability is below the guarantee in a quarter
    compensation from the 3rd warning counted per ${per} { availability below 99.92%: 20% of Maand }
  }`;
        assert.match(one(await check(body('quarter')), 'remedy-unreachable', 'warning', 'compensation from the 3rd'), /at most 1 in a quarter/);
        none(await check(body('year')), 'remedy-unreachable');
    });

    it('chronic-right-unreachable: more than 80 hours of downtime in 30 days of office hours (9 to 17 on weekdays: at most 176 hours) is fine, 200 is not', async () => {
        const body = (hours: number) => `  calendar Kantoor { Monday to Friday 09:00 to 17:00 }
  availability { guaranteed 99% per month  measured during Kantoor }
  remedies { right to terminate after more than ${hours} hours of downtime in any 30 consecutive days [art. 9.2] }`;
        none(await check(body(80)), 'chronic-right-unreachable');
        const msg = one(await check(body(176)), 'chronic-right-unreachable', 'warning', 'right to terminate');
        assert.match(msg, /at most 176 hours/);
        none(await check(`  availability { guaranteed 99% per month }
  remedies { right to terminate after more than 700 hours of downtime in any 30 consecutive days }`), 'chronic-right-unreachable');
        one(await check(`  availability { guaranteed 99% per month }
  remedies { right to terminate after more than 720 hours of downtime in any 30 consecutive days }`), 'chronic-right-unreachable', 'warning', 'right to terminate');
    });

    it('minimum-outage-exceeds-period: an hourly guarantee with outages under 60 minutes not counted', async () => {
        const body = (minutes: number) => `  availability {
    guaranteed 99.9% per hour
    outages shorter than ${minutes} minutes not counted
  }`;
        one(await check(body(60)), 'minimum-outage-exceeds-period', 'warning', 'outages shorter than');
        none(await check(body(59)), 'minimum-outage-exceeds-period');
    });

    it('period-mismatch: a weekly guarantee with monthly warnings names weeks, not "in a week"', async () => {
        const c = await check(`  availability { guaranteed 99.5% per week [art. 7.1] }
  remedies { warning when availability is below the guarantee in a month [art. 9.1] }`);
        const msg = one(c, 'period-mismatch', 'warning', 'in a month');
        assert.match(msg, /a month with 5 missed weeks still gives one warning \(warnings count per month, quarter or year\)/);
    });
});
