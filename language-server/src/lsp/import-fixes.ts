/**
 * Quick fixes about imports. Each edits only the file the finding is in: an import line
 * is added, corrected or removed; the library itself is never touched.
 */
import { GrammarUtils, UriUtils, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isLibrary } from '../language/imports/sla-imports.js';
import { editDistance } from '../services/validation/edit-distance.js';

export interface ImportFix {
    title: string;
    edits: TextEdit[];
    preferred: boolean;
}

/** The path to write in `from`'s import line for `to`: relative, with forward slashes. */
export function importPath(from: URI, to: URI): string {
    return UriUtils.relative(UriUtils.dirname(from), to);
}

/** The libraries in the workspace that define `name` as a calendar, fee or priority. */
export function librariesDefining(documents: LangiumDocuments, self: LangiumDocument, name: string): LangiumDocument<ast.Contract>[] {
    return documents.all
        .filter((d) => d !== self && isLibrary(d))
        .filter((d) => (d.parseResult.value as ast.Contract).clauses.some((c) =>
            (ast.isCalendar(c) || ast.isFee(c) || ast.isPriority(c)) && c.name === name))
        .map((d) => d as LangiumDocument<ast.Contract>)
        .toArray();
}

/** "Import office.sla (defines Werkdag)": a line before the first line of the file's header. */
export function addImport(document: LangiumDocument, root: ast.Contract, library: LangiumDocument, name: string): ImportFix {
    const path = importPath(document.uri, library.uri);
    const last = root.imports[root.imports.length - 1]?.$cstNode;
    const edit: TextEdit = last
        ? { range: { start: last.range.end, end: last.range.end }, newText: `\nimport "${path}"` }
        : { range: at(headerLine(root)), newText: `import "${path}"\n` };
    return { title: `Import "${path}" (it defines ${name})`, edits: [edit], preferred: true };
}

/** "Did you mean "shared/office.sla"?": libraries in the workspace whose path is close to the one written. */
export function closeLibraries(documents: LangiumDocuments, document: LangiumDocument, written: string): string[] {
    const candidates = documents.all.filter((d) => d !== document && isLibrary(d)).map((d) => importPath(document.uri, d.uri)).toArray();
    const scored = candidates
        .map((path) => ({ path, distance: editDistance(path.toLowerCase(), written.toLowerCase()) }))
        .filter(({ path, distance: dist }) => dist <= Math.max(2, Math.floor(written.length / 4))
            || basename(path).toLowerCase() === basename(written).toLowerCase())
        .sort((a, b) => a.distance - b.distance || a.path.localeCompare(b.path));
    return scored.slice(0, 3).map((s) => s.path);
}

/** The import line's whole line, for removing it. */
export function lineOf(node: ast.Import): Range | undefined {
    const r = node.$cstNode?.range;
    return r ? { start: { line: r.start.line, character: 0 }, end: { line: r.end.line + 1, character: 0 } } : undefined;
}

function headerLine(root: ast.Contract): number {
    // Comments above `contract` stay above the import: the import goes right before the keyword's line.
    const keyword = GrammarUtils.findNodeForKeyword(root.$cstNode, 'contract') ?? GrammarUtils.findNodeForProperty(root.$cstNode, 'library');
    return keyword?.range.start.line ?? 0;
}

function at(line: number): Range {
    return { start: { line, character: 0 }, end: { line, character: 0 } };
}

function basename(path: string): string {
    return path.split('/').pop() ?? path;
}
