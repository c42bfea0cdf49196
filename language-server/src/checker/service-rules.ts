/**
 * Named service levels. Each service is checked as a contract of its own would be, on its
 * view of the contract (its availability and remedies with the contract's calendars,
 * maintenance windows and fees): the rules about guarantees, bands, credits, caps and
 * periods run once per service, their messages naming it. Rules about clocks, calendars
 * and backups are the contract's and run once, on the contract.
 */
import type { ContractModel, RemedyModel, ServiceModel } from '../model/types.js';
import { viewOfService } from '../engine/services.js';
import type { CheckerMemo } from './checker-memo.js';
import type { ModelRule } from './check-model.js';
import type { Finding } from './finding.js';
import { finding, pct } from './rule-support.js';
import { compensationOrder, targetBelowGuarantee } from './ordering-rules.js';
import { remedyBands, remedyLevels } from './coverage-rules.js';
import { chronicUnreachable, minimumOutageOverPeriod, periodMismatch, unreachableRemedies } from './period-rules.js';
import { announcedWithoutNotice, guaranteeWithoutRemedy } from './consequence-rules.js';
import { claimWindowShort, creditAmountUnknown, creditCapBelowBand, creditNeverDue } from './credit-rules.js';
import { maintenanceBudget, maintenanceExclusions } from './budget-rules.js';

/** The rules that judge one guarantee and its remedies. */
const PER_SERVICE: readonly ModelRule[] = [
    targetBelowGuarantee, compensationOrder, remedyBands, remedyLevels, unreachableRemedies, periodMismatch, chronicUnreachable,
    minimumOutageOverPeriod, maintenanceBudget, maintenanceExclusions, guaranteeWithoutRemedy, announcedWithoutNotice,
    creditNeverDue, creditCapBelowBand, claimWindowShort, creditAmountUnknown,
];

function named(s: ServiceModel, f: Finding): Finding {
    return { ...f, message: `Service "${s.name}": ${f.message}` };
}

export function serviceLevels(model: ContractModel, memo: CheckerMemo): Finding[] {
    const out: Finding[] = [];
    for (const s of model.services ?? []) {
        const view = viewOfService(model, s);
        for (const rule of PER_SERVICE) out.push(...rule(view, memo).map((f) => named(s, f)));
    }
    return out;
}

export function serviceWithoutGuarantee(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const s of model.services ?? []) {
        const a = s.availability;
        if (a?.guarantee) continue;
        const credits = s.remedyGroups.flatMap((g) => g.remedies).filter((r) => r.type === 'credit' || r.type === 'compensation' || r.type === 'warning');
        const why = !a ? 'has no availability block' : a.target ? `states only a target (${Number((a.target.value * 100).toFixed(4))}%), no guarantee` : 'states no guarantee in its availability block';
        // The top level is no default for services: say so where a writer might count on it.
        const top = model.availability?.guarantee ? ` The contract's own ${pct(model.availability.guarantee.value)} guarantee does not apply to it: it judges the contract as a whole.` : '';
        out.push(finding('service-without-guarantee', s,
            `service "${s.name}" ${why}: nothing it promises can be missed${credits.length ? `, so its ${credits.length === 1 ? 'remedy' : `${credits.length} remedies`} on availability can never arise` : ''}.${top} `
            + `Add 'availability { guaranteed 99.9% per month  measured around the clock }' to the service, or make it a note.`));
    }
    return out;
}

/**
 * The service's cap over all its credits, checked against each credit as a clause cap
 * would be: a cap below one band or unit is never paid in full, and a cap in money on a
 * share of a fee without an amount cannot be applied.
 */
export function serviceCap(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const s of model.services ?? []) {
        const cap = s.cap;
        if (!cap) continue;
        if (!s.remedyGroups.some((g) => g.remedies.some((r) => r.type === 'credit' || r.type === 'compensation'))) {
            out.push(finding('service-cap-unused', cap, `service "${s.name}" caps its credits, but it has no credit or compensation: the cap limits nothing. Add the credits it caps, or remove the cap.`));
            continue;
        }
        const capped = s.remedyGroups.map((g) => ({
            ...g, remedies: g.remedies.map((r): RemedyModel => (r.type === 'credit' ? { ...r, cap, minimum: undefined } : r)),
        }));
        const view: ContractModel = { ...model, remedyGroups: capped, services: [] };
        const found = [...creditCapBelowBand(view), ...creditAmountUnknown(view)];
        // One finding per code at the cap is enough: it is one clause.
        const seen = new Set<string>();
        for (const f of found) {
            if (seen.has(f.code)) continue;
            seen.add(f.code);
            out.push({ ...f, message: `Service "${s.name}": ${f.message.replace(/(^|: )the cap of/, "$1the service's cap of").replace('that credit is never paid in full', 'that credit is never paid in full, even alone')}` });
        }
    }
    return out;
}

export const serviceRules: ModelRule[] = [serviceWithoutGuarantee, serviceLevels, serviceCap];
