/**
 * Scenarios written in a contract: events become incidents (local times read in the
 * contract's zone), are simulated over the scenario's months, and each `expect` line is
 * checked against the result.
 *
 * Readings: "availability above X" holds when availability is at least X (the contract
 * words are "at least"); without a period it must hold in every judged period, and
 * "below" holds when some period is below. A percent in a remedy expectation is a
 * decimal (0.2 for 20%), as everywhere in the model.
 */
import type { ContractModel, Expectation, Milestone, ScenarioModel } from '../model/types.js';
import { milestoneWords } from '../model/values.js';
import type { Incident } from './incident-log.js';
import { contractZone, periodAt } from './periods.js';
import { type IncidentResult, type MilestoneResult, type PeriodResult, type SimulationResult, simulate } from './simulate.js';
import { parseLocal } from './time.js';

export interface ExpectationResult {
    expectation: Expectation;
    passed: boolean;
    /** What the simulation found, in words. */
    actual: string;
}

export interface ScenarioResult {
    scenario: string;
    simulation: SimulationResult;
    expectations: ExpectationResult[];
    /** Times in events that could not be read; the events are left out. */
    errors: { event: string; message: string }[];
}

export function scenarioIncidents(contract: ContractModel, scenario: ScenarioModel): { incidents: Incident[]; errors: ScenarioResult['errors'] } {
    const zone = contractZone(contract);
    const errors: ScenarioResult['errors'] = [];
    const incidents: Incident[] = [];
    for (const e of scenario.events) {
        let ok = true;
        const time = (what: string, text: string | undefined) => {
            if (text === undefined) return undefined;
            const t = parseLocal(text, zone);
            if (typeof t === 'string') { ok = false; errors.push({ event: e.id, message: `${what}: ${t}` }); return undefined; }
            return t;
        };
        const inc: Incident = {
            id: e.id, kind: e.kind, priority: e.priority,
            reported: time('reported', e.reported), responded: time('responded', e.responded), resolved: time('resolved', e.resolved),
            downFrom: time('down from', e.downFrom), downTo: time('down to', e.downTo), announced: time('announced', e.announced),
            paused: e.paused.map((p) => ({ from: time('paused from', p.from) ?? 0, to: time('paused to', p.to) ?? 0 })),
            line: e.span.line,
        };
        if (e.services) inc.services = [...e.services];
        if (e.acknowledged !== undefined) inc.acknowledged = time('acknowledged', e.acknowledged);
        if (e.workStarted !== undefined) inc.workStarted = time('work started', e.workStarted);
        if (e.workaround !== undefined) inc.workaround = time('workaround', e.workaround);
        if (ok) incidents.push(inc);
    }
    return { incidents, errors };
}

export function runScenario(contract: ContractModel, scenario: ScenarioModel): ScenarioResult {
    const { incidents, errors } = scenarioIncidents(contract, scenario);
    const simulation = simulate(contract, incidents, { from: scenario.from, to: scenario.to });
    const zone = contractZone(contract);
    return {
        scenario: scenario.name, simulation, errors,
        expectations: scenario.expectations.map((x) => ({ expectation: x, ...checkExpectation(x, simulation, zone) })),
    };
}

/** Whether an expectation holds for a simulation, and what the simulation found. */
export function checkExpectation(x: Expectation, sim: SimulationResult, zone: string): { passed: boolean; actual: string } {
    if (x.type === 'deadline') {
        const row = sim.incidents.find((i) => i.id === x.incident);
        if (!row) return { passed: false, actual: `no incident ${x.incident} in the scenario` };
        const { met, deadline, standing } = judgedMilestone(row, x.clock);
        const state = met === null ? (deadline === null ? 'has no deadline' : `is open (due ${deadline})`) : `was ${met ? 'met' : 'missed'} (due ${deadline})`;
        const as = standing === 'commitment' ? '' : ` (${standing})`;
        return { passed: met === x.met, actual: `${milestoneWords(x.clock)}${as} of incident ${x.incident} ${state}` };
    }
    if (x.type === 'compliance') return checkCompliance(x, sim);
    const service = 'service' in x && x.service !== undefined ? sim.services?.find((v) => v.service === x.service) : undefined;
    if ('service' in x && x.service !== undefined && !service) {
        const names = (sim.services ?? []).map((v) => `"${v.service}"`);
        return { passed: false, actual: `no service "${x.service}" (${names.length ? `the contract's services are ${names.join(', ')}` : 'the contract names no services'})` };
    }
    const of = service ? ` of "${service.service}"` : '';
    if (x.type === 'availability') {
        const periods = service ? service.periods : sim.periods;
        if (x.exact) {
            const rows = x.period ? rowsIn(periods, x.period) : periods;
            if (rows.length === 0) return { passed: false, actual: `no availability figure${of} for ${x.period}` };
            // Equal once rounded to the decimals written: half a unit of the last one either way.
            const tolerance = 0.5 * 10 ** -x.exact.decimals + 1e-9;
            const want = x.exact.value * 100;
            return { passed: rows.every((p) => Math.abs(p.availabilityPercent - want) <= tolerance),
                actual: `availability${of} ${rows.map((p) => `${p.period} ${p.availabilityPercent}%`).join(', ')}` };
        }
        const rows = x.period ? rowsIn(periods, x.period) : periods.filter((p) => levelOf(p, x.level) !== null);
        if (rows.length === 0) return { passed: false, actual: x.period ? `no availability figure${of} for ${x.period}` : `${service ? `service "${service.service}"` : 'the contract'} states no ${String(x.level)}` };
        const judged = rows.map((p) => {
            const level = levelOf(p, x.level);
            return { p, level, above: level === null ? null : p.availabilityPercent >= level - 1e-9 };
        });
        const passed = judged.every((j) => j.above !== null) && (x.above ? judged.every((j) => j.above) : judged.some((j) => j.above === false));
        return { passed, actual: (of ? `availability${of} ` : '') + judged.map((j) => `${j.p.period} ${j.p.availabilityPercent}%${j.level === null ? '' : ` vs ${j.level}%`}`).join(', ') };
    }
    const remedies = service ? service.remedies : sim.remedies;
    const inScope = remedies.filter((m) => m.kind === x.remedy && m.due
        && (x.period === undefined || m.period === x.period || inPeriod(m.at, x.period, zone))
        && (x.incident === undefined || m.incidents.includes(x.incident)));
    const items = inScope.filter((m) => (x.percent === undefined || (m.percent !== null && Math.abs(m.percent - x.percent * 100) < 1e-9))
        && (x.money === undefined || (typeof m.amount === 'number' && Math.abs(m.amount - x.money.amount) < 0.005
            && (m.currency === null || m.currency.toUpperCase() === x.money.currency.toUpperCase()))));
    const all = remedies.filter((m) => m.kind === x.remedy && (x.incident === undefined || m.incidents.includes(x.incident)));
    const actual = all.length === 0 ? `no ${x.remedy}${of}` : (of ? `${of.slice(1)}: ` : '') + all.map((m) => `${m.kind}${m.percent !== null ? ` ${m.percent}%` : ''}${typeof m.amount === 'number' ? ` ${m.amount.toFixed(2)} ${m.currency ?? ''}`.trimEnd() : ''} in ${m.period}${m.due ? '' : ' (not due)'}`).join(', ');
    return { passed: (items.length > 0 || ((x.period !== undefined || x.incident !== undefined) && totalMatches(x, inScope))) === x.given, actual };
}

/**
 * "expect resolution compliance below 90% for P1 in 2026-11": the compliance rows of the
 * clauses that fit (kind, the clause's article, exactly the listed priorities), in the
 * period (its own rows, or rows of shorter periods inside it, such as the months of a
 * quarter). "met" and "above X%" must hold in every such row, "missed" and "below X%" in
 * at least one, as availability expectations do. No fitting row fails the expectation.
 */
function checkCompliance(x: Extract<Expectation, { type: 'compliance' }>, sim: SimulationResult): { passed: boolean; actual: string } {
    const want = [...x.priorities].sort().join(',');
    const fitting = sim.compliance.filter((c) => (!x.clock || c.clock === x.clock)
        && (!x.clause || (c.article !== null && c.article.trim() === x.clause))
        && (x.priorities.length === 0 || [...c.priorities].sort().join(',') === want));
    const rows = x.period ? rowsIn(fitting, x.period) : fitting;
    if (rows.length === 0) {
        const what = [x.clock ? `${x.clock} ` : '', 'compliance', x.clause ? ` of [${x.clause}]` : '', x.priorities.length ? ` for ${x.priorities.join(', ')}` : ''].join('');
        const have = [...new Set(sim.compliance.map((c) => c.clause))];
        return { passed: false, actual: `no ${what}${x.period ? ` in ${x.period}` : ''}; the clauses are: ${have.length ? have.join('; ') : 'none'}` };
    }
    const ok = (c: (typeof rows)[number]) => (x.judge.type === 'met' ? c.met : c.sharePercent >= x.judge.value * 100 - 1e-9);
    const every = x.judge.type === 'met' ? x.judge.met : x.judge.above;
    const passed = every ? rows.every(ok) : rows.some((c) => !ok(c));
    return { passed, actual: rows.map((c) => `${c.clock} ${c.period}: ${c.inTime} of ${c.total} in time (${Math.round(c.sharePercent * 100) / 100}%, at least ${c.atLeastPercent}% ${c.met ? 'met' : 'missed'})${c.priorities.length ? ` for ${c.priorities.join(', ')}` : ''}`).join('; ') };
}

/**
 * Whether a row's period lies inside a written period: a month in its quarter or year, a
 * quarter in its year, an ISO week, hour or rolling window by its last day (an hour
 * '2026-11-05T10' and '30 days to 2026-11-05' lie in 2026-11; a week by its Thursday, as
 * ISO numbers it).
 */
export function labelWithin(label: string, outer: string): boolean {
    if (label === outer) return true;
    const week = /^(\d{4})-W(\d{2})$/.exec(label);
    const day = /(\d{4}-\d{2}-\d{2})/.exec(label);
    let month: string | undefined; // yyyy-mm the row lies in
    let monthOnly = false;
    if (week) {
        const jan4 = Date.UTC(Number(week[1]), 0, 4);
        const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
        month = new Date(monday1 + ((Number(week[2]) - 1) * 7 + 3) * 86_400_000).toISOString().slice(0, 7);
    } else if (day) month = day[1].slice(0, 7);
    else if (/^\d{4}-\d{2}$/.test(label)) { month = label; monthOnly = true; }
    else if (/^\d{4}-Q[1-4]$/.test(label)) return /^\d{4}$/.test(outer) && label.startsWith(outer);
    if (!month) return false;
    if (/^\d{4}$/.test(outer)) return month.startsWith(outer);
    const q = /^(\d{4})-Q([1-4])$/.exec(outer);
    if (q) return month.startsWith(q[1]) && Math.floor((Number(month.slice(5)) - 1) / 3) + 1 === Number(q[2]);
    return !monthOnly && month === outer;
}

/** Rows of exactly the written period, or else the rows of shorter periods inside it. */
function rowsIn<T extends { period: string }>(rows: T[], period: string): T[] {
    const exact = rows.filter((r) => r.period === period);
    return exact.length ? exact : rows.filter((r) => labelWithin(r.period, period));
}

/**
 * The deadline an expectation on a milestone judges: its commitment; without one, the
 * first clock judged by its share, else its target.
 */
function judgedMilestone(row: IncidentResult, m: Milestone): { met: boolean | null; deadline: string | null; standing: MilestoneResult['standing'] } {
    const own = m === 'response' ? { met: row.responseMet, deadline: row.responseDeadline }
        : m === 'resolution' ? { met: row.resolutionMet, deadline: row.resolutionDeadline } : undefined;
    const others = (row.milestones ?? []).filter((r) => r.milestone === m);
    const commitment = others.find((r) => r.standing === 'commitment');
    if (own && (own.deadline !== null || others.length === 0)) return { ...own, standing: 'commitment' };
    const pick = commitment ?? others.find((r) => r.standing === 'share') ?? others.find((r) => r.standing === 'target');
    if (!pick) return { met: own?.met ?? null, deadline: own?.deadline ?? null, standing: 'commitment' };
    return { met: pick.met, deadline: pick.deadline, standing: pick.standing };
}

function levelOf(p: PeriodResult, level: 'guarantee' | 'target' | number): number | null {
    if (typeof level === 'number') return level * 100;
    return level === 'guarantee' ? p.guaranteePercent : p.targetPercent;
}

/** Whether an ISO moment lies in a period label such as 2026-11, 2026-Q4 or 2026. */
/**
 * "expect credit 20% in 2026-06" also holds when the due remedies of the period add up to
 * it: credits per incident give one entry per outage, and the month's credit is their sum.
 * Shares add up only on one fee, money only in one currency.
 */
function totalMatches(x: Expectation & { type: 'remedy' }, items: SimulationResult['remedies']): boolean {
    if (items.length < 2 || (x.percent === undefined && x.money === undefined)) return false;
    if (x.percent !== undefined) {
        if (items.some((m) => m.percent === null || m.fee !== items[0].fee)) return false;
        const sum = items.reduce((t, m) => t + (m.percent ?? 0), 0);
        if (Math.abs(sum - x.percent * 100) >= 1e-9) return false;
    }
    if (x.money !== undefined) {
        const cur = x.money.currency.toUpperCase();
        if (items.some((m) => typeof m.amount !== 'number' || (m.currency !== null && m.currency.toUpperCase() !== cur))) return false;
        const sum = items.reduce((t, m) => t + (typeof m.amount === 'number' ? m.amount : 0), 0);
        if (Math.abs(sum - x.money.amount) >= 0.005) return false;
    }
    return true;
}

function inPeriod(iso: string, label: string, zone: string): boolean {
    const t = Date.parse(iso);
    const kind = /^\d{4}$/.test(label) ? 'year' : /Q/.test(label) ? 'quarter' : 'month';
    return periodAt(t, kind, zone).label === label;
}
