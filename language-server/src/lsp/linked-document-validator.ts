/**
 * The document validator of the editor: every diagnostic with a code gets a link to that
 * code's explanation (LSP `codeDescription.href`; VS Code shows the code as a link in the
 * hover and the Problems panel). The command line uses the plain validator: it prints codes.
 */
import type { LangiumCoreServices, LangiumDocument, ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { SlaDocumentValidator } from '../language/sla-document-validator.js';
import type { SlaDocLinks } from './doc-links.js';

/** Langium marks lexer, parser and linker problems in `data.code`; our checks set `code`. */
export function codeOfDiagnostic(d: Diagnostic): string | undefined {
    if (d.code !== undefined) return String(d.code);
    return (d.data as { code?: string } | undefined)?.code;
}

export class LinkedDocumentValidator extends SlaDocumentValidator {
    constructor(services: LangiumCoreServices, private readonly links: SlaDocLinks) {
        super(services);
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const d of diagnostics) {
            const code = codeOfDiagnostic(d);
            if (!code) continue;
            // Langium's own problems carry their code in `data` only: show it as well, so the link has a label.
            d.code ??= code;
            d.codeDescription = { href: this.links.codeLink(code) };
        }
        return diagnostics;
    }
}
