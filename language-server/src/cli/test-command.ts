/** `sla test FILE... [--json]`: runs the scenarios written in contracts and checks their `expect` lines. */
import { reportScenario, type ScenarioReport } from '../services/scenario-runs.js';
import { loadContract } from './load-contract.js';
import { EXIT, type CommandIO } from './io.js';

export async function testCommand(files: string[], json: boolean, io: CommandIO): Promise<number> {
    const report: { file: string; scenarios: ScenarioReport[] }[] = [];
    let failed = 0, passed = 0, worst: number = EXIT.ok;
    for (const file of files) {
        const loaded = await loadContract(file, io);
        if (!loaded.ok) {
            worst = Math.max(worst, loaded.exit);
            continue;
        }
        const scenarios = loaded.model.scenarios.map((s) => reportScenario(loaded.model, s));
        report.push({ file, scenarios });
        for (const s of scenarios) {
            passed += s.passed;
            failed += s.failed;
            if (json) continue;
            io.out(`${file}: scenario "${s.scenario}"`);
            for (const e of s.errors) io.out(`  ERROR  event ${e.event}: ${e.message}`);
            for (const r of s.expectations) {
                const where = `${file}:${r.line}:${r.column}`;
                io.out(`  ${r.passed ? 'pass' : 'FAIL'}  expect ${r.expect}   (${r.actual})${r.passed ? '' : '   ' + where}`);
            }
        }
        if (!json && !scenarios.length) io.out(`${file}: no scenarios`);
    }
    if (json) {
        io.out(JSON.stringify(report.map((f) => ({
            file: f.file,
            scenarios: f.scenarios.map((s) => ({ scenario: s.scenario, errors: s.errors, expectations: s.expectations })),
        })), null, 2));
    } else {
        io.out(`expectations: ${passed} passed, ${failed} failed`);
    }
    return worst !== EXIT.ok ? worst : failed ? EXIT.errors : EXIT.ok;
}
