/**
 * Quick fix for a misspelt service name in a scenario: replace it with the nearest
 * service the contract defines. The diagnostic's range is the quoted name itself.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import { nearestServices } from '../services/validation/service-checks.js';

export function serviceNameFixes(d: Diagnostic, document: LangiumDocument, root: ast.Contract): CodeAction[] {
    const written = document.textDocument.getText(d.range);
    if (!/^".*"$/s.test(written)) return [];
    const known = root.clauses.filter(ast.isService).map((s) => s.name).filter((n): n is string => typeof n === 'string' && n !== '');
    return nearestServices(written.slice(1, -1), known).map((name, i) => ({
        title: `Did you mean "${name}"?`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0,
        edit: { changes: { [document.textDocument.uri]: [{ range: d.range, newText: JSON.stringify(name) }] } },
    }));
}
