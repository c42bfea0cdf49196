import * as assert from 'node:assert/strict';
import { check, none, one } from './helpers.js';

describe('model rules: computed contradictions', () => {
    it('clock-contradiction: the same-day cap falls before the response deadline (Avetica 5.2/5.4)', async () => {
        const c = await check(`
  priority P1 "Crash" {
    response within 1 hour of Werkdag after reported [art. 5.2]
    resolution within 4 hours of Werkdag after response [art. 5.2]
    resolution by end of the same day of Werkdag if reported during Werkdag [art. 5.4]
  }`);
        const msg = one(c, 'clock-contradiction', 'warning', 'by end of the same day');
        assert.match(msg, /P1 reported Mon 2026-11-02 16:15 \(Europe\/Amsterdam\): resolution due Mon 2026-11-02 17:00 \(the same-day cap, art\. 5\.4\) but response due Tue 2026-11-03 09:15 \(art\. 5\.2\)/);
        none(c, 'clock-never-decides');
    });

    it('clock-contradiction: not without the cap', async () => {
        none(await check(`
  priority P1 {
    response within 1 hour of Werkdag after reported
    resolution within 4 hours of Werkdag after response
  }`), 'clock-contradiction');
    });

    it('clock-never-decides: a clause for outside Werkdag that the general clause always beats', async () => {
        const c = await check(`
  priority P1 {
    response within 1 hour of Werkdag after reported
    response within 2 hours of Werkdag if reported outside Werkdag
  }`);
        one(c, 'clock-never-decides', 'warning', 'within 2 hours');
    });

    it('clock-never-decides: not when each clause has its own reports', async () => {
        none(await check(`
  priority P1 {
    response within 1 hour of Werkdag if reported during Werkdag
    response within 2 hours around the clock if reported outside Werkdag
  }`), 'clock-never-decides');
    });
});
