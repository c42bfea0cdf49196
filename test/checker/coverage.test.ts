import * as assert from 'node:assert/strict';
import { check, none, one } from './helpers.js';

const SETUP = `  fee Maand per month
  availability [art. 10] { guaranteed 99.9% per month [art. 10.1] }`;

function bands(...lines: string[]): string {
    return `${SETUP}
  remedies [art. 11] {
    warning when availability is below the guarantee in a month
    compensation {
${lines.map((l) => `      ${l}`).join('\n')}
    }
  }`;
}

describe('model rules: coverage', () => {
    it('remedy-band-gap: exactly 95% is in neither band', async () => {
        const c = await check(bands('availability below 95%: 40% of Maand', 'availability above 95% below 99.9%: 20% of Maand'));
        assert.match(one(c, 'remedy-band-gap', 'warning', 'availability above 95%'), /exactly 95% availability is in no band/);
    });

    it('remedy-band-gap: nothing below the lowest band', async () => {
        const c = await check(bands('availability from 95% below 99.9%: 20% of Maand', 'availability from 90% below 95%: 40% of Maand'));
        assert.match(one(c, 'remedy-band-gap', 'warning', 'availability from 90%'), /availability below 90% gets no compensation/);
    });

    it('remedy-band-gap and -overlap: not for bands that meet at one bound', async () => {
        const c = await check(bands('availability below 95%: 40% of Maand', 'availability from 95% below 99.9%: 20% of Maand'));
        none(c, 'remedy-band-gap');
        none(c, 'remedy-band-overlap');
        none(c, 'remedy-band-short-of-guarantee');
        none(c, 'remedy-band-above-guarantee');
        none(c, 'band-edge-at-guarantee');
    });

    it('remedy-band-overlap: 95% is in both bands', async () => {
        const c = await check(bands('availability up to 95%: 40% of Maand', 'availability from 95% below 99.9%: 20% of Maand'));
        assert.match(one(c, 'remedy-band-overlap', 'warning', 'availability from 95%'), /exactly 95% availability is in two bands/);
    });

    it('remedy-band-short-of-guarantee: bands stop at 99.5% under a 99.9% guarantee', async () => {
        const c = await check(bands('availability below 95%: 40% of Maand', 'availability from 95% below 99.5%: 20% of Maand'));
        assert.match(one(c, 'remedy-band-short-of-guarantee', 'warning', 'below 99.5%'), /from 99\.5% up to 99\.9% misses the guarantee/);
    });

    it('remedy-band-above-guarantee: a band without an upper bound', async () => {
        const c = await check(bands('availability below 95%: 40% of Maand', 'availability from 95%: 20% of Maand'));
        one(c, 'remedy-band-above-guarantee', 'warning', 'availability from 95%:');
    });

    it('band-edge-at-guarantee: the top band includes the guarantee', async () => {
        const c = await check(bands('availability below 95%: 40% of Maand', 'availability from 95% up to 99.9%: 20% of Maand'));
        assert.match(one(c, 'band-edge-at-guarantee', 'info', 'up to 99.9%'), /exactly 99\.9% meets the guarantee and is still compensated 20%/);
    });

    it('clock-coverage-gap: a response clock only for reports during Werkdag', async () => {
        const c = await check(`
  priority P1 {
    response within 1 hour of Werkdag if reported during Werkdag [art. 5.2]
  }`);
        const msg = one(c, 'clock-coverage-gap', 'warning', 'response within 1 hour');
        assert.match(msg, /^Art\. 5\.2: P1 has response clocks only for reports during Werkdag: what is the response deadline for a report on Mon 2026-11-02 (08|17|18|19|2\d):\d\d\?/);
    });

    it('clock-coverage-gap: not when the other reports have a clock too', async () => {
        none(await check(`
  priority P1 {
    response within 1 hour of Werkdag if reported during Werkdag
    response within 2 hours around the clock if reported outside Werkdag
  }`), 'clock-coverage-gap');
    });

    it('compliance-without-deadline: a resolution target over a priority without resolution deadline', async () => {
        const c = await check(`
  priority P1 { resolution within 4 hours of Werkdag after reported }
  priority P3 { response within 16 hours of Werkdag after reported }
  resolution times met in at least 90% of incidents [art. 5.2]`);
        assert.match(one(c, 'compliance-without-deadline', 'warning', 'resolution times met'), /but P3 has no computable resolution deadline/);
    });

    it('compliance-without-deadline: not when the target names the priorities with deadlines', async () => {
        none(await check(`
  priority P1 { resolution within 4 hours of Werkdag after reported }
  priority P3 { response within 16 hours of Werkdag after reported }
  resolution times met in at least 90% of incidents of P1`), 'compliance-without-deadline');
    });

    it('remedy-level-undefined: a warning below a target the contract does not state', async () => {
        const c = await check(`${SETUP}
  remedies {
    warning when availability is below the target in a month
  }`);
        one(c, 'remedy-level-undefined', 'warning', 'below the target');
        none(await check(`${SETUP}
  remedies {
    warning when availability is below the guarantee in a month
  }`), 'remedy-level-undefined');
    });

    it('remedy-level-undefined: a clock judged by its share is a compliance target; one that is only a target is not', async () => {
        const contract = (clock: string) => `${SETUP}
  priority P9 {
    response within 1 hour around the clock after reported
    ${clock}
  }
  remedies {
    warning when the workaround compliance target is missed in a month
  }`;
        none(await check(contract('workaround within 4 hours around the clock after reported in at least 90% of incidents per month')), 'remedy-level-undefined');
        one(await check(contract('workaround within 4 hours around the clock after reported in at least 90% of incidents per month as a target')),
            'remedy-level-undefined', 'warning', 'workaround compliance target');
    });
});
