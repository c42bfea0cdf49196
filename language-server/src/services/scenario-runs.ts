/**
 * One scenario run per model and scenario, shared by the code lens, the inlay hints and
 * the expectation diagnostics of a document version (the model is rebuilt on each edit),
 * and the words for an expectation that `sla test` and the editor's scenario run print.
 */
import type { ContractModel, Expectation, ScenarioModel } from '../model/types.js';
import { runScenario, scenarioIncidents, type ScenarioResult } from '../engine/scenario.js';
import type { Incident } from '../engine/incident-log.js';

export interface ScenarioRun {
    result: ScenarioResult;
    /** The events as the engine read them (epoch ms), by id. */
    incidents: Map<string, Incident>;
}

/** The runs of the scenarios of the models still in use (weakly held: an edit drops them). */
export class ScenarioRuns {
    private readonly runs = new WeakMap<ScenarioModel, ScenarioRun | null>();

    get(model: ContractModel, scenario: ScenarioModel): ScenarioRun | undefined {
        let run = this.runs.get(scenario);
        if (run === undefined) {
            try {
                const result = runScenario(model, scenario);
                const incidents = new Map(scenarioIncidents(model, scenario).incidents.map((i) => [i.id, i]));
                run = { result, incidents };
            } catch {
                run = null; // a contract the engine cannot run yet (mid-edit); the editor shows nothing
            }
            this.runs.set(scenario, run);
        }
        return run ?? undefined;
    }
}

/** The expectation as the writer wrote it, in words, for the report line. */
export function describeExpectation(x: Expectation): string {
    const pct = (v: number) => `${+(v * 100).toFixed(4)}%`;
    const period = 'period' in x && x.period ? ` in ${x.period}` : '';
    switch (x.type) {
        case 'deadline': return `${x.clock} ${x.met ? 'met' : 'missed'} for incident ${x.incident}`;
        case 'availability': {
            const of = x.service !== undefined ? ` of "${x.service}"` : '';
            if (x.exact) return `availability${of} is ${(x.exact.value * 100).toFixed(x.exact.decimals)}%${period}`;
            return `availability${of} ${x.above ? 'above' : 'below'} ${typeof x.level === 'number' ? pct(x.level) : x.level}${period}`;
        }
        case 'compliance': return `${x.clock ? x.clock + ' ' : ''}compliance${x.clause ? ` of [${x.clause}]` : ''} ${x.judge.type === 'met' ? (x.judge.met ? 'met' : 'missed') : `${x.judge.above ? 'above' : 'below'} ${pct(x.judge.value)}`}${x.priorities.length ? ` for ${x.priorities.join(', ')}` : ''}${period}`;
        case 'remedy': return `${x.given ? '' : 'no '}${x.remedy}${x.percent !== undefined ? ' ' + pct(x.percent) : ''}`
            + `${x.money ? ` ${x.money.amount} ${x.money.currency}` : ''}${x.service !== undefined ? ` for "${x.service}"` : ''}${x.incident !== undefined ? ` for incident ${x.incident}` : ''}${period}`;
    }
}

/** A scenario's run as `sla test` and the editor's "Run Scenarios" report it. */
export interface ScenarioReport {
    /** The scenario's name. */
    scenario: string;
    expectations: { expect: string; line: number; column: number; passed: boolean; actual: string }[];
    /** Events whose times could not be read (left out of the run). */
    errors: { event: string; message: string }[];
    passed: number;
    /** Failed expectations and events left out. */
    failed: number;
}

/** Runs a scenario and words its expectations. */
export function reportScenario(model: ContractModel, scenario: ScenarioModel): ScenarioReport {
    const r = runScenario(model, scenario);
    const expectations = r.expectations.map((x) => ({
        expect: describeExpectation(x.expectation), line: x.expectation.span.line, column: x.expectation.span.column,
        passed: x.passed, actual: x.actual,
    }));
    const passed = expectations.filter((x) => x.passed).length;
    return { scenario: r.scenario, expectations, errors: r.errors, passed, failed: expectations.length - passed + r.errors.length };
}
