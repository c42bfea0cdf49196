/**
 * The report's last section: what the log held and what of it the simulation used (the
 * data-quality summary `sla simulate` prints at the end of a run), and with monitors'
 * outages, where each period's downtime minutes came from. Text goes through the report's
 * own escape (passed in, as in report-services.ts).
 */
import type { DataQuality } from '../engine/data-quality.js';
import type { DowntimeSources } from '../engine/monitors/downtime-sources.js';

type Escape = (value: unknown) => string;

const minutes = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const count = (n: number) => n.toLocaleString('en-US');

export function qualitySection(q: DataQuality | undefined, sources: readonly DowntimeSources[] | undefined, e: Escape): string {
    if (!q) return '';
    const items = [`<li>${count(q.rowsRead)} row${q.rowsRead === 1 ? '' : 's'} read, ${count(q.rowsUsed)} used, ${count(q.rowsIgnored)} ignored</li>`];
    for (const x of q.ignored) {
        const lines = `line${x.lines.length > 1 ? 's' : ''} ${x.lines.join(', ')}${x.rows > x.lines.length ? ', …' : ''}`;
        items.push(`<li>${count(x.rows)} ignored: ${e(x.reason)} (${lines})</li>`);
    }
    items.push(`<li>${count(q.outages)} outage${q.outages === 1 ? '' : 's'} in the log${q.outagesMerged > 0 ? `, ${count(q.outagesMerged)} overlapping another (counted once)` : ''}</li>`);
    if (q.monitors) {
        const m = q.monitors;
        items.push(`<li>${count(m.outages)} outage${m.outages === 1 ? '' : 's'} seen by uptime monitors; downtime minutes: ${minutes(m.ticketsOnlyMinutes)} from tickets only, `
            + `${minutes(m.monitorOnlyMinutes)} from monitors only, ${minutes(m.bothMinutes)} seen by both (counted once)</li>`);
    }
    const months = (list: string[]) => (list.length === 0 ? 'none' : e(list.join(', ')));
    items.push(`<li>Months with data: ${months(q.periodsWithData)}; without any: ${months(q.periodsWithoutData)}</li>`);
    const table = sources?.length ? `
<table>
<thead><tr><th>Period</th><th>Down min</th><th>Tickets only</th><th>Monitors only</th><th>Both</th></tr></thead>
<tbody>
${sources.map((s) => `<tr><td>${e(s.period)}</td><td class="num">${minutes(s.downtimeMinutes)}</td><td class="num">${minutes(s.ticketsOnlyMinutes)}</td><td class="num">${minutes(s.monitorOnlyMinutes)}</td><td class="num">${minutes(s.bothMinutes)}</td></tr>`).join('\n')}
</tbody>
</table>` : '';
    return `<section id="data">
<h2>The data</h2>
<ul>${items.join('')}</ul>${table}
</section>`;
}
