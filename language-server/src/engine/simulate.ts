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
import type { ClockModel, ContractModel, LevelPeriod, Milestone, Period } from '../model/types.js';
import { milestoneWords } from '../model/values.js';
import { type AvailabilityRow, availabilityPeriodKinds, buildCalendars, computeAvailability } from './availability.js';
import { type DeadlineOptions, type DeadlineSession, type SessionDeadlines, type Track, prepareDeadlines } from './deadlines.js';
import { describe } from './deadline-plan.js';
import type { Incident } from './incident-log.js';
import { type PeriodSpan, contractZone, periodsBetween, rangeSpan } from './periods.js';
import { addCalendarPeriod, formatInZone } from './time.js';
import { type ComplianceRow, type DeadlineMiss, type RemedyItem, evaluateRemedies } from './remedies.js';
import { downtimeByIncident } from './credits.js';
import type { BusinessCalendar } from './business-calendar.js';
import { applyServiceCap, incidentsOfService, serviceView } from './services.js';

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

/** The actual moment of a milestone in an incident. */
export function milestoneMoment(inc: DeadlineOptions, m: Milestone): number | undefined {
    switch (m) {
        case 'acknowledgement': return inc.acknowledged;
        case 'response': return inc.responded;
        case 'start-of-work': return inc.workStarted;
        case 'workaround': return inc.workaround;
        case 'resolution': return inc.resolved;
    }
}

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
    /** Ids of the events that name the service. */
    incidents: string[];
    periods: PeriodResult[];
    remedies: RemedyResult[];
}

export function simulate(contract: ContractModel, incidents: Incident[], range: { from: string; to: string }): SimulationResult {
    const zone = contractZone(contract);
    const [rangeStart, rangeEnd] = rangeSpan(range.from, range.to, zone);
    const calendars = buildCalendars(contract, zone);

    const iso = isoFormatter(zone);
    const rows: IncidentResult[] = [];
    const misses: DeadlineMiss[] = [];
    // Judged incidents for compliance: their rows (id, priority, met) and report moments.
    const judgedRows: IncidentResult[] = [];
    const judgedReported: number[] = [];
    // One prepared deadline session per priority; `d` is reused for every incident.
    const sessions = new Map<string, DeadlineSession>();
    const d: SessionDeadlines = { response: null, responseWinner: -1, resolution: null, resolutionWinner: -1 };
    const judge = (deadline: number | null, actual: number | undefined) =>
        (deadline === null || actual === undefined ? null : actual <= deadline);
    const inRange = (t: number) => t >= rangeStart && t < rangeEnd;
    // Clocks judged by their share: each incident's outcome, by clock.
    const shareOutcomes = new Map<ClockModel, { id: string; reported: number; met: boolean }[]>();
    for (const inc of incidents) {
        if (inc.priority === undefined || inc.reported === undefined) {
            rows.push({ id: inc.id, priority: inc.priority ?? null, kind: inc.kind, responseDeadline: null, responseMet: null,
                resolutionDeadline: null, resolutionMet: null, responseExplanation: 'no priority or report time: no deadlines', resolutionExplanation: '',
                ...(inc.services ? { services: [...inc.services] } : {}) });
            continue;
        }
        let session = sessions.get(inc.priority);
        if (!session) {
            session = prepareDeadlines(contract, inc.priority);
            sessions.set(inc.priority, session);
        }
        // An incident is its own DeadlineOptions (responded, paused).
        session.deadlines(inc.reported, inc, d);
        const text = session.explanations(inc.reported, inc, d);
        const responseMet = judge(d.response, inc.responded);
        const resolutionMet = judge(d.resolution, inc.resolved);
        const row: IncidentResult = {
            id: inc.id, priority: inc.priority, kind: inc.kind,
            responseDeadline: d.response === null ? null : iso(d.response), responseMet,
            resolutionDeadline: d.resolution === null ? null : iso(d.resolution), resolutionMet,
            responseExplanation: text.response, resolutionExplanation: text.resolution,
        };
        const tracks = session.tracks;
        if (tracks.length > 0) row.milestones = milestoneRows(tracks, d, text.others!, inc, iso, (t, met, deadline) => {
            if (met === null) return;
            if (t.standing === 'share') {
                const clock = t.plan.clocks[0].clause;
                let list = shareOutcomes.get(clock);
                if (!list) shareOutcomes.set(clock, list = []);
                list.push({ id: inc.id, reported: inc.reported!, met });
            } else if (t.standing === 'commitment' && !met && inRange(deadline!)) {
                misses.push({ id: inc.id, priority: inc.priority!, clock: t.milestone, deadline: deadline!, actual: milestoneMoment(inc, t.milestone) });
            }
        });
        if (inc.services) row.services = [...inc.services];
        rows.push(row);
        judgedRows.push(row);
        judgedReported.push(inc.reported);
        if (responseMet === false && inRange(d.response!)) {
            misses.push({ id: inc.id, priority: inc.priority, clock: 'response', deadline: d.response!, actual: inc.responded });
        }
        if (resolutionMet === false && inRange(d.resolution!)) {
            misses.push({ id: inc.id, priority: inc.priority, clock: 'resolution', deadline: d.resolution!, actual: inc.resolved });
        }
    }

    const compliance = contract.compliance.flatMap((cm) => {
        const spans: PeriodSpan[] = cm.period
            ? periodsBetween(range.from, range.to, cm.period, zone)
            : [{ label: `${range.from}..${range.to}`, period: 'month' as Period, start: rangeStart, end: rangeEnd }];
        const metOf = cm.kind === 'response' ? (r: IncidentResult) => r.responseMet : cm.kind === 'resolution' ? (r: IncidentResult) => r.resolutionMet
            : (r: IncidentResult) => r.milestones?.find((m) => m.milestone === cm.kind && m.standing === 'commitment')?.met ?? null;
        return spans.map((p): ComplianceRow => {
            let total = 0;
            let inTime = 0;
            const missed: string[] = [];
            for (let i = 0; i < judgedRows.length; i++) {
                const r = judgedRows[i];
                const m = metOf(r);
                if (judgedReported[i] < p.start || judgedReported[i] >= p.end || m === null
                    || (cm.priorities.length > 0 && !cm.priorities.includes(r.priority!))) continue;
                total++;
                if (m) inTime++;
                else missed.push(r.id);
            }
            const sharePercent = total === 0 ? 100 : (inTime / total) * 100;
            const of = cm.priorities.length ? ` of ${cm.priorities.join(', ')}` : '';
            const clause = `${milestoneWords(cm.kind)} times met in at least ${Math.round(cm.atLeast * 1e6) / 1e4}% of incidents${of}${cm.period ? ` per ${cm.period}` : ''}${cm.article ? `, ${cm.article}` : ''}`;
            return { period: p.label, priorities: [...cm.priorities], clause, article: cm.article ?? null, start: p.start, end: p.end, clock: cm.kind, total, inTime, sharePercent,
                atLeastPercent: cm.atLeast * 100, met: sharePercent >= cm.atLeast * 100 - 1e-9, missed };
        });
    });

    compliance.push(...shareRows(contract, shareOutcomes, range, [rangeStart, rangeEnd], zone));

    const judged = judgeLevels(contract, incidents, range, [rangeStart, rangeEnd], zone, calendars, misses, compliance);
    const { availability, remedies } = judged;
    const result: SimulationResult = {
        contract: contract.name, zone, from: range.from, to: range.to,
        periods: availability.map(periodResult),
        incidents: rows,
        compliance,
        remedies: remedies.map((r) => remedyResult(r, iso)),
    };
    if (contract.services?.length) {
        result.services = contract.services.map((svc) => {
            const own = incidentsOfService(incidents, svc.name);
            const ids = new Set(own.map((i) => i.id));
            // Service remedies see their own outages and deadline misses; compliance is the contract's.
            const levels = judgeLevels(serviceView(contract, svc), own, range, [rangeStart, rangeEnd], zone, calendars, misses.filter((m) => ids.has(m.id)), []);
            const items = svc.cap ? applyServiceCap(contract, svc.cap, levels.remedies, zone) : levels.remedies;
            const guarantee = svc.availability?.guarantee;
            return {
                service: svc.name, article: svc.article ?? null,
                guaranteePercent: guarantee ? round(guarantee.value * 100, 6) : null, guaranteePeriod: guarantee?.period ?? null,
                incidents: [...ids], periods: levels.availability.map(periodResult), remedies: items.map((r) => remedyResult(r, iso)),
            };
        });
        const unnamed = incidents.filter((i) => i.downFrom !== undefined && !i.services?.length).map((i) => i.id);
        if (unnamed.length) result.outagesWithoutService = unnamed;
    }
    return result;
}

/**
 * Availability per judged period and the remedies that follow, for the contract as a whole
 * or for one service (its view of the contract, its own outages and misses).
 */
function judgeLevels(
    contract: ContractModel, incidents: Incident[], range: { from: string; to: string }, [rangeStart, rangeEnd]: [number, number], zone: string,
    calendars: Map<string, BusinessCalendar>, misses: DeadlineMiss[], compliance: ComplianceRow[],
): { availability: AvailabilityRow[]; remedies: RemedyItem[] } {
    const periods = availabilityPeriodKinds(contract).flatMap((k) => periodsBetween(range.from, range.to, k, zone))
        .sort((a, b) => a.start - b.start || b.end - a.end);
    const availability = computeAvailability(contract, incidents, periods, zone, calendars);
    for (const a of availability) {
        if (a.start < rangeStart || a.end > rangeEnd) {
            a.explanation += `. The simulation covers only part of ${a.period} (${range.from} to ${range.to}); the other months count as without downtime.`;
        }
    }

    // Credits may count in periods the levels do not judge on (a monthly credit, a quarterly
    // guarantee), and per incident: both are computed only when a remedy asks.
    const byKind = new Map<LevelPeriod, typeof availability>();
    const availabilityOf = (kind: LevelPeriod) => {
        let rows = byKind.get(kind);
        if (!rows) {
            const spans = periodsBetween(range.from, range.to, kind, zone);
            const own = availability.filter((a) => spans.some((s) => s.label === a.period));
            rows = own.length === spans.length ? own : computeAvailability(contract, incidents, spans, zone, calendars);
            byKind.set(kind, rows);
        }
        return rows;
    };
    const wantsDowntime = contract.remedyGroups.some((g) => g.remedies.some((r) => r.type === 'credit' && r.basis.type === 'downtime' && r.basis.per === 'incident'));
    const downtime = wantsDowntime ? downtimeByIncident(contract, incidents, [rangeStart, rangeEnd], zone, calendars) : [];
    // Chronic-outage rights look back their window's days before the range's start.
    const chronicDays = Math.max(0, ...contract.remedyGroups.flatMap((g) => g.remedies.map((r) => (r.type === 'chronic-termination-right' ? r.days : 0))));
    const chronic = chronicDays > 0
        ? { downtime: downtimeByIncident(contract, incidents, [addCalendarPeriod(rangeStart, -chronicDays - 1, 'day', zone), rangeEnd], zone, calendars), range: [rangeStart, rangeEnd] as [number, number] }
        : undefined;
    return { availability, remedies: evaluateRemedies(contract, { zone, misses, availability, compliance, availabilityOf, downtime, chronic }) };
}

function periodResult({ start: _s, end: _e, guaranteePercent, targetPercent, ...r }: AvailabilityRow): PeriodResult {
    return {
        ...r, scheduledMinutes: round(r.scheduledMinutes, 3), downtimeMinutes: round(r.downtimeMinutes, 3),
        excludedMinutes: round(r.excludedMinutes, 3), availabilityPercent: round(r.availabilityPercent, 6),
        budgetMinutes: r.budgetMinutes === null ? null : round(r.budgetMinutes, 3),
        budgetLeftMinutes: r.budgetLeftMinutes === null ? null : round(r.budgetLeftMinutes, 3),
        guaranteePercent: guaranteePercent ?? null, targetPercent: targetPercent ?? null,
    };
}

function remedyResult({ percent, fee, article, at, amount, currency, claimBy, onRequest, ...r }: RemedyItem, iso: (ms: number) => string): RemedyResult {
    return {
        ...r, percent: percent ?? null, fee: fee ?? null, amount: amount ?? null, currency: currency ?? null,
        article: article ?? null, at: iso(at), claimBy: claimBy === undefined ? null : iso(claimBy), onRequest: onRequest ?? null,
    };
}

/** The rows of a session's tracks; `judged` hears each outcome (misses of commitments, share outcomes). */
function milestoneRows(
    tracks: readonly Track[], d: SessionDeadlines, texts: string[], inc: Incident, iso: (ms: number) => string,
    judged: (t: Track, met: boolean | null, deadline: number | null) => void,
): MilestoneResult[] {
    return tracks.map((t, i) => {
        const deadline = d.others![i];
        const actual = milestoneMoment(inc, t.milestone);
        const met = deadline === null || actual === undefined ? null : actual <= deadline;
        judged(t, met, deadline);
        return { milestone: t.milestone, standing: t.standing, deadline: deadline === null ? null : iso(deadline), met, explanation: texts[i] };
    });
}

/**
 * Clocks judged by their share ("resolution within 8 hours of Werkdag in at least 90% of
 * incidents per month"), as compliance is: per period (the whole range without one),
 * incidents counted by the period they were reported in, those with a deadline and a
 * logged milestone. Exactly the share meets it. A period without such incidents meets it.
 */
function shareRows(
    contract: ContractModel, outcomes: Map<ClockModel, { id: string; reported: number; met: boolean }[]>,
    range: { from: string; to: string }, [rangeStart, rangeEnd]: [number, number], zone: string,
): ComplianceRow[] {
    const rows: ComplianceRow[] = [];
    for (const p of contract.priorities) {
        for (const c of p.clocks) {
            if (!c.share) continue;
            const share = c.share;
            const spans: PeriodSpan[] = share.period
                ? periodsBetween(range.from, range.to, share.period, zone)
                : [{ label: `${range.from}..${range.to}`, period: 'month' as Period, start: rangeStart, end: rangeEnd }];
            const list = outcomes.get(c) ?? [];
            const clause = `${p.name} ${milestoneWords(c.kind)} within ${describe(c.rule)} in at least ${Math.round(share.atLeast * 1e6) / 1e4}% of incidents`
                + `${share.period ? ` per ${share.period}` : ''}${c.target ? ' as a target' : ''}${c.article ? `, ${c.article}` : ''}`;
            for (const s of spans) {
                const inside = list.filter((o) => o.reported >= s.start && o.reported < s.end);
                const inTime = inside.filter((o) => o.met).length;
                const sharePercent = inside.length === 0 ? 100 : (inTime / inside.length) * 100;
                rows.push({
                    period: s.label, priorities: [p.name], clause, article: c.article ?? null, start: s.start, end: s.end, clock: c.kind,
                    total: inside.length, inTime, sharePercent, atLeastPercent: share.atLeast * 100,
                    met: sharePercent >= share.atLeast * 100 - 1e-9, missed: inside.filter((o) => !o.met).map((o) => o.id),
                    ...(c.target ? { target: true } : {}),
                });
            }
        }
    }
    return rows;
}

/** formatInZone's output (yyyy-MM-ddTHH:mm:ss+hh:mm); time.ts caches the zone offsets. */
function isoFormatter(zone: string): (ms: number) => string {
    return (ms) => formatInZone(ms, zone);
}

function round(n: number, digits: number): number {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}
