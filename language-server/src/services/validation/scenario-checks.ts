/**
 * Scenarios as tests in the editor: each failing `expect` line is an error at its place,
 * with what the simulation found; events the engine could not read are errors too.
 * Scenarios are small (a few events over a month or a quarter), so running them on each
 * validation is cheap; the run is shared with the code lens and inlay hints.
 */
import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SlaAstType } from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { withArticle } from '../../checker/finding.js';
import type { SourceSpan } from '../../model/types.js';
import { articleOf, hasSyntaxErrors } from './ast-report.js';

/** Codes of these checks (kept here: ast-codes.ts belongs to the checker's list). */
export const SCENARIO_CODES = {
    'expectation-failed': { severity: 'error', summary: 'An expect line of a scenario does not hold for the simulated scenario.' },
    'scenario-event-invalid': { severity: 'error', summary: 'A scenario event with a moment the engine cannot read; the event is left out.' },
} as const;

const rangeOf = (s: SourceSpan) => ({
    start: { line: s.line - 1, character: s.column - 1 }, end: { line: s.endLine - 1, character: s.endColumn - 1 },
});

export function scenarioChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Scenario: (node: ast.Scenario, accept: ValidationAcceptor) => {
            const root = AstUtils.findRootNode(node);
            if (!ast.isContract(root) || hasSyntaxErrors(node)) return;
            const { model, nodes } = services.model.ModelCache.built(root);
            const scenario = nodes.get(node);
            const run = scenario && services.simulation.ScenarioRuns.get(model, scenario);
            if (!scenario || !run) return;
            const ids = new Set(scenario.events.map((e) => e.id));
            for (const r of run.result.expectations) {
                const x = r.expectation;
                if (r.passed || ((x.type === 'deadline' || x.type === 'remedy') && x.incident !== undefined && !ids.has(x.incident))) continue; // unknown-incident says why
                if ((x.type === 'availability' || x.type === 'remedy') && x.service !== undefined
                    && !(model.services ?? []).some((v) => v.name === x.service)) continue; // unknown-service says why
                accept('error', withArticle(x.article, `This expectation does not hold: ${r.actual}.`),
                    { node, range: rangeOf(x.span), code: 'expectation-failed' });
            }
            // Events whose moments the model could not read (the date or time check says why).
            for (const e of scenario.events) {
                // An incident has a priority and is reported; an outage (with or without a cause) only has its span.
                const missing = e.kind === 'incident' && e.priority !== undefined ? (e.reported ? undefined : 'its report moment')
                    : (e.downFrom && e.downTo ? undefined : 'when it started and ended');
                if (missing) {
                    accept('error', withArticle(articleOf(node), `Event ${e.id} gives no figures: ${missing} cannot be read, so the simulation leaves it out.`),
                        { node, range: rangeOf(e.span), code: 'scenario-event-invalid' });
                }
            }
            for (const e of run.result.errors) {
                const event = scenario.events.find((ev) => ev.id === e.event);
                accept('error', withArticle(articleOf(node), `Event ${e.event} is left out of the scenario: ${e.message}.`),
                    { node, range: event ? rangeOf(event.span) : rangeOf(scenario.span), code: 'scenario-event-invalid' });
            }
        },
    };
}
