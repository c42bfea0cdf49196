/**
 * Parses, links and checks texts with the core services and returns plain diagnostics
 * (1-based positions) — the one path the command line, the tests and the benchmark share.
 */
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Contract } from '../generated/ast.js';
import type { SlaServices } from './sla-module.js';
import type { LangiumSharedCoreServices } from 'langium';

export interface PlainDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

export function toPlain(file: string, d: Diagnostic): PlainDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITY[d.severity ?? 1],
        code: d.code !== undefined ? String(d.code) : codeOf(d),
        message: messageText(d),
    };
}

/** LSP 3.18 lets a message be markup; this server writes plain text, but reads either. */
export function messageText(d: Diagnostic): string {
    return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Langium marks lexer, parser and linker problems in `data`; give them stable codes too. */
function codeOf(d: Diagnostic): string {
    const data = d.data as { code?: string } | undefined;
    return data?.code ?? 'syntax-error';
}

export interface CheckedDocument {
    file: string;
    document: LangiumDocument<Contract>;
    diagnostics: PlainDiagnostic[];
}

/**
 * Builds texts as documents of the workspace, each under a fresh URI (the workspace keeps
 * documents by URI), and removes them again once their diagnostics are read.
 */
export class SlaTextChecker {
    private readonly shared: LangiumSharedCoreServices;
    private runs = 0;

    constructor(services: SlaServices) {
        this.shared = services.shared;
    }

    /** Builds the given texts together, so references between them would resolve. */
    async check(texts: { file: string; text: string }[]): Promise<CheckedDocument[]> {
        const workspace = this.shared.workspace;
        const factory = workspace.LangiumDocumentFactory;
        const run = ++this.runs;
        const docs = texts.map(({ file, text }) => {
            const uri = URI.file(`/sla-check/${run}/${file.replace(/[\\/]/g, '_')}`);
            return { file, document: factory.fromString<Contract>(text, uri) };
        });
        for (const d of docs) workspace.LangiumDocuments.addDocument(d.document);
        try {
            await workspace.DocumentBuilder.build(docs.map((d) => d.document), { validation: true });
            return docs.map(({ file, document }) => ({
                file, document,
                diagnostics: (document.diagnostics ?? []).map((d) => toPlain(file, d))
                    .sort((a, b) => a.line - b.line || a.column - b.column),
            }));
        } finally {
            // Through the builder, so the index and the build state forget them too: deleting
            // only from LangiumDocuments left each document's exported symbols in the index,
            // and with them (AstNodeDescription.node) the whole AST and CST of every check.
            await workspace.DocumentBuilder.update([], docs.map((d) => d.document.uri));
        }
    }
}

/** Parses, links and checks texts with the given services (their TextChecker). */
export function checkTexts(
    services: { Sla: SlaServices },
    texts: { file: string; text: string }[],
): Promise<CheckedDocument[]> {
    return services.Sla.checking.TextChecker.check(texts);
}
