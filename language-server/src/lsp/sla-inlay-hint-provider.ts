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
        const hint = (kind: string, deadline: string | null, actual: number | undefined, why: string | null | undefined) => acceptor({
            position: node.$cstNode!.range.end,
            label: deadline === null ? `${kind}: no deadline` : `${kind} ${shortVerdict(deadline, actual)}`,
            kind: InlayHintKind.Parameter,
            paddingLeft: true,
            tooltip: {
                kind: 'markdown',
                value: [deadline === null ? `**${kind}**: no deadline` : `**${kind}** due ${when(deadline)}: ${verdict(deadline, actual)}`
                    + (actual !== undefined ? ` (logged ${DateTime.fromMillis(actual, { zone }).setLocale('en-US').toFormat('ccc d LLL HH:mm')})` : ''),
                why ? `\n${why}` : ''].join('\n'),
            },
        });
        hint('response', row.responseDeadline, inc?.responded, row.responseExplanation);
        hint('resolution', row.resolutionDeadline, inc?.resolved, row.resolutionExplanation);
    }
}
