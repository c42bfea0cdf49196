import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Contract, SlaAstType } from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { checkModel } from '../../checker/check-model.js';
import { MODEL_RULES } from '../../checker/rules.js';
import { astChecks } from './ast-checks.js';

/**
 * Registers the checks of every concern. Syntax-shaped rules (units, ranges, names) are
 * Langium checks on AST nodes; rules that need the whole contract run on the model.
 */
export function registerValidationChecks(services: SlaServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.SlaValidator;
    const checks: ValidationChecks<SlaAstType> = {
        Contract: validator.checkModel,
    };
    registry.register(checks, validator);
    for (const more of astChecks) registry.register(more(services));
}


export class SlaValidator {
    constructor(private readonly services: SlaServices) {}

    checkModel(contract: Contract, accept: ValidationAcceptor): void {
        const model = this.services.model.ModelCache.get(contract);
        for (const f of checkModel(model, MODEL_RULES)) {
            accept(f.severity === 'info' ? 'info' : f.severity, f.message, {
                node: contract,
                range: {
                    start: { line: f.span.line - 1, character: f.span.column - 1 },
                    end: { line: f.span.endLine - 1, character: f.span.endColumn - 1 },
                },
                code: f.code,
            });
        }
    }
}
