/**
 * A finding of the model-level checker: pure data, so the command line, the language
 * server and tests all read the same thing. The language server maps `span` to a range.
 */
import type { SourceSpan } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
    code: string;
    severity: Severity;
    message: string;
    span: SourceSpan;
    /** The other clauses involved (the other side of a contradiction, the neighbour band), for the editor's related locations. */
    related?: RelatedClause[];
}

/** Another place a finding is about, with a short note of its part ("the response clock"). */
export interface RelatedClause {
    span: SourceSpan;
    message: string;
}

/** "Art. 5.2: ..." when the clause is tagged, so a lawyer finds the paragraph at once. */
export function withArticle(article: string | undefined, message: string): string {
    return article ? `${capitalise(article)}: ${message}` : message;
}

function capitalise(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
