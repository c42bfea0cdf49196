/**
 * Hovers inside a named service: clauses of a service are read against the service's own
 * availability and remedies (its view of the contract), and the service itself says what
 * it promises: the allowed downtime per period in minutes, its credits and its cap.
 */
import { AstUtils, GrammarAST, type AstNode, type CstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { ContractModel, CreditValue, RemedyModel, ServiceModel } from '../model/types.js';
import type { ModelNodes } from '../model/model-nodes.js';
import { viewOfService } from '../engine/services.js';
import { sizeOf, sizeText } from '../engine/credits.js';
import { downtimeBudget } from '../checker/budget-rules.js';
import type { CheckerMemo } from '../checker/checker-memo.js';
import { minutesText, pct, periodWords } from '../checker/rule-support.js';
import { heading } from './sla-hover-text.js';

/** The model a node is read against: its service's view inside a service, else the contract. */
export function scopedModel(node: AstNode, model: ContractModel, nodes: ModelNodes): ContractModel {
    const svc = AstUtils.getContainerOfType(node, ast.isService);
    const s = svc && nodes.get(svc);
    return s ? viewOfService(model, s) : model;
}

/** On the service's own words (its name, "service", its cap, the "availability" keyword): what it promises. */
export function serviceHoverAt(node: AstNode, model: ContractModel, nodes: ModelNodes, memo: CheckerMemo): string | undefined {
    if (!ast.isService(node) && !ast.isServiceCap(node) && !(ast.isAvailability(node) && ast.isService(node.$container))) return undefined;
    const svc = AstUtils.getContainerOfType(node, ast.isService);
    const s = svc && nodes.get(svc);
    return s ? serviceHover(model, s, memo) : undefined;
}

/** On a service's name where an event or expectation names it: that service's hover. */
export function serviceNameHover(leaf: CstNode, model: ContractModel, memo: CheckerMemo): string | undefined {
    const assignment = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isAssignment);
    const named = ast.isScenarioIncident(leaf.astNode) || ast.isScenarioOutage(leaf.astNode) || ast.isExpectation(leaf.astNode);
    if (!named || (assignment?.feature !== 'services' && assignment?.feature !== 'service')) return undefined;
    const name = leaf.text.replace(/^"|"$/g, '');
    const s = model.services?.find((x) => x.name === name);
    return s ? serviceHover(model, s, memo) : undefined;
}

export function serviceHover(model: ContractModel, s: ServiceModel, memo: CheckerMemo): string {
    const view = viewOfService(model, s);
    const lines = [heading(`service "${s.name}"`, s.article), ''];
    if (s.description) lines.push(s.description, '');
    const budget = downtimeBudget(view, memo, 'guarantee');
    if (budget) {
        const period = periodWords(budget.period);
        lines.push(`Guaranteed ${pct(budget.value)} per ${period}, measured ${budget.basis}: allows ${minutesText(budget.shortest.allowedMinutes)} of downtime in the shortest ${period} (${budget.shortest.label}) `
            + `and ${minutesText(budget.longest.allowedMinutes)} in the longest (${budget.longest.label}).`);
    } else {
        lines.push('No availability guarantee: nothing this service promises can be missed.');
    }
    const credits = s.remedyGroups.flatMap((g) => g.remedies).map((r) => remedyWords(model, r)).filter((t): t is string => !!t);
    if (credits.length) lines.push('', 'Credits:', '', ...credits.map((t) => `- ${t}`));
    if (s.cap) lines.push('', `All credits of the service together: at most ${valueWords(model, s.cap.value)} per ${s.cap.per}.`);
    lines.push('', `Only outages and incidents that name "${s.name}" count against it; the contract's top-level availability, if any, judges the contract as a whole.`);
    return lines.join('\n');
}

function valueWords(model: ContractModel, v: CreditValue): string {
    return sizeText(sizeOf(model, v));
}

function remedyWords(model: ContractModel, r: RemedyModel): string | undefined {
    if (r.type === 'compensation') return `compensation: ${r.bands.map((b) => `${pct(b.percent)} of ${b.fee}`).join(', ')} by band`;
    if (r.type !== 'credit') return undefined;
    const b = r.basis;
    const terms = [r.cap ? `capped at ${valueWords(model, r.cap.value)} per ${r.cap.per}` : '', r.onRequest ? 'on request' : ''].filter(Boolean).join(', ');
    const main = b.type === 'availability'
        ? `when availability per ${b.period} is below the ${b.level}: ${b.bands.map((x) => {
            const lo = x.lower ? `${x.lower.inclusive ? 'from' : 'above'} ${pct(x.lower.value)}` : '';
            const hi = x.upper ? `${x.upper.inclusive ? 'up to' : 'below'} ${pct(x.upper.value)}` : '';
            return `${[lo, hi].filter(Boolean).join(' ') || 'any'} → ${valueWords(model, { type: 'share', percent: x.percent, fee: x.fee })}`;
        }).join('; ')}`
        : b.type === 'downtime'
            ? `${valueWords(model, b.value)} for each ${minutesText(b.unitMinutes)} of downtime${b.partThereof ? ' or part thereof' : ''}${b.graceMinutes ? ` after the first ${minutesText(b.graceMinutes)}` : ''}, ${b.per === 'incident' ? 'per incident' : `per ${b.per}`}`
            : `${valueWords(model, b.value)} per incident whose ${b.clock} deadline is missed`;
    return terms ? `${main} (${terms})` : main;
}
