import assert from 'node:assert/strict';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import { formatSimulation } from '../../language-server/src/render/simulation-text.js';
import { modelOf } from '../support/sla.js';

/** The incident line of a contract whose clocks are targets or shares: what there is, not "none". */
async function textOf(clocks: string): Promise<string> {
    const model = await modelOf(`contract "T" {
  time zone "UTC"
  priority P1 { ${clocks} }
  scenario "S" in 2026-06 {
    incident A P1 reported 2026-06-03 08:00 responded 08:30 resolved 14:00
  }
}
`);
    return formatSimulation(runScenario(model, model.scenarios[0]).simulation);
}

describe('simulate text: incidents of contracts with targets only', () => {
    it('says "target only" for a response and resolution that are targets, then lists them', async () => {
        // Response due 09:00 (met at 08:30), resolution due 12:00 (missed at 14:00): targets, so "missed" in lower case.
        const text = await textOf('response within 1 hour around the clock after reported as a target  resolution within 4 hours around the clock after reported as a target');
        assert.match(text, /\n {2}A P1: response: target only; resolution: target only\n {6}response \(target\) by 2026-06-03T09:00:00\+00:00 met\n {6}resolution \(target\) by 2026-06-03T12:00:00\+00:00 missed\n/);
    });

    it('says "share of incidents only" for a share clock, and keeps a commitment and a clock that does not exist as they were', async () => {
        const text = await textOf('response within 1 hour around the clock after reported  resolution within 4 hours around the clock after reported in at least 90% of incidents per month');
        assert.match(text, /A P1: response by 2026-06-03T09:00:00\+00:00 met; resolution: share of incidents only\n/);
        const bare = await textOf('resolution within 4 hours around the clock after reported');
        assert.match(bare, /A P1: response: none; resolution by 2026-06-03T12:00:00\+00:00 MISSED\n/);
    });
});
