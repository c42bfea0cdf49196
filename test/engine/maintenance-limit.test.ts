/**
 * "lasting at most 2 hours" limits what maintenance may take: inside its window and
 * announced in time, the first two hours are excluded and the rest counts as downtime.
 * "ideally at most" is an aim and limits nothing.
 */
import * as assert from 'node:assert/strict';
import { services, validate } from '../support/sla.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';

const contract = (lasting: string, window = 'Saturday 00:00 to 06:00') => `contract "M" {
  provider "P"
  customer "C"
  time zone "Europe/Amsterdam"
  availability {
    guaranteed 99.5% per month
    measured around the clock
    not counted: planned maintenance within window
  }
  maintenance {
    planned: ${window} ${lasting} [art. 4.1]
  }
  scenario "S" in 2026-11 {
    maintenance planned 2026-11-07 01:00 for 3 hours
  }
}
`;

async function november(text: string) {
    const { document, diagnostics } = await validate(text);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1).map((d) => d.message), []);
    const model = services.Sla.model.ModelCache.get(document.parseResult.value);
    const run = runScenario(model, model.scenarios[0]);
    assert.deepEqual(run.errors, []);
    return run.simulation.periods[0];
}

describe('maintenance that may last at most so long', () => {
    it('a binding maximum: 2 of the 3 hours excluded, the third counts', async () => {
        const p = await november(contract('lasting at most 2 hours'));
        assert.equal(p.excludedMinutes, 120);
        assert.equal(p.downtimeMinutes, 60);
        assert.match(p.explanation, /60 min beyond the 2 hours that planned maintenance may last count \(art\. 4\.1\)/);
    });

    it('an aim ("ideally at most") limits nothing', async () => {
        const p = await november(contract('lasting ideally at most 2 hours'));
        assert.equal(p.excludedMinutes, 180);
        assert.equal(p.downtimeMinutes, 0);
    });

    it('outside the window still counts, and the maximum runs from the start of the work', async () => {
        // 01:00-04:00 in a window 02:00-06:00: 01:00-02:00 is outside (counts); of the
        // part inside, 02:00-03:00 lies within the first 2 hours (excluded), 03:00-04:00 not.
        const p = await november(contract('lasting at most 2 hours', 'Saturday 02:00 to 06:00'));
        assert.equal(p.excludedMinutes, 60);
        assert.equal(p.downtimeMinutes, 120);
    });
});
