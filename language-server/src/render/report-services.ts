/**
 * The report's section per named service: its guarantee, availability per period, and each
 * credit with its share and money, claim-by date, clause and the incidents behind it.
 * Text goes through the report's own escape (passed in, so this file needs no import of
 * the report and the two stay one way round).
 */
import type { ServiceResult, SimulationResult } from '../engine/simulate.js';

type Escape = (value: unknown) => string;

const pct = (n: number | null) => (n === null ? '–' : `${Number(n.toFixed(4))}%`);

function size(m: ServiceResult['remedies'][number]): string {
    const share = m.percent !== null && (m.fee || typeof m.amount !== 'number') ? `${Number(m.percent.toFixed(4))}%${m.fee ? ` of ${m.fee}` : ''}` : '';
    const money = typeof m.amount === 'number' ? `${m.amount.toFixed(2)}${m.currency ? ` ${m.currency}` : ''}` : '';
    return [share, money].filter(Boolean).join(' = ');
}

function serviceBlock(s: ServiceResult, e: Escape): string {
    const level = s.guaranteePercent === null ? 'no guarantee' : `guaranteed ${pct(s.guaranteePercent)} per ${e(s.guaranteePeriod)}`;
    const periods = s.periods.map((p) => `<tr>
<td>${e(p.period)}</td>
<td class="num ${p.guaranteeMet === false ? 'missed' : ''}">${pct(p.availabilityPercent)}</td>
<td class="num">${pct(p.guaranteePercent)}${p.guaranteeMet === null ? '' : p.guaranteeMet ? ' <span class="met">met</span>' : ' <span class="missed">missed</span>'}</td>
<td class="num">${p.scheduledMinutes}</td>
<td class="num">${p.downtimeMinutes}</td>
<td class="num">${p.excludedMinutes}</td>
<td>${e(p.incidents.join(', '))}</td>
</tr>`).join('\n');
    const remedies = s.remedies.map((m) => {
        const paid = (m.kind === 'compensation' || m.kind === 'credit') && m.due;
        const claim = [paid && m.onRequest ? 'on request' : '', paid && m.claimBy ? `claim by <time datetime="${e(m.claimBy)}">${e(m.claimBy.slice(0, 10))} ${e(m.claimBy.slice(11, 16))}</time>` : '']
            .filter(Boolean).join(', ');
        return `<tr class="${m.due ? '' : 'not-due'}">
<td>${e(m.period)}</td>
<td class="${paid ? 'missed' : ''}">${e(m.kind)} ${e(size(m))}${claim ? `<br><span class="muted">${claim}</span>` : ''}${m.due ? '' : ' <span class="muted">(not due)</span>'}</td>
<td>${e(m.clause)}</td>
<td>${e(m.incidents.join(', '))}</td>
<td class="because">${e(m.because)}</td>
</tr>`;
    }).join('\n');
    return `<h3>${e(s.service)}${s.article ? ` <span class="muted">${e(s.article)}</span>` : ''}</h3>
<p>${level}; ${s.incidents.length ? `events ${e(s.incidents.join(', '))}` : 'no events name it'}.</p>
<table>
<thead><tr><th>Period</th><th>Availability</th><th>Guarantee</th><th>Scheduled min</th><th>Down min</th><th>Excluded min</th><th>Incidents</th></tr></thead>
<tbody>
${periods}
</tbody>
</table>
${s.remedies.length === 0 ? '<p class="muted">No credit or other remedy of this service applies.</p>' : `<table>
<thead><tr><th>Period</th><th>Remedy</th><th>Clause</th><th>Caused by</th><th>Because</th></tr></thead>
<tbody>
${remedies}
</tbody>
</table>`}
<details><summary>How each figure was computed</summary><ul>${s.periods.map((p) => `<li>${e(p.explanation)}</li>`).join('')}</ul></details>`;
}

/** Empty for a contract without services. */
export function servicesSection(r: SimulationResult, e: Escape): string {
    if (!r.services?.length) return '';
    return `<section id="services">
<h2>Services</h2>
<p class="muted">Each service counts only the outages and incidents that name it; the availability above is the contract as a whole.</p>
${r.outagesWithoutService?.length ? `<p class="warn">${r.outagesWithoutService.length} outage(s) name no service (${e(r.outagesWithoutService.join(', '))}): counted for the contract as a whole, against none of its services.</p>` : ''}
${r.services.map((s) => serviceBlock(s, e)).join('\n')}
</section>`;
}
