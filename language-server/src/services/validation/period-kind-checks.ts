/**
 * Hours, ISO weeks and rolling windows are periods of availability levels only
 * ("guaranteed 99.9% per week"). Elsewhere a period counts warnings, compensations, caps,
 * claims and compliance, which the contracts we read count per month, quarter or year: a
 * compensation counted per hour or a cap per rolling 30 days has no reading yet, so it is
 * an error here rather than a guess in the engine.
 */
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { report } from './ast-report.js';

function periodText(text: string): string {
    const m = /^rolling\s*(\d+)\s*days$/.exec(text.trim());
    return m ? `rolling ${m[1]} days` : text;
}

function check<N extends AstNode>(node: N, property: string, text: string | undefined, what: string, accept: ValidationAcceptor): void {
    if (text === undefined || text === 'month' || text === 'quarter' || text === 'year') return;
    report(accept, 'period-kind-unsupported', node,
        `${what} per ${periodText(text)} is not supported: hours, weeks and rolling windows are periods of availability levels only `
        + '("guaranteed 99.9% per week"). Count per month, quarter or year.', { property: property as never });
}

export function periodKindChecks(_services: SlaServices): ValidationChecks<ast.SlaAstType> {
    return {
        Warning: (n, accept) => check(n, 'period', n.period, 'A warning given at most once', accept),
        ImprovementProposal: (n, accept) => check(n, 'period', n.period, 'Counting warnings for an improvement proposal', accept),
        TerminationRight: (n, accept) => check(n, 'period', n.period, 'Counting compensations for a right to terminate', accept),
        Compensation: (n, accept) => {
            check(n, 'countedPer', n.countedPer, 'Counting warnings for a compensation', accept);
            check(n, 'capPer', n.capPer, 'A compensation cap', accept);
        },
        Credit: (n, accept) => {
            check(n, 'period', n.period, 'A credit for availability', accept);
            check(n, 'per', n.per, 'A credit for downtime summed', accept);
        },
        CreditCap: (n, accept) => check(n, 'per', n.per, 'A credit cap', accept),
        ServiceCap: (n, accept) => check(n, 'per', n.per, 'A service\'s cap on its credits', accept),
        CreditClaim: (n, accept) => check(n, 'endOf', n.endOf, 'A claim window from the end of the period', accept),
        Compliance: (n, accept) => check(n, 'period', n.period, 'Compliance judged', accept),
        ChronicWindow: (n, accept) => {
            if (n.days === 0) report(accept, 'zero-count', n, 'A window of 0 days holds no outage: the right can never arise. Write the number of days (e.g. 30).', { property: 'days' });
        },
    };
}
