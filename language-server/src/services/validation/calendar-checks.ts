/**
 * A calendar's own rules as written: times of part-day closings, days of the year that
 * exist, special openings within their date. What the rules mean together (an opening on
 * a holiday, a closing outside the hours, overlapping seasons) is the model checker's.
 */
import type { AstNode, Properties, ValidationAcceptor, ValidationChecks } from 'langium';
import type * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { closedHoursOf, dayOfMonth, monthNumber } from '../../model/build-calendar.js';
import { minutesOfDay } from '../../model/values.js';
import { report } from './ast-report.js';
import { checkDate, checkTime } from './time-checks.js';

const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "from 12:00 to 14:00" of a closing: real times, the end after the start. */
function checkClosingTimes<N extends ast.ClosedOn | ast.YearlyClosing>(node: N, accept: ValidationAcceptor): void {
    if (typeof node.fromTime !== 'string') return;
    checkTime(node, node.fromTime, 'fromTime' as Properties<N>, false, accept);
    checkTime(node, node.toTime, 'toTime' as Properties<N>, true, accept);
    const from = minutesOfDay(node.fromTime);
    const to = node.toTime === undefined ? 1440 : minutesOfDay(node.toTime);
    if (from === undefined || to === undefined || from === 1440 || closedHoursOf(node.fromTime, node.toTime)) return;
    if (from === to) {
        report(accept, 'empty-time-range', node,
            `from ${node.fromTime} to ${node.toTime} closes nothing. To close the whole day leave out the times; otherwise correct one of them.`,
            { property: 'toTime' as Properties<N> });
    } else {
        report(accept, 'reversed-range', node,
            `The closing ends at ${node.toTime}, before it starts at ${node.fromTime}: a part-day closing lies within its day. Swap the times, or close the next day from 00:00 too.`,
            { property: 'toTime' as Properties<N> });
    }
}

/** "31 June": a day of the year that never occurs. */
function checkDayOfYear<N extends AstNode>(node: N, day: number | undefined, month: string | undefined,
    property: Properties<N>, accept: ValidationAcceptor): void {
    const m = monthNumber(month);
    if (day === undefined || m === undefined || dayOfMonth(day, month)) return;
    report(accept, 'invalid-date', node,
        Number.isInteger(day) && day >= 1
            ? `${day} ${month} does not exist: ${month} has ${MONTH_DAYS[m]} days.`
            : `${day} ${month} does not exist: days of the month run from 1.`,
        { property });
}

function checkOpenOn(o: ast.OpenOn, accept: ValidationAcceptor): void {
    checkDate(o, o.date, 'date', accept);
    o.ranges.forEach((r) => {
        if (r.whole || typeof r.from !== 'string' || typeof r.to !== 'string') return;
        const from = minutesOfDay(r.from);
        const to = minutesOfDay(r.to);
        if (from !== undefined && to !== undefined && to < from && to > 0) {
            report(accept, 'opening-past-midnight', r,
                `A special opening lies within its date: ${r.from} to ${r.to} runs past midnight. Write ${r.from} to 24:00 here and open the next date from 00:00 to ${r.to} as well.`,
                { property: 'to' });
        }
    });
}

export function calendarChecks(_services: SlaServices): ValidationChecks<ast.SlaAstType> {
    return {
        ClosedOn: checkClosingTimes,
        YearlyClosing: (y, accept) => {
            checkDayOfYear(y, y.day, y.month, 'day', accept);
            checkClosingTimes(y, accept);
        },
        OpenOn: checkOpenOn,
        Season: (s, accept) => {
            checkDayOfYear(s, s.fromDay, s.fromMonth, 'fromDay', accept);
            checkDayOfYear(s, s.toDay, s.toMonth, 'toDay', accept);
        },
    };
}
