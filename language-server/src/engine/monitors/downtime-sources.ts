/**
 * Ticket outages and monitor outages in one simulation, and where each period's downtime
 * came from.
 *
 * Where a ticket records an outage, the ticket decides what it was: the monitor's sighting
 * of the same minutes adds nothing (so the same outage counts once, and maintenance a ticket
 * logs stays excluded although the monitor saw the service down). The monitor adds the
 * minutes no ticket covers, as incidents without priority.
 *
 * The split comes from the engine's own counted minutes, so the contract's calendar,
 * exclusions and minimum outage length apply to every figure:
 *   T = the tickets alone, M = the monitor's outages alone, A = the tickets with the
 *   monitor's outages outside them (the simulation's figure), U = the tickets with all of
 *   the monitor's outages counted beside them.
 *   both = T + M - U (ticket downtime the monitor also saw), tickets only = T - both,
 *   monitor only = A - T. They add up to A.
 */
import type { ContractModel } from '../../model/types.js';
import type { Incident } from '../incident-log.js';
import { SimulationRun } from '../simulation-run.js';
import type { MonitorOutage } from './monitor-export.js';
import { mergeRanges } from '../../model/values.js';

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

/** The parts of `intervals` outside every one of `cuts`. */
export function subtract(intervals: readonly MonitorOutage[], cuts: readonly MonitorOutage[]): MonitorOutage[] {
    const c = mergeRanges(cuts);
    const out: MonitorOutage[] = [];
    for (const x of intervals) {
        let from = x.from;
        for (const cut of c) {
            if (cut.to <= from || cut.from >= x.to) continue;
            if (cut.from > from) out.push({ from, to: cut.from });
            from = Math.max(from, cut.to);
            if (from >= x.to) break;
        }
        if (from < x.to) out.push({ from, to: x.to });
    }
    return out;
}

/** The parts of the monitors' outages no ticket's outage covers: what the monitors add (ids get .1, .2 where one is cut in parts). */
export function monitorOutsideTickets(ticketOutages: readonly Incident[], monitors: readonly Incident[]): Incident[] {
    const logged = ticketOutages.filter((t) => t.downFrom !== undefined && t.downTo !== undefined).map((t) => ({ from: t.downFrom!, to: t.downTo! }));
    const outside: Incident[] = [];
    for (const m of monitors) {
        const parts = subtract([{ from: m.downFrom!, to: m.downTo! }], logged);
        parts.forEach((p, i) => outside.push({ ...m, id: parts.length === 1 ? m.id : `${m.id}.${i + 1}`, downFrom: p.from, downTo: p.to }));
    }
    return outside;
}

/**
 * Per period, where the downtime came from. Only outages make downtime, so each figure is
 * the periods of a run over outages alone (the tickets' outages, never all their rows).
 */
export function downtimeSources(
    contract: ContractModel, ticketOutages: readonly Incident[], monitors: readonly Incident[], outside: readonly Incident[], range: { from: string; to: string },
): DowntimeSources[] {
    const minutes = (outages: readonly Incident[]) => new Map(new SimulationRun(contract, outages, range).periods.map((p) => [p.period, p.downtimeMinutes]));
    const all = new SimulationRun(contract, [...ticketOutages, ...outside], range).periods;
    const t = minutes(ticketOutages);
    const m = minutes(monitors);
    const u = minutes([...ticketOutages, ...monitors]);
    // Minutes are sums of millisecond intervals: differences rounded back to the figures' precision.
    const r = (x: number) => Math.round(x * 1000) / 1000;
    return all.map((p) => {
        const [a, tt, mm, uu] = [p.downtimeMinutes, t.get(p.period) ?? 0, m.get(p.period) ?? 0, u.get(p.period) ?? 0];
        const both = r(tt + mm - uu);
        return { period: p.period, downtimeMinutes: a, ticketsOnlyMinutes: r(tt - both), monitorOnlyMinutes: r(a - tt), bothMinutes: both };
    });
}
