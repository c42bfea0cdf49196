/**
 * The model-level checker: rules that need the whole contract, computed on the model
 * (orderings, band coverage, budgets, contradictions found by computing deadlines).
 * Each rule is a function of the model; rules live one file per concern.
 */
import type { ContractModel } from '../model/types.js';
import type { Finding } from './finding.js';
import type { CheckerMemo } from './checker-memo.js';

/** A rule: findings of a model; `memo` keeps what it computed for the next check. */
export type ModelRule = (model: ContractModel, memo: CheckerMemo) => Finding[];

/**
 * Runs the given rules (the checker's are MODEL_RULES in rules.ts); a rule that throws is
 * reported as a finding rather than crashing the checker.
 */
export function checkModel(model: ContractModel, rules: readonly ModelRule[], memo: CheckerMemo): Finding[] {
    const findings: Finding[] = [];
    for (const rule of rules) {
        try {
            findings.push(...rule(model, memo));
        } catch (e) {
            findings.push({
                code: 'internal-error', severity: 'warning', span: model.span,
                message: `A consistency rule (${rule.name || 'anonymous'}) could not run: ${(e as Error).message}`,
            });
        }
    }
    return findings;
}
