/**
 * Langium's default scope provider, with the local part of each scope worked out once per
 * container and reference type per document build.
 *
 * The default builds, for every reference, a chain of StreamScopes over the local symbols
 * of each enclosing container and finds a name by walking the filtered stream: linking a
 * 5,000-line contract does that tens of thousands of times over the same few containers.
 * Here the filtered symbols of a container (and of the containers around it) are kept in
 * name maps, cached by the document's local symbols (which Langium makes anew whenever it
 * recomputes a document's scopes, so an edit never sees an old map) and the container.
 *
 * Same answers as the default: the innermost container that has a symbol of the name wins,
 * within one container the first symbol of the name wins (StreamScope's `find`), then the
 * global scope, which is asked for on every call (Langium caches it per workspace state, so
 * changes in other documents are seen exactly as before). getElements and getAllElements
 * give the same elements in the same order (completion reads getAllElements).
 */
import {
    AstUtils, DefaultScopeProvider, EMPTY_STREAM,
    type AstNode, type AstNodeDescription, type LocalSymbols, type ReferenceInfo, type Scope, type Stream,
} from 'langium';

/** The symbols of one container that fit a reference type, in their original order and by name. */
interface Level {
    all: AstNodeDescription[];
    byName: Map<string, AstNodeDescription[]>;
}

/** The local levels of a container chain, innermost first, ahead of an outer (global) scope. */
class LocalChainScope implements Scope {
    constructor(private readonly levels: readonly Level[], private readonly outer: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        for (const level of this.levels) {
            const found = level.byName.get(name);
            if (found) return found[0];
        }
        return this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        // As nested StreamScopes with concatOuterScope (the default): every level, then the outer scope.
        let result: Stream<AstNodeDescription> = EMPTY_STREAM;
        for (const level of this.levels) {
            const found = level.byName.get(name);
            if (found) result = result.concat(found);
        }
        return result.concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        let result: Stream<AstNodeDescription> = EMPTY_STREAM;
        for (const level of this.levels) result = result.concat(level.all);
        return result.concat(this.outer.getAllElements());
    }
}

export class SlaScopeProvider extends DefaultScopeProvider {
    // Weak only in the document build's local symbols: the maps inside live and die with
    // them (one weak entry per build, not one per container, which would burden the GC).
    /** local symbols of a document build → container → reference type → levels of its chain. */
    private readonly chains = new WeakMap<LocalSymbols, Map<AstNode, Map<string, Level[]>>>();
    /** local symbols of a document build → container → reference type → its own level. */
    private readonly levels = new WeakMap<LocalSymbols, Map<AstNode, Map<string, Level>>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const global = this.getGlobalScope(referenceType, context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        if (!localSymbols) return global;
        let byNode = this.chains.get(localSymbols);
        if (!byNode) {
            byNode = new Map();
            this.chains.set(localSymbols, byNode);
        }
        let byType = byNode.get(context.container);
        if (!byType) {
            byType = new Map();
            byNode.set(context.container, byType);
        }
        let chain = byType.get(referenceType);
        if (!chain) {
            chain = [];
            for (let node: AstNode | undefined = context.container; node; node = node.$container) {
                if (!localSymbols.has(node)) continue;
                const level = this.levelOf(localSymbols, node, referenceType);
                if (level.all.length > 0) chain.push(level);
            }
            byType.set(referenceType, chain);
        }
        return chain.length === 0 ? global : new LocalChainScope(chain, global);
    }

    /** One container's symbols of the type, shared by every container inside it. */
    private levelOf(localSymbols: LocalSymbols, node: AstNode, referenceType: string): Level {
        let byNode = this.levels.get(localSymbols);
        if (!byNode) {
            byNode = new Map();
            this.levels.set(localSymbols, byNode);
        }
        let byType = byNode.get(node);
        if (!byType) {
            byType = new Map();
            byNode.set(node, byType);
        }
        let level = byType.get(referenceType);
        if (!level) {
            const all = localSymbols.getStream(node).filter((d) => this.reflection.isSubtype(d.type, referenceType)).toArray();
            const byName = new Map<string, AstNodeDescription[]>();
            for (const d of all) {
                const list = byName.get(d.name);
                if (list) list.push(d);
                else byName.set(d.name, [d]);
            }
            level = { all, byName };
            byType.set(referenceType, level);
        }
        return level;
    }
}
