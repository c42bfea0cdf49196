/**
 * Remedies and legal text that need no computation: bands without bounds, compensation as
 * a share of a fee that has no period, counts that start at zero, empty notes, missing parties.
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { hasSyntaxErrors, report } from './ast-report.js';

function checkBand(b: ast.Band, accept: ValidationAcceptor): void {
    if (!b.lower && !b.upper) {
        report(accept, 'band-without-bound', b,
            'This band has no availability bound, so it applies at every availability level, even 100%. '
            + 'Add "from 95% below 99%" or similar.');
    }
    const fee = b.fee?.ref;
    if (fee && (fee.per === 'hour' || fee.per === 'incident')) {
        report(accept, 'compensation-fee-not-periodic', b,
            `Fee ${fee.name} is per ${fee.per}, so "${b.percent?.value ?? ''}% of ${fee.name}" has no amount per period to take a share of. `
            + 'Refer to a fee per month, quarter or year.',
            { property: 'fee' });
    }
}

const SUFFIX = (n: number): string => {
    const last2 = n % 100, last = n % 10;
    if (last2 >= 11 && last2 <= 13) return 'th';
    return last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
};

function checkCompensation(c: ast.Compensation, accept: ValidationAcceptor): void {
    if (typeof c.fromWarning !== 'string') return;
    const m = /^(\d+)(st|nd|rd|th)$/.exec(c.fromWarning);
    if (!m) return;
    const n = parseInt(m[1], 10);
    if (n === 0) {
        report(accept, 'zeroth-warning', c,
            'Warnings are counted from the 1st; "the 0th warning" does not exist. Write "from the 1st warning" (or leave it out).',
            { property: 'fromWarning' });
    } else if (m[2] !== SUFFIX(n)) {
        report(accept, 'ordinal-suffix', c, `"${c.fromWarning}" reads oddly; write "${n}${SUFFIX(n)}".`, { property: 'fromWarning' });
    }
}

function checkZero(node: ast.ImprovementProposal | ast.TerminationRight, message: string, accept: ValidationAcceptor): void {
    if (node.count === 0) report(accept, 'zero-count', node, message, { property: 'count' });
}

function checkNote(n: ast.Note, accept: ValidationAcceptor): void {
    if (typeof n.text === 'string' && !n.text.trim()) {
        report(accept, 'empty-note', n, 'This note has no text; a note keeps the contract\'s prose. Add the text or remove the note.', { property: 'text' });
    } else if (typeof n.title === 'string' && !n.title.trim()) {
        report(accept, 'empty-note', n, 'This note has no title; give it one so it can be found in the rendered contract.', { property: 'title' });
    }
}

function checkContract(c: ast.Contract, accept: ValidationAcceptor): void {
    if (hasSyntaxErrors(c) || c.library) return;
    const parties = (c.clauses ?? []).filter(ast.isParty);
    for (const role of ['provider', 'customer']) {
        if (!parties.some((p) => p.role === role)) {
            report(accept, 'missing-party', c,
                `The contract does not name the ${role}. Add e.g. ${role} "Name B.V." so reports say who owes whom.`,
                { property: 'name' });
        }
    }
}

export function remediesChecks(_services: SlaServices): ValidationChecks<ast.SlaAstType> {
    return {
        Band: checkBand,
        Compensation: checkCompensation,
        ImprovementProposal: (n, accept) => checkZero(n,
            'An improvement proposal after 0 warnings is due before anything went wrong. Write the number of warnings after which it is due (e.g. 2).', accept),
        TerminationRight: (n, accept) => checkZero(n,
            'A right to terminate after 0 compensations exists from day one. Write the number of compensations after which it arises (e.g. 6).', accept),
        Note: checkNote,
        Contract: checkContract,
    };
}
