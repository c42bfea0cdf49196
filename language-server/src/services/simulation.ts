/**
 * The simulation of an incident log against a contract, as `sla simulate` and the editor's
 * "Simulate" command both run it: the log read in the contract's zone, the period it
 * covers unless one is given, and the engine's simulation.
 */
import type { ContractModel } from '../model/types.js';
import { parseIncidentLog, type Incident, type LogError } from '../engine/incident-log.js';
import { parseMonth } from '../engine/periods.js';
import { simulate, type SimulationResult } from '../engine/simulate.js';
import { formatInZone } from '../engine/time.js';
import type { LogMapping } from '../engine/log-formats/mapping.js';

/** The default simulation range: the first and last month with a time in the log, in the zone. */
export function monthsOf(incidents: readonly Incident[], zone: string): { from: string; to: string } | undefined {
    // A loop, not Math.min(...times): spreading 200,000 rows' times overflowed the stack.
    let first = Infinity;
    let last = -Infinity;
    for (const i of incidents) {
        for (const t of [i.reported, i.downFrom, i.downTo, i.resolved]) {
            if (t === undefined) continue;
            if (t < first) first = t;
            if (t > last) last = t;
        }
    }
    if (first === Infinity) return undefined;
    const month = (t: number) => formatInZone(t, zone).slice(0, 7);
    return { from: month(first), to: month(last) };
}

export type LogSimulation =
    | { ok: true; result: SimulationResult; incidents: Incident[] }
    | { ok: false; problem: 'log-errors'; errors: LogError[] }
    /** Neither a period was given nor has the log any time to take one from. */
    | { ok: false; problem: 'no-times' }
    | { ok: false; problem: 'not-a-month'; month: string }
    | { ok: false; problem: 'reversed'; from: string; to: string };

/**
 * Reads the log and simulates it over the given months; a missing `from` or `to` comes from
 * the log (a lone `from` is also the end), as `sla simulate` does without --from/--to.
 */
export function simulateLog(
    model: ContractModel, zone: string,
    log: { text: string; name: string; format: 'csv' | 'json'; mapping?: LogMapping },
    range: { from?: string; to?: string },
): LogSimulation {
    const { incidents, errors } = parseIncidentLog(log.text, log.name, log.format, model, log.mapping);
    if (errors.length > 0) return { ok: false, problem: 'log-errors', errors };
    const span = monthsOf(incidents, zone);
    const from = range.from ?? span?.from;
    const to = range.to ?? range.from ?? span?.to;
    if (!from || !to) return { ok: false, problem: 'no-times' };
    for (const month of [from, to]) {
        if (typeof parseMonth(month) === 'string') return { ok: false, problem: 'not-a-month', month };
    }
    if (from > to) return { ok: false, problem: 'reversed', from, to };
    return { ok: true, result: simulate(model, incidents, { from, to }), incidents };
}
