/**
 * Credits: clauses that can never pay, caps that cut a band before it is paid, claim
 * windows that close before the credit can be known, and money compared with a share of
 * a fee that has no amount. Band gaps and overlaps are coverage-rules' (remedyBands).
 */
import type { ContractModel, CreditValue, RemedyModel } from '../model/types.js';
import type { Finding } from './finding.js';
import { approxMinutes, cite, durationText, finding, pct } from './rule-support.js';

type Credit = Extract<RemedyModel, { type: 'credit' }>;

function creditsOf(model: ContractModel): Credit[] {
    return model.remedyGroups.flatMap((g) => g.remedies.filter((r): r is Credit => r.type === 'credit'));
}

function valueText(v: CreditValue): string {
    return v.type === 'share' ? `${pct(v.percent)} of ${v.fee}` : `${v.amount} ${v.currency}`;
}

/** A value in the unit of `like`, if the two can be compared. */
function inUnitOf(model: ContractModel, v: CreditValue, like: CreditValue): number | undefined {
    if (v.type === like.type) {
        if (v.type === 'share' && like.type === 'share') return v.fee === like.fee ? v.percent : undefined;
        if (v.type === 'money' && like.type === 'money') return v.currency.toUpperCase() === like.currency.toUpperCase() ? v.amount : undefined;
    }
    if (v.type === 'share' && like.type === 'money') {
        const fee = model.fees.find((f) => f.name === v.fee);
        return fee?.amount !== undefined ? v.percent * fee.amount : undefined;
    }
    if (v.type === 'money' && like.type === 'share') {
        const fee = model.fees.find((f) => f.name === like.fee);
        return fee?.amount ? v.amount / fee.amount : undefined;
    }
    return undefined;
}

const own = (v: CreditValue) => (v.type === 'share' ? v.percent : v.amount);

/** What one band, one unit of downtime or one missed deadline gives: the largest single step. */
function steps(c: Credit): CreditValue[] {
    const b = c.basis;
    if (b.type === 'availability') return b.bands.map((x): CreditValue => ({ type: 'share', percent: x.percent, fee: x.fee }));
    return [b.value];
}

export function creditNeverDue(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const c of creditsOf(model)) {
        const b = c.basis;
        if (b.type === 'availability') {
            const level = model.availability?.[b.level];
            if (!level) {
                out.push(finding('credit-never-due', c, `this credit is due when availability is below the ${b.level}, but the contract states no availability ${b.level}, so it can never be due.`));
            } else if (b.bands.length === 0) {
                out.push(finding('credit-never-due', c, `this credit has no bands: availability below the ${b.level} gives nothing. Add bands ('availability from 99% below ${pct(level.value)}: 10% of <fee>').`));
            } else if (level.period !== b.period) {
                out.push(finding('period-mismatch', c, `the credit looks at availability per ${b.period}, but the ${b.level} is stated per ${level.period}${cite(level)}: `
                    + `a ${b.period} is judged against a level meant for a ${level.period}. Say 'in a ${level.period}', or state the ${b.level} per ${b.period}.`));
            }
        } else if (b.type === 'deadline') {
            out.push(...deadlineNeverMissed(model, c, b));
        } else if (!model.availability) {
            out.push(finding('credit-never-due', c, `this credit counts downtime, but the contract has no availability clause saying which minutes are scheduled and which outages are excluded. Add an availability block ('measured around the clock').`));
        }
        if (c.cap && c.minimum) {
            const cap = inUnitOf(model, c.cap.value, c.minimum.value);
            const min = own(c.minimum.value);
            if (cap !== undefined && (c.minimum.inclusive ? cap < min - 1e-12 : cap <= min + 1e-12)) {
                out.push(finding('credit-never-due', c.minimum, `the cap of ${valueText(c.cap.value)} per ${c.cap.per} is not ${c.minimum.inclusive ? 'at least' : 'more than'} the minimum of ${valueText(c.minimum.value)}: no credit can ever be given. Lower the minimum or raise the cap.`));
            }
        }
    }
    return out;
}

/**
 * A deadline credit pays only for a missed commitment: a clock that is computable, not a
 * target (a miss is no breach) and not a share of incidents (one miss breaks nothing).
 */
function deadlineNeverMissed(model: ContractModel, c: Credit, b: Extract<Credit['basis'], { type: 'deadline' }>): Finding[] {
    const clock = b.clock.replace(/-/g, ' ');
    const covered = b.priorities.length ? model.priorities.filter((p) => b.priorities.includes(p.name)) : model.priorities;
    const why = (p: (typeof covered)[number]): string | undefined => {
        const clocks = p.clocks.filter((k) => k.kind === b.clock);
        if (clocks.length === 0) return `${p.name} has no ${clock} clock`;
        if (clocks.some((k) => k.rule.type !== 'by-agreement' && !k.target && !k.share)) return undefined;
        if (clocks.every((k) => k.rule.type === 'by-agreement')) return `${p.name} has its ${clock} only planned by agreement`;
        if (clocks.some((k) => k.target)) return `the ${clock} time of ${p.name} is a target (a miss is no breach)`;
        return `the ${clock} time of ${p.name} is a share of incidents (one late incident breaks nothing)`;
    };
    const reasons = covered.map((p) => ({ p, why: why(p) }));
    const a = /^[aeiou]/.test(clock) ? 'an' : 'a';
    const what = b.late ? `for each ${approxText(b.late.unitMinutes)} by which ${a} ${clock} deadline is missed` : `when ${a} ${clock} deadline is missed`;
    if (covered.length === 0 || reasons.every((r) => r.why)) {
        const detail = covered.length === 0 ? 'the contract has no priorities' : reasons.map((r) => r.why).join('; ');
        return [finding('credit-never-due', c, `this credit is due ${what}, but no priority it covers has ${a} ${clock} commitment that can be missed (${detail}), so it can never be due. `
            + `Name the milestone the contract commits to, or make the ${clock} time a commitment.`)];
    }
    const idle = reasons.filter((r) => r.why && b.priorities.includes(r.p.name));
    if (idle.length === 0) return [];
    return [finding('credit-never-due', c, `this credit names ${idle.map((r) => r.p.name).join(', ')}, but ${idle.map((r) => r.why).join('; ')}: `
        + `for ${idle.length > 1 ? 'those priorities' : 'that priority'} it can never be due. Leave ${idle.length > 1 ? 'them' : 'it'} out or name the milestone the contract commits to.`)];
}

function approxText(minutes: number): string {
    if (minutes % 1440 === 0) return minutes === 1440 ? 'day' : `${minutes / 1440} days`;
    if (minutes % 60 === 0) return minutes === 60 ? 'hour' : `${minutes / 60} hours`;
    return `${minutes} minutes`;
}

export function creditCapBelowBand(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const c of creditsOf(model)) {
        if (!c.cap) continue;
        const capValue = c.cap.value;
        const cap = own(capValue);
        const over = steps(c).filter((v) => {
            const n = inUnitOf(model, v, capValue);
            return n !== undefined && n > cap + 1e-12;
        });
        if (over.length === 0) continue;
        const what = c.basis.type === 'availability' ? `the band${over.length > 1 ? 's' : ''} of ${over.map(valueText).join(' and ')}`
            : c.basis.type === 'downtime' ? `one unit of downtime (${valueText(over[0])})`
                : c.basis.late ? `one unit of lateness (${valueText(over[0])})` : `one missed deadline (${valueText(over[0])})`;
        out.push(finding('credit-cap-below-band', c.cap, `the cap of ${valueText(capValue)} per ${c.cap.per} is below ${what}: that credit is never paid in full. `
            + `If the cap is meant, lower the credit to it; otherwise raise the cap.`));
    }
    return out;
}

const PERIOD_MINUTES = { month: 28 * 1440, quarter: 90 * 1440, year: 365 * 1440 } as const;

export function claimWindowShort(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const c of creditsOf(model)) {
        const claim = c.claim;
        if (!claim || claim.type !== 'within' || claim.after !== 'incident') continue;
        const period = c.basis.type === 'availability' ? c.basis.period : c.basis.type === 'downtime' && c.basis.per !== 'incident' ? c.basis.per : undefined;
        if (!period || approxMinutes(claim.duration) >= PERIOD_MINUTES[period]) continue;
        out.push(finding('claim-window-short', claim, `the credit must be claimed within ${durationText(claim.duration)} after the incident, but it depends on the ${c.basis.type === 'availability' ? 'availability' : 'downtime'} of the whole ${period}: `
            + `an incident early in a ${period} must be claimed before the ${period} is over and the credit can be known. Count the window from the end of the ${period} ('claim within ${durationText(claim.duration)} after the end of the ${period}').`));
    }
    return out;
}

export function creditAmountUnknown(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const c of creditsOf(model)) {
        for (const [what, term] of [['cap', c.cap], ['minimum', c.minimum]] as const) {
            if (!term) continue;
            const bad = steps(c).find((v) => v.type !== term.value.type && inUnitOf(model, v, term.value) === undefined);
            if (!bad) continue;
            const fee = bad.type === 'share' ? bad.fee : term.value.type === 'share' ? term.value.fee : undefined;
            out.push(finding('credit-amount-unknown', term, `the ${what} of ${valueText(term.value)} cannot be compared with a credit of ${valueText(bad)}: `
                + `fee ${fee ?? '?'} has no amount. Give the fee its amount ('fee ${fee ?? 'X'} per month amount 1200 EUR') or state the ${what} ${term.value.type === 'money' ? 'as a share of the fee' : 'in money'}.`));
        }
    }
    return out;
}

export const creditRules = [creditNeverDue, creditCapBelowBand, claimWindowShort, creditAmountUnknown];
