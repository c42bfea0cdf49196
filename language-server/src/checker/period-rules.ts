/**
 * Periods: clauses that refer to each other must count in periods that fit. Availability
 * measured per quarter cannot simply be compensated out of a monthly fee, warnings given
 * at most once a month cannot add up to two in a month, and a termination right after six
 * compensations a year cannot arise when compensation can only happen four times a year.
 */
import type { ContractModel, LevelPeriod, Period, RemedyGroupModel, RemedyModel } from '../model/types.js';
import type { Finding } from './finding.js';
import { cite, finding, periodLength, periodWords } from './rule-support.js';

type Warning = Extract<RemedyModel, { type: 'warning' }>;

/** At most how many periods of kind `inner` start within one `outer` (1 when inner is longer). */
function countIn(inner: LevelPeriod, outer: LevelPeriod): number {
    return periodLength(inner) <= periodLength(outer) ? Math.ceil(periodLength(outer) / periodLength(inner) - 1e-9) : 1;
}

/** The period the warning's trigger is judged on, if the contract fixes one. */
function measuredPer(model: ContractModel, w: Warning): { period: LevelPeriod; article?: string; what: string } | undefined {
    const t = w.trigger;
    if (t.type === 'availability-below') {
        const level = t.level === 'target' ? model.availability?.target : model.availability?.guarantee;
        return level ? { period: level.period, article: level.article ?? model.availability?.article, what: 'availability is measured' } : undefined;
    }
    if (t.type === 'compliance-missed') {
        const c = model.compliance.find((x) => x.kind === t.clock && x.period);
        return c?.period ? { period: c.period, article: c.article, what: `${t.clock} compliance is judged` } : undefined;
    }
    return undefined;
}

/** At most how many warnings one warning clause can give within a period. */
function maxWarningsOf(model: ContractModel, w: Warning, within: Period): number {
    let max = w.per === 'each' ? Infinity : countIn(w.per, within);
    const m = measuredPer(model, w);
    if (m) max = Math.min(max, countIn(m.period, within));
    if (w.trigger.type === 'availability-below' && !m) max = 0;
    return max;
}

export function maxWarnings(model: ContractModel, group: RemedyGroupModel, within: Period): { max: number; why: string } {
    const warnings = group.remedies.filter((r): r is Warning => r.type === 'warning');
    let max = 0;
    const why: string[] = [];
    for (const w of warnings) {
        const n = maxWarningsOf(model, w, within);
        max += n;
        const m = measuredPer(model, w);
        why.push(w.per === 'each' ? `one for each miss${cite(w)}`
            : m && periodLength(m.period) > periodLength(w.per)
                ? `at most one per ${m.period}, because ${m.what} per ${m.period}${cite(m)}`
                : `at most one per ${w.per}${cite(w)}`);
    }
    return { max, why: warnings.length === 0 ? 'this remedies block gives no warnings' : `warnings come ${why.join(' and ')}` };
}

function times(n: number): string {
    return n === 0 ? 'none' : n === 1 ? 'at most 1' : `at most ${n}`;
}

export function unreachableRemedies(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const group of model.remedyGroups) {
        for (const r of group.remedies) {
            if (r.type === 'improvement-proposal') {
                const { max, why } = maxWarnings(model, group, r.within);
                if (max < r.afterWarnings) {
                    out.push(finding('remedy-unreachable', r,
                        `an improvement proposal after ${r.afterWarnings} warnings in a ${r.within} can never be due: ${why}, so ${times(max)} in a ${r.within}. `
                        + `Count the warnings over a longer period, or give a warning for each missed deadline.`,
                        group.remedies.filter((x) => x.type === 'warning').map((x) => ({ at: x, note: 'the warning it counts' }))));
                }
            } else if (r.type === 'compensation' && !group.remedies.some((x) => x.type === 'warning')) {
                if (r.countsWarnings !== false) {
                    out.push(finding('remedy-unreachable', r,
                        `compensation from the ${r.fromWarning}${suffix(r.fromWarning)} warning can never be due: this remedies block gives no warnings. `
                        + `Add the warning it counts ('warning when availability is below the guarantee in a ${model.availability?.guarantee?.period ?? 'month'}'), `
                        + `or drop 'from the ... warning'${r.warningsCounted !== 'contract' || r.fromWarning > 1 ? ' and \'counted ...\'' : ''} so that it is paid directly when availability falls in a band.`));
                } else if (r.bands.length === 0) {
                    out.push(finding('remedy-unreachable', r,
                        `this compensation can never be due: it has no availability bands and its remedies block gives no warnings to count. Add bands ('availability from 95% below 99%: 10% of <fee>').`));
                } else if (!model.availability?.guarantee) {
                    out.push(finding('remedy-unreachable', r,
                        `this compensation is paid directly when availability is below the guarantee, but the contract states no availability guarantee, so it can never be due.`));
                }
            } else if (r.type === 'compensation' && r.fromWarning > 1 && r.warningsCounted !== 'contract') {
                const { max, why } = maxWarnings(model, group, r.warningsCounted);
                if (max < r.fromWarning) {
                    out.push(finding('remedy-unreachable', r,
                        `compensation from the ${r.fromWarning}${suffix(r.fromWarning)} warning counted per ${r.warningsCounted} can never be due: ${why}, `
                        + `so ${times(max)} in a ${r.warningsCounted}. Count the warnings over a longer period or over the contract.`));
                }
            } else if (r.type === 'termination-right') {
                const { max, why } = maxCompensations(model, group, r.within);
                if (max < r.afterCompensations) {
                    out.push(finding('remedy-unreachable', r,
                        `the right to terminate after ${r.afterCompensations} compensations in a ${r.within} can never arise: ${why}, `
                        + `so ${times(max)} compensation${max === 1 ? '' : 's'} a ${r.within}. Lower the number or count over a longer period.`,
                        [{ at: model.availability?.guarantee, note: 'the guarantee whose periods limit the compensations' }]));
                }
            }
        }
    }
    return out;
}

function suffix(n: number): string {
    return n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

export function maxCompensations(model: ContractModel, group: RemedyGroupModel, within: Period): { max: number; why: string } {
    const compensations = group.remedies.filter((r): r is Extract<RemedyModel, { type: 'compensation' }> => r.type === 'compensation');
    if (compensations.length === 0) return { max: 0, why: 'this remedies block has no compensation to count' };
    let max = 0;
    const why: string[] = [];
    const guarantee = model.availability?.guarantee;
    for (const c of compensations) {
        const warnings = maxWarnings(model, group, within);
        let n = warnings.max - (c.warningsCounted === within ? c.fromWarning - 1 : 0);
        let reason = warnings.why;
        // Bands are availability ranges: one compensation per availability period at most.
        if (c.bands.length > 0 && guarantee && countIn(guarantee.period, within) <= n) {
            n = countIn(guarantee.period, within);
            reason = `availability is measured per ${guarantee.period}${cite(guarantee.article ? guarantee : model.availability)}`;
        }
        max += Math.max(0, n);
        why.push(reason);
    }
    return { max, why: why.join('; ') };
}

export function periodMismatch(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    const a = model.availability;
    for (const group of model.remedyGroups) {
        const warnings = group.remedies.filter((r): r is Warning => r.type === 'warning');
        for (const w of warnings) {
            const m = measuredPer(model, w);
            if (!m || w.per === 'each' || w.per === m.period) continue;
            const shorter = periodLength(w.per) < periodLength(m.period);
            out.push(finding('period-mismatch', w, shorter
                ? `warnings are counted per ${w.per} but ${m.what} per ${m.period}${cite(m)}: in which ${w.per} is the warning for a ${m.period} given? `
                    + `Say 'in a ${m.period}', or measure per ${w.per}.`
                : `warnings are given at most once a ${w.per} but ${m.what} per ${periodWords(m.period)}${cite(m)}: `
                    + (m.period === 'month' || m.period === 'quarter' || m.period === 'year'
                        ? `a ${w.per} with ${countIn(m.period, w.per)} missed ${m.period}s still gives one warning. Say 'in a ${m.period}' if every missed ${m.period} should count.`
                        : `a ${w.per} with ${countIn(m.period, w.per)} missed ${m.period === 'hour' || m.period === 'week' ? `${m.period}s` : 'windows'} still gives one warning (warnings count per month, quarter or year).`)));
        }
        const level = a?.guarantee;
        if (!level) continue;
        for (const r of group.remedies) {
            if (r.type !== 'compensation') continue;
            const seen = new Set<string>();
            for (const band of r.bands) {
                const fee = model.fees.find((f) => f.name === band.fee);
                if (!fee || seen.has(fee.name) || fee.per === level.period || fee.per === 'hour' || fee.per === 'incident') continue;
                seen.add(fee.name);
                const longer = periodLength(fee.per) > periodLength(level.period);
                out.push(finding('period-mismatch', r,
                    `availability is measured per ${level.period}${cite(level.article ? level : a)} but compensation is a share of the ${fee.per}ly fee ${fee.name}${cite(fee)}: `
                    + (longer
                        ? `a ${fee.per} holds ${countIn(level.period, fee.per)} ${level.period}s, so say whether a missed ${level.period} costs a share of the whole ${fee.per}'s fee, or measure per ${fee.per}.`
                        : `say which ${fee.per}'s fee (one, or all ${countIn(fee.per, level.period)} of the ${level.period}), or measure per ${fee.per}.`),
                    [{ at: level, note: `the guarantee, measured per ${level.period}` }, { at: fee, note: `the fee ${fee.name}, per ${fee.per}` }]));
            }
        }
    }
    return out;
}

/**
 * A chronic-outage right whose downtime limit is at least the time a window can hold:
 * the window's days around the clock, or the most open hours of the measured calendar's
 * week laid over that many days (holidays left out, so an upper bound).
 */
export function chronicUnreachable(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    const m = model.availability?.measured;
    const cal = m?.type === 'calendar' ? model.calendars.find((c) => c.name === m.calendar) : undefined;
    for (const group of model.remedyGroups) {
        for (const r of group.remedies) {
            if (r.type !== 'chronic-termination-right' || r.downtimeMinutes === undefined || r.outages !== undefined || model.availability?.unresolvedMeasured) continue;
            let most = r.days * 1440;
            let basis = `${r.days} days around the clock`;
            if (cal) {
                const day = (wd: number) => (cal.weekly[wd] ?? []).reduce((s, x) => s + x.to - x.from, 0);
                const week = [1, 2, 3, 4, 5, 6, 7].reduce((s, wd) => s + day(wd), 0);
                const rest = r.days % 7;
                let bestRest = 0;
                for (let start = 1; start <= 7; start++) {
                    let sum = 0;
                    for (let k = 0; k < rest; k++) sum += day(((start - 1 + k) % 7) + 1);
                    bestRest = Math.max(bestRest, sum);
                }
                most = Math.floor(r.days / 7) * week + bestRest;
                basis = `the open hours of ${cal.name} in ${r.days} days`;
            }
            const reached = r.moreThan ? r.downtimeMinutes >= most : r.downtimeMinutes > most;
            if (!reached) continue;
            out.push(finding('chronic-right-unreachable', r,
                `the right to terminate after ${r.moreThan ? 'more than ' : ''}${r.downtimeMinutes / 60} hours of downtime in any ${r.days} consecutive days can never arise: `
                + `downtime is counted in ${basis}, at most ${Math.round(most / 6) / 10} hours. Lower the hours or add a number of outages.`));
        }
    }
    return out;
}

/**
 * A guarantee per hour with a minimum outage of an hour or more: every outage that counts
 * fills at least one whole clock hour, so the hourly
 * guarantee is missed by every counted outage and met otherwise.
 */
export function minimumOutageOverPeriod(model: ContractModel): Finding[] {
    const a = model.availability;
    const min = a?.minimumOutage;
    if (!a || !min) return [];
    const out: Finding[] = [];
    for (const level of [a.guarantee, a.target]) {
        if (level?.period !== 'hour' || min.minutes < 60) continue;
        out.push(finding('minimum-outage-exceeds-period', min,
            `outages ${min.atMost ? 'of at most' : 'shorter than'} ${min.minutes} minutes are not counted, but availability is judged per hour${cite(level)}: `
            + `every outage that counts fills at least one whole clock hour, so each one misses the hourly level and nothing shorter ever does. Judge per day or longer, or lower the minimum.`));
    }
    return out;
}

export const periodRules = [unreachableRemedies, periodMismatch, chronicUnreachable, minimumOutageOverPeriod];
