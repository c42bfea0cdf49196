/**
 * Ticket outages and monitor outages in one simulation, and where each period's downtime
 * came from. The same outage seen by both counts once because availability merges
 * overlapping outages; the split is the engine's own counted downtime of the tickets
 * alone (T), the monitors alone (M) and both (A): both sources = T + M - A, tickets only
 * = A - M, monitors only = A - T. So the three add up to the period's downtime, and every
 * rule of the contract (its calendar, exclusions, minimum outage length) applies to each
 * figure as it does to the total.
 */
import type { ContractModel } from '../../model/types.js';
import type { Incident } from '../incident-log.js';
import { simulate, type SimulationResult } from '../simulate.js';
import type { MonitorOutage } from './monitor-export.js';

export interface DowntimeSources {
    period: string;
    downtimeMinutes: number;
    ticketsOnlyMinutes: number;
    monitorOnlyMinutes: number;
    bothMinutes: number;
}

/** A monitor's outages as incidents without priority: they make downtime, no deadlines. */
export function monitorIncidents(outages: readonly MonitorOutage[], source: string): Incident[] {
    return outages.map((o, i) => ({ id: `${source}#${i + 1}`, kind: 'incident', downFrom: o.from, downTo: o.to, paused: [], note: `outage seen by ${source}` }));
}

export function simulateWithMonitors(
    contract: ContractModel, tickets: Incident[], monitors: Incident[], range: { from: string; to: string },
): { result: SimulationResult; sources: DowntimeSources[] } {
    const result = simulate(contract, [...tickets, ...monitors], range);
    const minutes = (r: SimulationResult) => new Map(r.periods.map((p) => [p.period, p.downtimeMinutes]));
    const t = minutes(simulate(contract, tickets, range));
    const m = minutes(simulate(contract, monitors, range));
    // Minutes are sums of whole-millisecond intervals: round the differences back to the figures' precision.
    const r = (x: number) => Math.round(x * 1000) / 1000;
    const sources = result.periods.map((p) => {
        const [a, tt, mm] = [p.downtimeMinutes, t.get(p.period) ?? 0, m.get(p.period) ?? 0];
        return { period: p.period, downtimeMinutes: a, ticketsOnlyMinutes: r(a - mm), monitorOnlyMinutes: r(a - tt), bothMinutes: r(tt + mm - a) };
    });
    return { result, sources };
}
