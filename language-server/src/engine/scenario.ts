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
        expectations: scenario.expectations.map((x) => ({ expectation: x, ...check(x, simulation, zone) })),
    };
}

function check(x: Expectation, sim: SimulationResult, zone: string): { passed: boolean; actual: string } {
    if (x.type === 'deadline') {
        const row = sim.incidents.find((i) => i.id === x.incident);
        if (!row) return { passed: false, actual: `no incident ${x.incident} in the scenario` };
        const { met, deadline, standing } = judgedMilestone(row, x.clock);
        const state = met === null ? (deadline === null ? 'has no deadline' : `is open (due ${deadline})`) : `was ${met ? 'met' : 'missed'} (due ${deadline})`;
        const as = standing === 'commitment' ? '' : ` (${standing})`;
        return { passed: met === x.met, actual: `${milestoneWords(x.clock)}${as} of incident ${x.incident} ${state}` };
    }
    if (x.type === 'availability') {
        const rows = sim.periods.filter((p) => (x.period ? p.period === x.period : levelOf(p, x.level) !== null));
        if (rows.length === 0) return { passed: false, actual: x.period ? `no availability figure for ${x.period}` : `the contract states no ${String(x.level)}` };
        const judged = rows.map((p) => {
            const level = levelOf(p, x.level);
            return { p, level, above: level === null ? null : p.availabilityPercent >= level - 1e-9 };
        });
        const passed = judged.every((j) => j.above !== null) && (x.above ? judged.every((j) => j.above) : judged.some((j) => j.above === false));
        return { passed, actual: judged.map((j) => `${j.p.period} ${j.p.availabilityPercent}%${j.level === null ? '' : ` vs ${j.level}%`}`).join(', ') };
    }
    const items = sim.remedies.filter((m) => m.kind === x.remedy && m.due
        && (x.percent === undefined || (m.percent !== null && Math.abs(m.percent - x.percent * 100) < 1e-9))
        && (x.money === undefined || (typeof m.amount === 'number' && Math.abs(m.amount - x.money.amount) < 0.005
            && (m.currency === null || m.currency.toUpperCase() === x.money.currency.toUpperCase())))
        && (x.period === undefined || m.period === x.period || inPeriod(m.at, x.period, zone)));
    const all = sim.remedies.filter((m) => m.kind === x.remedy);
    const actual = all.length === 0 ? `no ${x.remedy}` : all.map((m) => `${m.kind}${m.percent !== null ? ` ${m.percent}%` : ''}${typeof m.amount === 'number' ? ` ${m.amount.toFixed(2)} ${m.currency ?? ''}`.trimEnd() : ''} in ${m.period}${m.due ? '' : ' (not due)'}`).join(', ');
    return { passed: (items.length > 0) === x.given, actual };
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
function inPeriod(iso: string, label: string, zone: string): boolean {
    const t = Date.parse(iso);
    const kind = /^\d{4}$/.test(label) ? 'year' : /Q/.test(label) ? 'quarter' : 'month';
    return periodAt(t, kind, zone).label === label;
}
