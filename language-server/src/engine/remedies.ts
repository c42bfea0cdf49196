/**
 * Remedies: what the contract gives the customer for the misses of a simulation, worked
 * out group by group in chronological order, the way art. 6 and 11 of the Avetica SLA
 * read:
 * - warnings, one per miss (`per: 'each'`) or at most one per period, dated at the miss
 *   (a missed deadline) or at the end of the period measured (availability, compliance);
 * - an improvement proposal once a group has N warnings within one period;
 * - compensation for each warning from the n-th one on, n counted per period or over the
 *   whole contract. When the compensation has availability bands, only the group's
 *   availability warnings are counted and looked up ("from the 2nd availability
 *   warning"); otherwise every warning of the group counts. Availability outside every
 *   band gives a `due: false` entry whose `because` says so;
 *   A compensation that counts no warnings ("from the nth warning", "counted ...") in a
 *   block without warnings is paid directly, for every period whose availability is below
 *   the guarantee, looked up in its bands;
 * - credits (credits.ts): due without a warning step, for availability in a band, for
 *   downtime by the unit, or per missed deadline, with cap, minimum and claim-by date;
 * - a termination right once N compensations (or credits) were due within a period (calendar year).
 *
 * Where the fee has an amount, compensations and credits also carry the money.
 */
import type { Bound, CompensationBand, ContractModel, LevelPeriod, Milestone, Period, RemedyGroupModel, RemedyModel } from '../model/types.js';
import type { AvailabilityRow } from './availability.js';
import { type IncidentDowntime, price, rawCredits, sizeOf } from './credits.js';
import { chronicRights } from './chronic.js';
import { type Interval, periodAt } from './periods.js';
import { formatInZone } from './time.js';

export type RemedyKind = 'warning' | 'improvement-proposal' | 'compensation' | 'credit' | 'termination-right';

export interface RemedyItem {
    period: string;
    kind: RemedyKind;
    /** Share of the fee in percent (20 for 20%). */
    percent?: number;
    fee?: string;
    /** Money of a compensation or credit, where the fee has an amount or the credit is a sum. */
    amount?: number;
    currency?: string;
    /** A credit's last moment to claim it (epoch ms), when the contract sets a claim window. */
    claimBy?: number;
    /** A credit given only when the customer asks for it. */
    onRequest?: boolean;
    clause: string;
    article?: string;
    because: string;
    incidents: string[];
    /** False only for a compensation or credit that the bands, the cap or the minimum leave at nothing. */
    due: boolean;
    /** When the remedy arises (epoch ms): the miss, or the last millisecond of the period measured. */
    at: number;
    group: string;
}

export interface DeadlineMiss {
    id: string;
    priority: string;
    clock: Milestone;
    deadline: number;
    /** The late response or resolution, if it came. */
    actual?: number;
}

export interface ComplianceRow {
    period: string;
    /** The priorities the clause covers; empty for all. */
    priorities: string[];
    /** The clause, as remedies name theirs: "resolution times met in at least 90% of incidents of P1, P2 per quarter, art. 5.2". */
    clause: string;
    article: string | null;
    start: number;
    end: number;
    clock: Milestone;
    total: number;
    inTime: number;
    /** Percent in time; 100 when nothing was due. */
    sharePercent: number;
    atLeastPercent: number;
    met: boolean;
    missed: string[];
    /** A share clock written "as a target": reported, never a remedy. */
    target?: boolean;
}

export interface RemedyInputs {
    zone: string;
    misses: DeadlineMiss[];
    availability: AvailabilityRow[];
    compliance: ComplianceRow[];
    /** Availability rows per kind of period, also kinds the levels do not judge on (credits per month). Default: `availability` filtered. */
    availabilityOf?: (period: LevelPeriod) => AvailabilityRow[];
    /** Counted downtime per incident, for credits per incident. */
    downtime?: IncidentDowntime[];
    /**
     * For chronic-outage rights: counted downtime per incident from far enough before the
     * simulated range to fill its first windows, and the range itself (rights arise in it).
     */
    chronic?: { downtime: IncidentDowntime[]; range: Interval };
}

interface Warning extends RemedyItem {
    /** Availability of the period, for band lookup (percent). */
    availabilityPercent?: number;
}

const ORDER: Record<RemedyKind, number> = { warning: 0, 'improvement-proposal': 1, compensation: 2, credit: 2, 'termination-right': 3 };

export function evaluateRemedies(contract: ContractModel, inputs: RemedyInputs): RemedyItem[] {
    const out: RemedyItem[] = [];
    contract.remedyGroups.forEach((group, i) => append(out, evaluateGroup(contract, group, group.name ?? `#${i + 1}`, inputs)));
    return out.sort((a, b) => a.at - b.at || ORDER[a.kind] - ORDER[b.kind]);
}

function evaluateGroup(contract: ContractModel, group: RemedyGroupModel, name: string, inputs: RemedyInputs): RemedyItem[] {
    const clause = (r: RemedyModel) => {
        const article = r.article ?? group.article;
        return { clause: `remedies ${name}${article ? `, ${article}` : ''}`, article, group: name };
    };
    const warnings: Warning[] = [];
    for (const r of group.remedies) if (r.type === 'warning') append(warnings, warningsOf(r, clause(r), inputs));
    warnings.sort((a, b) => a.at - b.at);
    const out: RemedyItem[] = [...warnings];
    const compensations: RemedyItem[] = [];
    for (const r of group.remedies) {
        if (r.type === 'improvement-proposal') {
            for (const [label, ws] of byPeriod(warnings, r.within, inputs.zone)) {
                if (ws.length < r.afterWarnings) continue;
                out.push({ ...clause(r), kind: 'improvement-proposal', period: label, due: true, at: ws[r.afterWarnings - 1].at,
                    incidents: union(ws), because: `${ws.length} warnings of ${name} in ${label} (a proposal is due from ${r.afterWarnings}): ${ws.map((w) => w.period + ' ' + w.incidents.join('+')).join(', ')}` });
            }
        } else if (r.type === 'compensation') {
            const direct = r.countsWarnings === false && !group.remedies.some((x) => x.type === 'warning');
            const items = direct ? compensateDirectly(contract, r, clause(r), inputs) : compensate(r, clause(r), warnings, inputs.zone);
            for (const item of items) withMoney(contract, item);
            append(compensations, items);
        } else if (r.type === 'credit') {
            append(compensations, credits(contract, r, clause(r), inputs));
        }
    }
    append(out, compensations);
    for (const r of group.remedies) {
        if (r.type === 'chronic-termination-right' && inputs.chronic) {
            for (const found of chronicRights(contract, r, inputs.chronic.downtime, inputs.zone, inputs.chronic.range)) {
                out.push({ ...clause(r), kind: 'termination-right', period: periodAt(found.at, 'month', inputs.zone).label, due: true, at: found.at,
                    incidents: found.incidents, because: `chronic outages: ${found.because}` });
            }
        }
        if (r.type !== 'termination-right') continue;
        for (const [label, cs] of byPeriod(compensations.filter((c) => c.due), r.within, inputs.zone)) {
            if (cs.length < r.afterCompensations) continue;
            const what = cs.some((c) => c.kind === 'credit') ? 'compensations and credits' : 'compensations';
            out.push({ ...clause(r), kind: 'termination-right', period: label, due: true, at: cs[r.afterCompensations - 1].at,
                incidents: union(cs), because: `${cs.length} ${what} in ${label} (the right arises at ${r.afterCompensations}): periods ${cs.map((c) => c.period).join(', ')}` });
        }
    }
    return out;
}

function warningsOf(r: Extract<RemedyModel, { type: 'warning' }>, c: { clause: string; article?: string; group: string }, inputs: RemedyInputs): Warning[] {
    const z = inputs.zone;
    const trigger = r.trigger;
    if (trigger.type === 'deadline-missed') {
        const misses = inputs.misses.filter((m) => m.clock === trigger.clock).sort((a, b) => a.deadline - b.deadline);
        const what = (m: DeadlineMiss) => `incident ${m.id} (${m.priority}): ${m.clock} due ${formatInZone(m.deadline, z)}, ${m.actual === undefined ? 'not given' : `given ${formatInZone(m.actual, z)}`}`;
        if (r.per === 'each') {
            return misses.map((m) => ({ ...c, kind: 'warning', period: periodAt(m.deadline, 'month', z).label, due: true, at: m.deadline,
                incidents: [m.id], because: `${m.clock} deadline missed: ${what(m)}` }));
        }
        const groups = new Map<string, DeadlineMiss[]>();
        for (const m of misses) push(groups, periodAt(m.deadline, r.per, z).label, m);
        return [...groups].map(([label, ms]) => ({ ...c, kind: 'warning', period: label, due: true, at: ms[0].deadline,
            incidents: ms.map((m) => m.id), because: `${ms.length} ${trigger.clock} deadline(s) missed in ${label}: ${ms.map(what).join('; ')}` }));
    }
    if (trigger.type === 'availability-below') {
        const rows = missStarts(inputs.availability, (a) => (trigger.level === 'guarantee' ? a.guaranteeMet : a.targetMet) === false);
        const seen = new Set<string>();
        return rows.flatMap((a): Warning[] => {
            const key = r.per === 'each' ? a.period : periodAt(a.start, r.per, z).label;
            if (seen.has(key)) return [];
            seen.add(key);
            const level = trigger.level === 'guarantee' ? a.guaranteePercent! : a.targetPercent!;
            return [{ ...c, kind: 'warning', period: a.period, due: true, at: a.end - 1, incidents: a.incidents, availabilityPercent: a.availabilityPercent,
                because: `availability ${pct(a.availabilityPercent)} in ${a.period} is below the ${trigger.level} ${pct(level)}: (${num(a.scheduledMinutes)} - ${num(a.downtimeMinutes)}) / ${num(a.scheduledMinutes)} minutes${a.incidents.length ? `; incidents ${a.incidents.join(', ')}` : ''}` }];
        });
    }
    return inputs.compliance.filter((x) => x.clock === trigger.clock && !x.met && !x.target).map((x) => ({
        ...c, kind: 'warning', period: x.period, due: true, at: x.end - 1, incidents: x.missed,
        because: `${x.clock} times met in ${x.inTime} of ${x.total} incidents in ${x.period} (${pct(x.sharePercent)}), below ${pct(x.atLeastPercent)}; missed: ${x.missed.join(', ')}`,
    }));
}

function compensate(r: Extract<RemedyModel, { type: 'compensation' }>, c: { clause: string; article?: string; group: string }, warnings: Warning[], zone: string): RemedyItem[] {
    const banded = r.bands.some((b) => b.lower || b.upper) && warnings.some((w) => w.availabilityPercent !== undefined);
    const counted = banded ? warnings.filter((w) => w.availabilityPercent !== undefined) : warnings;
    const scope = r.warningsCounted === 'contract' ? 'over the contract' : `per ${r.warningsCounted}`;
    const seen = new Map<string, number>();
    const capUsed = new Map<string, number>();
    const out: RemedyItem[] = [];
    for (const w of counted) {
        const key = r.warningsCounted === 'contract' ? '' : periodAt(w.at, r.warningsCounted, zone).label;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        const nth = `${banded ? 'availability ' : ''}warning ${n} of ${c.group} counted ${scope}`;
        w.because += `; ${nth}, compensation from warning ${r.fromWarning}`;
        if (n < r.fromWarning) continue;
        const value = w.availabilityPercent;
        const band = value === undefined ? r.bands.find((b) => !b.lower && !b.upper) : r.bands.find((b) => inBand(value / 100, b));
        const base = { ...c, kind: 'compensation' as const, period: w.period, at: w.at, incidents: w.incidents };
        if (!band) {
            const why = value === undefined ? 'no availability figure to look up a band' : `availability ${pct(value)} lies in no band (${r.bands.map(bandText).join('; ')})`;
            out.push({ ...base, due: false, percent: 0, because: `${nth}, but ${why}: no compensation` });
            continue;
        }
        let percent = band.percent * 100;
        let capNote = '';
        if (r.cap) {
            const capKey = periodAt(w.at, r.cap.per, zone).label;
            const used = capUsed.get(capKey) ?? 0;
            const allowed = Math.max(0, r.cap.percent * 100 - used);
            if (percent > allowed) { capNote = `, capped at ${num(r.cap.percent * 100)}% per ${r.cap.per} (${num(used)}% already given in ${capKey})`; percent = allowed; }
            capUsed.set(capKey, used + percent);
        }
        out.push({ ...base, due: percent > 0, percent, fee: band.fee, article: band.article ?? c.article,
            because: `${nth}; ${value === undefined ? 'unbanded' : `availability ${pct(value)} lies in band ${bandText(band)}`}: ${num(percent)}% of the ${band.fee} fee${capNote}` });
    }
    return out;
}

type Cited = { clause: string; article?: string; group: string };

/** The money of a compensation, where its fee has an amount. */
function withMoney(contract: ContractModel, item: RemedyItem): void {
    if (item.percent === undefined || !item.fee) return;
    const size = sizeOf(contract, { type: 'share', percent: item.percent / 100, fee: item.fee });
    if (size.amount !== undefined) {
        item.amount = size.amount;
        item.currency = size.currency;
    }
}

/** Rows of a kind of period: the given ones, or those the simulation computes on request. */
function rowsOf(inputs: RemedyInputs, period: LevelPeriod): AvailabilityRow[] {
    if (inputs.availabilityOf) return inputs.availabilityOf(period);
    return inputs.availability.filter((a) => periodKind(a.period) === period);
}

function periodKind(label: string): LevelPeriod {
    const rolling = /^(\d+) days to /.exec(label);
    if (rolling) return `rolling-${Number(rolling[1])}-days`;
    return /^\d{4}$/.test(label) ? 'year' : /Q\d$/.test(label) ? 'quarter' : /W\d\d$/.test(label) ? 'week' : /T\d\d/.test(label) ? 'hour' : 'month';
}

/**
 * The missed rows that are a miss of their own. A rolling window is judged at the end of
 * every day, so one bad outage misses up to N windows in a row: such a run of missed
 * windows (each ending a day after the one before) is one miss, dated at the end of its
 * first window. Other periods do not overlap: every missed row is a miss.
 */
export function missStarts(rows: AvailabilityRow[], missed: (row: AvailabilityRow) => boolean): AvailabilityRow[] {
    // Rows come sorted by start; the previous window of the same length is the day before.
    const previous = new Map<string, boolean>();
    return rows.filter((row) => {
        const m = missed(row);
        const rolling = /^(\d+) days to /.exec(row.period);
        if (!rolling) return m;
        const before = previous.get(rolling[1]) ?? false;
        previous.set(rolling[1], m);
        return m && !before;
    });
}

/**
 * A compensation with bands and no warning step: each period of the guarantee whose
 * availability is below it, looked up in the bands, as a credit is.
 */
function compensateDirectly(contract: ContractModel, r: Extract<RemedyModel, { type: 'compensation' }>, c: Cited, inputs: RemedyInputs): RemedyItem[] {
    const level = contract.availability?.guarantee;
    if (!level || r.bands.length === 0) return [];
    const capUsed = new Map<string, number>();
    const out: RemedyItem[] = [];
    for (const row of missStarts(rowsOf(inputs, level.period), (x) => x.availabilityPercent < level.value * 100 - 1e-9)) {
        const value = row.availabilityPercent;
        const base = { ...c, kind: 'compensation' as const, period: row.period, at: row.end - 1, incidents: row.incidents };
        const head = `availability ${pct(value)} in ${row.period} is below the guarantee ${pct(level.value * 100)}, compensated directly (this block gives no warnings)`;
        const band = r.bands.find((b) => inBand(value / 100, b));
        if (!band) {
            out.push({ ...base, due: false, percent: 0, because: `${head}, but it lies in no band (${r.bands.map(bandText).join('; ')}): no compensation` });
            continue;
        }
        let percent = band.percent * 100;
        let capNote = '';
        if (r.cap) {
            const capKey = periodAt(row.end - 1, r.cap.per, inputs.zone).label;
            const used = capUsed.get(capKey) ?? 0;
            const allowed = Math.max(0, r.cap.percent * 100 - used);
            if (percent > allowed) { capNote = `, capped at ${num(r.cap.percent * 100)}% per ${r.cap.per} (${num(used)}% already given in ${capKey})`; percent = allowed; }
            capUsed.set(capKey, used + percent);
        }
        out.push({ ...base, due: percent > 0, percent, fee: band.fee, article: band.article ?? c.article,
            because: `${head}; it lies in band ${bandText(band)}: ${num(percent)}% of the ${band.fee} fee${capNote}` });
    }
    return out;
}

function credits(contract: ContractModel, r: Extract<RemedyModel, { type: 'credit' }>, c: Cited, inputs: RemedyInputs): RemedyItem[] {
    const raws = rawCredits(contract, r, inputs.zone, { availabilityOf: (p) => rowsOf(inputs, p), downtime: inputs.downtime ?? [], misses: inputs.misses });
    const priced = price(contract, r, raws, inputs.zone);
    return raws.map((raw, i) => {
        const p = priced[i];
        const item: RemedyItem = { ...c, kind: 'credit', period: raw.period, at: raw.at, incidents: raw.incidents, due: p.due,
            article: raw.article ?? c.article, because: p.because, onRequest: r.onRequest };
        if (p.percent !== undefined) { item.percent = p.percent; item.fee = p.fee; }
        if (p.amount !== undefined) { item.amount = p.amount; item.currency = p.currency; }
        if (p.claimBy !== undefined) item.claimBy = p.claimBy;
        if (p.due && r.onRequest) item.because += '; given only on request';
        return item;
    });
}

/** Bounds are decimals; equality within float noise counts as on the bound. */
export function inBand(value: number, band: CompensationBand): boolean {
    const cmp = (b: Bound) => (Math.abs(value - b.value) < 1e-11 ? 0 : Math.sign(value - b.value));
    if (band.lower && !(band.lower.inclusive ? cmp(band.lower) >= 0 : cmp(band.lower) > 0)) return false;
    if (band.upper && !(band.upper.inclusive ? cmp(band.upper) <= 0 : cmp(band.upper) < 0)) return false;
    return true;
}

export function bandText(b: CompensationBand): string {
    const lo = b.lower ? `${b.lower.inclusive ? 'from' : 'above'} ${num(b.lower.value * 100)}%` : '';
    const hi = b.upper ? `${b.upper.inclusive ? 'up to and including' : 'below'} ${num(b.upper.value * 100)}%` : '';
    return `${[lo, hi].filter(Boolean).join(' ') || 'any availability'} → ${num(b.percent * 100)}%`;
}

function byPeriod<T extends { at: number }>(items: T[], period: Period, zone: string): Map<string, T[]> {
    const m = new Map<string, T[]>();
    for (const x of [...items].sort((a, b) => a.at - b.at)) push(m, periodAt(x.at, period, zone).label, x);
    return m;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
}

/** push(...items) without spreading: a warning per missed deadline of a million-row log overflowed the stack. */
function append<T>(out: T[], items: readonly T[]): void {
    for (const x of items) out.push(x);
}

function union(items: { incidents: string[] }[]): string[] {
    return [...new Set(items.flatMap((x) => x.incidents))];
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);
const pct = (n: number) => `${Math.round(n * 10000) / 10000}%`;
