import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { flatAst } from './flat-ast-cache.js';
import { YIELD_EVERY } from './yield-every.js';

/** Links every reference like DefaultLinker.link, from the shared flat walk's list. */
export class SlaLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const { references } = flatAst(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % YIELD_EVERY === 0) await interruptAndCheck(cancelToken);
            this.doLink(references[i], document);
        }
    }
}
