/**
 * Langium's document builder, plus the files that the built documents import. The
 * workspace loads the folder's .sla files; a library elsewhere (`import "../shared/x.sla"`)
 * or a command-line check of one file still needs its imports, read from disk here before
 * scopes are computed, so linking sees them.
 */
import {
    DefaultDocumentBuilder, DocumentState, interruptAndCheck, type BuildOptions, type Cancellation, type LangiumDocument,
    type LangiumSharedCoreServices, type URI,
} from 'langium';
import type { SlaImports } from './sla-imports.js';

/** No real library comes near this; a larger file is reported at the import line instead. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

export class SlaDocumentBuilder extends DefaultDocumentBuilder {
    private readonly fileSystem: LangiumSharedCoreServices['workspace']['FileSystemProvider'];

    constructor(shared: LangiumSharedCoreServices, private readonly imports: () => SlaImports) {
        super(shared);
        this.fileSystem = shared.workspace.FileSystemProvider;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        // Parsed here, as the first phase would, so their import lines are known; the phase
        // then finds them parsed and tells its listeners about all documents at once.
        for (const doc of documents) {
            if (doc.state >= DocumentState.Parsed) continue;
            await interruptAndCheck(cancelToken);
            await this.langiumDocumentFactory.update(doc, cancelToken);
            doc.state = DocumentState.Parsed;
            await this.notifyDocumentPhase(doc, DocumentState.Parsed, cancelToken);
        }
        const added = await this.loadImports(documents);
        await super.buildDocuments(this.importsFirst([...documents, ...added]), options, cancelToken);
    }

    /**
     * Every phase handles documents in list order: with each library ahead of the files that
     * import it, a contract's validation can read its libraries' findings.
     */
    private importsFirst(documents: LangiumDocument[]): LangiumDocument[] {
        const imports = this.imports();
        const inBuild = new Set(documents);
        const ordered: LangiumDocument[] = [];
        const placed = new Set<LangiumDocument>();
        const place = (doc: LangiumDocument, path: Set<LangiumDocument>) => {
            if (placed.has(doc) || path.has(doc)) return;
            path.add(doc);
            for (const { document } of imports.direct(doc)) if (document && inBuild.has(document)) place(document, path);
            path.delete(doc);
            placed.add(doc);
            ordered.push(doc);
        };
        for (const doc of documents) place(doc, new Set());
        return ordered;
    }

    /** A document is rebuilt when anything it imports, directly or not, changed. */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        const imports = this.imports();
        for (const { uri } of imports.direct(document)) if (changedUris.has(uri.toString())) return true;
        for (const lib of imports.reachable(document)) if (changedUris.has(lib.uri.toString())) return true;
        return false;
    }

    /** Loads, transitively, every imported file that is not a document yet. */
    private async loadImports(documents: LangiumDocument[]): Promise<LangiumDocument[]> {
        const imports = this.imports();
        const added: LangiumDocument[] = [];
        const queue = [...documents];
        while (queue.length) {
            const doc = queue.shift()!;
            for (const { uri, document } of imports.direct(doc)) {
                if (document) continue;
                const loaded = await this.load(uri);
                if (loaded) {
                    added.push(loaded);
                    queue.push(loaded);
                }
            }
        }
        return added;
    }

    private async load(uri: URI): Promise<LangiumDocument | undefined> {
        const imports = this.imports();
        try {
            const node = await this.fileSystem.stat(uri);
            if (node.isDirectory) return imports.recordProblem(uri, 'folder'), undefined;
            if (!node.isFile) return imports.recordProblem(uri, 'not-a-file'), undefined;
            const text = await this.fileSystem.readFile(uri);
            if (text.length > MAX_IMPORT_BYTES) return imports.recordProblem(uri, 'too-large'), undefined;
            imports.clearProblem(uri);
            const document = this.langiumDocumentFactory.fromString(text.replace(/^\uFEFF/, ''), uri);
            this.langiumDocuments.addDocument(document);
            return document;
        } catch (e) {
            const code = (e as { code?: string }).code;
            imports.recordProblem(uri, code === 'ENOENT' || code === 'FileNotFound' || code === undefined ? 'missing' : 'unreadable');
            return undefined;
        }
    }
}
