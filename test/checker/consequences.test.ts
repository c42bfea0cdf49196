import * as assert from 'node:assert/strict';
import { check, none, one } from './helpers.js';

describe('model rules: consequences', () => {
    it("'guarantee-without-remedy': a guarantee nothing follows from (Klik art. 1.2 and 2.3)", async () => {
        const c = await check(`
  availability [art. 1] {
    guaranteed 99% per month [art. 1.2]
  }`);
        assert.match(one(c, 'guarantee-without-remedy', 'info', 'guaranteed 99%'), /^Art\. 1\.2: the 99% guarantee per month has no remedy in this contract/);
    });

    it("'guarantee-without-remedy': not when a warning follows from missing it", async () => {
        none(await check(`
  availability { guaranteed 99% per month }
  remedies { warning when availability is below the guarantee in a month }`), 'guarantee-without-remedy');
    });

    it("'announced-without-notice': excluded if announced, but the window sets no notice (Klik art. 2.1)", async () => {
        const c = await check(`
  availability { guaranteed 99% per month
    not counted: planned maintenance within window if announced [art. 2.1] }
  maintenance { planned: Friday 22:00 to 24:00 [art. 4.2] }
  remedies { warning when availability is below the guarantee in a month }`);
        assert.match(one(c, 'announced-without-notice', 'info', 'not counted: planned'),
            /^Art\. 2\.1: planned maintenance is only excluded 'if announced', but no notice period is set for it \(art\. 4\.2\)/);
    });

    it("'announced-without-notice': not when the window states its notice", async () => {
        none(await check(`
  availability { guaranteed 99% per month
    not counted: planned maintenance within window if announced }
  maintenance { planned: Friday 22:00 to 24:00 announced 1 week before }`), 'announced-without-notice');
    });
});
