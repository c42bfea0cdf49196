import {
    Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type LangiumDocument, type ReferenceDescription,
} from 'langium';
import { flatAst } from './flat-ast-cache.js';
import { YIELD_EVERY } from './yield-every.js';

/** Indexes references like DefaultReferenceDescriptionProvider, from the shared flat walk's list. */
export class SlaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const { references } = flatAst(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % YIELD_EVERY === 0) await interruptAndCheck(cancelToken);
            const ref = references[i];
            if (!ref.reference.error) descriptions.push(...this.createInfoDescriptions(ref));
        }
        return descriptions;
    }
}
