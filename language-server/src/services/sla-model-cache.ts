import type { Contract } from '../generated/ast.js';
import { buildModel, type BuiltModel } from '../model/build-model.js';

/**
 * Builds the contract model once per parsed AST: validators, hovers and code lenses of
 * one document version all ask for it, and the AST object identity changes on every edit.
 */
export class SlaModelCache {
    private readonly cache = new WeakMap<Contract, BuiltModel>();

    /** The model and which element each AST node became. */
    built(contract: Contract): BuiltModel {
        let built = this.cache.get(contract);
        if (!built) {
            built = buildModel(contract);
            this.cache.set(contract, built);
        }
        return built;
    }

    get(contract: Contract): BuiltModel['model'] {
        return this.built(contract).model;
    }
}
