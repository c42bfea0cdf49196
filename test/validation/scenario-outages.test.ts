/**
 * Outages as scenario events: one an uptime monitor saw, with no ticket and no cause,
 * counts as downtime; one with a cause the contract excludes does not.
 */
import * as assert from 'node:assert/strict';
import { services, validate } from '../support/sla.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';

const TEXT = `contract "O" {
  provider "P"
  customer "C"
  time zone "Europe/Amsterdam"
  availability {
    guaranteed 99.9% per month
    measured around the clock
    not counted: force majeure
  }
  remedies {
    warning when availability is below the guarantee in a month
  }
  scenario "Monitor" in 2026-11 {
    outage id M1 from 2026-11-10 10:00 to 11:00
    outage force majeure from 2026-11-20 10:00 to 11:00
    outage from 2026-11-30 23:30 to 2026-12-01 00:30
    expect availability below guarantee in 2026-11
    expect warning in 2026-11
  }
}
`;

describe('outages as scenario events', () => {
    it('an outage without a cause counts as downtime; one with an excluded cause does not', async () => {
        const { diagnostics, document } = await validate(TEXT);
        assert.deepEqual(diagnostics.filter((d) => d.severity === 1).map((d) => d.message), []);
        const model = services.Sla.model.ModelCache.get(document.parseResult.value);
        const [scenario] = model.scenarios;
        assert.deepEqual(scenario.events.map((e) => [e.id, e.kind]), [['M1', 'incident'], ['force-majeure-2', 'force-majeure'], ['outage-3', 'incident']]);
        const run = runScenario(model, scenario);
        assert.deepEqual(run.errors, []);
        const [november] = run.simulation.periods;
        // November 2026 has 43,200 minutes: M1 60 and the last half hour of the 30th count,
        // the force majeure hour is excluded, and the half hour on 1 December lies outside.
        assert.equal(november.scheduledMinutes, 43_200);
        assert.equal(november.downtimeMinutes, 90);
        assert.equal(november.excludedMinutes, 60);
        assert.equal(november.availabilityPercent.toFixed(6), ((43_200 - 90) / 43_200 * 100).toFixed(6));
        assert.ok(run.expectations.every((e) => e.passed), JSON.stringify(run.expectations.map((e) => e.actual)));
    });
});

describe('dates before the year 1000', () => {
    it('a scenario month or moment before 1000 is an invalid date, not a silent nothing', async () => {
        const { diagnostics } = await validate('contract "Y" {\n  time zone "Europe/Amsterdam"\n  scenario "Old" in 0999-01 {\n    outage from 0999-01-10 10:00 to 11:00\n  }\n}\n');
        const invalid = diagnostics.filter((d) => d.code === 'invalid-date');
        assert.deepEqual(invalid.map((d) => d.range.start.line), [2, 3]);
        assert.match(String(invalid[0].message), /0999-01 lies before the year 1000/);
    });
});
