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

function checkCredit(c: ast.Credit, accept: ValidationAcceptor): void {
    if (c.amount?.share && !c.amount.fee) {
        report(accept, 'credit-without-fee', c.amount,
            `"${c.amount.share.value ?? ''}%" of what? Say which fee the credit is a share of, e.g. "${c.amount.share.value ?? 5}% of Maandbedrag", or give an amount ("50 EUR").`);
    }
    const shareCap = c.terms.find((t): t is ast.CreditCap | ast.CreditMinimum => (ast.isCreditCap(t) || ast.isCreditMinimum(t)) && !!t.amount?.share && !t.amount.fee);
    if (shareCap && c.amount && !c.amount.share) {
        report(accept, 'credit-without-fee', shareCap,
            `The credit is a sum of money, so "${shareCap.amount?.share?.value ?? ''}%" has no fee to be a share of. Write "... of <fee>" or give an amount.`);
    }
    // The unit counts downtime, or (with "by which the ... deadline is missed") lateness.
    const what = c.missed ? 'Lateness' : 'Downtime';
    for (const u of [c.unit, c.grace]) {
        const unit = u?.unit?.replace(/\s+/g, '');
        if (u && unit && /^(month|months|year|years|workingday|workingdays)$/.test(unit)) {
            report(accept, 'unit-kind-mismatch', u,
                `${what} is counted in minutes, hours, days or weeks; "${u.unit}" has no fixed length. Write e.g. "30 minutes" or "hour".`, { property: 'unit' });
        }
        if (u && typeof u.value === 'number' && u.value <= 0) {
            report(accept, 'zero-duration', u, `A unit of ${what.toLowerCase()} of 0 has no meaning: every moment would be a credit.`, { property: 'value' });
        }
    }
}

function checkClaim(c: ast.CreditClaim, accept: ValidationAcceptor): void {
    const unit = c.within?.unit?.replace(/\s+/g, '');
    if (c.within && unit && /^(workingday|workingdays)$/.test(unit)) {
        report(accept, 'unit-kind-mismatch', c.within,
            'A claim window in working days needs a calendar that this clause does not name; it is counted as calendar days. Write "days" or "weeks".', { property: 'unit' });
    }
    if (c.within?.cycles && !c.incident) {
        report(accept, 'unit-kind-mismatch', c.within,
            'Billing cycles are counted after the incident: write "claim within 2 billing cycles after the incident".', { property: 'cycles' });
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
        Credit: checkCredit,
        CreditClaim: checkClaim,
        ImprovementProposal: (n, accept) => checkZero(n,
            'An improvement proposal after 0 warnings is due before anything went wrong. Write the number of warnings after which it is due (e.g. 2).', accept),
        TerminationRight: (n, accept) => checkZero(n, n.outages
            ? 'A right to terminate after 0 outages exists from day one. Write the number of outages after which it arises (e.g. 3).'
            : 'A right to terminate after 0 compensations exists from day one. Write the number of compensations after which it arises (e.g. 6).', accept),
        Note: checkNote,
        Contract: checkContract,
    };
}
