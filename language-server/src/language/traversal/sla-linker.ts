import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { flatAst } from './flat-ast-cache.js';
import { referencesOf } from './ast-walk.js';
import { YIELD_EVERY } from './yield-every.js';

/** Links every reference like DefaultLinker.link, over the shared flat walk. */
export class SlaLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const { nodes } = flatAst(document.parseResult.value);
        for (let i = 0; i < nodes.length; i++) {
            if (i % YIELD_EVERY === 0) await interruptAndCheck(cancelToken);
            for (const ref of referencesOf(nodes[i])) this.doLink(ref, document);
        }
    }
}
