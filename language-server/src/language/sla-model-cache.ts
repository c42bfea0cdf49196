import type { Contract } from '../generated/ast.js';
import type { ContractModel } from '../model/types.js';
import { buildModel } from '../model/build-model.js';

/**
 * Builds the contract model once per parsed AST: validators, hovers and code lenses of
 * one document version all ask for it, and the AST object identity changes on every edit.
 */
export class SlaModelCache {
    private readonly cache = new WeakMap<Contract, ContractModel>();

    get(contract: Contract): ContractModel {
        let model = this.cache.get(contract);
        if (!model) {
            model = buildModel(contract);
            this.cache.set(contract, model);
        }
        return model;
    }
}
