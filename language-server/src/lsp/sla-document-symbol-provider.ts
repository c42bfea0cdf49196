/**
 * The outline: every clause of the contract, with the article as detail so a contract can
 * be navigated by article (the editor's outline, breadcrumbs and "Go to Symbol" filter on
 * both). Kinds, used the same way throughout:
 *   Namespace  a calendar               EnumMember  a priority (ranked, most urgent first)
 *   Event      a clock, a maintenance window, a notice, a commitment, a scenario event
 *   Number     an availability level, a compliance share, a band, a surcharge band
 *   Module     a block of clauses (availability, maintenance, change requests, backups, surcharges)
 *   Class      a remedies block        Object  a remedy (warning, compensation, credit, right)
 *   Constant   a fee                   Property  contract facts and the block's other lines
 *   Method     a scenario              Boolean  an expectation
 *   String     a note
 */
import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { articleText } from '../model/values.js';

const MAX_NAME = 80;

/** The clause's own words on one line, without its article and block, shortened. */
export function clauseWords(node: AstNode): string {
    const text = (node.$cstNode?.text ?? '').split('{')[0]
        .replace(/\/\/[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/\[[^\]\n]*\]/g, ' ').replace(/\s+/g, ' ').trim();
    return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text || node.$type;
}

export class SlaDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!ast.isContract(root)) return [];
        try {
            const children = (root.clauses ?? []).flatMap((c) => this.clause(c));
            const contract = this.symbol(root, `${root.library ? 'library' : 'contract'} "${root.name ?? ''}"`, SymbolKind.File, children, 'name');
            return contract ? [contract] : children;
        } catch {
            // Half-typed text: an outline with what could be read is better than none.
            return [];
        }
    }

    private symbol(node: AstNode, name: string, kind: SymbolKind, children: DocumentSymbol[] = [], nameProperty?: string, extra?: string): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) return undefined;
        const named = nameProperty ? GrammarUtils.findNodeForProperty(cst, nameProperty) : undefined;
        const selection: Range = named?.range ?? { start: cst.range.start, end: cst.range.start };
        const article = articleText((node as { article?: string }).article);
        const detail = [article, extra].filter(Boolean).join(' · ');
        const symbol: DocumentSymbol = { name: name || node.$type, kind, range: cst.range, selectionRange: selection };
        if (detail) symbol.detail = detail;
        if (children.length) symbol.children = children;
        return symbol;
    }

    private many(nodes: readonly AstNode[], kind: (n: AstNode) => SymbolKind): DocumentSymbol[] {
        return nodes.flatMap((n) => this.one(n, clauseWords(n), kind(n)));
    }

    private one(node: AstNode, name: string, kind: SymbolKind, children: DocumentSymbol[] = [], nameProperty?: string, extra?: string): DocumentSymbol[] {
        const s = this.symbol(node, name, kind, children, nameProperty, extra);
        return s ? [s] : [];
    }

    private clause(c: ast.Clause): DocumentSymbol[] {
        if (ast.isCalendar(c)) return this.one(c, c.name, SymbolKind.Namespace, this.many(c.rules, () => SymbolKind.Property), 'name', 'calendar');
        if (ast.isPriority(c)) return this.one(c, c.name, SymbolKind.EnumMember, this.many(c.clocks, () => SymbolKind.Event), 'name', c.title ? `priority "${c.title}"` : 'priority');
        if (ast.isFee(c)) return this.one(c, c.name, SymbolKind.Constant, [], 'name', `fee per ${c.per}`);
        if (ast.isCompliance(c)) return this.one(c, clauseWords(c), SymbolKind.Number);
        if (ast.isAvailability(c)) {
            return this.one(c, 'availability', SymbolKind.Module,
                this.many(c.items, (i) => (ast.isAvailabilityLevel(i) ? SymbolKind.Number : SymbolKind.Property)));
        }
        if (ast.isMaintenance(c)) return this.one(c, 'maintenance', SymbolKind.Module, this.many(c.windows, () => SymbolKind.Event));
        if (ast.isRemedies(c)) return this.one(c, c.name ? `remedies ${c.name}` : 'remedies', SymbolKind.Class, c.remedies.flatMap((r) => this.remedy(r)), c.name ? 'name' : undefined);
        if (ast.isSurcharges(c)) return this.one(c, clauseWords(c), SymbolKind.Module, this.many(c.bands, () => SymbolKind.Number));
        if (ast.isChangeRequests(c)) {
            const acceptance = c.acceptance ? [c.acceptance] : [];
            return this.one(c, 'change requests', SymbolKind.Module, [
                ...c.classes.flatMap((k) => this.one(k, k.name, SymbolKind.Property, [], 'name', 'lead time')),
                ...this.many(acceptance, () => SymbolKind.Event),
            ]);
        }
        if (ast.isNotice(c)) return this.one(c, `notice "${c.name}"`, SymbolKind.Event, [], 'name');
        if (ast.isCommitment(c)) return this.one(c, `commitment "${c.name}"`, SymbolKind.Event, [], 'name');
        if (ast.isBackups(c)) return this.one(c, 'backups', SymbolKind.Module, this.many(c.items, () => SymbolKind.Property));
        if (ast.isNote(c)) return this.one(c, `note "${c.title}"`, SymbolKind.String, [], 'title');
        if (ast.isScenario(c)) {
            return this.one(c, `scenario "${c.name}"`, SymbolKind.Method, [
                ...this.many(c.events, () => SymbolKind.Event),
                ...this.many(c.expectations, () => SymbolKind.Boolean),
            ].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character), 'name');
        }
        // Contract facts: parties, version, date, time zone, currency, minimum term.
        return this.one(c, clauseWords(c), SymbolKind.Property);
    }

    private remedy(r: ast.Remedy): DocumentSymbol[] {
        const bands = ast.isCompensation(r) || ast.isCredit(r) ? this.many(r.bands, () => SymbolKind.Number) : [];
        return this.one(r, clauseWords(r), SymbolKind.Object, bands);
    }
}
