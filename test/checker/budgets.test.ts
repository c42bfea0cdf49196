import * as assert from 'node:assert/strict';
import { contract, modelOf } from '../support/sla.js';
import { downtimeBudget } from '../../language-server/src/checker/budget-rules.js';
import { CheckerMemo } from '../../language-server/src/checker/checker-memo.js';
import { check, none, one } from './helpers.js';

describe('model rules: budgets', () => {
    it('downtimeBudget: 99.92% per quarter on the real quarters of Amsterdam', async () => {
        const b = downtimeBudget(await modelOf(contract(`  availability { guaranteed 99.92% per quarter }`)), new CheckerMemo())!;
        assert.equal(b.shortest.label, '2027-Q1');
        assert.equal(b.longest.label, '2027-Q4');
        // Q1 2027: 90 days less the DST hour; Q4: 92 days plus it.
        assert.ok(Math.abs(b.shortest.allowedMinutes - 0.0008 * (90 * 1440 - 60)) < 1e-6);
        assert.ok(Math.abs(b.longest.allowedMinutes - 0.0008 * (92 * 1440 + 60)) < 1e-6);
    });

    it('maintenance-exceeds-budget: a counted Friday window takes more than 99.9% allows', async () => {
        const c = await check(`
  availability { guaranteed 99.9% per month }
  maintenance { planned: Friday 22:00 to 24:00 [art. 4.2] }`);
        assert.match(one(c, 'maintenance-exceeds-budget', 'warning', 'planned: Friday'), /could take up to 600 minutes \(10 hours\) in \d{4}-\d\d, while the 99\.9% guarantee per month allows only 4\d\.\d minutes there/);
    });

    it('maintenance-exceeds-budget: not when the window is excluded', async () => {
        none(await check(`
  availability { guaranteed 99.9% per month  not counted: planned maintenance within window }
  maintenance { planned: Friday 22:00 to 24:00 }`), 'maintenance-exceeds-budget');
    });

    it('unbounded-exclusion: all maintenance excluded without window or notice (Avetica 10.3)', async () => {
        const c = await check(`
  availability [art. 10] {
    guaranteed 99.92% per quarter
    not counted: maintenance, force majeure [art. 10.3]
  }`);
        assert.match(one(c, 'unbounded-exclusion', 'warning', 'not counted: maintenance'), /^Art\. 10\.3: maintenance is not counted as downtime, without a maintenance window or a notice period/);
    });

    it('unbounded-exclusion and exclusion-without-window: not for maintenance within an announced window (Klik 2.1)', async () => {
        const c = await check(`
  availability {
    guaranteed 99% per month
    not counted: planned maintenance within window if announced, force majeure
  }
  maintenance { planned: Friday 22:00 to 24:00 lasting at most 20 minutes announced 1 week before }`);
        none(c, 'unbounded-exclusion');
        none(c, 'exclusion-without-window');
        none(c, 'exclusion-effort-only');
    });

    it('exclusion-without-window: excluded within a window that does not exist', async () => {
        const c = await check(`
  availability {
    guaranteed 99% per month
    not counted: planned maintenance within window [art. 2.1]
  }`);
        one(c, 'exclusion-without-window', 'warning', 'not counted: planned');
        none(c, 'unbounded-exclusion');
    });

    it('exclusion-effort-only: "ideally at most 20 minutes" does not limit the excluded window (Klik 4.4)', async () => {
        const c = await check(`
  availability {
    guaranteed 99% per month
    not counted: planned maintenance within window
  }
  maintenance { planned: Friday 22:00 to 24:00 lasting ideally at most 20 minutes [art. 4.4] }`);
        assert.match(one(c, 'exclusion-effort-only', 'info', 'ideally at most'), /the whole window, 600 minutes \(10 hours\), can be excluded, not 100 minutes/);
    });

    it('unequal-periods: a monthly guarantee allows 403.2 minutes in February', async () => {
        const c = await check(`
  availability { guaranteed 99% per month [art. 1.2] }`);
        assert.match(one(c, 'unequal-periods', 'info', 'guaranteed 99%'), /allows 403\.2 minutes \(6\.7 hours\) of downtime in 2027-02 \(28 days\) but 447 minutes \(7\.5 hours\) in 2027-10 \(31 days and 1 hour\)/);
        none(await check(`
  availability { guaranteed 99% per year }`), 'unequal-periods');
    });

    it('budget-below-deadline: 99.99% a month is less than one P1 resolved on time', async () => {
        const body = (g: string) => `
  priority P1 { resolution within 4 hours around the clock after reported }
  availability { guaranteed ${g} per month }`;
        assert.match(one(await check(body('99.99%')), 'budget-below-deadline', 'info', 'guaranteed 99.99%'), /resolution due .*, 240 minutes \(4 hours\)/);
        none(await check(body('99%')), 'budget-below-deadline');
    });
});
