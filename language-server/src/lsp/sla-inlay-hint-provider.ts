/**
 * After each scenario incident: its response and resolution deadlines as the engine
 * computes them, and whether the logged moments met them ("met (12 min early)",
 * "missed by 1 h 10 min").
 */
import { AstUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { DateTime } from 'luxon';
import * as ast from '../generated/ast.js';
import type { SlaModelCache } from '../services/sla-model-cache.js';
import type { ScenarioRuns } from '../services/scenario-runs.js';

/** "1 h 10 min", "12 min", "2 d 3 h". */
export function minutesWords(minutes: number): string {
    const m = Math.round(Math.abs(minutes));
    const d = Math.floor(m / 1440);
    const h = Math.floor((m % 1440) / 60);
    const min = m % 60;
    const parts = [d ? `${d} d` : '', h ? `${h} h` : '', min || m === 0 ? `${min} min` : ''].filter(Boolean);
    return parts.join(' ');
}

function when(iso: string): string {
    return DateTime.fromISO(iso, { setZone: true }).setLocale('en-US').toFormat('ccc d LLL HH:mm');
}

/** "met (12 min early)", "missed by 1 h 10 min", "open". */
export function verdict(deadlineIso: string, actual: number | undefined): string {
    if (actual === undefined) return 'open';
    const early = (Date.parse(deadlineIso) - actual) / 60_000;
    if (early >= 0) return early < 0.5 ? 'met (on time)' : `met (${minutesWords(early)} early)`;
    return `missed by ${minutesWords(-early)}`;
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
        const part = (kind: string, deadline: string | null, actual: number | undefined) =>
            (deadline === null ? `${kind}: no deadline` : `${kind} by ${when(deadline)}: ${verdict(deadline, actual)}`);
        acceptor({
            position: node.$cstNode.range.end,
            label: `${part('response', row.responseDeadline, inc?.responded)} · ${part('resolution', row.resolutionDeadline, inc?.resolved)}`,
            kind: InlayHintKind.Parameter,
            paddingLeft: true,
            tooltip: [row.responseExplanation, row.resolutionExplanation].filter(Boolean).join('\n'),
        });
    }
}
