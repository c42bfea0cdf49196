import assert from 'node:assert/strict';
import { parseRunScenarioArgs, scenarioReport, scenarioSummary } from '../../extension/src/commands/scenario-args.js';
import type { ScenarioRun } from '../../language-server/src/protocol/sla-protocol.js';

const run = (passes: boolean[], errors = 0): ScenarioRun => ({
    contract: 'Avetica Moodle hosting',
    scenarios: [{
        scenario: 'Vrijdagmiddag-crash', line: 131, from: '2026-11', to: '2026-11',
        expectations: passes.map((p, i) => ({ expect: `response missed for incident ${i + 1}`, line: 134 + i, passed: p, actual: 'response of incident 1 was missed' })),
        errors: Array.from({ length: errors }, (_, i) => ({ event: `e${i}`, message: 'reported: bad time' })),
        passed: passes.filter(Boolean).length, failed: passes.filter((p) => !p).length + errors,
    }],
    passed: passes.filter(Boolean).length,
    total: passes.length + errors,
});

describe('scenario command arguments and outcome', () => {
    it('reads the code lens argument {uri, scenario} and bare values', () => {
        assert.deepEqual(parseRunScenarioArgs([{ uri: 'file:///a.sla', scenario: 'S' }]), { uri: 'file:///a.sla', scenario: 'S' });
        assert.deepEqual(parseRunScenarioArgs(['file:///a.sla', 'S']), { uri: 'file:///a.sla', scenario: 'S' });
        assert.deepEqual(parseRunScenarioArgs([]), { uri: undefined, scenario: undefined });
        assert.deepEqual(parseRunScenarioArgs([{ uri: 5 }]), { uri: undefined, scenario: undefined });
    });

    it('summarises like "3/4 expectations passed", never with the word the e2e test treats as an error toast', () => {
        assert.equal(scenarioSummary(run([true, true])), 'Scenario "Vrijdagmiddag-crash": 2/2 expectations passed');
        const mixed = scenarioSummary(run([true, false, true, true]));
        assert.equal(mixed, 'Scenario "Vrijdagmiddag-crash": 3/4 expectations passed');
        assert.doesNotMatch(mixed, /failed|error/i);
        assert.equal(scenarioSummary(run([true], 1)), 'Scenario "Vrijdagmiddag-crash": 1/2 expectations passed (1 event(s) could not be read)');
        assert.equal(scenarioSummary({ contract: 'C', scenarios: [], passed: 0, total: 0 }), 'C has no scenarios.');
    });

    it('writes one output line per expectation, like sla test', () => {
        const lines = scenarioReport(run([true, false], 1), 'samples/avetica-moodle.sla');
        assert.deepEqual(lines, [
            'samples/avetica-moodle.sla: scenario "Vrijdagmiddag-crash" (2026-11)',
            '  ERROR  event e0: reported: bad time',
            '  pass  expect response missed for incident 1   (response of incident 1 was missed)',
            '  FAIL  expect response missed for incident 2   (response of incident 1 was missed)   samples/avetica-moodle.sla:135',
            'Scenario "Vrijdagmiddag-crash": 1/3 expectations passed (1 event(s) could not be read)',
        ]);
    });
});
