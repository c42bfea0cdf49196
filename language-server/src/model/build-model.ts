/**
 * AST -> contract model. The builder is total: whatever text a person typed, it returns a
 * model, leaving out only values it cannot read (the checker says why, at their place).
 */
import { isKnownZone } from './zones.js';
import * as ast from '../generated/ast.js';
import type {
    ClockModel, ClockRule, ClockStart, ContractModel, Period, PriorityModel,
} from './types.js';
import { duration, MILESTONE_START, milestone, percentage } from './values.js';
import { buildCalendar } from './build-calendar.js';
import { cited } from './source.js';
import {
    buildAvailability, calendarPeriod, buildChangeRequests, buildMaintenance, buildRemedies, buildSurcharges,
} from './build-clauses.js';
import { buildScenario } from './build-scenarios.js';
import { buildService } from './build-service.js';
import { ModelNodes } from './model-nodes.js';
import { isSharedClause } from './library.js';

/** A contract's model, and which element each AST node became. */
export interface BuiltModel {
    model: ContractModel;
    nodes: ModelNodes;
}

/**
 * `libraries`: what the contract imports, nearest first. Their shared clauses become part of
 * the contract ahead of its own, as if written at the top; a library's contract facts
 * (parties, version, date, term) and scenarios stay the library's.
 */
export function buildModel(contract: ast.Contract, libraries: readonly ast.Contract[] = []): BuiltModel {
    const nodes = new ModelNodes();
    const model: ContractModel = {
        name: contract.name ?? '',
        ...cited(contract),
        calendars: [], priorities: [], compliance: [], maintenance: [], fees: [],
        remedyGroups: [], surcharges: [], notices: [], commitments: [], backups: [],
        notes: [], scenarios: [],
    };
    // The zone comes first: scenario moments are read in it.
    const imported = libraries.flatMap((l) => l.clauses.filter(isSharedClause));
    // The contract's own zone first, then a library's.
    for (const clause of [...contract.clauses, ...imported]) {
        if (ast.isTimeZone(clause) && clause.zone && isKnownZone(clause.zone) && !model.zone) {
            model.zone = clause.zone;
        }
    }
    for (const clause of [...imported, ...contract.clauses]) addClause(model, clause, nodes);
    return { model, nodes };
}

function addClause(model: ContractModel, clause: ast.Clause, nodes: ModelNodes): void {
    if (ast.isParty(clause)) {
        model[clause.role === 'provider' ? 'provider' : 'customer'] = clause.name;
    } else if (ast.isVersion(clause)) {
        model.version = clause.value;
    } else if (ast.isContractDate(clause)) {
        model.date = clause.value;
    } else if (ast.isCurrency(clause)) {
        model.currency = clause.code;
    } else if (ast.isMinimumTerm(clause)) {
        const d = duration(clause.duration);
        if (d) model.minimumTerm = { ...d, ...cited(clause) };
    } else if (ast.isFee(clause)) {
        model.fees.push({
            name: clause.name, title: clause.title, per: clause.per as never,
            amount: clause.amount, currency: clause.currency ?? model.currency, ...cited(clause),
        });
    } else if (ast.isCalendar(clause)) {
        model.calendars.push(buildCalendar(clause, nodes));
    } else if (ast.isPriority(clause)) {
        model.priorities.push(buildPriority(clause, model.priorities.length, nodes));
    } else if (ast.isCompliance(clause)) {
        const share = percentage(clause.share);
        if (share !== undefined && (!clause.period || calendarPeriod(clause.period))) {
            model.compliance.push({
                kind: milestone(clause.kind), atLeast: share,
                period: calendarPeriod(clause.period),
                priorities: clause.priorities.map((p) => p.ref?.name).filter((n): n is string => !!n),
                ...cited(clause),
            });
        }
    } else if (ast.isAvailability(clause)) {
        model.availability = buildAvailability(clause);
    } else if (ast.isMaintenance(clause)) {
        model.maintenance.push(...buildMaintenance(clause));
    } else if (ast.isRemedies(clause)) {
        model.remedyGroups.push(buildRemedies(clause, nodes));
    } else if (ast.isSurcharges(clause)) {
        model.surcharges.push(buildSurcharges(clause));
    } else if (ast.isChangeRequests(clause)) {
        model.changeRequests = buildChangeRequests(clause);
    } else if (ast.isNotice(clause)) {
        const period = duration(clause.period);
        if (period) model.notices.push({ name: clause.name, period, before: clause.before, ...cited(clause) });
    } else if (ast.isCommitment(clause)) {
        const within = duration(clause.within);
        if (within) model.commitments.push({ name: clause.name, within, after: clause.after, ...cited(clause) });
    } else if (ast.isBackups(clause)) {
        for (const b of clause.items) {
            const kept = duration(b.kept);
            if (kept) model.backups.push({ frequency: b.frequency as never, kept, ...cited(b) });
        }
    } else if (ast.isNote(clause)) {
        model.notes.push({ title: clause.title, text: clause.text, ...cited(clause) });
    } else if (ast.isService(clause)) {
        (model.services ??= []).push(buildService(clause, nodes));
    } else if (ast.isScenario(clause)) {
        model.scenarios.push(buildScenario(clause, model.zone, nodes));
    }
}

function buildPriority(p: ast.Priority, rank: number, nodes: ModelNodes): PriorityModel {
    const clocks: ClockModel[] = [];
    for (const c of p.clocks) {
        // A calendar that does not exist (the linking error says so): no deadline is worked out
        // on a guess, neither counting around the clock nor applying to every incident.
        if ((c.duration?.calendar && !c.duration.calendar.ref) || (c.condition?.calendar && !c.condition.calendar.ref)) continue;
        const rule = clockRule(c);
        if (!rule) continue;
        const clock: ClockModel = { kind: milestone(c.kind), rule, ...cited(c) };
        const cond = c.condition;
        if (cond?.calendar?.ref) {
            clock.when = { reported: cond.inside ? 'inside' : 'outside', calendar: cond.calendar.ref.name };
        }
        if (c.target) clock.target = true;
        const share = c.share ? percentage(c.share) : undefined;
        if (share !== undefined) clock.share = c.sharePeriod ? { atLeast: share, period: c.sharePeriod as Period } : { atLeast: share };
        clocks.push(clock);
        nodes.set(c, clock);
    }
    const priority: PriorityModel = { name: p.name, title: p.title, description: p.description, rank, clocks, ...cited(p) };
    nodes.set(p, priority);
    return priority;
}

function clockRule(c: ast.Clock): ClockRule | undefined {
    if (c.byAgreement) return { type: 'by-agreement' };
    const from: ClockStart = c.start ? (c.start === 'reported' ? 'reported' : MILESTONE_START[milestone(c.start)]) : 'reported';
    if (c.immediately) {
        // Zero minutes: on a calendar, the report moment if it is open, else its next opening.
        const cal = c.immediateCalendar?.ref?.name;
        if (c.immediateCalendar && !cal) return undefined;
        return {
            type: 'within', duration: { amount: 0, unit: 'minute', minutes: 0 },
            basis: cal ? { type: 'calendar', calendar: cal } : { type: 'around-the-clock' }, from, immediately: true,
        };
    }
    if (c.sameDay) {
        return c.sameDayCalendar?.ref ? { type: 'same-day', calendar: c.sameDayCalendar.ref.name } : undefined;
    }
    const d = duration(c.duration);
    if (!d) return undefined;
    const basisCalendar = d.calendar;
    return {
        type: 'within',
        duration: d,
        basis: c.aroundTheClock ? { type: 'around-the-clock' }
            : basisCalendar ? { type: 'calendar', calendar: basisCalendar }
                : { type: 'unspecified' },
        from,
    };
}
