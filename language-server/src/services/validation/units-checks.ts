/**
 * Units and ranges of written quantities: every duration has a unit and every share a %
 * sign; no negative values; shares stay within 100%; units fit the clause they are in.
 */
import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { durationUnit } from '../../model/values.js';
import { plural, report } from './ast-report.js';

const UNIT_HOURS: Record<string, number> = { day: 24, week: 168 };

/** Where a percentage is a share of a whole and cannot exceed 100%. */
const SHARE: Record<string, string> = {
    'AvailabilityLevel.value': 'An availability level',
    'Compliance.share': 'A share of incidents',
    'LowerBound.value': 'An availability bound',
    'UpperBound.value': 'An availability bound',
    'Band.percent': 'A compensation',
    'Compensation.cap': 'A cap',
    'Expectation.value': 'An availability',
    'Expectation.percent': 'A compensation',
};

function checkPercentage(p: ast.Percentage, accept: ValidationAcceptor): void {
    if (typeof p.value !== 'number' || !Number.isFinite(p.value)) return;
    const where = `${p.$container?.$type}.${p.$containerProperty}`;
    if (!p.percent) {
        report(accept, 'missing-unit', p,
            `${p.value} has no unit: write "${p.value}%".`, { property: 'value' });
    }
    if (p.value < 0) {
        report(accept, 'negative-value', p,
            `A percentage cannot be negative (${p.value}%).`, { property: 'value' });
        return;
    }
    const share = SHARE[where];
    if (share && p.value > 100) {
        report(accept, 'share-above-100', p,
            `${share} is a share of a whole and cannot be more than 100% (it says ${p.value}%).`, { property: 'value' });
    }
    if (where === 'SurchargeBand.multiplier' && p.value < 100) {
        report(accept, 'multiplier-below-100', p,
            `A surcharge of ${p.value}% is a multiplier: it would pay ${p.value}% of the normal rate, less than normal. `
            + `If ${p.value}% extra is meant, write ${100 + p.value}%.`, { property: 'value' });
    }
}

/** What a duration is for, in the words of a message. */
function purpose(d: ast.Duration): string {
    const c = d.$container;
    if (ast.isClock(c)) return `a ${c.kind} deadline`;
    if (ast.isMinimumTerm(c)) return 'a minimum term';
    if (ast.isNotice(c)) return 'a notice period';
    if (ast.isBackup(c)) return 'a retention period';
    if (ast.isChangeClass(c)) return 'a lead time';
    if (ast.isAcceptance(c)) return 'an acceptance period';
    if (ast.isCommitment(c)) return 'a commitment';
    if (ast.isMaintenanceWindow(c)) return d.$containerProperty === 'notice' ? 'a notice period' : 'a maintenance duration';
    if (ast.isScenarioOutage(c)) return 'an outage';
    if (ast.isMinimumOutage(c)) return 'a minimum outage length';
    return 'a duration';
}

function calendarCount(node: ast.Duration): number {
    const contract = AstUtils.getContainerOfType(node, ast.isContract);
    return contract?.clauses?.filter(ast.isCalendar).length ?? 0;
}

function checkDuration(d: ast.Duration, accept: ValidationAcceptor): void {
    if (typeof d.value !== 'number' || !Number.isFinite(d.value)) return;
    const unit = durationUnit(d.unit);
    const what = purpose(d);
    if (!d.unit) {
        report(accept, 'missing-unit', d,
            `${d.value} has no unit: write e.g. "${d.value} hours", "${d.value} working days" or "${d.value} weeks".`,
            { property: 'value' });
    }
    if (d.value < 0) {
        report(accept, 'negative-value', d, `${capital(what)} cannot be negative (${d.value}).`, { property: 'value' });
        return;
    }
    if (d.value === 0) {
        const hint = ast.isMaintenanceWindow(d.$container) && d.$containerProperty === 'notice'
            ? ' If no notice is needed, leave out "announced ... before".' : '';
        report(accept, 'zero-duration', d, `${capital(what)} of 0 has no meaning.${hint}`, { property: 'value' });
    }
    if (!unit) return;
    const c = d.$container;
    const short = unit === 'minute' || unit === 'hour';
    const long = unit === 'month' || unit === 'year';
    if (short && (ast.isMinimumTerm(c) || ast.isNotice(c) || ast.isBackup(c))) {
        report(accept, 'unit-kind-mismatch', d,
            `${capital(what)} in ${unit}s is unusual; contracts count these in days, weeks, months or years. Check the unit.`,
            { property: 'unit' });
    } else if (long && (ast.isClock(c) || ast.isScenarioOutage(c) || (ast.isMaintenanceWindow(c) && d.$containerProperty === 'maxDuration'))) {
        report(accept, 'unit-kind-mismatch', d,
            `${capital(what)} in ${unit}s is unusual and months and years differ in length; use days, working days or hours.`,
            { property: 'unit' });
    }
    if (ast.isMinimumOutage(c) && (d.calendar || !(unit === 'minute' || unit === 'hour'))) {
        // An outage's length is elapsed time; the model reads only minutes and hours.
        report(accept, 'unit-kind-mismatch', d,
            `The length of an outage is counted in elapsed minutes or hours, not ${d.calendar ? `in the hours of ${d.calendar.$refText}` : `in ${unit}s`}; as written it has no effect. Write e.g. "outages shorter than 5 minutes not counted".`,
            { property: d.calendar ? 'calendar' : 'unit' });
        return;
    }
    if (d.calendar && (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year')) {
        const cal = d.calendar.$refText;
        const written = `"${d.value} ${d.unit} of ${cal}"`;
        const hours = UNIT_HOURS[unit] ? `${d.value * UNIT_HOURS[unit]} hours of ${cal}'s opening time` : undefined;
        report(accept, 'ambiguous-unit-of-calendar', d, unit === 'day'
            ? `${written} can be read two ways: ${plural(d.value, 'working day')} of ${cal}, or ${hours}. `
                + `It is read as ${plural(d.value, 'working day')}: the same time of day, ${d.value} open ${d.value === 1 ? 'day' : 'days'} of ${cal} later. `
                + `Write "working days of ${cal}" or count in hours.`
            : `${written} can be read two ways: ${plural(d.value, unit)} on the calendar, or ${hours ?? `${plural(d.value, unit)} made of ${cal}'s opening time`}. `
                + `It is read as a calendar period: from ${cal}'s next opening, the same time of day ${plural(d.value, unit)} later, `
                + `moved to ${cal}'s next opening if ${cal} is closed then. `
                + `Write "working days of ${cal}" or count in hours of ${cal} if something else is meant.`,
            { property: 'unit' });
    }
    if (unit === 'working-day' && !d.calendar) {
        const n = calendarCount(d);
        if (n !== 1) {
            report(accept, 'working-days-without-calendar', d,
                n === 0
                    ? 'Working days need a calendar that says which days are worked, and the contract has none. Add a calendar and write "of <calendar>".'
                    : `The contract has ${n} calendars; say whose working days these are: "${d.value} working days of <calendar>".`,
                { property: 'unit' });
        }
    }
}

function checkCount(node: ast.ImprovementProposal | ast.TerminationRight | ast.HolidayExclusion, value: number | undefined,
    property: 'count' | 'every', what: string, accept: ValidationAcceptor): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    if (value < 0) {
        report(accept, 'negative-value', node, `A number of ${what} cannot be negative (${value}).`, { property } as never);
    } else if (!Number.isInteger(value)) {
        report(accept, 'count-not-whole', node, `A number of ${what} must be a whole number (it says ${value}).`, { property } as never);
    }
}

function capital(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

export function unitsChecks(_services: SlaServices): ValidationChecks<ast.SlaAstType> {
    return {
        Percentage: checkPercentage,
        Duration: checkDuration,
        ImprovementProposal: (n, accept) => checkCount(n, n.count, 'count', 'warnings', accept),
        TerminationRight: (n, accept) => checkCount(n, n.count, 'count', 'compensations', accept),
        HolidayExclusion: (n, accept) => checkCount(n, n.every, 'every', 'years', accept),
        Fee: (n, accept) => {
            if (typeof n.amount === 'number' && n.amount < 0) {
                report(accept, 'negative-value', n, `A fee cannot be negative (${n.amount}).`, { property: 'amount' });
            }
        },
    };
}
