/** `sla test FILE... [--json]`: runs the scenarios written in contracts and checks their `expect` lines. */
import { runScenario, type ScenarioResult } from '../engine/scenario.js';
import { describeExpectation } from '../services/scenario-runs.js';
import { loadContract } from './load-contract.js';
import { EXIT, type CommandIO } from './io.js';

export async function testCommand(files: string[], json: boolean, io: CommandIO): Promise<number> {
    const report: { file: string; scenarios: ScenarioResult[] }[] = [];
    let failed = 0, passed = 0, worst: number = EXIT.ok;
    for (const file of files) {
        const loaded = await loadContract(file, io);
        if (!loaded.ok) {
            worst = Math.max(worst, loaded.exit);
            continue;
        }
        const scenarios = loaded.model.scenarios.map((s) => runScenario(loaded.model, s));
        report.push({ file, scenarios });
        for (const s of scenarios) {
            if (!json) io.out(`${file}: scenario "${s.scenario}"`);
            for (const e of s.errors) {
                failed++;
                if (!json) io.out(`  ERROR  event ${e.event}: ${e.message}`);
            }
            for (const r of s.expectations) {
                r.passed ? passed++ : failed++;
                if (!json) {
                    const where = `${file}:${r.expectation.span.line}:${r.expectation.span.column}`;
                    io.out(`  ${r.passed ? 'pass' : 'FAIL'}  expect ${describeExpectation(r.expectation)}   (${r.actual})${r.passed ? '' : '   ' + where}`);
                }
            }
        }
        if (!json && !scenarios.length) io.out(`${file}: no scenarios`);
    }
    if (json) {
        io.out(JSON.stringify(report.map((f) => ({
            file: f.file,
            scenarios: f.scenarios.map((s) => ({
                scenario: s.scenario,
                errors: s.errors,
                expectations: s.expectations.map((r) => ({
                    expect: describeExpectation(r.expectation), line: r.expectation.span.line,
                    column: r.expectation.span.column, passed: r.passed, actual: r.actual,
                })),
            })),
        })), null, 2));
    } else {
        io.out(`expectations: ${passed} passed, ${failed} failed`);
    }
    return worst !== EXIT.ok ? worst : failed ? EXIT.errors : EXIT.ok;
}
