/**
 * Rename: Langium's, plus a preview whenever the rename reaches beyond the file being
 * edited. A library's name is used by every contract that imports it; each of those files
 * is listed (one change annotation per file, needing confirmation) so the editor shows
 * what will change before anything is written.
 */
import { URI, UriUtils, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type {
    AnnotatedTextEdit, ChangeAnnotation, RenameParams, TextDocumentEdit, WorkspaceEdit,
} from 'vscode-languageserver';

export class SlaRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
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
