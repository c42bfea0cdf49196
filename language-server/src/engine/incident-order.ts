/**
 * The one order of incidents in every output: by report time (an incident without one by
 * the start of its outage), then by id, so two exports of the same data in another row
 * order give the same text and JSON. Incidents with neither time come last.
 */
import type { Incident } from './incident-log.js';

/** The time an incident sorts by; incidents without report or outage time sort after all others. */
export function orderTime(inc: Pick<Incident, 'reported' | 'downFrom'>): number {
    return inc.reported ?? inc.downFrom ?? Number.MAX_SAFE_INTEGER;
}

/** Ids compare by code unit, not by locale: the order must not depend on the machine. */
export function compareIncidents(a: Incident, b: Incident): number {
    const d = orderTime(a) - orderTime(b);
    if (d !== 0) return d;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Incidents with an outage: all that availability, credits and chronic outages read. */
export function hasDowntime(inc: Incident): boolean {
    return inc.downFrom !== undefined && inc.downTo !== undefined;
}
