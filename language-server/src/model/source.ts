import type { AstNode } from 'langium';
import type { SourceSpan } from './types.js';
import { articleText } from './values.js';

/** 1-based span of a node; a node without text (recovered by the parser) gets 1:1. */
export function spanOf(node: AstNode | undefined): SourceSpan {
    const r = node?.$cstNode?.range;
    if (!r) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** The span and article every clause carries. */
export function cited(node: AstNode & { article?: string }): { span: SourceSpan; article?: string } {
    const article = articleText(node.article);
    return article ? { span: spanOf(node), article } : { span: spanOf(node) };
}
