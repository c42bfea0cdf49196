/** The simulation as plain text for the terminal (`sla simulate` without --json). */
import type { IncidentResult, PeriodResult, RemedyResult, ServiceResult, SimulationResult } from '../engine/simulate.js';

function round(n: number, digits: number): number {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}

const yesNo = (b: boolean | null, yes: string, no: string) => (b === null ? '-' : b ? yes : no);

/** "credit 10% of the Maandbedrag fee = 120.00 EUR, claim by 2026-04-30T23:59:59+02:00, on request". */
export function remedyText(m: RemedyResult): string {
    if (m.kind !== 'compensation' && m.kind !== 'credit') return m.kind;
    const share = m.percent !== null && m.fee ? `${round(m.percent, 4)}% of the ${m.fee} fee` : m.percent !== null && typeof m.amount !== 'number' ? `${round(m.percent, 4)}%` : '';
    const money = typeof m.amount === 'number' ? `${m.amount.toFixed(2)}${m.currency ? ` ${m.currency}` : ''}` : '';
    const parts = [`${m.kind} ${[share, money].filter(Boolean).join(' = ')}${m.due ? '' : ' (not due)'}`];
    if (m.due && m.claimBy) parts.push(`claim by ${m.claimBy}`);
    if (m.due && m.onRequest) parts.push('on request');
    return parts.join(', ');
}

function periodLine(p: PeriodResult): string {
    const levels = [p.guaranteePercent !== null ? `guarantee ${p.guaranteePercent}% ${yesNo(p.guaranteeMet, 'met', 'MISSED')}` : '',
        p.targetPercent !== null ? `target ${p.targetPercent}% ${yesNo(p.targetMet, 'met', 'missed')}` : ''].filter(Boolean).join(', ');
    return `${p.period.padEnd(8)} ${p.availabilityPercent.toFixed(4)}%  scheduled ${p.scheduledMinutes} min, down ${p.downtimeMinutes} min, excluded ${p.excludedMinutes} min${levels ? `  ${levels}` : ''}`;
}

/** One service: its guarantee, its availability per period, and its credits with the clause and incidents behind each. */
export function serviceLines(svc: ServiceResult): string[] {
    const level = svc.guaranteePercent === null ? 'no guarantee' : `guaranteed ${svc.guaranteePercent}% per ${svc.guaranteePeriod}`;
    const out = [`Service "${svc.service}"${svc.article ? ` [${svc.article}]` : ''}: ${level}; ${svc.incidents.length ? `events ${svc.incidents.join(', ')}` : 'no events name it'}`];
    for (const p of svc.periods) out.push(`  ${periodLine(p)}`);
    if (svc.remedies.length === 0) out.push('  remedies: none');
    for (const m of svc.remedies) {
        out.push(`  ${m.period} ${remedyText(m)} [${m.clause}]`);
        if (m.incidents.length) out.push(`      incidents ${m.incidents.join(', ')}`);
        out.push(`      because ${m.because}`);
    }
    return out;
}

/** A plain-text report a contract manager can read and check by hand. */
export function formatSimulation(r: SimulationResult): string {
    return simulationHeadText(r) + r.incidents.map((i, k) => incidentText(i, k === 0)).join('') + simulationTailText(r);
}

/**
 * The title and the availability per period: what comes before the first incident. With
 * services, this is the contract as a whole; each service follows after the deadlines (its
 * remedies need the deadlines missed).
 */
export function simulationHeadText(r: Pick<SimulationResult, 'contract' | 'from' | 'to' | 'zone' | 'periods'> & { services?: unknown; withServices?: boolean }): string {
    const out = [`Simulation of "${r.contract}", ${r.from} to ${r.to} (${r.zone})`, '', r.services || r.withServices ? 'Availability of the contract as a whole (every outage, whichever service it hit)' : 'Availability'];
    for (const p of r.periods) out.push(`  ${periodLine(p)}`);
    return out.join('\n') + '\n';
}

/** One incident's lines; the first incident brings the "Deadlines" heading. */
export function incidentText(i: IncidentResult, first: boolean): string {
    const out = first ? ['', 'Deadlines'] : [];
    // No committed deadline, but a target or share clock for it (listed below): say which, not "none".
    const standing = (name: string) => [...new Set((i.milestones ?? []).filter((m) => m.milestone === name && m.standing !== 'commitment').map((m) => m.standing))];
    const none = (name: string) => (standing(name).length ? `${name}: ${standing(name).map((s) => (s === 'share' ? 'share of incidents' : s)).join(' and ')} only` : `${name}: none`);
    const part = (name: string, d: string | null, m: boolean | null) => (d === null ? none(name) : `${name} by ${d} ${yesNo(m, 'met', 'MISSED').replace('-', 'open')}`);
    const hit = i.services ? ` (${i.services.join(', ')})` : '';
    out.push(`  ${i.id} ${i.priority ?? i.kind}${hit}: ${part('response', i.responseDeadline, i.responseMet)}; ${part('resolution', i.resolutionDeadline, i.resolutionMet)}`);
    // Other milestones, targets and share clocks, one line each; only a commitment's miss is in capitals.
    for (const m of i.milestones ?? []) {
        const name = `${m.milestone.replace(/-/g, ' ')}${m.standing === 'commitment' ? '' : ` (${m.standing})`}`;
        const state = m.met === null ? 'open' : m.met ? 'met' : m.standing === 'commitment' ? 'MISSED' : 'missed';
        out.push(`      ${m.deadline === null ? `${name}: none (${m.explanation})` : `${name} by ${m.deadline} ${state}`}`);
    }
    return out.join('\n') + '\n';
}

/** Compliance and remedies: what comes after the last incident. */
export function simulationTailText(r: Pick<SimulationResult, 'compliance' | 'remedies' | 'services' | 'outagesWithoutService'>): string {
    const out: string[] = [];
    for (const svc of r.services ?? []) out.push('', ...serviceLines(svc));
    if (r.outagesWithoutService?.length) {
        const ids = r.outagesWithoutService;
        out.push('', `Note: ${ids.length} outage${ids.length === 1 ? '' : 's'} name${ids.length === 1 ? 's' : ''} no service (${ids.length > 10 ? `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more` : ids.join(', ')}): `
            + 'counted for the contract as a whole, against none of its services. Give the log a service column.');
    }
    if (r.compliance.length) out.push('', 'Compliance');
    for (const c of r.compliance) {
        const who = c.priorities?.length ? c.priorities.join(', ') : 'all priorities';
        out.push(`  ${c.period} ${c.clock.replace(/-/g, ' ')} of ${who}: ${c.inTime} of ${c.total} in time (${round(c.sharePercent, 2)}%, at least ${c.atLeastPercent}%) ${c.met ? 'met' : c.target ? 'missed (target)' : 'MISSED'}${c.clause ? ` [${c.clause}]` : ''}`);
    }
    out.push('', 'Remedies');
    if (r.remedies.length === 0) out.push('  none');
    for (const m of r.remedies) {
        out.push(`  ${m.period} ${remedyText(m)} [${m.clause}]`, `      because ${m.because}`);
    }
    return out.join('\n') + '\n';
}
