import { AstUtils, URI, UriUtils, type AstNode } from 'langium';
import { isContract } from '../generated/ast.js';
import type { SourceSpan } from './types.js';
import { articleText } from './values.js';

/** 1-based span of a node; a node without text (recovered by the parser) gets 1:1. */
export function spanOf(node: AstNode | undefined): SourceSpan {
    const r = node?.$cstNode?.range;
    const file = node ? libraryFile(node) : undefined;
    const span = r ? { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 }
        : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return file ? { ...span, file } : span;
}

/** The URI of the library a node is written in, or undefined for a contract's own text. */
function libraryFile(node: AstNode): string | undefined {
    const root = AstUtils.findRootNode(node);
    return isContract(root) && root.library ? root.$document?.uri.toString() : undefined;
}

/** The span and article every clause carries. */
export function cited(node: AstNode & { article?: string }): { span: SourceSpan; article?: string } {
    const span = spanOf(node);
    const article = origin(articleText(node.article), span.file);
    return article ? { span, article } : { span };
}

/**
 * A library's clause cites its file too ("art. 2.1 of office-hours.sla"), so every finding,
 * simulation row and report line that names the article says where the clause comes from.
 */
function origin(article: string | undefined, file: string | undefined): string | undefined {
    if (!file) return article;
    const name = UriUtils.basename(URI.parse(file));
    return article ? `${article} of ${name}` : `the library ${name}`;
}
