/**
 * A contract fit to compute with, for the command line and the language server alike: a
 * contract with errors gives no figures (they would be wrong), nor one without a valid
 * time zone (every time would be). Each surface words the refusal its own way.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { ContractModel } from '../model/types.js';
import { SCENARIO_CODES } from './validation/scenario-checks.js';

/**
 * A failing `expect` line or an unreadable scenario event is the scenario's verdict, not a
 * fault of the contract: `sla test` and runScenarios report it, and deadlines and
 * simulations do not depend on it.
 */
export const SCENARIO_VERDICTS: ReadonlySet<string> = new Set(Object.keys(SCENARIO_CODES));

export type CheckedContract =
    | { ok: true; model: ContractModel; zone: string }
    | { ok: false; problem: 'errors'; errors: Diagnostic[] }
    | { ok: false; problem: 'no-zone' };

/** The errors that refuse a contract: every error but the scenarios' verdicts. */
export function contractErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.filter((d) => d.severity === 1 && !SCENARIO_VERDICTS.has(String(d.code)));
}

/**
 * The model of a validated document, or why there is none to compute with. `model` builds
 * it (with the document's imports), asked for only when the document has no errors.
 */
export function checkedContract(diagnostics: readonly Diagnostic[], modelOf: () => ContractModel): CheckedContract {
    const errors = contractErrors(diagnostics);
    if (errors.length > 0) return { ok: false, problem: 'errors', errors };
    const model = modelOf();
    if (!model.zone) return { ok: false, problem: 'no-zone' };
    return { ok: true, model, zone: model.zone };
}
