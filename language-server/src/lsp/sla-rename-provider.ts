/**
 * Rename: Langium's, plus a preview whenever the rename reaches beyond the file being
 * edited. A library's name is used by every contract that imports it; each of those files
 * is listed (one change annotation per file, needing confirmation) so the editor shows
 * what will change before anything is written. A service's quoted name has a rename of
 * its own (service-rename.ts).
 */
import { URI, UriUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    type AnnotatedTextEdit, type ChangeAnnotation, ErrorCodes, type Range, type RenameParams, ResponseError, type TextDocumentEdit,
    type TextDocumentPositionParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { SlaImports } from '../language/imports/sla-imports.js';
import type { SlaLspServices } from './sla-lsp-module.js';
import { renameService, serviceNameAt } from './service-rename.js';

export class SlaRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;
    private readonly imports: SlaImports;

    constructor(services: SlaLspServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.imports = services.imports.Imports;
    }

    override async prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Promise<Range | undefined> {
        return serviceNameAt(document, params.position)?.range ?? super.prepareRename(document, params);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        // A service is named by quoted strings, not references: its own rename.
        let service: WorkspaceEdit['changes'];
        try {
            service = renameService(document, params.position, params.newName, this.documents, this.imports);
        } catch (e) {
            throw new ResponseError(ErrorCodes.InvalidParams, (e as Error).message);
        }
        if (service) {
            const files = Object.keys(service);
            return files.every((uri) => uri === params.textDocument.uri) ? { changes: service } : confirmEachFile(service, params.newName);
        }
        const edit = await super.rename(document, params);
        const files = Object.keys(edit?.changes ?? {});
        if (!edit?.changes || files.every((uri) => uri === params.textDocument.uri)) return edit;
        return confirmEachFile(edit.changes, params.newName);
    }
}

/** The same edits as document changes, each file's under an annotation the user confirms. */
export function confirmEachFile(changes: NonNullable<WorkspaceEdit['changes']>, newName: string): WorkspaceEdit {
    const changeAnnotations: Record<string, ChangeAnnotation> = {};
    const documentChanges: TextDocumentEdit[] = [];
    for (const [uri, edits] of Object.entries(changes).sort(([a], [b]) => a.localeCompare(b))) {
        const file = UriUtils.basename(URI.parse(uri));
        const id = `rename:${uri}`;
        changeAnnotations[id] = {
            label: `${file}: ${edits.length} ${edits.length === 1 ? 'place' : 'places'}`,
            description: `Renames to "${newName}" in ${file}`,
            needsConfirmation: true,
        };
        documentChanges.push({
            textDocument: { uri, version: null },
            edits: edits.map((e): AnnotatedTextEdit => ({ ...e, annotationId: id })),
        });
    }
    return { documentChanges, changeAnnotations };
}
