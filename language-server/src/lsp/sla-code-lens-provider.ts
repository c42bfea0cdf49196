/**
 * Two lenses above each scenario: "Run scenario" (the extension's sla.runScenario
 * command) and a summary of what the engine makes of it: availability per period,
 * deadline misses, remedies and how many expectations pass.
 */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { SlaModelCache } from '../services/sla-model-cache.js';
import type { ScenarioRun, ScenarioRuns } from '../services/scenario-runs.js';
import { COMMANDS } from '../protocol/sla-protocol.js';

export class SlaCodeLensProvider implements CodeLensProvider {
    constructor(private readonly models: SlaModelCache, private readonly runs: ScenarioRuns) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const root = document.parseResult.value;
        if (!ast.isContract(root)) return [];
        const { model, nodes } = this.models.built(root);
        const uri = document.textDocument.uri;
        const lenses: CodeLens[] = [];
        for (const node of root.clauses.filter(ast.isScenario)) {
            const start = node.$cstNode?.range.start;
            if (!start) continue;
            const range = { start, end: start };
            lenses.push({ range, command: { title: '▶ Run scenario', command: COMMANDS.runScenario, arguments: [{ uri, scenario: node.name }] } });
            const scenario = nodes.get(node);
            const run = scenario && this.runs.get(model, scenario);
            if (run) lenses.push({ range, command: { title: scenarioSummary(run), command: '' } });
        }
        return lenses;
    }
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** "2026-11 99.77% (guarantee 99% met) · 1 deadline missed · remedies: warning · expectations 3/4 passed". */
export function scenarioSummary(run: ScenarioRun): string {
    const { simulation, expectations, errors } = run.result;
    const parts: string[] = [];
    const periods = simulation.periods.map((p) => {
        const level = p.guaranteePercent !== null
            ? ` (guarantee ${num(p.guaranteePercent)}% ${p.guaranteeMet === false ? 'missed' : 'met'})` : '';
        return `${p.period} ${num(p.availabilityPercent)}%${level}`;
    });
    parts.push(periods.length ? `availability ${periods.join(', ')}` : 'no availability clause');
    const misses = simulation.incidents.reduce((n, i) => n + (i.responseMet === false ? 1 : 0) + (i.resolutionMet === false ? 1 : 0), 0);
    parts.push(`${misses} deadline${misses === 1 ? '' : 's'} missed`);
    const due = simulation.remedies.filter((r) => r.due);
    parts.push(due.length ? `remedies: ${due.map((r) => `${r.kind}${r.percent !== null ? ` ${num(r.percent)}%` : ''} in ${r.period}`).join(', ')}` : 'no remedies');
    if (expectations.length) parts.push(`expectations ${expectations.filter((x) => x.passed).length}/${expectations.length} passed`);
    if (errors.length) parts.push(`${errors.length} event${errors.length === 1 ? '' : 's'} left out`);
    return parts.join(' · ');
}
