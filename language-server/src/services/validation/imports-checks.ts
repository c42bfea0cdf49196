/**
 * Imports: every import line resolves to a library that checks, no cycle, no name that two
 * files define. A contract's meaning may come from outside it only through these lines,
 * so each way one can go wrong is a located finding.
 */
import { AstUtils, DocumentState, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { fileName, isLibrary, type ImportProblem } from '../../language/imports/sla-imports.js';
import { isSharedClause } from '../../model/library.js';
import { checkModel } from '../../checker/check-model.js';
import { MODEL_RULES } from '../../checker/rules.js';
import { report } from './ast-report.js';

const UNREADABLE: Record<Exclude<ImportProblem, 'missing'>, string> = {
    'folder': 'is a folder, not a file',
    'not-a-file': 'is not a regular file',
    'too-large': 'is larger than 4 MB; no library comes near that',
    'unreadable': 'cannot be read',
};

type Definition = ast.Calendar | ast.Fee | ast.Priority;

function definitions(contract: ast.Contract): Definition[] {
    return contract.clauses.filter((c): c is Definition => ast.isCalendar(c) || ast.isFee(c) || ast.isPriority(c));
}

const KIND: Record<Definition['$type'], string> = { Calendar: 'calendar', Fee: 'fee', Priority: 'priority' };

export function importsChecks(services: SlaServices): ValidationChecks<ast.SlaAstType> {
    const imports = () => services.imports.Imports;

    function checkLines(contract: ast.Contract, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(contract);
        const seen = new Map<string, ast.Import>();
        for (const { node, uri, document: target } of imports().direct(document)) {
            const shown = node.path;
            const key = uri.toString();
            if (seen.has(key)) {
                report(accept, 'import-duplicate', node, `"${shown}" is already imported (line ${lineOf(seen.get(key)!)}); remove this line.`, { property: 'path' });
                continue;
            }
            seen.set(key, node);
            if (key === document.uri.toString()) {
                report(accept, 'import-cycle', node, 'A file cannot import itself.', { property: 'path' });
                continue;
            }
            if (!target) {
                const problem = imports().problemOf(uri) ?? 'missing';
                if (problem === 'missing') {
                    report(accept, 'import-missing', node, `There is no file "${shown}" (looked for ${uri.fsPath || uri.toString()}).`, { property: 'path' });
                } else {
                    report(accept, 'import-unreadable', node, `"${shown}" ${UNREADABLE[problem]}.`, { property: 'path' });
                }
                continue;
            }
            if (!isLibrary(target)) {
                report(accept, 'import-not-library', node,
                    `"${shown}" is a contract, not a library: a contract cannot become part of another. Move the shared clauses into a file that starts with library "…" and import that.`,
                    { property: 'path' });
                continue;
            }
            const cycle = imports().cycleThrough(document, target);
            if (cycle) {
                const path = [document, ...cycle].map((d) => fileName(d.uri)).join(' → ');
                report(accept, 'import-cycle', node, `These imports go round in a circle: ${path}. A library cannot import, directly or not, a file that imports it.`, { property: 'path' });
                continue;
            }
            const errors = errorsOf(target);
            if (errors.length) {
                report(accept, 'import-has-errors', node,
                    `"${shown}" has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} of its own (first: ${errors[0]}); fix ${fileName(target.uri)} first.`,
                    { property: 'path' });
            }
        }
        checkNames(contract, document, accept);
    }

    /** Parse errors, unresolved names and the checker's errors of a library, as "line 3: ...". */
    function errorsOf(library: LangiumDocument<ast.Contract>): string[] {
        // The builder validates libraries ahead of their importers: their findings are there.
        if (library.state >= DocumentState.Validated && library.diagnostics) {
            return library.diagnostics.filter((d) => d.severity === 1)
                .map((d) => `line ${d.range.start.line + 1}: ${typeof d.message === 'string' ? d.message : d.message.value}`);
        }
        const found: string[] = [];
        for (const e of library.parseResult.lexerErrors) found.push(`line ${e.line ?? 1}: ${e.message}`);
        for (const e of library.parseResult.parserErrors) found.push(`line ${(e.token.startLine ?? 1)}: ${e.message}`);
        for (const r of library.references) {
            if (r.error) found.push(`line ${(r.$refNode?.range.start.line ?? 0) + 1}: ${r.error.message}`);
        }
        if (found.length === 0) {
            const model = services.model.ModelCache.get(library.parseResult.value);
            for (const f of checkModel(model, MODEL_RULES, services.checker.Memo)) if (f.severity === 'error') found.push(`line ${f.span.line}: ${f.message}`);
        }
        return found;
    }

    /** Names that two files define: the file's own and an import's, or two imports'. */
    function checkNames(contract: ast.Contract, document: LangiumDocument, accept: ValidationAcceptor): void {
        const reachable = imports().reachable(document);
        if (reachable.length === 0) return;
        const imported = new Map<string, { def: Definition; lib: LangiumDocument }>();
        for (const lib of reachable) {
            for (const def of definitions(lib.parseResult.value)) {
                const key = `${def.$type}:${def.name}`;
                const earlier = imported.get(key);
                if (earlier && earlier.lib !== lib) {
                    const line = imports().lineTo(document, lib.uri.toString());
                    if (line) {
                        report(accept, 'import-name-clash', line,
                            `${fileName(lib.uri)} and ${fileName(earlier.lib.uri)} both define the ${KIND[def.$type]} "${def.name}"; a name must mean one thing. Rename it in one of them.`,
                            { property: 'path' });
                    }
                } else if (!earlier) {
                    imported.set(key, { def, lib });
                }
            }
        }
        for (const def of definitions(contract)) {
            const clash = imported.get(`${def.$type}:${def.name}`);
            if (!clash) continue;
            report(accept, 'imported-name-redefined', def,
                `The ${KIND[def.$type]} "${def.name}" is also defined in ${fileName(clash.lib.uri)}, which this file imports; a name must mean one thing. Rename this one, or remove it and use the imported one.`,
                { property: 'name' });
        }
    }

    function checkLibraryClause(clause: ast.Clause, accept: ValidationAcceptor): void {
        const root = clause.$container;
        if (!ast.isContract(root) || !root.library || isSharedClause(clause)) return;
        report(accept, 'library-clause-not-shared', clause,
            `A library holds what many contracts share; this ${describe(clause)} is not carried into the contracts that import it. Move it into each contract.`);
    }

    return {
        Contract: checkLines,
        Party: checkLibraryClause,
        Version: checkLibraryClause,
        ContractDate: checkLibraryClause,
        MinimumTerm: checkLibraryClause,
        Scenario: checkLibraryClause,
    };
}

function describe(clause: ast.Clause): string {
    if (ast.isParty(clause)) return clause.role;
    if (ast.isVersion(clause)) return 'version';
    if (ast.isContractDate(clause)) return 'date';
    if (ast.isMinimumTerm(clause)) return 'minimum term';
    return 'scenario';
}

function lineOf(node: ast.Import): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
