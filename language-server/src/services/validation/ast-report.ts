/** Reporting helper shared by the AST-level concern checks. */
import { AstUtils, type AstNode, type DiagnosticInfo, type Properties, type ValidationAcceptor } from 'langium';
import { isContract } from '../../generated/ast.js';
import { withArticle } from '../../checker/finding.js';
import { articleText } from '../../model/values.js';
import { AST_CODES, type AstCode } from './ast-codes.js';

/** The article of the nearest clause around a node (its own first), never the contract's title tag. */
export function articleOf(node: AstNode | undefined): string | undefined {
    for (let n = node; n && !isContract(n); n = n.$container) {
        const tag = (n as { article?: unknown }).article;
        if (typeof tag === 'string') {
            const text = articleText(tag);
            if (text) return text;
        }
    }
    return undefined;
}

/** Reports a finding of the list at a node's property (or the whole node), with the clause's article. */
export function report<N extends AstNode>(
    accept: ValidationAcceptor, code: AstCode, node: N, message: string,
    where: { property?: Properties<N>; index?: number; related?: { node: AstNode; note: string }[]; suggestions?: string[] } = {},
): void {
    const info: DiagnosticInfo<N> = { node, code };
    // Texts to write instead of the flagged one, as written (quotes included): the editor's did-you-mean.
    if (where.suggestions?.length) info.data = { suggestions: where.suggestions };
    if (where.property !== undefined) info.property = where.property;
    if (where.index !== undefined) info.index = where.index;
    const related = (where.related ?? []).flatMap(({ node: other, note }) => {
        const range = other.$cstNode?.range;
        const uri = AstUtils.findRootNode(other).$document?.uri.toString();
        return range && uri ? [{ location: { uri, range }, message: withArticle(articleOf(other), note) }] : [];
    });
    if (related.length) info.relatedInformation = related;
    accept(AST_CODES[code].severity, withArticle(articleOf(node), message), info);
}

/** "1 hour", "2.5 hours": a number with a word, for messages. */
export function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Line (1-based) of a node, for messages that point at another place. */
export function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

/**
 * Whether the text around a node did not parse. Findings about what is absent (no party,
 * an unused calendar) are left out then: the missing part may sit in the text that failed.
 */
export function hasSyntaxErrors(node: AstNode): boolean {
    try {
        const { parseResult } = AstUtils.getDocument(node);
        return parseResult.parserErrors.length > 0 || parseResult.lexerErrors.length > 0;
    } catch {
        return false;
    }
}
