/** Scenarios: what happened in a sample period, and what the writer expects the contract to make of it. */
import { DateTime } from 'luxon';
import * as ast from '../generated/ast.js';
import type { DowntimeKind, Expectation, LocalDateTime, ScenarioEvent, ScenarioModel } from './types.js';
import { cited } from './source.js';
import { duration, milestone, minutesOfDay, percentage } from './values.js';
import { outageKind } from './build-clauses.js';
import type { ModelNodes } from './model-nodes.js';

/**
 * Reads the moments of one event in order: a time written alone takes the date of the
 * moment before it ("down from 2026-11-06 16:30 to 18:10"). Unreadable moments are left out.
 */
class MomentReader {
    private date: string | undefined;

    read(m: ast.Moment | undefined): LocalDateTime | undefined {
        if (!m) return undefined;
        if (m.date) this.date = m.date;
        const minutes = minutesOfDay(m.time);
        if (!this.date || minutes === undefined || minutes === 1440) return undefined;
        const check = DateTime.fromISO(this.date, { zone: 'UTC' });
        if (!check.isValid) return undefined;
        const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
        const mm = String(minutes % 60).padStart(2, '0');
        return `${this.date}T${hh}:${mm}`;
    }
}

const MAINTENANCE_KIND: Record<string, DowntimeKind> = {
    planned: 'planned-maintenance', urgent: 'urgent-maintenance', emergency: 'emergency-maintenance',
};

/** Adds real elapsed minutes in the contract's zone, so a window across a DST change keeps its length. */
function plusMinutes(start: LocalDateTime, minutes: number, zone: string | undefined): LocalDateTime | undefined {
    const t = DateTime.fromISO(start, { zone: zone ?? 'UTC' }).plus({ minutes });
    return t.isValid ? t.toFormat("yyyy-MM-dd'T'HH:mm") : undefined;
}

/**
 * Adds days, weeks, months or years on the calendar: the same wall-clock time that much
 * later (an outage "for 1 day" over a DST change lasts 23 or 25 hours), as the engine
 * counts such periods (addCalendarPeriod). The local text is read in the zone later.
 */
function plusCalendar(start: LocalDateTime, amount: number, unit: 'day' | 'week' | 'month' | 'year'): LocalDateTime | undefined {
    const t = DateTime.fromISO(start, { zone: 'UTC' }).plus({ [`${unit}s`]: amount });
    return t.isValid ? t.toFormat("yyyy-MM-dd'T'HH:mm") : undefined;
}

function incident(e: ast.ScenarioIncident): ScenarioEvent {
    const r = new MomentReader();
    const event: ScenarioEvent = {
        id: String(e.id), kind: 'incident', priority: e.priority?.ref?.name ?? e.priority?.$refText,
        reported: r.read(e.reported), paused: [], ...cited(e),
    };
    if (e.services.length) event.services = [...e.services];
    // Read in the written order, so a time alone takes the date of the moment before it.
    const acknowledged = r.read(e.acknowledged);
    if (acknowledged) event.acknowledged = acknowledged;
    const responded = r.read(e.responded);
    if (responded) event.responded = responded;
    const workStarted = r.read(e.workStarted);
    if (workStarted) event.workStarted = workStarted;
    const workaround = r.read(e.workaround);
    if (workaround) event.workaround = workaround;
    const resolved = r.read(e.resolved);
    if (resolved) event.resolved = resolved;
    const downFrom = r.read(e.downFrom);
    const downTo = r.read(e.downTo);
    if (downFrom && downTo) Object.assign(event, { downFrom, downTo });
    e.pausedFrom.forEach((from, i) => {
        const f = r.read(from);
        const t = r.read(e.pausedTo[i]);
        if (f && t) event.paused.push({ from: f, to: t });
    });
    return event;
}

function outage(e: ast.ScenarioOutage, index: number, zone: string | undefined): ScenarioEvent | undefined {
    // An outage without a cause is downtime that counts, like an incident's.
    const kind = e.maintenance ? MAINTENANCE_KIND[e.maintenance] : e.cause ? outageKind(e.cause) : 'incident';
    if (!kind) return undefined;
    const r = new MomentReader();
    const downFrom = r.read(e.start);
    let downTo = r.read(e.end);
    const d = duration(e.duration);
    if (downFrom && !downTo && d) {
        if (d.unit === 'minute' || d.unit === 'hour') downTo = plusMinutes(downFrom, d.minutes!, zone);
        else if (d.unit !== 'working-day') downTo = plusCalendar(downFrom, d.amount, d.unit);
    }
    const label = e.cause || e.maintenance ? kind : 'outage';
    const event: ScenarioEvent = { id: e.id !== undefined ? String(e.id) : `${label}-${index + 1}`, kind, paused: [], ...cited(e) };
    if (downFrom && downTo) Object.assign(event, { downFrom, downTo });
    if (e.services.length) event.services = [...e.services];
    const announced = new MomentReader().read(e.announced);
    if (announced) event.announced = announced;
    return event;
}

type RemedyKind = Extract<Expectation, { type: 'remedy' }>['remedy'];

function expectation(x: ast.Expectation): Expectation | undefined {
    const c = cited(x);
    if (x.clock) {
        if (x.incident === undefined) return undefined;
        return { type: 'deadline', clock: milestone(x.clock), met: x.met, incident: String(x.incident), ...c };
    }
    const period = x.period !== undefined ? String(x.period) : undefined;
    const withPeriod = <T extends object>(e: T) => (period ? { ...e, period } : e);
    if (x.compliance) {
        const value = percentage(x.value);
        const judge = x.value ? (value === undefined ? undefined : { type: 'share' as const, above: x.above, value }) : { type: 'met' as const, met: x.met };
        if (!judge) return undefined;
        const clause = x.clause ? x.clause.slice(1, -1).trim() : undefined;
        return withPeriod({ type: 'compliance' as const, ...(x.complianceOf ? { clock: x.complianceOf as 'response' } : {}), ...(clause ? { clause } : {}),
            priorities: x.priorities.flatMap((p) => (p.ref ? [p.ref.name] : [])), judge, ...c });
    }
    const service = x.service !== undefined ? { service: x.service } : {};
    if (x.exact) {
        const value = percentage(x.exact);
        if (value === undefined) return undefined;
        // The written decimals set the precision: "is 99.9537%" holds from 99.95365% to 99.95375%.
        const written = /\.(\d+)/.exec(x.exact.$cstNode?.text ?? '');
        return withPeriod({ type: 'availability' as const, above: true, level: value, exact: { value, decimals: written ? written[1].length : 0 }, ...service, ...c });
    }
    if (x.level || x.value) {
        const level = x.level ? (x.level as 'guarantee' | 'target') : percentage(x.value);
        if (level === undefined) return undefined;
        return withPeriod({ type: 'availability' as const, above: x.above, level, ...service, ...c });
    }
    if (!x.remedy) return undefined;
    const remedy = x.remedy.replace(/\s+/g, '');
    const kind: RemedyKind = remedy === 'improvementproposal' ? 'improvement-proposal'
        : remedy === 'terminationright' ? 'termination-right' : (remedy as 'warning' | 'compensation' | 'credit');
    const percent = percentage(x.percent);
    const e = { type: 'remedy' as const, given: !x.none, remedy: kind, ...service, ...(x.incident !== undefined ? { incident: String(x.incident) } : {}), ...c };
    if (typeof x.money === 'number' && x.currency) return withPeriod({ ...e, money: { amount: x.money, currency: x.currency } });
    return withPeriod(percent !== undefined ? { ...e, percent } : e);
}

export function buildScenario(s: ast.Scenario, zone: string | undefined, nodes: ModelNodes): ScenarioModel {
    const events: ScenarioEvent[] = [];
    s.events.forEach((e, i) => {
        const ev = ast.isScenarioIncident(e) ? incident(e) : outage(e, i, zone);
        if (ev) events.push(ev);
    });
    const scenario: ScenarioModel = {
        name: s.name, from: s.from, to: s.to ?? s.from, events,
        expectations: s.expectations.map(expectation).filter((x): x is Expectation => !!x),
        ...cited(s),
    };
    nodes.set(s, scenario);
    return scenario;
}
