/**
 * One language, whatever the file is called: a contract saved as `contract.txt`,
 * `CONTRACT.SLA` or read from a pipe is still a contract. Langium's registry picks
 * services by file extension and fails for any other name.
 */
import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

export class SlaServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (e) {
            const [only] = this.all;
            if (only && this.all.length === 1) return only;
            throw e;
        }
    }
}
