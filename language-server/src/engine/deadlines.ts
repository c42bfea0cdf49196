/**
 * Response and resolution deadlines of a priority, with the clause that decides them.
 *
 * Every clock of the requested kind whose `when` condition holds at the report is a
 * candidate; the earliest computable deadline wins (a same-day cap therefore caps a
 * longer clock). Fixed units (minute, hour, day = 1440, week) count elapsed minutes of
 * the basis: business minutes of a calendar, or every minute ('unspecified' is read as
 * around the clock). Working days keep the wall-clock time (BusinessCalendar.
 * addBusinessDays); months and years use calendar arithmetic in the zone. Paused time
 * stops a running duration clock: the deadline moves by the paused minutes of the
 * clock's basis that fall while it runs. A same-day cap is a moment, the end of that
 * business day's hours, and pauses do not move it. Contracts without a zone are computed in UTC.
 *
 * computeDeadlines and makeDeadlineFunction share one prepared plan (`prepare`, in
 * deadline-plan.ts) and one evaluation loop (`evaluateInto`); only the explanation text
 * is extra in computeDeadlines.
 */
import type { ClockModel, ClockStart, ContractModel, Milestone, Period } from '../model/types.js';
import { MILESTONES, milestoneWords } from '../model/values.js';
import { BusinessCalendar } from './business-calendar.js';
import { formatInZone } from './time.js';
import { isCommitment, mergePauses, NO_PAUSES, prepare, type Plan, type PreparedClock } from './deadline-plan.js';

export interface Interval {
    from: number;
    to: number;
}

export interface DeadlineCandidate {
    clause: ClockModel;
    deadline: number | null;
    applies: boolean;
    reason: string;
}

export interface DeadlineResult {
    deadline: number | null;
    clause: ClockModel | null;
    explanation: string;
    candidates: DeadlineCandidate[];
}

export interface DeadlineOptions {
    /** Actual response moment; clocks "after response" start here (else at the response deadline). */
    responded?: number;
    /** Actual moments of the other milestones: clocks "after <milestone>" start there, and have no deadline without them. */
    acknowledged?: number;
    workStarted?: number;
    workaround?: number;
    resolved?: number;
    /** Waiting-for-customer intervals during which clocks stand still. */
    paused?: Interval[];
}

/**
 * The calendars of a contract as BusinessCalendars, built once per calendars array and
 * zone: shallow copies of a contract (the checker makes one per clause it tries alone)
 * share the built calendars and their cached days.
 */
// Keyed by the (immutable) calendars of a model: collected with the model.
const calendarCache = new WeakMap<ContractModel['calendars'], Map<string, Map<string, BusinessCalendar>>>();
export function calendarsOf(contract: ContractModel): Map<string, BusinessCalendar> {
    const zone = contract.zone ?? 'UTC';
    let byZone = calendarCache.get(contract.calendars);
    if (!byZone) {
        byZone = new Map();
        calendarCache.set(contract.calendars, byZone);
    }
    let map = byZone.get(zone);
    if (!map) {
        map = new Map(contract.calendars.map((c) => [c.name, new BusinessCalendar(c, zone)]));
        byZone.set(zone, map);
    }
    return map;
}

/**
 * Deadlines besides the response and resolution commitments: the commitments of the other
 * milestones, the targets of each milestone (earliest applicable wins, as for
 * commitments), and each clock judged by its share on its own.
 */
export interface Track {
    milestone: Milestone;
    standing: 'commitment' | 'target' | 'share';
    /** For a share track: its one clock's share. */
    share?: { atLeast: number; period?: Period };
    plan: Plan;
}

export interface OtherDeadline {
    milestone: Milestone;
    standing: Track['standing'];
    share?: Track['share'];
    result: DeadlineResult;
}

export interface Deadlines {
    response: DeadlineResult;
    resolution: DeadlineResult;
    /** Only when the priority has clocks besides its response and resolution commitments. */
    others?: OtherDeadline[];
}

export function computeDeadlines(
    contract: ContractModel, priorityName: string, reported: number, opts: DeadlineOptions = {},
): Deadlines {
    return prepareDeadlines(contract, priorityName).explain(reported, opts);
}

/** Deadlines of one report without text; winner indexes point into the session's clause lists (-1: none). */
export interface SessionDeadlines {
    response: number | null;
    responseWinner: number;
    resolution: number | null;
    resolutionWinner: number;
    /** With `perClock`: each clock's own deadline, null when it does not apply or cannot be computed (refilled in place). */
    responseByClock?: (number | null)[];
    resolutionByClock?: (number | null)[];
    /** Per track of the session (same order): its deadline and winner. Set only when the session has tracks. */
    others?: (number | null)[];
    otherWinners?: number[];
}

/**
 * One priority's deadlines with the plans prepared once, for many reports (simulation,
 * the checker's sample grids). Same rules and the same text as computeDeadlines, which
 * is a one-off session; the text is only built when asked for.
 */
export interface DeadlineSession {
    readonly responseClauses: readonly ClockModel[];
    readonly resolutionClauses: readonly ClockModel[];
    /** The other deadlines (see Track); empty for a priority with response and resolution commitments only. */
    readonly tracks: readonly Track[];
    /** Both deadlines, no text; `into` is filled and returned when given (no allocation). */
    deadlines(reported: number, opts?: DeadlineOptions, into?: SessionDeadlines, perClock?: boolean): SessionDeadlines;
    /** The explanations computeDeadlines would give, for a result of deadlines() with the same arguments. */
    explanations(reported: number, opts: DeadlineOptions, d: SessionDeadlines): { response: string; resolution: string; others?: string[] };
    /** Exactly computeDeadlines(contract, priority, reported, opts). */
    explain(reported: number, opts?: DeadlineOptions): Deadlines;
}

/** The tracks of a priority: other milestones' commitments, then targets per milestone, then share clocks. */
function prepareTracks(contract: ContractModel, priorityName: string, calendars: Map<string, BusinessCalendar>): Track[] {
    const priority = contract.priorities.find((p) => p.name === priorityName);
    if (!priority || priority.clocks.every((c) => isCommitment(c) && (c.kind === 'response' || c.kind === 'resolution'))) return [];
    const tracks: Track[] = [];
    for (const m of MILESTONES) {
        if (m !== 'response' && m !== 'resolution' && priority.clocks.some((c) => c.kind === m && isCommitment(c))) {
            tracks.push({ milestone: m, standing: 'commitment', plan: prepare(contract, priorityName, m, calendars) });
        }
    }
    for (const m of MILESTONES) {
        const isTarget = (c: ClockModel) => !!c.target && !c.share;
        if (priority.clocks.some((c) => c.kind === m && isTarget(c))) {
            tracks.push({ milestone: m, standing: 'target', plan: prepare(contract, priorityName, m, calendars, isTarget) });
        }
    }
    for (const c of priority.clocks) {
        if (c.share) tracks.push({ milestone: c.kind, standing: 'share', share: c.share, plan: prepare(contract, priorityName, c.kind, calendars, (o) => o === c) });
    }
    return tracks;
}

export function prepareDeadlines(contract: ContractModel, priorityName: string): DeadlineSession {
    const zone = contract.zone ?? 'UTC';
    const calendars = calendarsOf(contract);
    const resp = prepare(contract, priorityName, 'response', calendars);
    const res = prepare(contract, priorityName, 'resolution', calendars);
    const tracks = prepareTracks(contract, priorityName, calendars);
    const run = (reported: number, opts: DeadlineOptions, into: SessionDeadlines, perClock: boolean): SessionDeadlines => {
        const paused = mergePauses(opts.paused ?? NO_PAUSES);
        const r1 = evaluateInto(resp, reported, undefined, opts, paused, perClock ? sized(into.responseByClock ??= [], resp.clocks.length) : undefined);
        into.response = r1 === -1 ? null : resp.clocks[r1].last;
        into.responseWinner = r1;
        const respondedAt = opts.responded ?? into.response ?? undefined;
        const r2 = evaluateInto(res, reported, respondedAt, opts, paused, perClock ? sized(into.resolutionByClock ??= [], res.clocks.length) : undefined);
        into.resolution = r2 === -1 ? null : res.clocks[r2].last;
        into.resolutionWinner = r2;
        if (tracks.length > 0) {
            const others = sized(into.others ??= [], tracks.length);
            const winners = sized(into.otherWinners ??= [], tracks.length);
            for (let i = 0; i < tracks.length; i++) {
                const plan = tracks[i].plan;
                const w = evaluateInto(plan, reported, respondedAt, opts, paused, undefined);
                others[i] = w === -1 ? null : plan.clocks[w].last;
                winners[i] = w;
            }
        }
        return into;
    };
    const texts = (reported: number, opts: DeadlineOptions, d: SessionDeadlines) => {
        const paused = mergePauses(opts.paused ?? NO_PAUSES);
        const respondedAt = opts.responded ?? d.response ?? undefined;
        const response = explanationText(resp, reported, undefined, opts, paused, zone, d.response, d.responseWinner);
        let resolution = explanationText(res, reported, respondedAt, opts, paused, zone, d.resolution, d.resolutionWinner);
        if (opts.responded === undefined && usesResponse(res, reported)) resolution += respondedNote(d.response, zone);
        if (tracks.length === 0) return { response, resolution };
        const others = tracks.map((t, i) => {
            let text = explanationText(t.plan, reported, respondedAt, opts, paused, zone, d.others![i], d.otherWinners![i]);
            if (opts.responded === undefined && usesResponse(t.plan, reported)) text += respondedNote(d.response, zone);
            return text;
        });
        return { response, resolution, others };
    };
    return {
        responseClauses: resp.clocks.map((c) => c.clause),
        resolutionClauses: res.clocks.map((c) => c.clause),
        tracks,
        deadlines: (reported, opts = {}, into, perClock = false) => run(reported, opts,
            into ?? { response: null, responseWinner: -1, resolution: null, resolutionWinner: -1 }, perClock),
        explanations: texts,
        explain(reported, opts = {}) {
            const d = run(reported, opts, { response: null, responseWinner: -1, resolution: null, resolutionWinner: -1 }, true);
            const text = texts(reported, opts, d);
            const respondedAt = opts.responded ?? d.response ?? undefined;
            const out: Deadlines = {
                response: result(resp, reported, undefined, opts, d.response, d.responseWinner, d.responseByClock!, text.response),
                resolution: result(res, reported, respondedAt, opts, d.resolution, d.resolutionWinner, d.resolutionByClock!, text.resolution),
            };
            if (tracks.length > 0) {
                out.others = tracks.map((t, i) => {
                    const byClock = t.plan.clocks.map((c) => (c.applies(reported) ? c.deadline(reported, startOf(c.from, reported, respondedAt, opts), mergePauses(opts.paused ?? NO_PAUSES)) : null));
                    const r = result(t.plan, reported, respondedAt, opts, d.others![i], d.otherWinners![i], byClock, text.others![i]);
                    return { milestone: t.milestone, standing: t.standing, ...(t.share ? { share: t.share } : {}), result: r };
                });
            }
            return out;
        },
    };
}

/**
 * The moment a clock starts: the report, the response (actual, else the response
 * deadline: `responded`), or another milestone's actual moment (none: no deadline).
 */
function startOf(from: ClockStart, reported: number, responded: number | undefined, o: DeadlineOptions): number | undefined {
    switch (from) {
        case 'reported': return reported;
        case 'responded': return responded;
        case 'acknowledged': return o.acknowledged;
        case 'work-started': return o.workStarted;
        case 'worked-around': return o.workaround;
        case 'resolved': return o.resolved;
    }
}


/** The list itself, with the given length (entries are all overwritten by evaluateInto). */
function sized<T>(list: T[], length: number): T[] {
    if (list.length !== length) list.length = length;
    return list;
}

/** Whether an applying clock of the plan counts from the response. */
function usesResponse(plan: Plan, reported: number): boolean {
    if (plan.kind === 'response') return false;
    return plan.clocks.some((c) => c.clause.rule.type === 'within' && c.clause.rule.from === 'responded' && c.applies(reported));
}

function respondedNote(response: number | null, zone: string): string {
    return response === null
        ? '; no response moment is known, so clocks after response have no deadline'
        : `; counted from the response deadline ${formatInZone(response, zone)} because no response moment was given`;
}

/** Bulk deadline of one kind: the same plan and rules as computeDeadlines, no text. */
export function makeDeadlineFunction(
    contract: ContractModel, priorityName: string, kind: Milestone,
): (reported: number) => number | null {
    const calendars = calendarsOf(contract);
    const plan = prepare(contract, priorityName, kind, calendars);
    const needsResponse = plan.clocks.some((c) => c.from === 'responded');
    const response = kind !== 'response' && needsResponse ? makeDeadlineFunction(contract, priorityName, 'response') : undefined;
    const none: DeadlineOptions = {};
    return (reported) => {
        const w = evaluateInto(plan, reported, response?.(reported) ?? undefined, none, NO_PAUSES, undefined);
        return w === -1 ? null : plan.clocks[w].last;
    };
}

/**
 * The one place that decides: applicable clocks, earliest computable deadline wins.
 * Returns the winner's index (-1: none); its deadline is left in `clocks[winner].last`.
 */
function evaluateInto(
    plan: Plan, reported: number, responded: number | undefined, opts: DeadlineOptions, paused: Interval[], byClock: (number | null)[] | undefined,
): number {
    let best = 0;
    let winner = -1;
    const clocks = plan.clocks;
    for (let i = 0; i < clocks.length; i++) {
        const c = clocks[i];
        const from = c.from;
        const started = from === 'reported' ? reported : from === 'responded' ? responded : startOf(from, reported, responded, opts);
        const d = c.applies(reported) ? c.deadline(reported, started, paused) : null;
        if (byClock) byClock[i] = d;
        if (d !== null) {
            c.last = d;
            if (winner === -1 || d < best) {
                best = d;
                winner = i;
            }
        }
    }
    return winner;
}

function result(
    plan: Plan, reported: number, responded: number | undefined, opts: DeadlineOptions, deadline: number | null, winner: number,
    byClock: (number | null)[], explanation: string,
): DeadlineResult {
    if (plan.error || plan.clocks.length === 0) return { deadline: null, clause: null, explanation, candidates: [] };
    const candidates: DeadlineCandidate[] = plan.clocks.map((c, i) => ({
        clause: c.clause,
        deadline: byClock[i],
        applies: c.applies(reported),
        reason: c.reason(reported, startOf(c.from, reported, responded, opts)),
    }));
    return { deadline, clause: winner < 0 ? null : plan.clocks[winner].clause, explanation, candidates };
}

/** The explanation of one kind's outcome (deadline and winner from evaluateInto). */
function explanationText(
    plan: Plan, reported: number, responded: number | undefined, opts: DeadlineOptions, paused: Interval[], zone: string,
    deadline: number | null, winner: number,
): string {
    if (plan.error) return plan.error;
    if (plan.clocks.length === 0) return `no ${milestoneWords(plan.kind)} clause`;
    if (winner < 0) {
        const reason = (c: PreparedClock) => c.reason(reported, startOf(c.from, reported, responded, opts));
        const applying = plan.clocks.filter((c) => c.applies(reported));
        const agreed = applying.find((c) => c.clause.rule.type === 'by-agreement');
        return agreed ? `${agreed.label}: no computable deadline`
            : applying.length === 0 ? `no ${milestoneWords(plan.kind)} clause applies: ${plan.clocks.map(reason).join('; ')}`
                : `no computable deadline: ${applying.map(reason).join('; ')}`;
    }
    const win = plan.clocks[winner];
    // The words before the date depend only on the winner and which clocks apply: made once per combination.
    let key = winner;
    for (let i = 0; i < plan.clocks.length && i < 24; i++) if (plan.clocks[i].applies(reported)) key += 2 ** (i + 5); // winner < 24 fits in 5 bits
    let prefix = plan.clocks.length <= 24 ? plan.prefixes.get(key) : undefined;
    if (prefix === undefined) {
        let losers = '';
        for (const c of plan.clocks) {
            if (c === win || c.clause.rule.type === 'by-agreement' || !c.applies(reported)) continue;
            losers += losers ? ` and ${c.label}` : c.label;
        }
        prefix = `${losers ? `${win.label} is earlier than ${losers}` : `${win.label} applies`}: deadline `;
        if (plan.clocks.length <= 24) plan.prefixes.set(key, prefix);
    }
    let explanation = prefix + formatInZone(deadline!, zone);
    if (paused.length > 0) {
        const stopped = pausedWhileRunning(win, startOf(win.from, reported, responded, opts), paused, deadline!);
        if (stopped > 0) explanation += `, extended by ${formatMinutes(stopped)} paused`;
    }
    return explanation;
}

/** Paused minutes of the winning clock's basis between its start and its deadline. */
function pausedWhileRunning(c: PreparedClock, start: number | undefined, paused: Interval[], deadline: number): number {
    if (start === undefined || !c.basis || c.clause.rule.type === 'same-day') return 0;
    let total = 0;
    for (const p of paused) {
        const from = Math.max(p.from, start);
        const to = Math.min(p.to, deadline);
        if (to > from) total += c.basis.between(from, to);
    }
    return total;
}

function formatMinutes(minutes: number): string {
    const h = Math.floor(minutes / 60);
    const m = Math.round(minutes % 60);
    return h > 0 ? `${h}h${m > 0 ? ` ${m}min` : ''}` : `${m} min`;
}
