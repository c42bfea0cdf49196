import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scanScenarios } from '../../extension/src/testing/scenario-scan.js';
import { scenarioVerdict } from '../../extension/src/testing/scenario-outcomes.js';

describe('Test Explorer: scenarios found in the text', () => {
    it('the Avetica sample: three scenarios with their expect lines', () => {
        const text = readFileSync('samples/avetica-moodle.sla', 'utf8');
        const lines = text.split('\n');
        const s = scanScenarios(text);
        assert.deepEqual(s.map((x) => x.name), ['Vrijdagmiddag-crash', 'Een slecht kwartaal', 'Twee waarschuwingen']);
        // Every scenario line and expect line found is one the file has there.
        for (const x of s) {
            assert.match(lines[x.line - 1], new RegExp(`^\\s*scenario "${x.name}"`));
            for (const e of x.expects) assert.equal(lines[e.line - 1].trim(), `expect ${e.text}`);
        }
        assert.deepEqual(s.map((x) => x.expects.length), [2, 4, 3]);
        assert.equal(s[0].expects[0].text, 'response missed for incident 1');
    });

    it('ignores scenarios and braces in comments and strings; expect only directly in the scenario', () => {
        const text = [
            'contract "A { b" {', // 1
            '  // scenario "commented" in 2026-01 {', // 2
            '  /* scenario "block" in 2026-01 {', // 3
            '     expect warning */', // 4
            '  scenario "x \\" {" in 2026-01 {', // 5
            '    incident 1 P1 reported 2026-01-05 10:00 note "}"', // 6
            '    expect response met for incident 1 // why', // 7
            '    expect no compensation }', // 8
            '  expect warning', // 9: outside any scenario
            '}',
        ].join('\n');
        const s = scanScenarios(text);
        assert.equal(s.length, 1);
        assert.equal(s[0].name, 'x " {');
        assert.equal(s[0].line, 5);
        assert.deepEqual(s[0].expects.map((e) => [e.line, e.text]), [[7, 'response met for incident 1'], [8, 'no compensation']]);
    });

    it('a scenario being typed (not closed yet) still lists its expects', () => {
        const s = scanScenarios('scenario "new" in 2026-01 {\n  expect warning\n');
        assert.deepEqual(s.map((x) => [x.name, x.expects.length]), [['new', 1]]);
    });
});

describe('Test Explorer: verdicts of a run', () => {
    const outcome = {
        scenario: 'S', line: 10, from: '2026-01', to: '2026-01', passed: 1, failed: 1, errors: [],
        expectations: [
            { expect: 'warning in 2026-01', line: 12, passed: true, actual: 'warning in 2026-01' },
            { expect: 'response met for incident 1', line: 13, passed: false, actual: 'response of incident 1 was missed (due 2026-01-05T11:00:00+01:00)' },
        ],
    };

    it('a failed expect: expected and actual, and the scenario failed with the count', () => {
        const v = scenarioVerdict(outcome);
        assert.equal(v.state, 'failed');
        assert.deepEqual(v.messages, ['1 of 2 expectation(s) of "S" failed.']);
        assert.deepEqual(v.expects.map((x) => [x.line, x.passed]), [[12, true], [13, false]]);
        assert.equal(v.expects[1].expected, 'expect response met for incident 1');
        assert.equal(v.expects[1].message, 'Expected response met for incident 1, but response of incident 1 was missed (due 2026-01-05T11:00:00+01:00).');
    });

    it('all passed; events that could not be read make it errored', () => {
        assert.equal(scenarioVerdict({ ...outcome, expectations: [outcome.expectations[0]] }).state, 'passed');
        const e = scenarioVerdict({ ...outcome, errors: [{ event: '1', message: 'cannot read the time' }] });
        assert.equal(e.state, 'errored');
        assert.deepEqual(e.messages, ['Event 1 was left out of the run: cannot read the time']);
    });
});
