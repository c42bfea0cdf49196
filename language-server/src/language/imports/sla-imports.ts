/**
 * Which files a file imports. A contract's names resolve only inside it and in the
 * libraries it imports (directly, or through a library that imports another), so this is
 * the one place that turns `import "..."` lines into documents.
 */
import { UriUtils, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices, type URI } from 'langium';
import type { Contract, Import } from '../../generated/ast.js';

/** Why an import brings nothing in; the loader records what the file system said. */
export type ImportProblem = 'missing' | 'folder' | 'not-a-file' | 'too-large' | 'unreadable';

export interface ResolvedImport {
    node: Import;
    uri: URI;
    document?: LangiumDocument<Contract>;
}

export class SlaImports {
    private readonly documents: LangiumDocuments;
    /** What the loader found at an import's target when no document could be made of it. */
    private readonly problems = new Map<string, ImportProblem>();

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
    }

    /** The target of one import line, or undefined when the line names no path yet. */
    targetOf(document: LangiumDocument, node: Import): URI | undefined {
        if (!node.path) return undefined;
        return UriUtils.resolvePath(UriUtils.dirname(document.uri), node.path);
    }

    /** The file's own import lines, each with its target document when it is loaded. */
    direct(document: LangiumDocument): ResolvedImport[] {
        const root = document.parseResult?.value as Contract | undefined;
        const result: ResolvedImport[] = [];
        for (const node of root?.imports ?? []) {
            const uri = this.targetOf(document, node);
            if (!uri) continue;
            const target = this.documents.getDocument(uri) as LangiumDocument<Contract> | undefined;
            result.push(target ? { node, uri, document: target } : { node, uri });
        }
        return result;
    }

    /**
     * Every library the file reaches through its imports, nearest first, each once, never
     * the file itself: what it may name and what becomes part of it. Only libraries count;
     * an imported contract is reported at its import line and brings nothing.
     */
    reachable(document: LangiumDocument): LangiumDocument<Contract>[] {
        const seen = new Set<string>([document.uri.toString()]);
        const result: LangiumDocument<Contract>[] = [];
        const queue: LangiumDocument[] = [document];
        while (queue.length) {
            const current = queue.shift()!;
            for (const { document: target } of this.direct(current)) {
                if (!target || seen.has(target.uri.toString())) continue;
                seen.add(target.uri.toString());
                if (!isLibrary(target)) continue;
                result.push(target);
                queue.push(target);
            }
        }
        return result;
    }

    /** The file's own import line through which the library `target` (a URI) is reached. */
    lineTo(document: LangiumDocument, target: string): Import | undefined {
        for (const d of this.direct(document)) {
            if (!d.document) continue;
            if (d.uri.toString() === target || this.reachable(d.document).some((l) => l.uri.toString() === target)) return d.node;
        }
        return undefined;
    }

    /** The URIs of `reachable`, for filtering the index. */
    reachableUris(document: LangiumDocument): Set<string> {
        return new Set(this.reachable(document).map((d) => d.uri.toString()));
    }

    /** The path of imports from `from` back to `from`, when an import of `from` leads there. */
    cycleThrough(from: LangiumDocument, first: LangiumDocument): LangiumDocument[] | undefined {
        const start = from.uri.toString();
        const visit = (doc: LangiumDocument, path: LangiumDocument[], seen: Set<string>): LangiumDocument[] | undefined => {
            if (doc.uri.toString() === start) return path;
            if (seen.has(doc.uri.toString())) return undefined;
            seen.add(doc.uri.toString());
            for (const { document: next } of this.direct(doc)) {
                if (!next) continue;
                const found = visit(next, [...path, next], seen);
                if (found) return found;
            }
            return undefined;
        };
        return visit(first, [first], new Set());
    }

    recordProblem(uri: URI, problem: ImportProblem): void {
        this.problems.set(uri.toString(), problem);
    }

    clearProblem(uri: URI): void {
        this.problems.delete(uri.toString());
    }

    problemOf(uri: URI): ImportProblem | undefined {
        return this.problems.get(uri.toString());
    }
}

export function isLibrary(document: LangiumDocument): boolean {
    return (document.parseResult?.value as Contract | undefined)?.library === true;
}

/** "office-hours.sla": how messages name a file. */
export function fileName(uri: URI): string {
    return UriUtils.basename(uri);
}
