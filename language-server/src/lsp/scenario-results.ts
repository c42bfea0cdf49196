/**
 * One scenario run per model and scenario, shared by the code lens, the inlay hints and
 * the expectation diagnostics of a document version (the model is rebuilt on each edit).
 */
import type { AstNode } from 'langium';
import type { ContractModel, ScenarioModel, SourceSpan } from '../model/types.js';
import { runScenario, scenarioIncidents, type ScenarioResult } from '../engine/scenario.js';
import type { Incident } from '../engine/incident-log.js';
import { spanOf } from '../model/source.js';

export interface ScenarioRun {
    result: ScenarioResult;
    /** The events as the engine read them (epoch ms), by id. */
    incidents: Map<string, Incident>;
}

const runs = new WeakMap<ScenarioModel, ScenarioRun | null>();

export function scenarioRun(model: ContractModel, scenario: ScenarioModel): ScenarioRun | undefined {
    let run = runs.get(scenario);
    if (run === undefined) {
        try {
            const result = runScenario(model, scenario);
            const incidents = new Map(scenarioIncidents(model, scenario).incidents.map((i) => [i.id, i]));
            run = { result, incidents };
        } catch {
            run = null; // a contract the engine cannot run yet (mid-edit); the editor shows nothing
        }
        runs.set(scenario, run);
    }
    return run ?? undefined;
}

export function sameSpan(a: SourceSpan, b: SourceSpan): boolean {
    return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/** The model element built from an AST node: the model keeps each clause's span. */
export function modelOf<T extends { span: SourceSpan }>(items: readonly T[], node: AstNode): T | undefined {
    const span = spanOf(node);
    return items.find((x) => sameSpan(x.span, span));
}

/** "1 h 10 min", "12 min", "2 d 3 h". */
export function minutesWords(minutes: number): string {
    const m = Math.round(Math.abs(minutes));
    const d = Math.floor(m / 1440);
    const h = Math.floor((m % 1440) / 60);
    const min = m % 60;
    const parts = [d ? `${d} d` : '', h ? `${h} h` : '', min || m === 0 ? `${min} min` : ''].filter(Boolean);
    return parts.join(' ');
}
