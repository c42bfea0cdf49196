/**
 * Parses, links and checks texts with the core services and returns plain diagnostics
 * (1-based positions) — the one path the command line, the tests and the benchmark share.
 */
import type { ContractModel } from '../model/types.js';
import { resolve } from 'node:path';
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
    /** The contract model with what the file imports, built while the imports are loaded. */
    model: ContractModel;
}

/**
 * Builds the given texts together with the libraries they import (read through the
 * services' file system), each under its own path, so a relative import resolves as it
 * does on disk. A file's findings depend only on it and its imports, never on the other
 * files of the call. Everything the call loaded is removed again afterwards.
 */
export async function checkTexts(
    services: { shared: LangiumSharedCoreServices; Sla: SlaServices },
    texts: { file: string; text: string }[],
): Promise<CheckedDocument[]> {
    const { LangiumDocumentFactory: factory, LangiumDocuments: documents, DocumentBuilder: builder } = services.shared.workspace;
    const before = new Set(documents.all.map((d) => d.uri.toString()).toArray());
    const byUri = new Map<string, LangiumDocument<Contract>>();
    const docs: { file: string; document: LangiumDocument<Contract> }[] = [];
    for (const { file, text } of texts) {
        const uri = uriOf(file);
        let document = byUri.get(uri.toString());
        if (!document) {
            if (documents.hasDocument(uri)) await builder.update([], [uri]);
            document = factory.fromString<Contract>(text, uri);
            documents.addDocument(document);
            byUri.set(uri.toString(), document);
        }
        docs.push({ file, document });
    }
    try {
        await builder.build([...byUri.values()], { validation: true });
        return docs.map(({ file, document }) => ({
            file, document,
            diagnostics: (document.diagnostics ?? []).map((d) => toPlain(file, d))
                .sort((a, b) => a.line - b.line || a.column - b.column),
            model: services.Sla.model.ModelCache.get(document.parseResult.value),
        }));
    } finally {
        // Through the builder, so the index and the build state forget them too: deleting
        // only from LangiumDocuments would leave each document's exported symbols (and
        // with them its whole AST) in the index.
        const added = documents.all.map((d) => d.uri).filter((u) => !before.has(u.toString())).toArray();
        await builder.update([], added);
    }
}

/** The file's absolute path as a URI; two files of one call never share one. */
function uriOf(file: string): URI {
    return URI.file(resolve(file));
}
