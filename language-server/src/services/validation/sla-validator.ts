import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { SourceSpan } from '../../model/types.js';
import type { Contract, SlaAstType } from '../../generated/ast.js';
import { report } from './ast-report.js';
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
        if (contract.library) {
            // A library's remedies refer to a guarantee, its clocks to incidents, that only a
            // contract gives: checked alone it would report what each importer supplies.
            report(accept, 'library-checked-in-contracts', contract,
                'A library is checked together with each contract that imports it: findings about its clauses show at the import line of those contracts.',
                { property: 'name' });
            return;
        }
        const model = this.services.model.ModelCache.get(contract);
        const document = contract.$document;
        const own = document?.uri.toString();
        for (const f of checkModel(model, MODEL_RULES, this.services.checker.Memo)) {
            // A finding about an imported clause shows at the import line that brings its library in.
            const range = f.span.file && f.span.file !== own
                ? document && this.services.imports.Imports.lineTo(document, f.span.file)?.$cstNode?.range
                : rangeOf(f.span);
            if (!range) continue;
            // Related clauses in this file only: an imported clause has no range here.
            const related = (f.related ?? []).filter((r) => !r.span.file || r.span.file === own)
                .map((r) => ({ location: { uri: own ?? '', range: rangeOf(r.span) }, message: r.message }));
            accept(f.severity === 'info' ? 'info' : f.severity, f.message,
                { node: contract, range, code: f.code, ...(related.length && own ? { relatedInformation: related } : {}) });
        }
    }
}

function rangeOf(span: SourceSpan): Range {
    return {
        start: { line: span.line - 1, character: span.column - 1 },
        end: { line: span.endLine - 1, character: span.endColumn - 1 },
    };
}
