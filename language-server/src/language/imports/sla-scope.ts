/**
 * Scoping: a file sees its own names and those of the libraries it imports, nothing else
 * in the workspace. Only calendars, fees and priorities are names other clauses refer to,
 * so only they are exported (a party's or scenario's name is text, not a definition).
 */
import {
    DefaultScopeComputation, DefaultScopeProvider, EMPTY_SCOPE, MultiMapScope, AstUtils, WorkspaceCache,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument,
    type ReferenceInfo, type Scope,
} from 'langium';
import { isCalendar, isFee, isPriority } from '../../generated/ast.js';
import type { SlaImports } from './sla-imports.js';

export class SlaScopeComputation extends DefaultScopeComputation {
    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        if (isCalendar(node) || isFee(node) || isPriority(node)) super.addExportedSymbol(node, exports, document);
    }
}

export class SlaScopeProvider extends DefaultScopeProvider {
    /** (document, reference type) → the scope of what it imports; dropped on every workspace change. */
    private readonly importedScopes: WorkspaceCache<string, Scope>;

    constructor(services: LangiumCoreServices, private readonly imports: () => SlaImports) {
        super(services);
        this.importedScopes = new WorkspaceCache(services.shared);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}\n${referenceType}`;
        return this.importedScopes.get(key, () => {
            const uris = this.imports().reachableUris(document);
            return uris.size ? new MultiMapScope(this.indexManager.allElements(referenceType, uris)) : EMPTY_SCOPE;
        });
    }
}
