/**
 * After each scenario incident, one short hint per deadline, whether the logged moment met
 * it ("response ✗ 10 min late", "resolution ✓ 1 h 10 min early"): short enough for the
 * editor to show whole (VS Code cuts a hint after 43 characters). The deadline itself,
 * the logged moment and the engine's reason are in the hint's tooltip.
 */
import { AstUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { DateTime } from 'luxon';
import * as ast from '../generated/ast.js';
import type { SlaModelCache } from '../services/sla-model-cache.js';
import type { ScenarioRuns } from '../services/scenario-runs.js';
import type { IncidentResult } from '../engine/simulate.js';
import type { Incident } from '../engine/incident-log.js';

/** "1 h 10 min", "12 min", "2 d 3 h" (from a day on, without the minutes). */
export function minutesWords(minutes: number): string {
    const m = Math.round(Math.abs(minutes));
    const d = Math.floor(m / 1440);
    const h = Math.floor((m % 1440) / 60);
    const min = m % 60;
    const parts = [d ? `${d} d` : '', h ? `${h} h` : '', !d && (min || m === 0) ? `${min} min` : ''].filter(Boolean);
    return parts.join(' ');
}

function when(iso: string): string {
    return DateTime.fromISO(iso, { setZone: true }).setLocale('en-US').toFormat('ccc d LLL HH:mm');
}

/** "met (12 min early)", "missed by 1 h 10 min", "open": the long form, for tooltips. */
export function verdict(deadlineIso: string, actual: number | undefined): string {
    if (actual === undefined) return 'open';
    const early = (Date.parse(deadlineIso) - actual) / 60_000;
    if (early >= 0) return early < 0.5 ? 'met (on time)' : `met (${minutesWords(early)} early)`;
    return `missed by ${minutesWords(-early)}`;
}

/** "✗ 10 min late", "✓ 12 min early", "✓ on time", "open": the hint's own words. */
export function shortVerdict(deadlineIso: string, actual: number | undefined): string {
    if (actual === undefined) return 'open';
    const early = (Date.parse(deadlineIso) - actual) / 60_000;
    if (early >= 0) return early < 0.5 ? '✓ on time' : `✓ ${minutesWords(early)} early`;
    return `✗ ${minutesWords(-early)} late`;
}

export class SlaInlayHintProvider extends AbstractInlayHintProvider {
    constructor(private readonly models: SlaModelCache, private readonly runs: ScenarioRuns) {
        super();
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!ast.isScenarioIncident(node) || !node.$cstNode) return;
        const root = AstUtils.findRootNode(node);
        if (!ast.isContract(root)) return;
        const { model, nodes } = this.models.built(root);
        const scenario = nodes.get(node.$container);
        const run = scenario && this.runs.get(model, scenario);
        const row = run?.result.simulation.incidents.find((i) => i.id === String(node.id));
        if (!run || !row) return;
        const inc = run.incidents.get(row.id);
        const zone = model.zone ?? 'UTC';
        for (const d of incidentDeadlines(row, inc)) {
            acceptor({
                position: node.$cstNode.range.end,
                label: d.label,
                kind: InlayHintKind.Parameter,
                paddingLeft: true,
                tooltip: { kind: 'markdown', value: deadlineMarkdown(d, zone) },
            });
        }
    }
}

/** One deadline of a scenario incident: its hint label and what the tooltip (and the hover) tell. */
export interface IncidentDeadline {
    kind: 'response' | 'resolution';
    label: string;
    deadline: string | null;
    actual: number | undefined;
    why: string | null | undefined;
}

export function incidentDeadlines(row: IncidentResult, inc: Incident | undefined): IncidentDeadline[] {
    const one = (kind: IncidentDeadline['kind'], deadline: string | null, actual: number | undefined, why: string | null | undefined): IncidentDeadline =>
        ({ kind, deadline, actual, why, label: deadline === null ? `${kind}: no deadline` : `${kind} ${shortVerdict(deadline, actual)}` });
    return [one('response', row.responseDeadline, inc?.responded, row.responseExplanation),
        one('resolution', row.resolutionDeadline, inc?.resolved, row.resolutionExplanation)];
}

/** "**response** due Mon 9 Nov 09:30: missed by 10 min (logged Mon 9 Nov 09:40)", then the engine's reason. */
export function deadlineMarkdown(d: IncidentDeadline, zone: string): string {
    const head = d.deadline === null ? `**${d.kind}**: no deadline` : `**${d.kind}** due ${when(d.deadline)}: ${verdict(d.deadline, d.actual)}`
        + (d.actual !== undefined ? ` (logged ${DateTime.fromMillis(d.actual, { zone }).setLocale('en-US').toFormat('ccc d LLL HH:mm')})` : '');
    return d.why ? `${head}\n\n${d.why}` : head;
}
