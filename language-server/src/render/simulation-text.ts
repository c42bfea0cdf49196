/** The simulation as plain text for the terminal (`sla simulate` without --json). */
import type { SimulationResult } from '../engine/simulate.js';

function round(n: number, digits: number): number {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}

const yesNo = (b: boolean | null, yes: string, no: string) => (b === null ? '-' : b ? yes : no);

/** A plain-text report a contract manager can read and check by hand. */
export function formatSimulation(r: SimulationResult): string {
    const out = [`Simulation of "${r.contract}", ${r.from} to ${r.to} (${r.zone})`, '', 'Availability'];
    for (const p of r.periods) {
        const levels = [p.guaranteePercent !== null ? `guarantee ${p.guaranteePercent}% ${yesNo(p.guaranteeMet, 'met', 'MISSED')}` : '',
            p.targetPercent !== null ? `target ${p.targetPercent}% ${yesNo(p.targetMet, 'met', 'missed')}` : ''].filter(Boolean).join(', ');
        out.push(`  ${p.period.padEnd(8)} ${p.availabilityPercent.toFixed(4)}%  scheduled ${p.scheduledMinutes} min, down ${p.downtimeMinutes} min, excluded ${p.excludedMinutes} min${levels ? `  ${levels}` : ''}`);
    }
    if (r.incidents.length) out.push('', 'Deadlines');
    for (const i of r.incidents) {
        const part = (name: string, d: string | null, m: boolean | null) => (d === null ? `${name}: none` : `${name} by ${d} ${yesNo(m, 'met', 'MISSED').replace('-', 'open')}`);
        out.push(`  ${i.id} ${i.priority ?? i.kind}: ${part('response', i.responseDeadline, i.responseMet)}; ${part('resolution', i.resolutionDeadline, i.resolutionMet)}`);
    }
    if (r.compliance.length) out.push('', 'Compliance');
    for (const c of r.compliance) {
        out.push(`  ${c.period} ${c.clock}: ${c.inTime} of ${c.total} in time (${round(c.sharePercent, 2)}%, at least ${c.atLeastPercent}%) ${c.met ? 'met' : 'MISSED'}`);
    }
    out.push('', 'Remedies');
    if (r.remedies.length === 0) out.push('  none');
    for (const m of r.remedies) {
        const what = m.kind === 'compensation' ? `compensation ${m.percent}%${m.fee ? ` of the ${m.fee} fee` : ''}${m.due ? '' : ' (not due)'}` : m.kind;
        out.push(`  ${m.period} ${what} [${m.clause}]`, `      because ${m.because}`);
    }
    return out.join('\n') + '\n';
}
