/**
 * The simulation of an incident log against a contract, as the editor's "Simulate" command
 * runs it: the same streaming path as `sla simulate` (simulation-stream.ts), from the file on
 * disk, with the whole result collected for the report.
 */
import type { ContractModel } from '../model/types.js';
import type { Incident, LogError } from '../engine/incident-log.js';
import type { SimulationResult } from '../engine/simulate.js';
import { type DataQuality, type LogSource, type StreamProgress, simulateLogStream } from './simulation-stream.js';

export type LogSimulation =
    | { ok: true; result: SimulationResult; incidents: Incident[]; quality: DataQuality }
    /** `errors`: the first few by line; `count`: all of them. */
    | { ok: false; problem: 'log-errors'; errors: LogError[]; count: number }
    /** Neither a period was given nor has the log any time to take one from. */
    | { ok: false; problem: 'no-times' }
    | { ok: false; problem: 'not-a-month'; month: string }
    | { ok: false; problem: 'reversed'; from: string; to: string };

/**
 * Reads the log and simulates it over the given months; a missing `from` or `to` comes from
 * the log (a lone `from` is also the end), as `sla simulate` does without --from/--to.
 */
export async function simulateLogFile(
    model: ContractModel, zone: string, source: LogSource, range: { from?: string; to?: string },
    o: { skipBadRows?: boolean; tempDir?: string; onProgress?: (p: StreamProgress) => void } = {},
): Promise<LogSimulation> {
    let result: SimulationResult | undefined;
    const incidents: Incident[] = [];
    const outcome = await simulateLogStream(model, zone, source, range, {
        head: ({ withServices: _, ...h }) => { result = { ...h, incidents: [], compliance: [], remedies: [] }; },
        incident: (row, inc) => { result!.incidents.push(row); incidents.push(inc); },
        tail: (t) => {
            result!.compliance = t.compliance;
            result!.remedies = t.remedies;
            if (t.services) result!.services = t.services;
            if (t.outagesWithoutService) result!.outagesWithoutService = t.outagesWithoutService;
        },
    }, { ...o, keepNotes: true });
    if (outcome.ok) return { ok: true, result: result!, incidents, quality: outcome.quality };
    if (outcome.problem === 'log-errors') return { ok: false, problem: 'log-errors', errors: outcome.errors, count: outcome.count };
    return outcome;
}
