import { strict as assert } from 'node:assert';
import { contract, modelOf } from '../support/sla.js';

describe('model: scenario outages "for" a duration', () => {
    async function outage(line: string) {
        const model = await modelOf(contract(`  scenario "S" from 2026-03 to 2026-11 {\n    ${line}\n  }`));
        const e = model.scenarios[0].events[0];
        return [e.downFrom, e.downTo];
    }
    it('hours are elapsed time: 24 hours from Saturday noon over the spring change end Sunday 13:00', async () => {
        assert.deepEqual(await outage('outage force majeure 2026-03-28 12:00 for 24 hours'), ['2026-03-28T12:00', '2026-03-29T13:00']);
    });
    it('a day is a calendar day: from Saturday noon to Sunday noon (23 hours in spring, 25 in autumn)', async () => {
        assert.deepEqual(await outage('outage force majeure 2026-03-28 12:00 for 1 day'), ['2026-03-28T12:00', '2026-03-29T12:00']);
        assert.deepEqual(await outage('outage force majeure 2026-10-24 12:00 for 1 day'), ['2026-10-24T12:00', '2026-10-25T12:00']);
    });
    it('a week is a calendar week', async () => {
        assert.deepEqual(await outage('outage force majeure 2026-03-27 10:00 for 1 week'), ['2026-03-27T10:00', '2026-04-03T10:00']);
    });
});
