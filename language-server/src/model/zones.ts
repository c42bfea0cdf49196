import { IANAZone } from 'luxon';

// A pure memo table (the runtime's zones do not change), capped at 1,000 names.
const known = new Map<string, boolean>();

/**
 * Whether a name is an IANA zone this runtime knows. Luxon answers by constructing an
 * Intl.DateTimeFormat, about a millisecond each, and a contract is checked on every edit.
 */
export function isKnownZone(name: string): boolean {
    let ok = known.get(name);
    if (ok === undefined) {
        ok = IANAZone.isValidZone(name);
        if (known.size >= 1_000) known.clear();
        known.set(name, ok);
    }
    return ok;
}
