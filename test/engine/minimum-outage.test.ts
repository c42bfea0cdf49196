/**
 * "outages shorter than 5 minutes not counted": an outage below the minimum is no
 * downtime at all; at exactly the minimum it counts whole. The whole outage's length
 * decides, also when a period boundary cuts it.
 */
import * as assert from 'node:assert/strict';
import { services, validate, withCode } from '../support/sla.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';

const contract = (outages: string, minimum = 'outages shorter than 5 minutes not counted [art. 3.4]') => `contract "M" {
  provider "P"
  customer "C"
  time zone "Europe/Amsterdam"
  availability {
    guaranteed 99.9% per month
    measured around the clock
    ${minimum}
  }
  scenario "S" from 2026-10 to 2026-11 {
${outages}
  }
}
`;

async function months(text: string) {
    const { document, diagnostics } = await validate(text);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1).map((d) => d.message), []);
    const model = services.Sla.model.ModelCache.get(document.parseResult.value);
    const run = runScenario(model, model.scenarios[0]);
    assert.deepEqual(run.errors, []);
    return run.simulation.periods;
}

describe('minimum outage length', () => {
    it('an outage of 4:59 is no downtime, one of exactly 5 minutes counts whole', async () => {
        const [, november] = await months(contract([
            '    outage id A from 2026-11-03 10:00 to 10:04',
            '    outage id B from 2026-11-04 10:00 to 10:05',
            '    outage id C from 2026-11-05 10:00 to 10:30',
        ].join('\n')));
        assert.equal(november.period, '2026-11');
        assert.equal(november.downtimeMinutes, 35);
        assert.equal(november.shortOutageMinutes, 4);
        assert.deepEqual(november.shortOutages, ['A']);
        assert.deepEqual(november.incidents, ['B', 'C']);
        assert.match(november.explanation, /not downtime, shorter than the minimum: 4 min \(incidents A\)/);
    });

    it('an outage across midnight of the month end counts in both months by its whole length', async () => {
        const [october, november] = await months(contract('    outage id X from 2026-10-31 23:58 to 2026-11-01 00:04'));
        // 6 minutes in all (2 in October, 4 in November): at least the minimum, so all of it counts.
        assert.equal(october.downtimeMinutes, 2);
        assert.equal(november.downtimeMinutes, 4);
        assert.equal(october.shortOutageMinutes, 0);
    });

    it('without the clause, every outage counts and the rows say nothing about short outages', async () => {
        const [, november] = await months(contract('    outage id A from 2026-11-03 10:00 to 10:04', ''));
        assert.equal(november.downtimeMinutes, 4);
        assert.equal(november.shortOutageMinutes, undefined);
    });

    it('a minimum in working days or hours of a calendar is flagged, not silently ignored', async () => {
        const { diagnostics } = await validate(contract('', 'outages shorter than 1 working day not counted'));
        const found = withCode(diagnostics, 'unit-kind-mismatch');
        assert.equal(found.length, 1);
        assert.match(String(found[0].message), /elapsed minutes or hours, not in working-days; as written it has no effect/);
    });
});
