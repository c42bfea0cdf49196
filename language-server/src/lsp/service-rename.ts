/**
 * Renaming a service. Its name is a quoted string and scenario events and expectations name
 * it by that string, not by a reference, so Langium's rename would drop the quotes and miss
 * them. This rename edits the definition and every `service "..."` of events and
 * expectations that means it: in the defining file and in the files that import it. An
 * incident log is a file outside the contract and is not edited.
 */
import { AstUtils, CstUtils, GrammarUtils, type CstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { SlaImports } from '../language/imports/sla-imports.js';

/** The service name at a position: on the service's own name or on a quoted name in an event or expectation. */
export function serviceNameAt(document: LangiumDocument, position: Position): { name: string; range: Range } | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    const node = leaf?.astNode;
    if (!leaf || !node || !leaf.text.startsWith('"')) return undefined;
    const named = (feature: string) => GrammarUtils.findNodesForProperty(node.$cstNode, feature).some((n) => n.offset === leaf.offset);
    const isName = (ast.isService(node) && named('name'))
        || ((ast.isScenarioIncident(node) || ast.isScenarioOutage(node)) && named('services'))
        || (ast.isExpectation(node) && named('service'));
    return isName ? { name: unquote(leaf.text), range: leaf.range } : undefined;
}

function unquote(text: string): string {
    return text.slice(1, -1).replace(/\\(.)/g, '$1');
}

/** The places in one file that name the service `name` (the definition only where `withDefinition`). */
function placesIn(document: LangiumDocument, name: string, withDefinition: boolean): CstNode[] {
    const root = document.parseResult.value;
    const out: CstNode[] = [];
    for (const node of AstUtils.streamAst(root)) {
        const feature = ast.isService(node) ? (withDefinition ? 'name' : undefined)
            : ast.isScenarioIncident(node) || ast.isScenarioOutage(node) ? 'services' : ast.isExpectation(node) ? 'service' : undefined;
        if (!feature) continue;
        for (const cst of GrammarUtils.findNodesForProperty(node.$cstNode, feature)) {
            if (cst.text.startsWith('"') && unquote(cst.text) === name) out.push(cst);
        }
    }
    return out;
}

function definesService(document: LangiumDocument, name: string): boolean {
    const root = document.parseResult.value;
    return ast.isContract(root) && (root.clauses ?? []).some((c) => ast.isService(c) && c.name === name);
}

/**
 * The edits of renaming the service named at `position` to `newName` (quotes around it
 * are optional), or undefined when the position is not on a service name. A name with a
 * quote or a line break in it is refused (an Error with the reason).
 */
export function renameService(
    document: LangiumDocument, position: Position, newName: string, documents: LangiumDocuments, imports: SlaImports,
): WorkspaceEdit['changes'] | undefined {
    const at = serviceNameAt(document, position);
    if (!at) return undefined;
    const name = /^".*"$/s.test(newName) ? newName.slice(1, -1) : newName;
    if (!name.trim() || /["\\\r\n]/.test(name)) throw new Error(`A service name cannot be empty or hold a quote, a backslash or a line break: "${name}".`);
    // The file that defines it: this one, or a library it imports; else only this file's mentions change.
    const defining = definesService(document, at.name) ? document : imports.reachable(document).find((d) => definesService(d, at.name));
    const files = defining
        ? documents.all.filter((d) => d === defining || imports.reachableUris(d).has(defining.uri.toString())).toArray()
        : [document];
    const changes: NonNullable<WorkspaceEdit['changes']> = {};
    for (const d of files) {
        const edits: TextEdit[] = placesIn(d, at.name, d === defining).map((cst) => ({ range: cst.range, newText: `"${name}"` }));
        if (edits.length) changes[d.uri.toString()] = edits;
    }
    return changes;
}
