/**
 * Hours, ISO weeks and rolling windows are periods of availability levels only
 * ("guaranteed 99.9% per week"). Elsewhere a period counts warnings, compensations, caps,
 * claims and compliance, which the contracts we read count per month, quarter or year: a
 * compensation counted per hour or a cap per rolling 30 days has no reading yet, so it is
 * an error here rather than a guess in the engine. No public SLA we read needs them
 * (docs/research/public-slas.md); the message says why and gives the clause per month.
 */
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { report } from './ast-report.js';

function periodText(text: string): string {
    const m = /^rolling\s*(\d+)\s*days$/.exec(text.trim());
    return m ? `rolling ${m[1]} days` : text;
}

/**
 * The clause as written with its period made a month: what to write instead. A chronic
 * window ("in any 30 consecutive days") is the reading for a rolling count of outages.
 */
function rewrite(node: AstNode, text: string): string | undefined {
    const written = node.$cstNode?.text.replace(/\s+/g, ' ').trim();
    if (!written) return undefined;
    const rolling = /^rolling\s*(\d+)\s*days$/.exec(text.trim());
    // Only the period itself ("per week", "in a week", "end of the week"), never a unit ("for each hour of downtime").
    const pattern = rolling ? /\b(per|in an?|of the) rolling\s*\d+\s*days\b/g : new RegExp(`\\b(per|in an?|of the) ${text}\\b`, 'g');
    const out = written.replace(pattern, (_m, lead: string) => `${lead === 'in an' ? 'in a' : lead} month`);
    return out === written || out.length > 160 ? undefined : out;
}

function check<N extends AstNode>(node: N, property: string, text: string | undefined, what: string, accept: ValidationAcceptor): void {
    if (text === undefined || text === 'month' || text === 'quarter' || text === 'year') return;
    const instead = rewrite(node, text);
    const rolling = text.startsWith('rolling');
    report(accept, 'period-kind-unsupported', node,
        `${what} per ${periodText(text)} is not supported: remedies, caps, claims and compliance are counted per month, quarter or year, as fees are billed, `
        + `and none of the public SLAs read for the language counts them per ${rolling ? 'rolling window' : text} (${text === 'hour' ? 'an hour is no billing period' : `${rolling ? 'a window' : `a ${text}`} across a month end would belong to two bills`}). `
        + `Hours, weeks and rolling windows are periods of availability levels only ("guaranteed 99.9% per week"). `
        + (instead ? `Write '${instead}'` : 'Count per month, quarter or year')
        + (rolling ? ', or, for a right to terminate on repeated outages, \'right to terminate after more than 3 outages in any 30 consecutive days\'.' : '.'),
        { property: property as never });
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
