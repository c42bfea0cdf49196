/**
 * The testable part of the scenario commands: reading the code lens arguments and
 * writing the outcome for the output channel and the notification. No vscode import.
 */
import type { ScenarioRun } from '../../../language-server/src/protocol/sla-protocol.js';

export interface RunScenarioArgs {
    uri?: string;
    scenario?: string;
}

/** `{uri, scenario}` from the code lens, or `[{uri, scenario}]`, or the bare values. */
export function parseRunScenarioArgs(args: unknown[]): RunScenarioArgs {
    const first = args[0];
    if (first && typeof first === 'object' && !Array.isArray(first)) {
        const a = first as Record<string, unknown>;
        const uri = typeof a.uri === 'string' ? a.uri : undefined;
        const scenario = typeof a.scenario === 'string' ? a.scenario : typeof a.name === 'string' ? a.name : undefined;
        if (uri !== undefined || scenario !== undefined) return { uri, scenario };
    }
    const [uri, scenario] = args;
    return { uri: typeof uri === 'string' ? uri : undefined, scenario: typeof scenario === 'string' ? scenario : undefined };
}

/** "2/2 expectations passed", with the scenario's name when only one ran. */
export function scenarioSummary(run: ScenarioRun): string {
    const what = run.scenarios.length === 1 ? `Scenario "${run.scenarios[0].scenario}": ` : `${run.scenarios.length} scenarios: `;
    if (run.scenarios.length === 0) return `${run.contract} has no scenarios.`;
    const errors = run.scenarios.reduce((n, s) => n + s.errors.length, 0);
    return `${what}${run.passed}/${run.total} expectations passed${errors ? ` (${errors} event(s) could not be read)` : ''}`;
}

/** Lines for the "SLA" output channel, one per expectation, like `sla test`. */
export function scenarioReport(run: ScenarioRun, file: string): string[] {
    const lines: string[] = [];
    for (const s of run.scenarios) {
        lines.push(`${file}: scenario "${s.scenario}" (${s.from === s.to ? s.from : `${s.from}..${s.to}`})`);
        for (const e of s.errors) lines.push(`  ERROR  event ${e.event}: ${e.message}`);
        for (const x of s.expectations) {
            lines.push(`  ${x.passed ? 'pass' : 'FAIL'}  expect ${x.expect}   (${x.actual})${x.passed ? '' : `   ${file}:${x.line}`}`);
        }
    }
    lines.push(scenarioSummary(run));
    return lines;
}
