/**
 * One language, whatever the file is called: a contract saved as `contract.txt`,
 * `CONTRACT.SLA` or read from a pipe is still a contract when a command is given it.
 * Langium's registry picks services by file extension and fails for any other name.
 */
import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

export class SlaServiceRegistry extends DefaultServiceRegistry {
    /**
     * Whether the file is one of ours by its name, as Langium decides it: the workspace
     * loads only those, so a folder's CSV logs and JSON files are never read as contracts.
     */
    override hasServices(uri: URI): boolean {
        try {
            super.getServices(uri);
            return true;
        } catch {
            return false;
        }
    }

    /** Services for any file that is asked for by name: a contract given to a command is one. */
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
