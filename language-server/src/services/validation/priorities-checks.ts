/**
 * Priorities and their clocks: each priority has a response and a resolution clock, a
 * clock says which hours it counts, and clocks that all apply at once are pointed out.
 */
import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { duration, durationUnit, MILESTONES, milestone, milestoneWords } from '../../model/values.js';
import { lineOf, report } from './ast-report.js';

function checkPriority(p: ast.Priority, accept: ValidationAcceptor): void {
    const clocks = p.clocks ?? [];
    // A desk that promises response times only (many do), or a host that promises repair
    // times only, gets one finding at its first priority, not one per priority.
    const all = AstUtils.getContainerOfType(p, ast.isContract)?.clauses.filter(ast.isPriority) ?? [p];
    const has = (q: ast.Priority, kind: string) => (q.clocks ?? []).some((c) => c.kind === kind);
    const missing = (kind: 'resolution' | 'response', code: 'missing-resolution-clock' | 'missing-response-clock', what: string, example: string) => {
        if (has(p, kind)) return;
        if (all.length > 1 && !all.some((q) => has(q, kind))) {
            if (all[0] !== p) return;
            report(accept, code, p,
                `No priority of this contract has a ${kind} clause (${all.length} priorities), so nothing says ${what}. `
                + `If a ${kind} time was meant, add e.g. ${example}.`, { property: 'name' });
            return;
        }
        report(accept, code, p, `Priority ${p.name} has no ${kind} clause, so nothing says ${what}. Add e.g. ${example}.`, { property: 'name' });
    };
    missing('resolution', 'missing-resolution-clock', 'when its incidents must be solved',
        '"resolution within 8 hours of <calendar> after response", or "resolution planned by agreement"');
    missing('response', 'missing-response-clock', 'when the provider must react', '"response within 1 hour of <calendar> after reported"');
    for (const kind of ['response', 'resolution']) {
        // Targets and share clocks are judged on their own: they do not compete with commitments.
        const plain = clocks.filter((c) => c.kind === kind && !c.condition && !c.target && !c.share);
        for (const extra of plain.slice(1)) {
            report(accept, 'duplicate-clock', extra,
                `Priority ${p.name} has two ${kind} clauses without an "if reported" condition (the other on line ${lineOf(plain[0])}). `
                + 'Both apply to every incident, so for each incident the earlier of the two deadlines counts and the other never matters. '
                + 'If one is meant for some incidents only, add "if reported during <calendar>" or "if reported outside <calendar>".',
                { property: 'kind', related: [{ node: plain[0], note: `the other ${kind} clause of ${p.name}` }] });
        }
    }
}

/** Clocks after a milestone: in order, defined by some clock, a target that a commitment makes void. */
function checkMilestones(p: ast.Priority, accept: ValidationAcceptor): void {
    const clocks = p.clocks ?? [];
    const defined = new Set(clocks.map((c) => milestone(c.kind)));
    for (const c of clocks) {
        if (!c.start || c.start === 'reported') continue;
        const own = milestone(c.kind);
        const from = milestone(c.start);
        if (own === 'response' && from === 'response') continue; // response-after-response, an error of its own
        if (MILESTONES.indexOf(from) >= MILESTONES.indexOf(own)) {
            report(accept, 'clock-after-later-milestone', c,
                `This ${milestoneWords(own)} clock starts after ${milestoneWords(from)}, which ${from === own ? 'is its own milestone' : `normally comes later than ${milestoneWords(own)}`}: `
                + `it would run only once the ${milestoneWords(own)} is past. Milestones come in the order ${MILESTONES.map(milestoneWords).join(', ')}; `
                + 'did you mean "after reported" or an earlier milestone?',
                { property: 'start' });
        } else if (!defined.has(from)) {
            report(accept, 'clock-start-from-log', c,
                `No clock of ${p.name} sets a ${milestoneWords(from)} deadline, so this clock counts from the ${milestoneWords(from)} moment that the incident log `
                + `(column ${LOG_COLUMN[from]}) or the scenario ("${SCENARIO_WORD[from]}") gives. An incident without that moment has no deadline for this clock, and the explanation says so.`,
                { property: 'start' });
        }
    }
    // A target that allows more time than the commitment of the same milestone, counted alike.
    for (const t of clocks) {
        if (!t.target || t.share) continue;
        const tm = fixedMinutes(t);
        if (tm === undefined) continue;
        for (const c of clocks) {
            if (c === t || c.target || c.share || c.kind !== t.kind || basisKey(c) !== basisKey(t)) continue;
            const cm = fixedMinutes(c);
            if (cm === undefined || cm >= tm) continue;
            report(accept, 'target-later-than-commitment', t,
                `This ${milestoneWords(milestone(t.kind))} target allows ${tm} minutes but the commitment on line ${lineOf(c)} allows only ${cm}, counted the same way: `
                + 'the commitment is met first, so the target never tells anything. A target is normally the faster aim; check the two numbers.',
                { property: 'target' });
            break;
        }
    }
}

const LOG_COLUMN: Record<string, string> = {
    acknowledgement: 'acknowledged', response: 'responded', 'start-of-work': 'work_started', workaround: 'workaround', resolution: 'resolved',
};
const SCENARIO_WORD: Record<string, string> = {
    acknowledgement: 'acknowledged', response: 'responded', 'start-of-work': 'work started', workaround: 'workaround', resolution: 'resolved',
};

/** Minutes of a clock in minutes or hours (immediately: 0); undefined for days and longer. */
function fixedMinutes(c: ast.Clock): number | undefined {
    if (c.immediately) return 0;
    const d = c.duration ? duration(c.duration) : undefined;
    return d && (d.unit === 'minute' || d.unit === 'hour') ? d.minutes : undefined;
}

/** What a clock counts from and on, and when it applies: clocks compare only when these agree. */
function basisKey(c: ast.Clock): string {
    const cal = c.immediateCalendar?.$refText ?? c.duration?.calendar?.$refText ?? (c.aroundTheClock || c.immediately ? 'around' : 'unstated');
    const when = c.condition ? `${c.condition.inside ? 'in' : 'out'}:${c.condition.calendar?.$refText}` : '';
    return `${cal}|${c.start ?? 'reported'}|${when}`;
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
    if (c.immediately && c.immediateCalendar?.ref) {
        const cal = c.immediateCalendar.$refText;
        report(accept, 'immediately-on-calendar', c,
            `"immediately during ${cal}" is zero minutes of ${cal}: a report while ${cal} is open is due at that moment; `
            + `one while it is closed (evenings, weekends, holidays, and exactly at closing time) is due at ${cal}'s next opening.`,
            { property: 'immediately' });
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
    return { Priority: [checkPriority, checkMilestones], Clock: checkClock };
}
