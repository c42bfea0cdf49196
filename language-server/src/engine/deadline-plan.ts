/**
 * A priority's clocks of one kind, prepared once: each clause becomes a function from a
 * report (and response) moment to its deadline on its basis (business minutes of a
 * calendar, or every minute), with paused time stopping a running duration clock (a
 * same-day cap is a fixed moment and does not move). deadlines.ts
 * evaluates these plans and explains which clause won.
 */
import type { ClockModel, ClockRule, ClockStart, ContractModel, DurationModel, Milestone } from '../model/types.js';
import { mergeRanges, MILESTONE_START, milestoneWords } from '../model/values.js';
import type { BusinessCalendar } from './business-calendar.js';
import { addCalendarPeriod, MINUTE_MS } from './time.js';
import type { Interval } from './deadlines.js';

/** Shared empty list: most reports have no pauses. */
export const NO_PAUSES: Interval[] = [];

/** Minutes on a clock's basis: business minutes of a calendar, or every minute. */
export interface Basis {
    add(t: number, minutes: number): number;
    between(a: number, b: number): number;
}
export const aroundTheClock: Basis = { add: (t, m) => t + m * MINUTE_MS, between: (a, b) => (b - a) / MINUTE_MS };
export const calendarBasis = (cal: BusinessCalendar): Basis => ({
    add: (t, m) => cal.addBusinessMinutes(t, m),
    between: (a, b) => cal.businessMinutesBetween(a, b),
});

export interface PreparedClock {
    clause: ClockModel;
    /** The deadline this clock computed last (evaluateInto's scratch, saves an allocation per call). */
    last: number;
    /** "4 hours of Werkdag (art. 5.2)". */
    label: string;
    from: ClockStart;
    basis: Basis | undefined;
    applies(reported: number): boolean;
    /** `started`: the moment of the clock's start milestone (ignored for clocks after the report). */
    reason(reported: number, started: number | undefined): string;
    deadline(reported: number, started: number | undefined, paused: Interval[]): number | null;
}

export interface Plan {
    kind: Milestone;
    clocks: PreparedClock[];
    /** Explanation texts up to the deadline, by winner and applying clocks. */
    prefixes: Map<number, string>;
    error?: string;
}

/** A commitment: a clock that is neither a target nor judged by its share. */
export const isCommitment = (c: ClockModel): boolean => !c.target && !c.share;

/**
 * The clocks of one kind that `select` takes (commitments by default): of these the
 * earliest applicable deadline wins.
 */
export function prepare(
    contract: ContractModel, priorityName: string, kind: Plan['kind'], calendars: Map<string, BusinessCalendar>,
    select: (c: ClockModel) => boolean = isCommitment,
): Plan {
    const priority = contract.priorities.find((p) => p.name === priorityName);
    if (!priority) return { kind, clocks: [], prefixes: new Map(), error: `unknown priority "${priorityName}"` };
    const zone = contract.zone ?? 'UTC';
    return { kind, clocks: priority.clocks.filter((c) => c.kind === kind && select(c)).map((c) => prepareClock(c, calendars, zone)), prefixes: new Map() };
}

/** "response", "start of work": the milestone a start moment belongs to, in words. */
export function startWords(from: ClockStart): string {
    for (const [m, s] of Object.entries(MILESTONE_START)) if (s === from) return milestoneWords(m as Milestone);
    return 'report';
}

export const FIXED_MINUTES = { minute: 1, hour: 60 } as const;

export function prepareClock(clause: ClockModel, calendars: Map<string, BusinessCalendar>, zone: string): PreparedClock {
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
        clause, from, basis, applies, last: 0,
        label: describe(rule) + (clause.article ? ` (${clause.article})` : ''),
        deadline(reported, started, paused) {
            const start = from === 'reported' ? reported : started;
            if (!raw || !basis || start === undefined || error) return null;
            try {
                const d = raw(start, reported);
                // A same-day cap names a moment (the end of that business day): pauses do not move it.
                if (paused.length === 0 || rule.type === 'same-day') return d;
                return runWithPauses(basis, start, basis.between(start, d), paused);
            } catch {
                return null; // a calendar without any open time: reason() says so
            }
        },
        reason(reported, started) {
            if (error) return error;
            const cond = when ? `reported ${whenCal!.isOpen(reported) ? 'inside' : 'outside'} ${when.calendar}` : 'applies to every report';
            if (!applies(reported)) return `${cond}, the clause is for reports ${when!.reported} ${when!.calendar}`;
            if (rule.type === 'by-agreement') return `${cond}; by agreement, no computable deadline`;
            if (basisCal && !basisCal.hasOpenHours) return `calendar ${basisCal.name} has no opening hours`;
            if (from !== 'reported' && started === undefined) return `${cond}; no ${startWords(from)} moment known`;
            return cond;
        },
    };
}

/**
 * The raw deadline function of a `within` duration (no pauses).
 * - minutes and hours: elapsed minutes of the basis (business minutes of a calendar, or
 *   every minute);
 * - days, weeks, months, years around the clock: calendar periods in the zone, the same
 *   wall-clock time that much later (addCalendarPeriod);
 * - working days, and days "of <calendar>": the same wall-clock time that many open
 *   days of the calendar later (BusinessCalendar.addBusinessDays);
 * - weeks, months, years "of <calendar>": a calendar period counted from the calendar's
 *   next opening, moved to its next opening if it ends while the calendar is closed.
 */
export function durationFrom(
    d: DurationModel, basisCal: BusinessCalendar | undefined,
    lookup: (name: string) => BusinessCalendar | undefined, zone: string,
): (start: number) => number {
    if (d.unit === 'working-day' || (d.unit === 'day' && basisCal)) {
        const cal = d.calendar ? lookup(d.calendar) : basisCal;
        // Without any calendar, working days degrade to calendar days in the zone.
        if (!cal) return (s) => addCalendarPeriod(s, d.amount, 'day', zone);
        return (s) => cal.addBusinessDays(s, d.amount);
    }
    if (d.unit === 'day' || d.unit === 'week' || d.unit === 'month' || d.unit === 'year') {
        const unit = d.unit;
        if (!basisCal) return (s) => addCalendarPeriod(s, d.amount, unit, zone);
        return (s) => basisCal.nextOpen(addCalendarPeriod(basisCal.nextOpen(s), d.amount, unit, zone));
    }
    const minutes = d.minutes ?? d.amount * FIXED_MINUTES[d.unit];
    if (basisCal) return (s) => basisCal.addBusinessMinutes(s, minutes);
    return (s) => s + minutes * MINUTE_MS;
}

/** Runs `amount` basis minutes from `start`, standing still during (merged) pauses. */
export function runWithPauses(basis: Basis, start: number, amount: number, paused: Interval[]): number {
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
export function mergePauses(paused: Interval[]): Interval[] {
    if (paused.length === 0) return NO_PAUSES;
    return mergeRanges(paused.filter((p) => p.to > p.from));
}

export const UNIT_WORDS: Record<DurationModel['unit'], string> = {
    minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', 'working-day': 'working day',
};

export function describe(rule: ClockRule): string {
    if (rule.type === 'same-day') return 'the same-day cap';
    if (rule.type === 'by-agreement') return 'by agreement';
    const d = rule.duration;
    let text = rule.immediately ? 'immediately' : `${d.amount} ${UNIT_WORDS[d.unit]}${d.amount === 1 ? '' : 's'}`;
    const cal = rule.basis.type === 'calendar' ? rule.basis.calendar : d.calendar;
    if (cal) text += rule.immediately ? ` during ${cal}` : ` of ${cal}`;
    else if (rule.basis.type === 'around-the-clock') text += rule.immediately ? '' : ' around the clock';
    else text += ' (basis not stated, read as around the clock)';
    return rule.from === 'reported' ? text : `${text} after ${startWords(rule.from)}`;
}
