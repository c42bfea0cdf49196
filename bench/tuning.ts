/**
 * Tuned or stock: the one place the bench compares this project's services with Langium's
 * own. It never imports language/parser or language/traversal: it builds the stock peer
 * (stock-services.ts, loaded only here and only when asked) and compares the classes of the
 * services the tuning replaced. Once the tuning is gone the project's services *are* the
 * stock ones: `tuned` is false, the bench measures once and prints the recorded tuned
 * figures (recorded.ts) beside its own.
 */
import { readFileSync } from 'node:fs';
import type { createSlaCoreServices } from '../language-server/src/services/sla-module.js';

type Services = ReturnType<typeof createSlaCoreServices>;

export interface Peer {
    /** Langium's own lexer, parser, linker, scoping, indexing and validator for this language. */
    stock: Services;
    /** Whether the project's services replace any of those (the tuning is present). */
    tuned: boolean;
}

/** The version of Langium in node_modules, e.g. "4.2.1". */
export function langiumVersion(): string {
    try {
        return (JSON.parse(readFileSync(new URL('../node_modules/langium/package.json', import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
        return '?';
    }
}

/** The services the tuning replaced, by the path stock-services.ts sets them. */
const REPLACED: ((s: Services) => unknown)[] = [
    (s) => s.Sla.parser.Lexer,
    (s) => s.Sla.parser.LangiumParser,
    (s) => s.Sla.references.Linker,
    (s) => s.Sla.references.ScopeComputation,
    (s) => s.Sla.workspace.ReferenceDescriptionProvider,
    (s) => s.Sla.validation.DocumentValidator,
    (s) => s.Sla.validation.ValidationRegistry,
];

const classOf = (x: unknown) => (x as object | undefined)?.constructor;

/** The stock peer, or undefined (with the reason) when it cannot be built on this Langium. */
export async function stockPeer(project: Services): Promise<Peer | { error: string }> {
    try {
        const { createStockSlaServices } = await import('./stock-services.js');
        const stock = createStockSlaServices();
        const tuned = REPLACED.some((get) => classOf(get(project)) !== classOf(get(stock)));
        return { stock, tuned };
    } catch (e) {
        return { error: (e as Error).message.split('\n')[0] };
    }
}
