import { WorkspaceCache, type LangiumSharedCoreServices } from 'langium';
import type { Contract } from '../generated/ast.js';
import { buildModel, type BuiltModel } from '../model/build-model.js';
import type { SlaImports } from '../language/imports/sla-imports.js';

/**
 * Builds the contract model once per parsed AST and workspace state: validators, hovers and
 * code lenses of one document version all ask for it. A change anywhere in the workspace
 * drops it, since a library the contract imports may have changed.
 */
export class SlaModelCache {
    private readonly cache: WorkspaceCache<Contract, BuiltModel>;

    constructor(shared: LangiumSharedCoreServices, private readonly imports: () => SlaImports) {
        this.cache = new WorkspaceCache(shared);
    }

    /** The model and which element each AST node became. */
    built(contract: Contract): BuiltModel {
        return this.cache.get(contract, () => {
            const document = contract.$document;
            const libraries = document ? this.imports().reachable(document).map((d) => d.parseResult.value) : [];
            return buildModel(contract, libraries);
        });
    }

    get(contract: Contract): BuiltModel['model'] {
        return this.built(contract).model;
    }
}
