/**
 * Budgets: what a guarantee allows per period in minutes, computed on the real periods
 * of the contract's zone (shortest and longest), against what maintenance windows could
 * take; exclusions that let any outage be called maintenance; and the legal-text pitfall
 * that months and quarters differ in length.
 */
import type {
    ContractModel, ExclusionModel, LevelPeriod, MaintenanceKind, MaintenanceWindowModel,
} from '../model/types.js';
import { calendarsOf, makeDeadlineFunction } from '../engine/deadlines.js';
import type { BusinessCalendar } from '../engine/business-calendar.js';
import {
    type Interval, type PeriodSpan, intersectIntervals, periodsBetween, totalMinutes, weeklyIntervals,
} from '../engine/periods.js';
import type { Finding } from './finding.js';
import { cite, durationText, finding, minutesText, momentText, pct, periodWords } from './rule-support.js';
import { sampleDays, sampleMoments } from './samples.js';
import { shapeKey } from './contradiction-rules.js';
import type { CheckerMemo } from './checker-memo.js';

/** Two whole years, one of them a leap year, so February 29 is among the periods. */
const SAMPLE_FROM = '2027-01';
const SAMPLE_TO = '2028-12';

export interface PeriodBudget {
    /** '2027-02', '2027-Q1', '2027'. */
    label: string;
    start: number;
    end: number;
    scheduledMinutes: number;
    allowedMinutes: number;
}

export interface DowntimeBudget {
    level: 'guarantee' | 'target';
    value: number;
    period: LevelPeriod;
    /** 'around the clock' or 'open hours of Werkdag'. */
    basis: string;
    shortest: PeriodBudget;
    longest: PeriodBudget;
    periods: PeriodBudget[];
}

/** Scheduled minutes of a period as the availability engine counts them. */
function scheduledOf(model: ContractModel, p: PeriodSpan): Interval[] {
    const m = model.availability?.measured;
    const cal = m?.type === 'calendar' ? calendarsOf(model).get(m.calendar) : undefined;
    return cal ? cal.openIntervals(p.start, p.end).map((iv): Interval => [iv.from, iv.to]) : [[p.start, p.end]];
}

/**
 * The downtime a guarantee (or target) allows per period, in minutes, for every period
 * of two sample years (2027 and the leap year 2028), with the shortest and the longest.
 * For hovers and other rules; undefined when the contract states no such level.
 */
export function downtimeBudget(model: ContractModel, memo: CheckerMemo, level: 'guarantee' | 'target' = 'guarantee'): DowntimeBudget | undefined {
    const cached = memo.budgets.get(model, () => new Map());
    if (!cached.has(level)) cached.set(level, computeBudget(model, level));
    return cached.get(level);
}

function computeBudget(model: ContractModel, level: 'guarantee' | 'target'): DowntimeBudget | undefined {
    const a = model.availability;
    const l = level === 'guarantee' ? a?.guarantee : a?.target;
    // Measured during a calendar that does not exist: the linking error says so; a budget
    // around the clock would be a confident figure for a clause that means something else.
    if (!a || !l || a.unresolvedMeasured) return undefined;
    const zone = model.zone ?? 'UTC';
    const m = a.measured;
    const basis = m.type === 'calendar' && calendarsOf(model).has(m.calendar) ? `open hours of ${m.calendar}` : 'around the clock';
    // Hours: one sample year is 8,760 of them, enough to meet both DST changes.
    const periods = periodsBetween(SAMPLE_FROM, l.period === 'hour' ? '2027-12' : SAMPLE_TO, l.period, zone).map((p): PeriodBudget => {
        const scheduledMinutes = totalMinutes(scheduledOf(model, p));
        return { label: p.label, start: p.start, end: p.end, scheduledMinutes, allowedMinutes: (1 - l.value) * scheduledMinutes };
    });
    let shortest = periods[0];
    let longest = periods[0];
    for (const p of periods) {
        if (p.allowedMinutes < shortest.allowedMinutes) shortest = p;
        if (p.allowedMinutes > longest.allowedMinutes) longest = p;
    }
    return { level, value: l.value, period: l.period, basis, shortest, longest, periods };
}

const KIND_OF: Record<MaintenanceKind, ExclusionModel['kind']> = {
    planned: 'planned-maintenance', urgent: 'urgent-maintenance', emergency: 'emergency-maintenance',
};

/** The exclusion that decides for a kind of maintenance, as the availability engine picks it. */
function exclusionFor(model: ContractModel, kind: MaintenanceKind): ExclusionModel | undefined {
    const ex = model.availability?.exclusions ?? [];
    return ex.find((e) => e.kind === KIND_OF[kind]) ?? ex.find((e) => e.kind === 'maintenance');
}

/** At most how many minutes a window can take in a period: its hours, or occurrences × a binding maximum. */
function windowCapacity(model: ContractModel, w: MaintenanceWindowModel, p: PeriodBudget, binding: boolean): number | undefined {
    if (!w.weekly) return undefined;
    const zone = model.zone ?? 'UTC';
    const windows = intersectIntervals(weeklyIntervals(w.weekly, p.start, p.end, zone), scheduledOf(model, { label: p.label, period: 'month', start: p.start, end: p.end }));
    const full = totalMinutes(windows);
    const max = w.maxDuration?.minutes;
    if (!binding || max === undefined) return full;
    return windows.reduce((s, iv) => s + Math.min(max, (iv[1] - iv[0]) / 60_000), 0);
}

function windowText(w: MaintenanceWindowModel): string {
    return `${w.kind} maintenance${cite(w)}`;
}

export function maintenanceBudget(model: ContractModel, memo: CheckerMemo): Finding[] {
    const budget = downtimeBudget(model, memo);
    if (!budget) return [];
    const counted = model.maintenance.filter((w) => w.weekly && !exclusionFor(model, w.kind));
    if (counted.length === 0) return [];
    let worst: { p: PeriodBudget; take: number } | undefined;
    for (const p of budget.periods) {
        const take = counted.reduce((s, w) => s + (windowCapacity(model, w, p, !w.maxIsEffort) ?? 0), 0);
        if (take > p.allowedMinutes && (!worst || take - p.allowedMinutes > worst.take - worst.p.allowedMinutes)) worst = { p, take };
    }
    if (!worst) return [];
    const g = model.availability!.guarantee!;
    return [finding('maintenance-exceeds-budget', counted[0],
        `maintenance in the window${counted.length > 1 ? 's' : ''} of ${counted.map(windowText).join(' and ')} counts as downtime (it is not excluded from availability), `
        + `and could take up to ${minutesText(worst.take)} in ${worst.p.label}, while the ${pct(g.value)} guarantee per ${g.period} allows only ${minutesText(worst.p.allowedMinutes)} there. `
        + `Maintenance the contract permits would on its own break the guarantee: exclude it ('not counted: ${counted[0].kind} maintenance within window'), or shorten the window.`)];
}

export function maintenanceExclusions(model: ContractModel, memo: CheckerMemo): Finding[] {
    const a = model.availability;
    if (!a) return [];
    const out: Finding[] = [];
    const budget = downtimeBudget(model, memo);
    for (const ex of a.exclusions) {
        const kinds: MaintenanceKind[] = ex.kind === 'maintenance'
            ? (['planned', 'urgent', 'emergency'] as const).filter((k) => exclusionFor(model, k) === ex)
            : ex.kind === 'planned-maintenance' ? ['planned'] : ex.kind === 'urgent-maintenance' ? ['urgent'] : ex.kind === 'emergency-maintenance' ? ['emergency'] : [];
        if (kinds.length === 0) continue;
        const what = ex.kind === 'maintenance' ? 'maintenance' : `${kinds[0]} maintenance`;
        const windows = kinds.map((k) => model.maintenance.find((w) => w.kind === k));
        if (ex.withinWindow && windows.every((w) => !w)) {
            out.push(finding('exclusion-without-window', ex,
                `${what} is excluded only within its window, but the contract defines no ${what} window, so no ${what} is ever excluded. `
                + `Add a window ('maintenance { ${kinds[0]}: Friday 22:00 to 24:00 }') or drop 'within window'.`));
            continue;
        }
        const unbounded = kinds.filter((k, i) => {
            const w = windows[i];
            const inWindow = ex.withinWindow && !!w?.weekly;
            const noticed = ex.announced && !!w?.notice;
            return !inWindow && !noticed && !(ex.withinWindow && !w);
        });
        if (unbounded.length > 0) {
            const announcedOnly = ex.announced ? ` It only has to be announced, with no notice period, so an announcement a minute before would do.` : '';
            out.push(finding('unbounded-exclusion', ex,
                `${what === 'maintenance' && unbounded.length < 3 ? `${unbounded.join(' and ')} maintenance` : what} is not counted as downtime, without a maintenance window or a notice period: `
                + `the provider could call any outage maintenance and the guarantee would still be met.${announcedOnly} `
                + `Exclude only maintenance 'within window if announced' and define the window and its notice in a maintenance block.`));
        }
        // Excluded windows whose maximum is only an aim: the whole window can be excluded.
        for (const w of windows) {
            if (!w?.weekly || !ex.withinWindow || !w.maxIsEffort || !w.maxDuration || !budget) continue;
            const p = budget.longest;
            const full = windowCapacity(model, w, p, false) ?? 0;
            const capped = windowCapacity(model, w, p, true) ?? 0;
            if (full <= capped) continue;
            out.push(finding('exclusion-effort-only', w,
                `the maximum of ${durationText(w.maxDuration)} is only an aim ('ideally at most'), and ${w.kind} maintenance within the window is not counted${cite(ex)}: `
                + `in ${p.label} the whole window, ${minutesText(full)}, can be excluded, not ${minutesText(capped)}. `
                + `The guarantee allows ${minutesText(p.allowedMinutes)} of downtime there. If the maximum should limit the exclusion, drop 'ideally'.`));
        }
    }
    return out;
}

const PERIOD_WORD: Record<string, string> = { hour: 'hourly', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' };

export function unequalPeriods(model: ContractModel, memo: CheckerMemo): Finding[] {
    const g = model.availability?.guarantee;
    if (!g || g.period === 'year') return [];
    const budget = downtimeBudget(model, memo);
    if (!budget) return [];
    const { shortest, longest } = budget;
    if (longest.allowedMinutes - shortest.allowedMinutes < 0.05) return [];
    const size = (p: PeriodBudget) => budget.basis === 'around the clock'
        ? daysText((p.end - p.start) / 3_600_000)
        : `${minutesText(p.scheduledMinutes)} of ${budget.basis}`;
    return [finding('unequal-periods', g,
        `a ${pct(g.value)} ${PERIOD_WORD[g.period] ?? periodWords(g.period)} guarantee allows ${minutesText(shortest.allowedMinutes)} of downtime in ${shortest.label} (${size(shortest)}) `
        + `but ${minutesText(longest.allowedMinutes)} in ${longest.label} (${size(longest)}), measured ${budget.basis} in ${model.zone ?? 'UTC'}: `
        + `the same outage can break the guarantee in one ${g.period} and not in another. That is usually accepted; if not, state the allowed downtime in minutes.`)];
}

/** 743 hours -> "31 days less 1 hour" (a DST change), 672 -> "28 days". */
function daysText(hours: number): string {
    const days = Math.round(hours / 24);
    const extra = Math.round(hours - days * 24);
    const h = (n: number) => `${n} hour${n === 1 ? '' : 's'}`;
    return `${days} days${extra > 0 ? ` and ${h(extra)}` : extra < 0 ? ` less ${h(-extra)}` : ''}`;
}

/** A sample report (t), its resolution deadline (d) and the downtime in between. */
export interface BestCase { t: number; d: number; down: number }

/** The sample report whose on-time resolution is down the shortest, or null. */
function bestCase(model: ContractModel, name: string, cal: BusinessCalendar | undefined, memo: CheckerMemo): BestCase | null {
    const resolve = makeDeadlineFunction(model, name, 'resolution');
    let best: BestCase | null = null;
    for (const t of sampleMoments(model, 15, memo)) {
        const d = resolve(t);
        if (d === null) continue;
        const down = cal ? cal.businessMinutesBetween(t, d) : (d - t) / 60_000;
        if (!best || down < best.down) best = { t, d, down };
    }
    return best;
}

export function budgetBelowDeadline(model: ContractModel, memo: CheckerMemo): Finding[] {
    const budget = downtimeBudget(model, memo);
    const first = [...model.priorities].sort((a, b) => a.rank - b.rank)[0];
    if (!budget || !first || !first.clocks.some((c) => c.kind === 'resolution' && c.rule.type !== 'by-agreement')) return [];
    const zone = model.zone ?? 'UTC';
    const m = model.availability!.measured;
    // The best case depends only on the clocks the engine reads for the name, the measuring
    // calendar, their calendars' content, the zone and the sample days: kept across checks
    // (CheckerMemo.bestCases, least recently used first out).
    const calendars = calendarsOf(model);
    const engineFirst = model.priorities.find((p) => p.name === first.name)!;
    const key = shapeKey(`${zone}|${sampleDays(model, zone, memo).join(',')}`, [engineFirst.clocks], calendars, new Map(), memo,
        m.type === 'calendar' ? [m.calendar] : []) + `|${m.type}`;
    let best = memo.bestCases.get(key);
    if (best === undefined) {
        best = bestCase(model, first.name, m.type === 'calendar' ? calendars.get(m.calendar) : undefined, memo);
        memo.bestCases.set(key, best);
    }
    if (!best || best.down <= budget.longest.allowedMinutes) return [];
    const g = model.availability!.guarantee!;
    return [finding('budget-below-deadline', g,
        `the ${pct(g.value)} guarantee per ${g.period} allows at most ${minutesText(budget.longest.allowedMinutes)} of downtime, `
        + `but even in the best case one ${first.name} incident resolved exactly on time is down longer: reported ${momentText(best.t, zone)}, `
        + `resolution due ${momentText(best.d, zone)}, ${minutesText(best.down)}. Meeting the resolution deadline does not protect the guarantee; that may be intended, but both parties should know.`)];
}

export const budgetRules = [maintenanceBudget, maintenanceExclusions, unequalPeriods, budgetBelowDeadline];
