/**
 * Hover texts of scenarios: the run's summary (the code lens's words), an incident's
 * deadlines (the inlay hints' tooltips) and whether an expectation holds.
 */
import type { ScenarioModel } from '../model/types.js';
import type { ExpectationResult } from '../engine/scenario.js';
import type { Incident } from '../engine/incident-log.js';
import type { IncidentResult } from '../engine/simulate.js';
import { describeExpectation, type ScenarioRun } from '../services/scenario-runs.js';
import { scenarioSummary } from './sla-code-lens-provider.js';
import { deadlineMarkdown, incidentDeadlines } from './sla-inlay-hint-provider.js';
import { heading } from './sla-hover-text.js';

/** A scenario: what the engine makes of it, as the code lens says it, one part a line. */
export function scenarioHover(scenario: ScenarioModel, run: ScenarioRun): string {
    const months = scenario.from === scenario.to ? `in ${scenario.from}` : `from ${scenario.from} to ${scenario.to}`;
    return [heading(`scenario "${scenario.name}" ${months}`, scenario.article), '',
        `${scenario.events.length} event${scenario.events.length === 1 ? '' : 's'}, ${scenario.expectations.length} expectation${scenario.expectations.length === 1 ? '' : 's'}. The simulation gives:`, '',
        ...scenarioSummary(run).split(' · ').map((p) => `- ${p}`)].join('\n');
}

/** An expectation: whether it holds, and what the simulation found. */
export function expectationHover(r: ExpectationResult): string {
    return [heading(`expect ${describeExpectation(r.expectation)}`, r.expectation.article), '',
        `${r.passed ? 'Holds' : 'Does not hold'}: ${r.actual}.`].join('\n');
}

/** An incident of a scenario: each deadline, whether it was met, and why. */
export function incidentHover(row: IncidentResult, incident: Incident | undefined, zone: string): string {
    const deadlines = incidentDeadlines(row, incident).map((d) => deadlineMarkdown(d, zone));
    return [heading(`incident ${row.id} (${row.priority ?? 'no priority'})`, undefined), '', ...deadlines.flatMap((d) => [d, ''])].join('\n').trimEnd();
}
