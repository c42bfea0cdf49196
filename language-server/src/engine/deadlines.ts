/**
 * Response and resolution deadlines of a priority, with the clause that decides them.
 *
 * Every clock of the requested kind whose `when` condition holds at the report is a
 * candidate; the earliest computable deadline wins (a same-day cap therefore caps a
 * longer clock). Fixed units (minute, hour, day = 1440, week) count elapsed minutes of
 * the basis: business minutes of a calendar, or every minute ('unspecified' is read as
 * around the clock). Working days keep the wall-clock time (BusinessCalendar.
 * addBusinessDays); months and years use calendar arithmetic in the zone. Paused time
 * stops a running clock: the deadline moves by the paused minutes of the clock's basis
 * that fall while it runs. Contracts without a zone are computed in UTC.
 *
 * computeDeadlines and makeDeadlineFunction share one prepared plan (`prepare`) and one
 * evaluation loop (`evaluate`); only the explanation text is extra in computeDeadlines.
 */
import { DateTime } from 'luxon';
import type { ClockModel, ClockRule, ContractModel, DurationModel } from '../model/types.js';
import { BusinessCalendar } from './business-calendar.js';
import { formatInZone, MINUTE_MS } from './time.js';

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
    /** Actual response moment; resolution clocks "after response" start here. */
    responded?: number;
    /** Waiting-for-customer intervals during which clocks stand still. */
    paused?: Interval[];
}

/** The calendars of a contract as BusinessCalendars, built once per contract object. */
const calendarCache = new WeakMap<ContractModel, Map<string, BusinessCalendar>>();
export function calendarsOf(contract: ContractModel): Map<string, BusinessCalendar> {
    let map = calendarCache.get(contract);
    if (!map) {
        const zone = contract.zone ?? 'UTC';
        map = new Map(contract.calendars.map((c) => [c.name, new BusinessCalendar(c, zone)]));
        calendarCache.set(contract, map);
    }
    return map;
}

export function computeDeadlines(
    contract: ContractModel, priorityName: string, reported: number, opts: DeadlineOptions = {},
): { response: DeadlineResult; resolution: DeadlineResult } {
    const zone = contract.zone ?? 'UTC';
    const paused = mergePauses(opts.paused ?? []);
    const response = explain(prepare(contract, priorityName, 'response', calendarsOf(contract)), reported, undefined, paused, zone);
    const respondedAt = opts.responded ?? response.deadline ?? undefined;
    const resolution = explain(prepare(contract, priorityName, 'resolution', calendarsOf(contract)), reported, respondedAt, paused, zone);
    const usesResponse = resolution.candidates.some((c) => c.applies && c.clause.rule.type === 'within' && c.clause.rule.from === 'responded');
    if (usesResponse && opts.responded === undefined) {
        resolution.explanation += response.deadline === null
            ? '; no response moment is known, so clocks after response have no deadline'
            : `; counted from the response deadline ${formatInZone(response.deadline, zone)} because no response moment was given`;
    }
    return { response, resolution };
}

/** Bulk deadline of one kind: the same plan and rules as computeDeadlines, no text. */
export function makeDeadlineFunction(
    contract: ContractModel, priorityName: string, kind: 'response' | 'resolution',
): (reported: number) => number | null {
    const calendars = calendarsOf(contract);
    const plan = prepare(contract, priorityName, kind, calendars);
    const needsResponse = plan.clocks.some((c) => c.from === 'responded');
    const response = kind === 'resolution' && needsResponse ? makeDeadlineFunction(contract, priorityName, 'response') : undefined;
    return (reported) => evaluate(plan, reported, response?.(reported) ?? undefined, []).deadline;
}

interface Evaluation {
    deadline: number | null;
    winner: number;
    deadlines: (number | null)[] | undefined;
}

/** The one place that decides: applicable clocks, earliest computable deadline wins. */
function evaluate(plan: Plan, reported: number, responded: number | undefined, paused: Interval[], keep = false): Evaluation {
    let best: number | null = null;
    let winner = -1;
    const deadlines = keep ? [] as (number | null)[] : undefined;
    for (let i = 0; i < plan.clocks.length; i++) {
        const c = plan.clocks[i];
        const applies = c.applies(reported);
        const d = applies ? c.deadline(reported, responded, paused) : null;
        deadlines?.push(d);
        if (d !== null && (best === null || d < best)) {
            best = d;
            winner = i;
        }
    }
    return { deadline: best, winner, deadlines };
}

function explain(plan: Plan, reported: number, responded: number | undefined, paused: Interval[], zone: string): DeadlineResult {
    if (plan.error) return { deadline: null, clause: null, explanation: plan.error, candidates: [] };
    if (plan.clocks.length === 0) return { deadline: null, clause: null, explanation: `no ${plan.kind} clause`, candidates: [] };
    const ev = evaluate(plan, reported, responded, paused, true);
    const candidates: DeadlineCandidate[] = plan.clocks.map((c, i) => ({
        clause: c.clause,
        deadline: ev.deadlines![i],
        applies: c.applies(reported),
        reason: c.reason(reported, responded),
    }));
    const applying = plan.clocks.filter((c, i) => candidates[i].applies);
    if (ev.winner < 0) {
        const agreed = applying.find((c) => c.clause.rule.type === 'by-agreement');
        const explanation = agreed ? `${agreed.label}: no computable deadline`
            : applying.length === 0 ? `no ${plan.kind} clause applies: ${candidates.map((c) => c.reason).join('; ')}`
                : `no computable deadline: ${candidates.filter((c) => c.applies).map((c) => c.reason).join('; ')}`;
        return { deadline: null, clause: null, explanation, candidates };
    }
    const win = plan.clocks[ev.winner];
    const losers = applying.filter((c) => c !== win && c.clause.rule.type !== 'by-agreement').map((c) => c.label);
    let explanation = losers.length === 0
        ? `${win.label} applies`
        : `${win.label} is earlier than ${losers.join(' and ')}`;
    explanation += `: deadline ${formatInZone(ev.deadline!, zone)}`;
    const stopped = pausedWhileRunning(win, reported, responded, paused, ev.deadline!);
    if (stopped > 0) explanation += `, extended by ${formatMinutes(stopped)} paused`;
    return { deadline: ev.deadline, clause: win.clause, explanation, candidates };
}

/** Paused minutes of the winning clock's basis between its start and its deadline. */
function pausedWhileRunning(c: PreparedClock, reported: number, responded: number | undefined, paused: Interval[], deadline: number): number {
    const start = c.from === 'responded' ? responded : reported;
    if (start === undefined || !c.basis) return 0;
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

/** Minutes on a clock's basis: business minutes of a calendar, or every minute. */
interface Basis {
    add(t: number, minutes: number): number;
    between(a: number, b: number): number;
}
const aroundTheClock: Basis = { add: (t, m) => t + m * MINUTE_MS, between: (a, b) => (b - a) / MINUTE_MS };
const calendarBasis = (cal: BusinessCalendar): Basis => ({
    add: (t, m) => cal.addBusinessMinutes(t, m),
    between: (a, b) => cal.businessMinutesBetween(a, b),
});

interface PreparedClock {
    clause: ClockModel;
    /** "4 hours of Werkdag (art. 5.2)". */
    label: string;
    from: 'reported' | 'responded';
    basis: Basis | undefined;
    applies(reported: number): boolean;
    reason(reported: number, responded: number | undefined): string;
    deadline(reported: number, responded: number | undefined, paused: Interval[]): number | null;
}

interface Plan {
    kind: 'response' | 'resolution';
    clocks: PreparedClock[];
    error?: string;
}

function prepare(contract: ContractModel, priorityName: string, kind: Plan['kind'], calendars: Map<string, BusinessCalendar>): Plan {
    const priority = contract.priorities.find((p) => p.name === priorityName);
    if (!priority) return { kind, clocks: [], error: `unknown priority "${priorityName}"` };
    const zone = contract.zone ?? 'UTC';
    return { kind, clocks: priority.clocks.filter((c) => c.kind === kind).map((c) => prepareClock(c, calendars, zone)) };
}

const FIXED_MINUTES = { minute: 1, hour: 60, day: 1440, week: 10080 } as const;

function prepareClock(clause: ClockModel, calendars: Map<string, BusinessCalendar>, zone: string): PreparedClock {
    const { rule, when } = clause;
    const missing: string[] = [];
    const lookup = (name: string) => {
        const cal = calendars.get(name);
        if (!cal) missing.push(name);
        return cal;
    };
    const whenCal = when ? lookup(when.calendar) : undefined;
    let basisCal: BusinessCalendar | undefined;
    let raw: ((start: number, reported: number) => number) | undefined;
    if (rule.type === 'within') {
        basisCal = rule.basis.type === 'calendar' ? lookup(rule.basis.calendar) : undefined;
        raw = durationFrom(rule.duration, basisCal, lookup, zone);
    } else if (rule.type === 'same-day') {
        const cal = basisCal = lookup(rule.calendar);
        raw = (_start, reported) => cal!.endOfBusinessDay(reported);
    }
    const error = missing.length > 0 ? `calendar ${missing.join(', ')} is not defined` : undefined;
    const basis = rule.type === 'by-agreement' ? undefined : basisCal ? calendarBasis(basisCal) : aroundTheClock;
    const from = rule.type === 'within' ? rule.from : 'reported';
    const applies = (t: number) => !error && (!when || whenCal!.isOpen(t) === (when.reported === 'inside'));
    return {
        clause, from, basis, applies,
        label: describe(rule) + (clause.article ? ` (${clause.article})` : ''),
        deadline(reported, responded, paused) {
            const start = from === 'responded' ? responded : reported;
            if (!raw || !basis || start === undefined || error) return null;
            try {
                const d = raw(start, reported);
                return paused.length === 0 ? d : runWithPauses(basis, start, basis.between(start, d), paused);
            } catch {
                return null; // a calendar without any open time: reason() says so
            }
        },
        reason(reported, responded) {
            if (error) return error;
            const cond = when ? `reported ${whenCal!.isOpen(reported) ? 'inside' : 'outside'} ${when.calendar}` : 'applies to every report';
            if (!applies(reported)) return `${cond}, the clause is for reports ${when!.reported} ${when!.calendar}`;
            if (rule.type === 'by-agreement') return `${cond}; by agreement, no computable deadline`;
            if (basisCal && !basisCal.hasOpenHours) return `calendar ${basisCal.name} has no opening hours`;
            if (from === 'responded' && responded === undefined) return `${cond}; no response moment known`;
            return cond;
        },
    };
}

/** The raw deadline function of a `within` duration (no pauses). */
function durationFrom(
    d: DurationModel, basisCal: BusinessCalendar | undefined,
    lookup: (name: string) => BusinessCalendar | undefined, zone: string,
): (start: number) => number {
    if (d.unit === 'working-day') {
        const cal = d.calendar ? lookup(d.calendar) : basisCal;
        // Without any calendar, working days degrade to calendar days in the zone.
        if (!cal) return (s) => DateTime.fromMillis(s, { zone }).plus({ days: d.amount }).toMillis();
        return (s) => cal.addBusinessDays(s, d.amount);
    }
    if (d.unit === 'month' || d.unit === 'year') {
        const unit = d.unit === 'month' ? 'months' : 'years';
        return (s) => {
            const begin = basisCal ? basisCal.nextOpen(s) : s;
            const end = DateTime.fromMillis(begin, { zone }).plus({ [unit]: d.amount }).toMillis();
            return basisCal ? basisCal.nextOpen(end) : end;
        };
    }
    const minutes = d.minutes ?? d.amount * FIXED_MINUTES[d.unit];
    if (basisCal) return (s) => basisCal.addBusinessMinutes(s, minutes);
    return (s) => s + minutes * MINUTE_MS;
}

/** Runs `amount` basis minutes from `start`, standing still during (merged) pauses. */
function runWithPauses(basis: Basis, start: number, amount: number, paused: Interval[]): number {
    let at = start;
    let remaining = amount;
    for (const p of paused) {
        if (p.to <= at) continue;
        const unpaused = basis.add(at, remaining);
        if (unpaused <= p.from) return unpaused;
        if (p.from > at) remaining -= basis.between(at, p.from);
        at = p.to;
    }
    return basis.add(at, remaining);
}

/** Sorted, merged pauses, so overlapping reports do not count twice. */
function mergePauses(paused: Interval[]): Interval[] {
    const sorted = paused.filter((p) => p.to > p.from).sort((a, b) => a.from - b.from);
    const out: Interval[] = [];
    for (const p of sorted) {
        const last = out[out.length - 1];
        if (last && p.from <= last.to) last.to = Math.max(last.to, p.to);
        else out.push({ ...p });
    }
    return out;
}

const UNIT_WORDS: Record<DurationModel['unit'], string> = {
    minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', 'working-day': 'working day',
};

function describe(rule: ClockRule): string {
    if (rule.type === 'same-day') return 'the same-day cap';
    if (rule.type === 'by-agreement') return 'by agreement';
    const d = rule.duration;
    let text = `${d.amount} ${UNIT_WORDS[d.unit]}${d.amount === 1 ? '' : 's'}`;
    const cal = rule.basis.type === 'calendar' ? rule.basis.calendar : d.calendar;
    if (cal) text += ` of ${cal}`;
    else if (rule.basis.type === 'around-the-clock') text += ' around the clock';
    else text += ' (basis not stated, read as around the clock)';
    return rule.from === 'responded' ? `${text} after response` : text;
}
