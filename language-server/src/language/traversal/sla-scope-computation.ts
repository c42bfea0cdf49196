import {
    Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap,
    type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols,
} from 'langium';
import { flatAst } from './flat-ast-cache.js';
import { YIELD_EVERY } from './yield-every.js';

/** Collects local symbols like DefaultScopeComputation, over the shared flat walk. */
export class SlaScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const { nodes } = flatAst(document.parseResult.value);
        // From 1: the root has no container, as in streamAllContents.
        for (let i = 1; i < nodes.length; i++) {
            if (i % YIELD_EVERY === 0) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(nodes[i], document, symbols);
        }
        return symbols;
    }
}
