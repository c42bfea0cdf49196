/**
 * The simulation of incidents already read (from an .xlsx, or through a desk's mapping) and
 * of outages seen by uptime monitors, with the period chosen as `simulateLog` chooses it:
 * the months the tickets and outages touch unless a range is given.
 */
import type { ContractModel } from '../model/types.js';
import type { Incident } from '../engine/incident-log.js';
import { parseMonth } from '../engine/periods.js';
import { simulate } from '../engine/simulate.js';
import { simulateWithMonitors, type DowntimeSources } from '../engine/monitors/downtime-sources.js';
import { monthsOf, type LogSimulation } from './simulation.js';

export type SourcesSimulation = LogSimulation & { sources?: DowntimeSources[] };

export function simulateIncidents(
    model: ContractModel, zone: string, tickets: Incident[], monitors: Incident[], range: { from?: string; to?: string },
): SourcesSimulation {
    const span = monthsOf([...tickets, ...monitors], zone);
    const from = range.from ?? span?.from;
    const to = range.to ?? range.from ?? span?.to;
    if (!from || !to) return { ok: false, problem: 'no-times' };
    for (const month of [from, to]) {
        if (typeof parseMonth(month) === 'string') return { ok: false, problem: 'not-a-month', month };
    }
    if (from > to) return { ok: false, problem: 'reversed', from, to };
    if (monitors.length === 0) return { ok: true, result: simulate(model, tickets, { from, to }), incidents: tickets };
    const { result, incidents, sources } = simulateWithMonitors(model, tickets, monitors, { from, to });
    return { ok: true, result, incidents, sources };
}
