/**
 * Formatting: two spaces of indentation inside braces, one clause per line, single
 * spaces between the tokens of a line (none before , : ; and %, none inside "(target)"). A clause the writer
 * continued on the next line (a long scenario incident) keeps its break, indented two
 * steps further. Comments are hidden tokens: the formatter only re-indents them.
 * Idempotent: each formatting depends on the tokens, never on the spaces found.
 */
import { type AstNode, type CstNode, type LangiumDocument, isCompositeCstNode, isLeafCstNode } from 'langium';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { AbstractFormatter, Formatting, type FormattingAction } from 'langium/lsp';

const NO_SPACE_BEFORE = new Set([',', ':', ';', '%']);
/** A clause continued on the next line: the break is kept, indented two steps (as the samples write it). */
const CONTINUATION: FormattingAction = { options: {}, moves: [{ tabs: 2, lines: 1 }] };
/** Keywords that start a line inside a block without being a clause node of their own. */
const LINE_STARTS = new Set(['means', 'not', 'capped']);

export class SlaFormatter extends AbstractFormatter {
    /** Two spaces, whatever the editor's tab settings: contracts look the same for everyone. */
    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        return super.doDocumentFormat(document, { ...options, tabSize: 2, insertSpaces: true }, range);
    }

    protected format(node: AstNode): void {
        const cst = node.$cstNode;
        if (!cst) return;
        const f = this.getNodeFormatter(node);
        // Spaces between the node's own tokens and its child nodes.
        const elements = ownElements(node, cst);
        elements.forEach((el, i) => {
            if (i === 0) return;
            const region = f.cst([el]);
            const before = elements[i - 1];
            if (isLeafCstNode(el) && NO_SPACE_BEFORE.has(el.text)) region.prepend(Formatting.noSpace());
            // "(target)": no space inside the parentheses.
            else if ((isLeafCstNode(el) && el.text === ')') || (isLeafCstNode(before) && before.text === '(')) region.prepend(Formatting.noSpace());
            else region.prepend(Formatting.fit(Formatting.oneSpace(), CONTINUATION));
        });
        // Blocks: each item on its own line, indented; the closing brace on its own line.
        const open = elements.find((e) => isLeafCstNode(e) && e.text === '{');
        const close = [...elements].reverse().find((e) => isLeafCstNode(e) && e.text === '}');
        if (open && close) {
            const inside = f.interior(f.cst([open]), f.cst([close])).nodes;
            const starts = inside.filter((e) => !isLeafCstNode(e) || e.hidden || LINE_STARTS.has(e.text));
            f.cst(starts).prepend(Formatting.indent({ allowMore: true, priority: 2 }));
            f.cst([open]).prepend(Formatting.oneSpace({ priority: 2 }));
            f.cst([close]).prepend(Formatting.newLine({ priority: 2 }));
        }
    }
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
