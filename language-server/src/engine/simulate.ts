/**
 * One simulation: deadlines per incident, availability and compliance per period, and
 * the remedies they lead to, in the shape the CLI prints as JSON.
 *
 * Readings chosen here (see also availability.ts and remedies.ts):
 * - responseMet / resolutionMet are null when there is no deadline or no response /
 *   resolution was logged; only a logged late moment is a miss. Meeting the deadline to
 *   the minute counts as met.
 * - A missed deadline belongs to the period its deadline falls in; misses outside the
 *   simulated months give no remedies.
 * - Compliance ("resolved in time in at least 90% of incidents") counts incidents by the
 *   month/quarter/year they were reported in; a clause without a period is judged over
 *   the whole simulated range, labelled "from..to".
 */
import type { ContractModel, LevelPeriod, Milestone } from '../model/types.js';
import type { AvailabilityRow } from './availability.js';
import type { Incident } from './incident-log.js';
import { hasDowntime, inOrder } from './incident-order.js';
import type { ComplianceRow, RemedyItem } from './remedies.js';
import { SimulationRun } from './simulation-run.js';

export interface IncidentResult {
    id: string;
    priority: string | null;
    kind: string;
    responseDeadline: string | null;
    responseMet: boolean | null;
    resolutionDeadline: string | null;
    resolutionMet: boolean | null;
    responseExplanation: string;
    resolutionExplanation: string;
    /**
     * Deadlines besides the response and resolution commitments (other milestones, targets,
     * clocks judged by their share); only on rows of priorities that have such clocks.
     */
    milestones?: MilestoneResult[];
    /** The services the incident names, as logged; absent when it names none. */
    services?: string[];
}

export interface MilestoneResult {
    milestone: Milestone;
    /** A commitment's miss is a breach; a target's never is; a share clock's only through its share per period. */
    standing: 'commitment' | 'target' | 'share';
    deadline: string | null;
    /** null: no deadline, or the milestone was not (yet) logged. */
    met: boolean | null;
    explanation: string;
}

export { milestoneMoment } from './simulation-run.js';

export type PeriodResult = Omit<AvailabilityRow, 'start' | 'end' | 'guaranteePercent' | 'targetPercent'> & {
    guaranteePercent: number | null;
    targetPercent: number | null;
};

export type RemedyResult = Omit<RemedyItem, 'percent' | 'at' | 'fee' | 'article' | 'amount' | 'currency' | 'claimBy' | 'onRequest'> & {
    percent: number | null;
    fee: string | null;
    /** Money of a compensation or credit, where the fee has an amount or the credit is a sum. */
    amount: number | null;
    currency: string | null;
    article: string | null;
    at: string;
    /** A credit's last moment to claim it, ISO with offset; null without a claim window. */
    claimBy: string | null;
    /** Credits: given only on request; null for other remedies. */
    onRequest: boolean | null;
};

export interface SimulationResult {
    contract: string;
    zone: string;
    from: string;
    to: string;
    /** The contract as a whole: every outage counts, whichever service it hit. */
    periods: PeriodResult[];
    incidents: IncidentResult[];
    compliance: ComplianceRow[];
    remedies: RemedyResult[];
    /** Per named service, in the contract's order; only in a contract with services. */
    services?: ServiceResult[];
    /**
     * In a contract with services: the events with an outage that name no service. They
     * count for the contract as a whole and against none of the services, which is worth saying.
     */
    outagesWithoutService?: string[];
}

/** One service's availability and remedies, from the outages and incidents that name it. */
export interface ServiceResult {
    service: string;
    article: string | null;
    /** The service's guarantee in percent (99.99) and the period it is judged on; null without one. */
    guaranteePercent: number | null;
    guaranteePeriod: LevelPeriod | null;
    /** Ids of the events that name the service, in the one order of incident-order.ts. */
    incidents: string[];
    periods: PeriodResult[];
    remedies: RemedyResult[];
}

export function simulate(contract: ContractModel, incidents: Incident[], range: { from: string; to: string }): SimulationResult {
    // The one engine: the streaming run, fed the incidents in the one output order.
    const sorted = inOrder(incidents);
    const run = new SimulationRun(contract, sorted.filter(hasDowntime), range);
    const rows = sorted.map((inc) => run.add(inc));
    const { compliance, remedies, services, outagesWithoutService } = run.finish();
    return {
        contract: contract.name, zone: run.zone, from: range.from, to: range.to, periods: run.periods, incidents: rows, compliance, remedies,
        ...(services ? { services } : {}), ...(outagesWithoutService ? { outagesWithoutService } : {}),
    };
}
