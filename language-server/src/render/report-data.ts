/**
 * What the report shows beyond the engine's SimulationResult: the logged moments of each
 * incident, so a miss can say by how much. Pure; shared by the language server (which
 * attaches the times to its simulate answer) and the report renderer.
 */
import type { Incident } from '../engine/incident-log.js';
import type { SimulationResult } from '../engine/simulate.js';
import type { DataQuality } from '../engine/data-quality.js';
import type { DowntimeSources } from '../engine/monitors/downtime-sources.js';

/** Logged moments of an incident, ISO with offset in the contract's zone, or null. */
export interface IncidentTimes {
    reported: string | null;
    responded: string | null;
    resolved: string | null;
    note: string | null;
}

/**
 * A simulation with the incidents' logged times, keyed by incident id, and the summary of the
 * log's data. `totals`: present when `incidents` lists only the first rows of a big log; how
 * many incidents there are in all and how many of them missed a deadline.
 */
export type ReportResult = SimulationResult & {
    times?: Record<string, IncidentTimes>; quality?: DataQuality; totals?: { incidents: number; missed: number };
    /** With monitors' outages: per period, where its downtime minutes came from. */
    downtimeSources?: DowntimeSources[];
};

export function withTimes(result: SimulationResult, incidents: Incident[]): ReportResult {
    const iso = isoIn(result.zone);
    const times: Record<string, IncidentTimes> = {};
    for (const i of incidents) {
        times[i.id] = {
            reported: i.reported === undefined ? null : iso(i.reported),
            responded: i.responded === undefined ? null : iso(i.responded),
            resolved: i.resolved === undefined ? null : iso(i.resolved),
            note: i.note ?? null,
        };
    }
    return { ...result, times };
}

/** "2026-01-12T09:40:00+01:00" for an instant in an IANA zone, without luxon (the webview bundle stays small). */
function isoIn(zone: string): (ms: number) => string {
    const fmt = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    return (ms) => {
        const p = Object.fromEntries(fmt.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
        const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
        const offMin = Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
        const sign = offMin < 0 ? '-' : '+';
        const abs = Math.abs(offMin);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    };
}

/**
 * How late a logged moment was against its deadline, in words: "10 min", "2 h 5 min",
 * "3 d 18 h". Null when either is missing or the moment was in time.
 */
export function lateness(deadline: string | null, actual: string | null): string | null {
    if (!deadline || !actual) return null;
    const minutes = Math.round((Date.parse(actual) - Date.parse(deadline)) / 60_000);
    if (!(minutes > 0)) return null;
    return formatMinutes(minutes);
}

export function formatMinutes(minutes: number): string {
    const m = Math.round(minutes);
    const d = Math.floor(m / 1440);
    const h = Math.floor((m % 1440) / 60);
    const min = m % 60;
    if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`;
    if (h > 0) return min > 0 ? `${h} h ${min} min` : `${h} h`;
    return `${min} min`;
}
