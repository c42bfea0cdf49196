/**
 * "Now" and short date texts for editor features. The example moments themselves come
 * from the engine (engine/example-moments.ts), shared with the deadline table.
 */
import { DateTime } from 'luxon';

/** "Now" for editor features, settable so tests (and demos) can fix it. */
export class SlaClock {
    /** Epoch ms to use instead of the system time. */
    fixed: number | undefined;

    now(): number {
        return this.fixed ?? Date.now();
    }
}

/** "Fri 6 Nov 16:30" in the zone (English names, as the language's keywords). */
export function shortMoment(ms: number, zone: string): string {
    return DateTime.fromMillis(ms, { zone }).setLocale('en-US').toFormat('ccc d LLL HH:mm');
}

/** "Fri 25 Dec 2026" of an ISO date. */
export function shortDate(iso: string): string {
    return DateTime.fromISO(iso, { zone: 'UTC' }).setLocale('en-US').toFormat('ccc d LLL yyyy');
}
