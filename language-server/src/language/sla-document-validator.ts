/**
 * Langium's document validator with a cap on syntax errors. Text with thousands of stray
 * tokens (a pasted spreadsheet, a binary file) gave one error per token: tens of
 * thousands of diagnostics, megabytes per edit, seconds before the editor showed them.
 * The first errors locate the problem; the rest are counted in one more diagnostic.
 */
import { DefaultDocumentValidator, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';

export const MAX_SYNTAX_ERRORS = 100;

export class SlaDocumentValidator extends DefaultDocumentValidator {
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.capped(diagnostics, (into) => super.processLexingErrors(parseResult, into, options));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.capped(diagnostics, (into) => super.processParsingErrors(parseResult, into, options));
    }

    private capped(diagnostics: Diagnostic[], collect: (into: Diagnostic[]) => void): void {
        const found: Diagnostic[] = [];
        collect(found);
        const room = Math.max(0, MAX_SYNTAX_ERRORS - diagnostics.length);
        diagnostics.push(...found.slice(0, room));
        const rest = found.length - room;
        if (rest <= 0) return;
        const last = diagnostics[diagnostics.length - 1] ?? found[room];
        diagnostics.push({
            ...found[room],
            range: last.range,
            message: `${rest === 1 ? '1 more syntax error after this one is' : `${rest} more syntax errors after this one are`} not listed; fix the first ones and check again.`,
        });
    }
}
