/**
 * Formatting in the house style: two spaces of indentation per block level, one clause per
 * line, a block's `{` at the end of its header line and its `}` on a line of its own, single
 * spaces between the tokens of a line (none before , : ; % and ), none after (), at most one blank line,
 * comments kept where they are.
 *
 * A line-based re-indenter over the tokens (the CST's leaves, comments included), not
 * Langium's region-based AbstractFormatter: that one decides per region whether to keep a
 * space or move to a new line, and a region that does not fit (a `capped at 50% per year`
 * after a long band) was broken inside the phrase. Here the only text that changes is the
 * whitespace between two tokens, and a line break is only ever added
 *   - before a token that starts a clause (an item of a block, `means`, `capped`, `not for`),
 *   - after a block's `{` and before its `}`;
 * one is only ever removed before a `{` (joined to its header line). A break the writer put
 * inside a clause (a long scenario incident) is kept, indented two steps further. Comments
 * and strings are emitted as they are. So formatting never breaks a phrase, keeps every
 * token and comment in order, and is idempotent: the output depends on the tokens and on
 * where the writer broke clauses, never on the spaces found.
 *
 * A document with syntax errors is left alone: without a complete CST the clause starts
 * are unknown.
 */
import { AstUtils, CstUtils, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode, isCompositeCstNode, isLeafCstNode } from 'langium';

const { streamAst } = AstUtils;
const { streamCst } = CstUtils;
import type { Formatter } from 'langium/lsp';
import * as ast from '../generated/ast.js';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, TextEdit,
} from 'vscode-languageserver';

const NO_SPACE_BEFORE = new Set([',', ':', ';', '%', ')']);
/** "(target)": no space inside the parentheses. */
const NO_SPACE_AFTER = new Set(['(']);
/** Keywords of a block's own that start a line without being a clause node of their own. */
const LINE_STARTS = new Set(['means', 'capped', 'not']);
const INDENT = '  ';

interface Token { start: number; end: number; text: string; comment: boolean; lineComment: boolean }

export class SlaFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return formattingEdits(document);
    }

    /** The edits of the whole document that fall in the lines of the range. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const { start, end } = params.range;
        return formattingEdits(document).filter((e) => e.range.start.line >= start.line && e.range.end.line <= end.line);
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

/** The edits that bring the document into the house style: one per changed gap between tokens. */
export function formattingEdits(document: LangiumDocument): TextEdit[] {
    const { parseResult } = document;
    const root = parseResult.value.$cstNode;
    if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return [];
    const text = document.textDocument.getText();
    const tokens = tokensOf(root);
    // Every character outside the tokens must be whitespace, or the CST is not the whole text.
    let at = 0;
    for (const t of tokens) {
        if (/\S/.test(text.slice(at, t.start))) return [];
        at = t.end;
    }
    if (/\S/.test(text.slice(at))) return [];
    const gaps = layout(text, tokens, clauseStarts(parseResult.value));
    const edits: TextEdit[] = [];
    for (const g of gaps) {
        if (text.slice(g.start, g.end) === g.text) continue;
        edits.push({ range: { start: document.textDocument.positionAt(g.start), end: document.textDocument.positionAt(g.end) }, newText: g.text });
    }
    return edits;
}

/** Formats a text that parses as the given root (for the CLI and tests). */
export function formatText(text: string, root: AstNode): string {
    const cst = root.$cstNode;
    if (!cst) return text;
    const gaps = layout(text, tokensOf(cst), clauseStarts(root));
    let out = '';
    let at = 0;
    for (const g of gaps) {
        out += text.slice(at, g.start) + g.text;
        at = g.end;
    }
    return out + text.slice(at);
}

function tokensOf(root: CstNode): Token[] {
    const out: Token[] = [];
    for (const n of streamCst(root)) {
        if (!isLeafCstNode(n) || n.length === 0) continue;
        const comment = n.hidden && n.text.startsWith('/');
        if (n.hidden && !comment) continue;
        out.push({ start: n.offset, end: n.end, text: n.text, comment, lineComment: comment && n.text.startsWith('//') });
    }
    return out.sort((a, b) => a.start - b.start);
}

interface Gap { start: number; end: number; text: string }

/** The whitespace that goes before each token (and after the last one). */
function layout(text: string, tokens: Token[], starts: Set<number>): Gap[] {
    const gaps: Gap[] = [];
    if (tokens.length === 0) return gaps;
    gaps.push({ start: 0, end: tokens[0].start, text: '' });
    let depth = 0;
    let prevCode: Token | undefined;
    /** Whether a code token stands on the current output line (before the token at hand). */
    let codeOnLine = false;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const p = tokens[i - 1];
        if (p) {
            const found = text.slice(p.end, t.start);
            const newlines = (found.match(/\n/g) ?? []).length;
            let lineBreak = newlines > 0 || p.lineComment;
            if (!t.comment) {
                // (a clause after a comment that opens its line stays where it is)
                if ((starts.has(t.start) && codeOnLine) || t.text === '}' || (p.text === '{' && !p.comment)) lineBreak = true;
                // A block's `{` at the end of its header line.
                if (t.text === '{' && !p.comment) lineBreak = false;
            }
            let gap: string;
            if (lineBreak) {
                const blank = newlines > 1 ? '\n' : '';
                gap = `${blank}\n${INDENT.repeat(indentOf(t, i))}`;
            } else if (!t.comment && !p.comment && NO_SPACE_AFTER.has(p.text)) {
                gap = '';
            } else if (!t.comment && NO_SPACE_BEFORE.has(t.text) && !(t.text === ':' && /\d$/.test(p.text) && /^\d/.test(tokens[i + 1]?.text ?? '') && tokens[i + 1].start === t.end)) {
                // (no space before a colon that would glue "9 :00" into a time)
                gap = '';
            } else {
                gap = ' ';
            }
            gaps.push({ start: p.end, end: t.start, text: gap });
            if (lineBreak) codeOnLine = false;
        }
        if (!t.comment) codeOnLine = true;
        if (!t.comment) {
            if (t.text === '{') depth++;
            else if (t.text === '}') depth = Math.max(0, depth - 1);
            prevCode = t;
        }
    }
    const last = tokens[tokens.length - 1];
    gaps.push({ start: last.end, end: text.length, text: /\n/.test(text.slice(last.end)) ? '\n' : '' });
    return gaps;

    /** Indentation in steps of a line that starts with token i; `depth` is the blocks open before it. */
    function indentOf(t: Token, i: number): number {
        // A comment line is indented like the code line after it (inside the block, if that is a `}`).
        const code = t.comment ? tokens.slice(i).find((x) => !x.comment) : t;
        if (!code) return depth;
        if (code.text === '}') return t.comment ? depth : Math.max(0, depth - 1);
        if (code.text === '{' && code === t) return depth;
        if (starts.has(code.start) || !prevCode || (prevCode.text === '{')) return depth;
        return depth + 2;
    }
}

/**
 * Offsets of the tokens that start a clause: the items of every block (child nodes of a
 * list, or right after `{` or another item), a block's own line keywords (`means`,
 * `capped`, `not for`), and at the top the imports and `contract`/`library`.
 */
function clauseStarts(root: AstNode): Set<number> {
    const starts = new Set<number>();
    for (const node of streamAst(root)) {
        const cst = node.$cstNode;
        if (!cst) continue;
        const elements = ownElements(node, cst);
        const open = elements.findIndex((e) => isOwnLeaf(e, node) && e.text === '{');
        if (open < 0) continue;
        if (node === root) {
            for (const e of elements.slice(0, open)) {
                if (!isOwnLeaf(e, node)) starts.add(firstToken(e));
            }
            const head = elements.find((e) => isOwnLeaf(e, node));
            if (head) starts.add(head.offset);
        }
        let close = elements.length - 1;
        while (close > open && !(isOwnLeaf(elements[close], node) && elements[close].text === '}')) close--;
        for (let j = open + 1; j < close; j++) {
            const e = elements[j];
            const prev = elements[j - 1];
            if (isOwnLeaf(e, node)) {
                if (LINE_STARTS.has(e.text)) starts.add(e.offset);
            } else {
                const child = e.astNode;
                // A block's items: a list's, or a block of its own inside a block (a service's availability after its `means`).
                const item = child.$container === node && child.$containerProperty !== undefined
                    && (Array.isArray((node as unknown as Record<string, unknown>)[child.$containerProperty]) || ast.isService(node));
                if (item || j === open + 1 || !isOwnLeaf(prev, node)) starts.add(firstToken(e));
            }
        }
    }
    return starts;
}

function isOwnLeaf(e: CstNode, node: AstNode): e is LeafCstNode {
    return isLeafCstNode(e) && e.astNode === node;
}

function firstToken(e: CstNode): number {
    for (const n of streamCst(e)) if (isLeafCstNode(n) && !n.hidden) return n.offset;
    return e.offset;
}

/**
 * The node's own tokens and its child nodes' CST nodes, in order: descends into CST
 * nodes of the same AST node (datatype rules such as "working days", unassigned calls).
 */
function ownElements(node: AstNode, cst: CstNode): CstNode[] {
    const out: CstNode[] = [];
    const walk = (c: CstNode) => {
        if (isCompositeCstNode(c)) {
            for (const child of c.content) {
                if (child.hidden) continue;
                if (child.astNode !== node) out.push(child);
                else if (isCompositeCstNode(child)) walk(child);
                else out.push(child);
            }
        }
    };
    walk(cst);
    return out;
}
