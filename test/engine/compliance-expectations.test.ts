/**
 * Compliance as scenario expectations: "expect resolution compliance met in 2026-Q1",
 * "expect response compliance below 90% for P1 in 2026-11", "expect compliance of
 * [art. 5.2] met in 2026-Q1". Rows are chosen by kind, clause article and the clause's
 * priorities; a quarter takes the monthly rows inside it.
 */
import * as assert from 'node:assert/strict';
import { services, validate } from '../support/sla.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';

const text = (expects: string) => `contract "K" {
  provider "P"
  customer "C"
  time zone "Europe/Amsterdam"
  priority P1 { response within 1 hour around the clock  resolution within 4 hours around the clock }
  priority P2 { response within 4 hours around the clock  resolution within 2 days }
  response times met in at least 90% of incidents of P1 per month [art. 5.1]
  resolution times met in at least 50% of incidents per quarter [art. 5.2]
  scenario "S" from 2026-01 to 2026-03 {
    incident 1 P1 reported 2026-01-05 10:00 responded 10:30 resolved 12:00
    incident 2 P1 reported 2026-02-05 10:00 responded 12:00 resolved 13:00
    incident 3 P2 reported 2026-02-06 10:00 responded 11:00 resolved 2026-02-10 10:00
${expects}
  }
}
`;

async function results(expects: string[]) {
    const { document, diagnostics } = await validate(text(expects.map((e) => `    ${e}`).join('\n')));
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1 && !/expectation/.test(String(d.code))).map((d) => d.message), []);
    const model = services.Sla.model.ModelCache.get(document.parseResult.value);
    return runScenario(model, model.scenarios[0]).expectations.map((x) => [x.passed, x.actual] as const);
}

describe('compliance expectations', () => {
    it('met, missed and shares per clause, priority and period', async () => {
        const r = await results([
            'expect resolution compliance met in 2026-Q1', // 2 of 3 in time = 66.7% >= 50%
            'expect response compliance met for P1 in 2026-01',
            'expect response compliance below 90% for P1 in 2026-02', // 0 of 1
            'expect response compliance missed in 2026-Q1', // February's row is in Q1
            'expect compliance of [art. 5.2] above 66% in 2026-Q1',
            'expect compliance of [art. 5.2] below 66.67% in 2026-Q1',
            'expect response compliance met in 2026-Q1', // fails: February missed
            'expect response compliance met for P2', // fails: no clause for exactly P2
        ]);
        assert.deepEqual(r.map(([p]) => p), [true, true, true, true, true, true, false, false]);
        assert.match(r[0][1], /resolution 2026-Q1: 2 of 3 in time \(66.67%, at least 50% met\)/);
        assert.match(r[7][1], /no response compliance for P2; the clauses are: /);
    });

    it('a share exactly at the figure is above it, not below: 0 of 1 in time is "above 0%" and not "below 0%"', async () => {
        const r = await results(['expect response compliance above 0% for P1 in 2026-02', 'expect response compliance below 0% for P1 in 2026-02']);
        assert.deepEqual(r.map(([p]) => p), [true, false]);
    });
});
