/** Where each period's downtime came from, when monitors' outages were merged with tickets'. */
import type { DowntimeSources } from '../engine/monitors/downtime-sources.js';

export function formatDowntimeSources(rows: readonly DowntimeSources[]): string {
    const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
    const lines = ['Downtime by source (minutes counted; an outage seen by both counts once)',
        '  period      downtime  tickets only  monitor only  both'];
    for (const r of rows) {
        lines.push(`  ${r.period.padEnd(10)}  ${n(r.downtimeMinutes).padStart(8)}  ${n(r.ticketsOnlyMinutes).padStart(12)}  ${n(r.monitorOnlyMinutes).padStart(12)}  ${n(r.bothMinutes).padStart(4)}`);
    }
    return lines.join('\n');
}
