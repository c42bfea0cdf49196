import {
    Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type LangiumDocument, type ReferenceDescription,
} from 'langium';
import { flatAst } from './flat-ast-cache.js';
import { referencesOf } from './ast-walk.js';
import { YIELD_EVERY } from './yield-every.js';

/** Indexes references like DefaultReferenceDescriptionProvider, over the shared flat walk. */
export class SlaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const { nodes } = flatAst(document.parseResult.value);
        for (let i = 0; i < nodes.length; i++) {
            if (i % YIELD_EVERY === 0) await interruptAndCheck(cancelToken);
            for (const ref of referencesOf(nodes[i])) {
                if (!ref.reference.error) descriptions.push(...this.createInfoDescriptions(ref));
            }
        }
        return descriptions;
    }
}
