/**
 * The simulation engine as a stream: incidents go in one at a time, in the order of
 * incident-order.ts, and each comes back at once as its row of deadlines; what is judged
 * per period (compliance counts, clocks judged by their share, missed deadlines for the
 * remedies) is counted as they pass. Memory grows with the periods, the outages and the
 * misses, not with the incidents. `simulate` (simulate.ts) runs this over an array; the
 * command line and the language server feed it from a log read as a stream.
 *
 * Availability, credits per incident and chronic outages need every outage at once (two
 * overlapping outages count once), so the outages, a small share of a log, are given up
 * front; the periods can then be judged before the first incident row.
 */
import type { ClockModel, ContractModel, LevelPeriod, Milestone, Period } from '../model/types.js';
import { milestoneWords } from '../model/values.js';
import { type AvailabilityRow, availabilityPeriodKinds, buildCalendars, computeAvailability } from './availability.js';
import type { BusinessCalendar } from './business-calendar.js';
import { type DeadlineOptions, type DeadlineSession, type SessionDeadlines, type Track, prepareDeadlines } from './deadlines.js';
import { describe } from './deadline-plan.js';
import type { Incident } from './incident-log.js';
import { inOrder } from './incident-order.js';
import { type PeriodSpan, contractZone, periodsBetween, rangeSpan } from './periods.js';
import { addCalendarPeriod, formatInZone } from './time.js';
import { type ComplianceRow, type DeadlineMiss, type RemedyItem, evaluateRemedies } from './remedies.js';
import { downtimeByIncident } from './credits.js';
import { applyServiceCap, serviceView } from './services.js';
import type { IncidentResult, MilestoneResult, PeriodResult, RemedyResult, ServiceResult } from './simulate.js';

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

/** Counts per period of one compliance clause or share clock, filled as incidents pass. */
interface Tally {
    spans: PeriodSpan[];
    total: number[];
    inTime: number[];
    missed: string[][];
}

function tally(spans: PeriodSpan[]): Tally {
    return { spans, total: spans.map(() => 0), inTime: spans.map(() => 0), missed: spans.map(() => []) };
}

/** The span holding t (spans sorted by start, not overlapping), or -1. */
function spanIndex(spans: PeriodSpan[], t: number): number {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (t < spans[mid].start) hi = mid - 1;
        else if (t >= spans[mid].end) lo = mid + 1;
        else return mid;
    }
    return -1;
}

function count(t: Tally, reported: number, id: string, met: boolean): void {
    const i = spanIndex(t.spans, reported);
    if (i < 0) return;
    t.total[i]++;
    if (met) t.inTime[i]++;
    else t.missed[i].push(id);
}

export class SimulationRun {
    readonly zone: string;
    /** Availability per period, judged from the outages given up front. */
    readonly periods: PeriodResult[];
    private readonly availability: AvailabilityRow[];
    private readonly rangeStart: number;
    private readonly rangeEnd: number;
    private readonly calendars: Map<string, BusinessCalendar>;
    private readonly outages: Incident[];
    private readonly iso: (ms: number) => string;
    private readonly sessions = new Map<string, DeadlineSession>();
    private readonly d: SessionDeadlines = { response: null, responseWinner: -1, resolution: null, resolutionWinner: -1 };
    private readonly misses: DeadlineMiss[] = [];
    /** The services of incidents with a missed deadline: a service's remedies see its own misses. */
    private readonly missServices = new Map<string, readonly string[]>();
    /** Per service, the ids of the events that name it (only in a contract with services). */
    private readonly serviceIds = new Map<string, string[]>();
    private readonly compliance: { tally: Tally; metOf: (r: IncidentResult) => boolean | null; priorities: readonly string[] }[];
    private readonly shares = new Map<ClockModel, Tally>();

    /** Texts of rows whose explanations nobody reads, per priority (options.explanations false). */
    private readonly unexplained = new Map<string, { response: string; resolution: string; others?: string[] }>();
    private readonly explain: boolean;

    /**
     * `outages`: every incident of the log with down_from and down_to, in any order.
     * `options.explanations` false: the rows' explanations are left empty (the command line's
     * text shows none, and writing them took a tenth of its time), except where a milestone
     * has no deadline, which the text explains.
     */
    constructor(
        private readonly contract: ContractModel, outages: readonly Incident[], private readonly range: { from: string; to: string },
        options: { explanations?: boolean } = {},
    ) {
        this.explain = options.explanations ?? true;
        const zone = this.zone = contractZone(contract);
        [this.rangeStart, this.rangeEnd] = rangeSpan(range.from, range.to, zone);
        this.calendars = buildCalendars(contract, zone);
        this.iso = (ms) => formatInZone(ms, zone);
        // Sorted, so the ids in explanations follow the one order whatever the log's order.
        this.outages = inOrder(outages);
        this.availability = this.levels(contract, this.outages);
        this.periods = this.availability.map(periodResult);
        for (const svc of contract.services ?? []) this.serviceIds.set(svc.name, []);
        this.compliance = contract.compliance.map((cm) => ({
            tally: tally(this.spansOf(cm.period)),
            priorities: cm.priorities,
            metOf: cm.kind === 'response' ? (r: IncidentResult) => r.responseMet : cm.kind === 'resolution' ? (r: IncidentResult) => r.resolutionMet
                : (r: IncidentResult) => r.milestones?.find((m) => m.milestone === cm.kind && m.standing === 'commitment')?.met ?? null,
        }));
        for (const p of contract.priorities) {
            for (const c of p.clocks) if (c.share) this.shares.set(c, tally(this.spansOf(c.share.period)));
        }
    }

    /** The periods of a clause; without one, the whole range as one period labelled "from..to". */
    private spansOf(period: LevelPeriod | undefined): PeriodSpan[] {
        return period ? periodsBetween(this.range.from, this.range.to, period, this.zone)
            : [{ label: `${this.range.from}..${this.range.to}`, period: 'month' as Period, start: this.rangeStart, end: this.rangeEnd }];
    }

    /** One incident's row; incidents must come in the order of compareIncidents for the lists of ids to be in it too. */
    add(inc: Incident): IncidentResult {
        const row = this.row(inc);
        if (inc.services) {
            for (const name of inc.services) this.serviceIds.get(name)?.push(inc.id);
            row.services = [...inc.services];
            if (this.misses.length > 0 && this.misses[this.misses.length - 1].id === inc.id) this.missServices.set(inc.id, inc.services);
        }
        return row;
    }

    private row(inc: Incident): IncidentResult {
        if (inc.priority === undefined || inc.reported === undefined) {
            return { id: inc.id, priority: inc.priority ?? null, kind: inc.kind, responseDeadline: null, responseMet: null,
                resolutionDeadline: null, resolutionMet: null, responseExplanation: 'no priority or report time: no deadlines', resolutionExplanation: '' };
        }
        const { d, iso } = this;
        let session = this.sessions.get(inc.priority);
        if (!session) {
            session = prepareDeadlines(this.contract, inc.priority);
            this.sessions.set(inc.priority, session);
        }
        // An incident is its own DeadlineOptions (responded, paused).
        session.deadlines(inc.reported, inc, d);
        const text = this.explain || d.others?.includes(null) ? session.explanations(inc.reported, inc, d) : this.silent(inc.priority, session);
        const responseMet = metBy(d.response, inc.responded);
        const resolutionMet = metBy(d.resolution, inc.resolved);
        const row: IncidentResult = {
            id: inc.id, priority: inc.priority, kind: inc.kind,
            responseDeadline: d.response === null ? null : iso(d.response), responseMet,
            resolutionDeadline: d.resolution === null ? null : iso(d.resolution), resolutionMet,
            responseExplanation: text.response, resolutionExplanation: text.resolution,
        };
        const reported = inc.reported;
        const tracks = session.tracks;
        if (tracks.length > 0) row.milestones = milestoneRows(tracks, d, text.others!, inc, iso, (t, met, deadline) => {
            if (met === null) return;
            if (t.standing === 'share') {
                const share = this.shares.get(t.plan.clocks[0].clause);
                if (share) count(share, reported, inc.id, met);
            } else if (t.standing === 'commitment' && !met && this.inRange(deadline!)) {
                this.misses.push({ id: inc.id, priority: inc.priority!, clock: t.milestone, deadline: deadline!, actual: milestoneMoment(inc, t.milestone) });
            }
        });
        if (responseMet === false && this.inRange(d.response!)) {
            this.misses.push({ id: inc.id, priority: inc.priority, clock: 'response', deadline: d.response!, actual: inc.responded });
        }
        if (resolutionMet === false && this.inRange(d.resolution!)) {
            this.misses.push({ id: inc.id, priority: inc.priority, clock: 'resolution', deadline: d.resolution!, actual: inc.resolved });
        }
        for (const c of this.compliance) {
            const met = c.metOf(row);
            if (met === null || (c.priorities.length > 0 && !c.priorities.includes(inc.priority))) continue;
            count(c.tally, reported, inc.id, met);
        }
        return row;
    }

    private silent(priority: string, session: DeadlineSession): { response: string; resolution: string; others?: string[] } {
        let t = this.unexplained.get(priority);
        if (!t) this.unexplained.set(priority, t = { response: '', resolution: '', others: session.tracks.map(() => '') });
        return t;
    }

    private inRange(t: number): boolean {
        return t >= this.rangeStart && t < this.rangeEnd;
    }

    /** After the last incident: compliance per period and the remedies of the whole run. */
    finish(): { compliance: ComplianceRow[]; remedies: RemedyResult[]; services?: ServiceResult[]; outagesWithoutService?: string[] } {
        const { contract, zone, outages, availability } = this;
        const compliance = contract.compliance.flatMap((cm, k) => {
            const t = this.compliance[k].tally;
            const of = cm.priorities.length ? ` of ${cm.priorities.join(', ')}` : '';
            const clause = `${milestoneWords(cm.kind)} times met in at least ${Math.round(cm.atLeast * 1e6) / 1e4}% of incidents${of}${cm.period ? ` per ${cm.period}` : ''}${cm.article ? `, ${cm.article}` : ''}`;
            return t.spans.map((p, i): ComplianceRow => {
                const total = t.total[i];
                const inTime = t.inTime[i];
                const sharePercent = total === 0 ? 100 : (inTime / total) * 100;
                return { period: p.label, priorities: [...cm.priorities], clause, article: cm.article ?? null, start: p.start, end: p.end, clock: cm.kind, total, inTime, sharePercent,
                    atLeastPercent: cm.atLeast * 100, met: sharePercent >= cm.atLeast * 100 - 1e-9, missed: t.missed[i] };
            });
        });
        compliance.push(...this.shareRows());

        const remedies = this.remedies(contract, outages, availability, this.misses, compliance);
        const services = contract.services?.length ? contract.services.map((svc): ServiceResult => {
            const view = serviceView(contract, svc);
            const own = outages.filter((o) => o.services?.includes(svc.name));
            const levels = this.levels(view, own);
            // A service's remedies see its own outages and deadline misses; compliance is the contract's.
            const misses = this.misses.filter((m) => this.missServices.get(m.id)?.includes(svc.name));
            const items = this.remedies(view, own, levels, misses, []);
            const capped = svc.cap ? applyServiceCap(contract, svc.cap, items, zone) : items;
            const guarantee = svc.availability?.guarantee;
            return {
                service: svc.name, article: svc.article ?? null,
                guaranteePercent: guarantee ? round(guarantee.value * 100, 6) : null, guaranteePeriod: guarantee?.period ?? null,
                incidents: this.serviceIds.get(svc.name) ?? [], periods: levels.map(periodResult), remedies: capped.map((r) => this.remedyResult(r)),
            };
        }) : undefined;
        const unnamed = services ? outages.filter((i) => !i.services?.length).map((i) => i.id) : [];
        return {
            compliance, remedies: remedies.map((r) => this.remedyResult(r)),
            ...(services ? { services } : {}), ...(unnamed.length ? { outagesWithoutService: unnamed } : {}),
        };
    }

    /** Availability per judged period of a contract (or a service's view of it) over its outages. */
    private levels(contract: ContractModel, outages: readonly Incident[]): AvailabilityRow[] {
        const { range, zone, rangeStart, rangeEnd } = this;
        const periods = availabilityPeriodKinds(contract).flatMap((k) => periodsBetween(range.from, range.to, k, zone))
            .sort((a, b) => a.start - b.start || b.end - a.end);
        const rows = computeAvailability(contract, outages as Incident[], periods, zone, this.calendars);
        for (const a of rows) {
            if (a.start < rangeStart || a.end > rangeEnd) {
                a.explanation += `. The simulation covers only part of ${a.period} (${range.from} to ${range.to}); the other months count as without downtime.`;
            }
        }
        return rows;
    }

    /** The remedies of a contract (or a service's view of it): its misses, availability, compliance and outages. */
    private remedies(
        contract: ContractModel, outages: readonly Incident[], availability: AvailabilityRow[], misses: DeadlineMiss[], compliance: ComplianceRow[],
    ): RemedyItem[] {
        const { zone, range, rangeStart, rangeEnd, calendars } = this;
        const list = outages as Incident[];
        // Credits may count in periods the levels do not judge on (a monthly credit, a quarterly
        // guarantee), and per incident: both are computed only when a remedy asks.
        const byKind = new Map<LevelPeriod, AvailabilityRow[]>();
        const availabilityOf = (kind: LevelPeriod) => {
            let rows = byKind.get(kind);
            if (!rows) {
                const spans = periodsBetween(range.from, range.to, kind, zone);
                const own = availability.filter((a) => spans.some((s) => s.label === a.period));
                rows = own.length === spans.length ? own : computeAvailability(contract, list, spans, zone, calendars);
                byKind.set(kind, rows);
            }
            return rows;
        };
        const wantsDowntime = contract.remedyGroups.some((g) => g.remedies.some((r) => r.type === 'credit' && r.basis.type === 'downtime' && r.basis.per === 'incident'));
        const downtime = wantsDowntime ? downtimeByIncident(contract, list, [rangeStart, rangeEnd], zone, calendars) : [];
        // Chronic-outage rights look back their window's days before the range's start.
        let chronicDays = 0;
        for (const g of contract.remedyGroups) for (const r of g.remedies) if (r.type === 'chronic-termination-right') chronicDays = Math.max(chronicDays, r.days);
        const chronic = chronicDays > 0
            ? { downtime: downtimeByIncident(contract, list, [addCalendarPeriod(rangeStart, -chronicDays - 1, 'day', zone), rangeEnd], zone, calendars), range: [rangeStart, rangeEnd] as [number, number] }
            : undefined;
        return evaluateRemedies(contract, { zone, misses, availability, compliance, availabilityOf, downtime, chronic });
    }

    private remedyResult({ percent, fee, article, at, amount, currency, claimBy, onRequest, ...r }: RemedyItem): RemedyResult {
        return {
            ...r, percent: percent ?? null, fee: fee ?? null, amount: amount ?? null, currency: currency ?? null,
            article: article ?? null, at: this.iso(at), claimBy: claimBy === undefined ? null : this.iso(claimBy), onRequest: onRequest ?? null,
        };
    }

    /**
     * Clocks judged by their share ("resolution within 8 hours of Werkdag in at least 90% of
     * incidents per month"), as compliance is: per period (the whole range without one),
     * incidents counted by the period they were reported in, those with a deadline and a
     * logged milestone. Exactly the share meets it. A period without such incidents meets it.
     */
    private shareRows(): ComplianceRow[] {
        const rows: ComplianceRow[] = [];
        for (const p of this.contract.priorities) {
            for (const c of p.clocks) {
                const t = this.shares.get(c);
                if (!c.share || !t) continue;
                const share = c.share;
                const clause = `${p.name} ${milestoneWords(c.kind)} within ${describe(c.rule)} in at least ${Math.round(share.atLeast * 1e6) / 1e4}% of incidents`
                    + `${share.period ? ` per ${share.period}` : ''}${c.target ? ' as a target' : ''}${c.article ? `, ${c.article}` : ''}`;
                t.spans.forEach((s, i) => {
                    const total = t.total[i];
                    const inTime = t.inTime[i];
                    const sharePercent = total === 0 ? 100 : (inTime / total) * 100;
                    rows.push({
                        period: s.label, priorities: [p.name], clause, article: c.article ?? null, start: s.start, end: s.end, clock: c.kind,
                        total, inTime, sharePercent, atLeastPercent: share.atLeast * 100,
                        met: sharePercent >= share.atLeast * 100 - 1e-9, missed: t.missed[i],
                        ...(c.target ? { target: true } : {}),
                    });
                });
            }
        }
        return rows;
    }
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

function periodResult({ start: _s, end: _e, guaranteePercent, targetPercent, ...r }: AvailabilityRow): PeriodResult {
    return {
        ...r, scheduledMinutes: round(r.scheduledMinutes, 3), downtimeMinutes: round(r.downtimeMinutes, 3),
        excludedMinutes: round(r.excludedMinutes, 3), availabilityPercent: round(r.availabilityPercent, 6),
        budgetMinutes: r.budgetMinutes === null ? null : round(r.budgetMinutes, 3),
        budgetLeftMinutes: r.budgetLeftMinutes === null ? null : round(r.budgetLeftMinutes, 3),
        guaranteePercent: guaranteePercent ?? null, targetPercent: targetPercent ?? null,
    };
}

/** Met when logged by the deadline; null without a deadline or a logged moment. */
function metBy(deadline: number | null, actual: number | undefined): boolean | null {
    return deadline === null || actual === undefined ? null : actual <= deadline;
}

function round(n: number, digits: number): number {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}
