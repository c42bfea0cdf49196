import * as assert from 'node:assert/strict';
import { check, none, one } from './helpers.js';

describe('model rules: ordering', () => {
    it('priority-order-inverted: P1 responds slower than P2', async () => {
        const c = await check(`
  priority P1 { response within 8 hours of Werkdag after reported }
  priority P2 { response within 1 hour of Werkdag after reported }`);
        const msg = one(c, 'priority-order-inverted', 'warning', 'priority P1');
        assert.match(msg, /8 hours of Werkdag against 1 hour of Werkdag for P2/);
    });

    it('priority-order-inverted: not for the right order, nor across different bases', async () => {
        none(await check(`
  priority P1 { response within 1 hour of Werkdag after reported }
  priority P2 { response within 8 hours of Werkdag after reported }`), 'priority-order-inverted');
        none(await check(`
  priority P1 { response within 8 hours around the clock after reported }
  priority P2 { response within 1 hour of Werkdag after reported }`), 'priority-order-inverted');
        none(await check(`
  priority P1 { response within 2 hours of Werkdag if reported outside Werkdag }
  priority P2 { response within 1 hour of Werkdag if reported during Werkdag }`), 'priority-order-inverted');
    });

    it('target-below-guarantee', async () => {
        const c = await check(`
  availability [art. 1] {
    guaranteed 99.9% per month
    target 99% per month [art. 1.2]
  }`);
        assert.match(one(c, 'target-below-guarantee', 'warning', 'target 99%'), /^Art\. 1\.2: the availability target 99% per month is lower than the guarantee 99\.9%/);
        none(await check(`
  availability { guaranteed 99% per month  target 99.9% per month }`), 'target-below-guarantee');
    });

    it('backup-retention-shrinks: weekly kept shorter than daily', async () => {
        const c = await check(`
  backups {
    daily, kept 1 month
    weekly, kept 1 week
  }`);
        one(c, 'backup-retention-shrinks', 'warning', 'weekly, kept 1 week');
    });

    it('backup-retention-shrinks and -gap: not for the Klik retention scheme', async () => {
        const c = await check(`
  backups [art. 10] {
    daily, kept 1 week
    weekly, kept 1 month
    monthly, kept 1 year
    yearly, kept 3 years
  }`);
        none(c, 'backup-retention-shrinks');
        none(c, 'backup-retention-gap');
    });

    it('backup-retention-gap: weekly backups kept 3 days', async () => {
        const c = await check(`
  backups { weekly, kept 3 days }`);
        assert.match(one(c, 'backup-retention-gap', 'warning', 'weekly, kept 3 days'), /no weekly backup exists/);
    });

    it('change-lead-time-inverted: high has a longer lead time than low', async () => {
        const c = await check(`
  change requests {
    low: lead time at most 1 week
    high: lead time at most 4 weeks
  }`);
        one(c, 'change-lead-time-inverted', 'warning', 'high: lead time');
        none(await check(`
  change requests {
    low: lead time at most 4 weeks
    high: lead time at most 1 week
    Wijziging "other": lead time at most 8 weeks
  }`), 'change-lead-time-inverted');
    });

    it('compensation-order-inverted: worse availability pays less', async () => {
        const fee = `  fee Maand per month
  availability { guaranteed 99.9% per month }`;
        const c = await check(`${fee}
  remedies {
    compensation {
      availability below 95%: 20% of Maand
      availability from 95% below 99.9%: 40% of Maand
    }
  }`);
        one(c, 'compensation-order-inverted', 'warning', 'availability below 95%');
        none(await check(`${fee}
  remedies {
    compensation {
      availability below 95%: 40% of Maand
      availability from 95% below 99.9%: 20% of Maand
    }
  }`), 'compensation-order-inverted');
    });
});
