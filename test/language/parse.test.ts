import * as assert from 'node:assert/strict';
import { parse, modelOf, contract } from '../support/sla.js';

describe('grammar', () => {
    it('parses a priority with response and resolution clocks', async () => {
        const doc = await parse(contract(`
  priority P1 "Crash" [art. 4.3] {
    means "Nobody can log in."
    response within 1 hour of Werkdag after reported [art. 5.2]
    resolution within 4 hours of Werkdag after response [art. 5.2]
    resolution by end of the same day of Werkdag if reported during Werkdag [art. 5.4]
  }`));
        assert.deepEqual(doc.parseResult.parserErrors.map((e) => e.message), []);
        assert.deepEqual(doc.parseResult.lexerErrors, []);
    });

    it('builds the model with units normalised and articles kept', async () => {
        const m = await modelOf(contract(`
  priority P1 "Crash" {
    response within 1 hour of Werkdag after reported [art. 5.2]
    resolution within 4 hours around the clock after response
  }
  availability [art. 10] { guaranteed 99.92% per quarter }`));
        assert.equal(m.zone, 'Europe/Amsterdam');
        assert.deepEqual(m.calendars[0].weekly[1], [{ from: 540, to: 1020 }]);
        assert.deepEqual(m.calendars[0].weekly[6], []);
        const [resp, resol] = m.priorities[0].clocks;
        assert.deepEqual(resp.rule, { type: 'within', duration: { amount: 1, unit: 'hour', minutes: 60, calendar: 'Werkdag' }, basis: { type: 'calendar', calendar: 'Werkdag' }, from: 'reported' });
        assert.equal(resp.article, 'art. 5.2');
        assert.deepEqual(resol.rule, { type: 'within', duration: { amount: 4, unit: 'hour', minutes: 240 }, basis: { type: 'around-the-clock' }, from: 'responded' });
        assert.equal(m.availability?.guarantee?.value, 0.9992);
        assert.equal(m.availability?.guarantee?.period, 'quarter');
        assert.equal(m.availability?.article, 'art. 10');
    });

    it('splits a range that crosses midnight onto the next day', async () => {
        const m = await modelOf(`contract "X" { calendar Nacht { Friday 22:00 to 02:00  Sunday 20:00 to 24:00 } }`);
        assert.deepEqual(m.calendars[0].weekly[5], [{ from: 1320, to: 1440 }]);
        assert.deepEqual(m.calendars[0].weekly[6], [{ from: 0, to: 120 }]);
        assert.deepEqual(m.calendars[0].weekly[7], [{ from: 1200, to: 1440 }]);
    });
});
