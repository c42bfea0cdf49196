/** The hover on an import line: which library it is and what it brings into the file. */
import type { LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import { fileName, isLibrary, type SlaImports } from '../language/imports/sla-imports.js';
import { isSharedClause } from '../model/library.js';

export function importHover(imports: SlaImports, document: LangiumDocument, node: ast.Import): string {
    const target = imports.direct(document).find((d) => d.node === node)?.document;
    if (!target) return `**import "${node.path}"**: no such file is loaded; see the finding on this line.`;
    const root = target.parseResult.value;
    if (!isLibrary(target)) return `**import "${node.path}"**: ${fileName(target.uri)} is a contract, not a library; it brings nothing.`;
    const names = (is: (c: ast.Clause) => boolean) => root.clauses.filter(is).map((c) => `\`${(c as { name?: string }).name ?? ''}\``).join(', ');
    const lines = [`**library "${root.name}"** (${fileName(target.uri)})`, '', 'Brings into this file, as if written at its top:'];
    const kinds: Array<[string, (c: ast.Clause) => boolean]> = [['calendars', ast.isCalendar], ['fees', ast.isFee], ['priorities', ast.isPriority]];
    for (const [label, is] of kinds) {
        const list = names(is);
        if (list) lines.push(`- ${label}: ${list}`);
    }
    const others = root.clauses.filter((c) => isSharedClause(c) && !kinds.some(([, is]) => is(c)));
    if (others.length) lines.push(`- ${others.length} other clause${others.length === 1 ? '' : 's'} (${[...new Set(others.map((c) => c.$type))].join(', ').toLowerCase()})`);
    const reached = imports.reachable(target);
    if (reached.length) lines.push(`- and what it imports: ${reached.map((d) => fileName(d.uri)).join(', ')}`);
    return lines.join('\n');
}
