import type { LangiumDocument, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { SourceSpan } from '../../model/types.js';
import type { Finding } from '../../checker/finding.js';
import type { Contract, Import, SlaAstType } from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { checkModel } from '../../checker/check-model.js';
import '../../checker/rules.js';
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
        const document = contract.$document;
        const own = document?.uri.toString();
        const placed = new ImportedFindings(this.services, document);
        for (const f of checkModel(model)) {
            const range = f.span.file && f.span.file !== own ? placed.rangeOf(f) : rangeOf(f.span);
            if (!range) continue;
            accept(f.severity === 'info' ? 'info' : f.severity, f.message, { node: contract, range, code: f.code });
        }
    }
}

function rangeOf(span: SourceSpan): Range {
    return {
        start: { line: span.line - 1, character: span.column - 1 },
        end: { line: span.endLine - 1, character: span.endColumn - 1 },
    };
}

/**
 * A finding about an imported clause shows at the import line that brings it in, unless
 * the library's own check has it too: then it is the library's, shown there once, not in
 * every contract that imports it.
 */
class ImportedFindings {
    private readonly ownFindings = new Map<string, Set<string>>();

    constructor(private readonly services: SlaServices, private readonly document: LangiumDocument | undefined) {}

    rangeOf(f: Finding): Range | undefined {
        const file = f.span.file!;
        if (this.libraryFindings(file).has(keyOf(f))) return undefined;
        const line = this.importLineTo(file);
        return line?.$cstNode ? line.$cstNode.range : undefined;
    }

    private libraryFindings(file: string): Set<string> {
        let keys = this.ownFindings.get(file);
        if (!keys) {
            const library = this.services.imports.Imports.reachable(this.document!).find((d) => d.uri.toString() === file);
            keys = new Set(library ? checkModel(this.services.model.ModelCache.get(library.parseResult.value)).map(keyOf) : []);
            this.ownFindings.set(file, keys);
        }
        return keys;
    }

    private importLineTo(file: string): Import | undefined {
        const imports = this.services.imports.Imports;
        for (const d of imports.direct(this.document!)) {
            if (!d.document) continue;
            if (d.uri.toString() === file || imports.reachable(d.document).some((l) => l.uri.toString() === file)) return d.node;
        }
        return undefined;
    }
}

function keyOf(f: Finding): string {
    return `${f.code}\n${f.message}\n${f.span.line}:${f.span.column}`;
}
