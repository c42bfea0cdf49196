/**
 * Priorities and their clocks: each priority has a response and a resolution clock, a
 * clock says which hours it counts, and clocks that all apply at once are pointed out.
 */
import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { durationUnit } from '../../model/values.js';
import { lineOf, report } from './ast-report.js';

function checkPriority(p: ast.Priority, accept: ValidationAcceptor): void {
    const clocks = p.clocks ?? [];
    if (!clocks.some((c) => c.kind === 'resolution')) {
        report(accept, 'missing-resolution-clock', p,
            `Priority ${p.name} has no resolution clause, so nothing says when its incidents must be solved. `
            + 'Add e.g. "resolution within 8 hours of <calendar> after response", or "resolution planned by agreement".',
            { property: 'name' });
    }
    if (!clocks.some((c) => c.kind === 'response')) {
        report(accept, 'missing-response-clock', p,
            `Priority ${p.name} has no response clause, so nothing says when the provider must react. `
            + 'Add e.g. "response within 1 hour of <calendar> after reported".',
            { property: 'name' });
    }
    for (const kind of ['response', 'resolution']) {
        const plain = clocks.filter((c) => c.kind === kind && !c.condition);
        for (const extra of plain.slice(1)) {
            report(accept, 'duplicate-clock', extra,
                `Priority ${p.name} has two ${kind} clauses without an "if reported" condition (the other on line ${lineOf(plain[0])}). `
                + 'Both apply to every incident, so for each incident the earlier of the two deadlines counts and the other never matters. '
                + 'If one is meant for some incidents only, add "if reported during <calendar>" or "if reported outside <calendar>".',
                { property: 'kind' });
        }
    }
}

function calendarCount(c: ast.Clock): number {
    return AstUtils.getContainerOfType(c, ast.isContract)?.clauses?.filter(ast.isCalendar).length ?? 0;
}

function checkClock(c: ast.Clock, accept: ValidationAcceptor): void {
    if (c.kind === 'response' && c.start === 'response') {
        report(accept, 'response-after-response', c,
            'A response clock cannot start after the response: it would never run. Write "after reported".',
            { property: 'start' });
    }
    const d = c.duration;
    if (d && !c.aroundTheClock && !d.calendar) {
        const workingDays = durationUnit(d.unit) === 'working-day';
        // Working days without a calendar are reported by the units checks when they cannot be resolved.
        if (!workingDays || calendarCount(c) === 1) {
            report(accept, 'clock-basis-unspecified', c,
                `This ${c.kind} clock does not say which hours it counts: the business hours of a calendar ("of Werkdag") `
                + 'or every hour ("around the clock"). It is read as around the clock; say which.',
                { property: 'duration' });
        }
    }
    const during = c.condition;
    if (d?.calendar && during?.inside && during.calendar && during.calendar.$refText !== d.calendar.$refText) {
        report(accept, 'condition-calendar-differs', during,
            `This clock applies to incidents reported during ${during.calendar.$refText} but counts the hours of ${d.calendar.$refText}. `
            + 'That can be intended (e.g. reported in office hours, solved in service hours); check that it is.',
            { property: 'calendar' });
    }
}

export function prioritiesChecks(_services: SlaServices): ValidationChecks<ast.SlaAstType> {
    return { Priority: checkPriority, Clock: checkClock };
}
