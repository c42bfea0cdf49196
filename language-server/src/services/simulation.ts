/**
 * The simulation of an incident log against a contract, as the editor's "Simulate" command
 * runs it: the same streaming path as `sla simulate` (simulation-stream.ts), from the file on
 * disk, with the result collected for the report. A log of a million rows would make a
 * report of a million rows (half a gigabyte of JSON, more than one string can hold): with
 * `listed`, only the first rows are kept and the totals counted, so memory and the answer
 * stay bounded while every figure (periods, compliance, remedies) still covers every row.
 */
import type { ContractModel } from '../model/types.js';
import type { Incident, LogError } from '../engine/incident-log.js';
import type { SimulationResult } from '../engine/simulate.js';
import type { DowntimeSources } from '../engine/monitors/downtime-sources.js';
import { type DataQuality, type LogSource, type StreamProgress, simulateLogStream } from './simulation-stream.js';

export type LogSimulation =
    | { ok: true; result: SimulationResult; incidents: Incident[]; quality: DataQuality; totals: IncidentTotals; downtimeSources?: DowntimeSources[] }
    /** `errors`: the first few by line; `count`: all of them. */
    | { ok: false; problem: 'log-errors'; errors: LogError[]; count: number }
    /** Neither a period was given nor has the log any time to take one from. */
    | { ok: false; problem: 'no-times' }
    | { ok: false; problem: 'not-a-month'; month: string }
    | { ok: false; problem: 'reversed'; from: string; to: string };

/** All the incident rows of a run, also those not kept in `result.incidents`. */
export interface IncidentTotals {
    incidents: number;
    /** Rows with a missed response or resolution deadline. */
    missed: number;
}

/**
 * Reads the log and simulates it over the given months; a missing `from` or `to` comes from
 * the log (a lone `from` is also the end), as `sla simulate` does without --from/--to.
 */
export async function simulateLogFile(
    model: ContractModel, zone: string, source: LogSource, range: { from?: string; to?: string },
    o: { skipBadRows?: boolean; tempDir?: string; onProgress?: (p: StreamProgress) => void; listed?: number; monitors?: readonly Incident[] } = {},
): Promise<LogSimulation> {
    let result: SimulationResult | undefined;
    const incidents: Incident[] = [];
    const totals: IncidentTotals = { incidents: 0, missed: 0 };
    const listed = o.listed ?? Infinity;
    let sources: DowntimeSources[] | undefined;
    const outcome = await simulateLogStream(model, zone, source, range, {
        head: ({ withServices: _, ...h }) => { result = { ...h, incidents: [], compliance: [], remedies: [] }; },
        incident: (row, inc) => {
            totals.incidents++;
            if (row.responseMet === false || row.resolutionMet === false) totals.missed++;
            if (incidents.length < listed) { result!.incidents.push(row); incidents.push(inc); }
        },
        tail: (t) => {
            result!.compliance = t.compliance;
            result!.remedies = t.remedies;
            if (t.services) result!.services = t.services;
            if (t.outagesWithoutService) result!.outagesWithoutService = t.outagesWithoutService;
            sources = t.downtimeSources;
        },
    }, { ...o, keepNotes: true });
    if (outcome.ok) return { ok: true, result: result!, incidents, quality: outcome.quality, totals, ...(sources ? { downtimeSources: sources } : {}) };
    if (outcome.problem === 'log-errors') return { ok: false, problem: 'log-errors', errors: outcome.errors, count: outcome.count };
    return outcome;
}
