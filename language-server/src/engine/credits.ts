/**
 * Service credits: due as soon as a guarantee is missed, with no warning step (the way
 * cloud and hosting SLAs work), and the money side of every compensation.
 *
 * Readings chosen here:
 * - "for each 30 minutes of downtime or part thereof": a started unit counts (31 minutes
 *   are 2 units, 30 minutes exactly 1); without "or part thereof" only whole units count.
 *   "for each additional hour": the first hour is free (the grace), as is "after the first
 *   4 hours". Downtime is the counted downtime of the availability engine (exclusions
 *   and the measuring calendar apply), summed per period, or per incident with "per incident".
 * - A cap holds per period of its own ("per month") and per clause; what a credit would
 *   add beyond it is cut, and the credit says so. A minimum ("only when the credit is
 *   more than 1 USD") is judged on the credit after the cap.
 * - Money: a share of a fee with an amount ("fee X per month amount 1200 EUR") is that
 *   share of the amount. A share cannot be compared with a sum of money without it: the
 *   credit then says the cap or minimum could not be applied (the checker warns too).
 * - Claim-by: "after the incident" counts from the end of the incident's downtime (for a
 *   missed deadline: the late response or resolution, else the deadline); "after the end
 *   of the month" from the end of the month the credit is for; "N billing cycles after the
 *   incident" to the end of the Nth billing cycle (the fee's period, else a month) after
 *   the cycle of the incident. Days, weeks and months are calendar units in the zone.
 */
import { DateTime } from 'luxon';
import type { ClaimRule, ContractModel, CreditValue, FeeModel, Period, RemedyModel } from '../model/types.js';
import type { AvailabilityRow } from './availability.js';
import type { BusinessCalendar } from './business-calendar.js';
import { classifyDowntime } from './availability.js';
import type { Incident } from './incident-log.js';
import { type Interval, intersectIntervals, mergeIntervals, periodAt, totalMinutes } from './periods.js';

type Credit = Extract<RemedyModel, { type: 'credit' }>;

/** Counted downtime of one incident, within scheduled time. */
export interface IncidentDowntime {
    id: string;
    priority?: string;
    /** First and last moment of counted downtime (epoch ms). */
    start: number;
    end: number;
    minutes: number;
    /** The counted downtime itself: merged, sorted, within scheduled time. */
    intervals: Interval[];
}

/** Each incident's counted downtime within the range, clipped to the measured (scheduled) time. */
export function downtimeByIncident(
    contract: ContractModel, incidents: Incident[], range: Interval, zone: string, calendars: Map<string, BusinessCalendar>,
): IncidentDowntime[] {
    const pieces = classifyDowntime(contract, incidents, range, zone, calendars).filter((p) => p.reason === 'counted');
    if (pieces.length === 0) return [];
    const m = contract.availability?.measured;
    const cal = m?.type === 'calendar' ? calendars.get(m.calendar) : undefined;
    const scheduled: Interval[] = cal ? cal.openIntervals(range[0], range[1]).map((iv): Interval => [iv.from, iv.to]) : [range];
    const byId = new Map<string, Interval[]>();
    for (const p of pieces) {
        const list = byId.get(p.id);
        if (list) list.push(p.interval);
        else byId.set(p.id, [p.interval]);
    }
    const priority = new Map(incidents.map((i) => [i.id, i.priority]));
    const out: IncidentDowntime[] = [];
    for (const [id, list] of byId) {
        const counted = intersectIntervals(mergeIntervals(list), scheduled);
        if (counted.length === 0) continue;
        out.push({ id, priority: priority.get(id), start: counted[0][0], end: counted[counted.length - 1][1], minutes: totalMinutes(counted), intervals: counted });
    }
    return out.sort((a, b) => a.start - b.start);
}

/** A credit before cap and minimum: what it is for, and its size. */
export interface RawCredit {
    period: string;
    /** When it arises (epoch ms), and the moment "after the incident" counts from. */
    at: number;
    incidentEnd: number;
    incidents: string[];
    value: CreditValue;
    because: string;
    /** A credit that is listed as not due (availability in no band). */
    notDue?: boolean;
    article?: string;
}

export interface CreditSize {
    percent?: number;
    fee?: string;
    amount?: number;
    currency?: string;
}

export interface PricedCredit extends CreditSize {
    due: boolean;
    because: string;
    claimBy?: number;
}

const EPS = 1e-9;

/** Units of downtime a credit counts: started units with "or part thereof", whole ones without. */
export function downtimeUnits(minutes: number, unitMinutes: number, graceMinutes: number, partThereof: boolean): number {
    const over = Math.max(0, minutes - graceMinutes);
    const units = over / unitMinutes;
    return Math.max(0, partThereof ? Math.ceil(units - EPS) : Math.floor(units + EPS));
}

export function feeOf(contract: ContractModel, name: string | undefined): FeeModel | undefined {
    return name === undefined ? undefined : contract.fees.find((f) => f.name === name);
}

/** Percent and money of a credit value times a factor. */
export function sizeOf(contract: ContractModel, value: CreditValue, times = 1): CreditSize {
    if (value.type === 'money') return { amount: value.amount * times, currency: value.currency };
    const percent = value.percent * 100 * times;
    const fee = feeOf(contract, value.fee);
    const size: CreditSize = { percent, fee: value.fee };
    if (fee?.amount !== undefined) {
        size.amount = round2((percent / 100) * fee.amount);
        size.currency = fee.currency ?? contract.currency;
    }
    return size;
}

/** A size in the unit of `like` (percent of its fee, or its currency); undefined when not comparable. */
export function inUnitOf(contract: ContractModel, size: CreditSize, like: CreditValue): number | undefined {
    if (like.type === 'share') {
        if (size.fee === like.fee && size.percent !== undefined) return size.percent;
        const fee = feeOf(contract, like.fee);
        if (size.amount !== undefined && fee?.amount && sameCurrency(size.currency, fee.currency ?? contract.currency)) return (size.amount / fee.amount) * 100;
        return undefined;
    }
    return size.amount !== undefined && sameCurrency(size.currency, like.currency) ? size.amount : undefined;
}

function sameCurrency(a: string | undefined, b: string | undefined): boolean {
    return a === undefined || b === undefined || a.toUpperCase() === b.toUpperCase();
}

export function valueText(v: CreditValue): string {
    return v.type === 'share' ? `${num(v.percent * 100)}% of ${v.fee}` : `${num(v.amount)} ${v.currency}`;
}

export function sizeText(s: CreditSize): string {
    const parts: string[] = [];
    if (s.percent !== undefined) parts.push(`${num(s.percent)}% of the ${s.fee} fee`);
    if (s.amount !== undefined) parts.push(`${s.amount.toFixed(2)} ${s.currency ?? ''}`.trim());
    return parts.join(' = ');
}

/**
 * Applies cap and minimum in order of `at`, and the claim-by moment. `capUsed` is the
 * ledger of the clause, keyed by scope and period label.
 */
export function price(contract: ContractModel, r: Credit, raws: RawCredit[], zone: string): PricedCredit[] {
    const capUsed = new Map<string, number>();
    return raws.map((raw) => {
        let size = sizeOf(contract, raw.value);
        let because = raw.because;
        if (raw.notDue) return { ...size, percent: 0, amount: size.amount === undefined ? undefined : 0, due: false, because };
        if (r.cap) {
            const key = `${r.cap.scope}|${periodAt(raw.at, r.cap.per, zone).label}`;
            const capIn = r.cap.value.type === 'share' ? r.cap.value.percent * 100 : r.cap.value.amount;
            const mine = inUnitOf(contract, size, r.cap.value);
            if (mine === undefined) {
                because += `; the cap of ${valueText(r.cap.value)} per ${r.cap.per} could not be applied: ${capReason(contract, r.cap.value, size)}`;
            } else {
                const used = capUsed.get(key) ?? 0;
                const allowed = Math.max(0, capIn - used);
                if (mine > allowed + EPS) {
                    const factor = mine > 0 ? allowed / mine : 0;
                    size = scaleSize(size, factor);
                    because += `; capped at ${valueText(r.cap.value)} per ${r.cap.per} (${num(used)}${r.cap.value.type === 'share' ? '%' : ` ${r.cap.value.currency}`} already given in ${key.split('|')[1]})`;
                    capUsed.set(key, used + allowed);
                } else {
                    capUsed.set(key, used + mine);
                }
            }
        }
        let due = (size.percent ?? size.amount ?? 0) > EPS;
        if (due && r.minimum) {
            const mine = inUnitOf(contract, size, r.minimum.value);
            const min = r.minimum.value.type === 'share' ? r.minimum.value.percent * 100 : r.minimum.value.amount;
            if (mine === undefined) {
                because += `; the minimum of ${valueText(r.minimum.value)} could not be checked: ${capReason(contract, r.minimum.value, size)}`;
            } else if (r.minimum.inclusive ? mine < min - EPS : mine <= min + EPS) {
                due = false;
                because += `; not given: credits are only given when ${r.minimum.inclusive ? 'at least' : 'more than'} ${valueText(r.minimum.value)}`;
            }
        }
        const out: PricedCredit = { ...size, due, because };
        if (due && r.claim) {
            out.claimBy = claimBy(contract, r.claim, raw, zone);
        }
        return out;
    });
}

function capReason(contract: ContractModel, like: CreditValue, size: CreditSize): string {
    if (like.type === 'share') {
        const fee = feeOf(contract, like.fee);
        return fee?.amount === undefined ? `fee ${like.fee} has no amount to turn ${sizeText(size)} into a share of it` : 'the currencies differ';
    }
    return size.fee && size.amount === undefined ? `fee ${size.fee} has no amount to turn the credit into ${like.currency}` : 'the currencies differ';
}

export function scaleSize(s: CreditSize, factor: number): CreditSize {
    return {
        ...s,
        percent: s.percent === undefined ? undefined : s.percent * factor,
        amount: s.amount === undefined ? undefined : round2(s.amount * factor),
    };
}

/** The first moment by which the credit can no longer be claimed, minus 1 ms: the last moment to claim. */
export function claimBy(contract: ContractModel, claim: ClaimRule, raw: Pick<RawCredit, 'at' | 'incidentEnd' | 'value'>, zone: string): number {
    if (claim.type === 'billing-cycles') {
        const cycle = billingCycle(contract, raw.value);
        const start = DateTime.fromMillis(periodAt(raw.incidentEnd, cycle, zone).start, { zone });
        const months = { month: 1, quarter: 3, year: 12 }[cycle] * (claim.cycles + 1);
        return start.plus({ months }).toMillis() - 1;
    }
    const base = claim.after === 'incident' ? raw.incidentEnd : periodAt(raw.at, claim.after, zone).end;
    const d = claim.duration;
    if (d.unit === 'minute' || d.unit === 'hour') return base + d.minutes! * 60_000 - 1;
    const unit = d.unit === 'week' ? 'weeks' : d.unit === 'month' ? 'months' : d.unit === 'year' ? 'years' : 'days';
    return DateTime.fromMillis(base, { zone }).plus({ [unit]: d.amount }).toMillis() - 1;
}

/** The billing cycle of a credit: its fee's period, else a month. */
export function billingCycle(contract: ContractModel, value: CreditValue): Period {
    const fee = value.type === 'share' ? feeOf(contract, value.fee) : undefined;
    return fee && (fee.per === 'month' || fee.per === 'quarter' || fee.per === 'year') ? fee.per : 'month';
}

/** Raw credits of one clause from the simulation's figures. */
export function rawCredits(
    contract: ContractModel, r: Credit, zone: string,
    inputs: { availabilityOf: (p: Period) => AvailabilityRow[]; downtime: IncidentDowntime[]; misses: { id: string; priority: string; clock: string; deadline: number; actual?: number }[] },
): RawCredit[] {
    const b = r.basis;
    const endOf = (ids: string[], fallback: number, before: number) => {
        // A set and a loop: a month of a big log has thousands of incidents (ids.includes per
        // outage was quadratic, and Math.max(...ends) overflowed the stack).
        const wanted = new Set(ids);
        let end = -Infinity;
        for (const d of inputs.downtime) if (wanted.has(d.id)) end = Math.max(end, Math.min(d.end, before));
        return end === -Infinity ? fallback : end;
    };
    if (b.type === 'availability') {
        const level = contract.availability?.[b.level];
        if (!level) return [];
        const out: RawCredit[] = [];
        for (const row of inputs.availabilityOf(b.period)) {
            const levelPercent = level.value * 100;
            if (row.availabilityPercent >= levelPercent - EPS) continue;
            const band = b.bands.find((x) => inBandValue(row.availabilityPercent / 100, x));
            const head = `availability ${pct(row.availabilityPercent)} in ${row.period} is below the ${b.level} ${pct(levelPercent)}: (${num(row.scheduledMinutes)} - ${num(row.downtimeMinutes)}) / ${num(row.scheduledMinutes)} minutes${row.incidents.length ? `; incidents ${row.incidents.join(', ')}` : ''}`;
            const base = { period: row.period, at: row.end - 1, incidentEnd: endOf(row.incidents, row.end - 1, row.end - 1), incidents: row.incidents };
            if (!band) {
                out.push({ ...base, value: { type: 'share', percent: 0, fee: b.bands[0]?.fee ?? '' }, notDue: true,
                    because: `${head}, but it lies in no band (${b.bands.map(bandWords).join('; ') || 'the clause has no bands'}): no credit` });
                continue;
            }
            out.push({ ...base, value: { type: 'share', percent: band.percent, fee: band.fee }, article: band.article,
                because: `${head}; it lies in band ${bandWords(band)}: ${num(band.percent * 100)}% of ${band.fee}` });
        }
        return out;
    }
    if (b.type === 'deadline') {
        return inputs.misses
            .filter((m) => m.clock === b.clock && (b.priorities.length === 0 || b.priorities.includes(m.priority)))
            .sort((x, y) => x.deadline - y.deadline)
            .map((m) => ({
                period: periodAt(m.deadline, 'month', zone).label, at: m.deadline, incidentEnd: m.actual ?? m.deadline, incidents: [m.id], value: b.value,
                because: `${m.clock} deadline of incident ${m.id} (${m.priority}) missed: due ${iso(m.deadline, zone)}, ${m.actual === undefined ? 'not given' : `given ${iso(m.actual, zone)}`}; ${valueText(b.value)} per incident`,
            }));
    }
    const unitText = `${num(b.unitMinutes)} minutes${b.partThereof ? ' or part thereof' : ''}${b.graceMinutes ? ` after the first ${num(b.graceMinutes)} minutes` : ''}`;
    const units = (minutes: number) => downtimeUnits(minutes, b.unitMinutes, b.graceMinutes, b.partThereof);
    const times = (n: number, v: CreditValue): CreditValue => (v.type === 'share' ? { ...v, percent: v.percent * n } : { ...v, amount: v.amount * n });
    if (b.per === 'incident') {
        return inputs.downtime.flatMap((d) => {
            const n = units(d.minutes);
            if (n === 0) return [];
            return [{ period: periodAt(d.start, 'month', zone).label, at: d.end, incidentEnd: d.end, incidents: [d.id], value: times(n, b.value),
                because: `incident ${d.id}: ${num(d.minutes)} minutes of counted downtime = ${n} × ${unitText} → ${n} × ${valueText(b.value)}` }];
        });
    }
    return inputs.availabilityOf(b.per).flatMap((row) => {
        const n = units(row.downtimeMinutes);
        if (n === 0) return [];
        return [{ period: row.period, at: row.end - 1, incidentEnd: endOf(row.incidents, row.end - 1, row.end), incidents: row.incidents, value: times(n, b.value),
            because: `${num(row.downtimeMinutes)} minutes of counted downtime in ${row.period}${row.incidents.length ? ` (incidents ${row.incidents.join(', ')})` : ''} = ${n} × ${unitText} → ${n} × ${valueText(b.value)}` }];
    });
}

/** Bounds are decimals; equality within float noise counts as on the bound (as remedies.ts). */
function inBandValue(value: number, band: { lower?: { value: number; inclusive: boolean }; upper?: { value: number; inclusive: boolean } }): boolean {
    const cmp = (x: number) => (Math.abs(value - x) < 1e-11 ? 0 : Math.sign(value - x));
    if (band.lower && !(band.lower.inclusive ? cmp(band.lower.value) >= 0 : cmp(band.lower.value) > 0)) return false;
    if (band.upper && !(band.upper.inclusive ? cmp(band.upper.value) <= 0 : cmp(band.upper.value) < 0)) return false;
    return true;
}

function bandWords(b: { lower?: { value: number; inclusive: boolean }; upper?: { value: number; inclusive: boolean }; percent: number }): string {
    const lo = b.lower ? `${b.lower.inclusive ? 'from' : 'above'} ${num(b.lower.value * 100)}%` : '';
    const hi = b.upper ? `${b.upper.inclusive ? 'up to and including' : 'below'} ${num(b.upper.value * 100)}%` : '';
    return `${[lo, hi].filter(Boolean).join(' ') || 'any availability'} → ${num(b.percent * 100)}%`;
}

function iso(ms: number, zone: string): string {
    return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mmZZ");
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const num = (n: number) => String(Math.round(n * 1000) / 1000);
const pct = (n: number) => `${Math.round(n * 10000) / 10000}%`;
