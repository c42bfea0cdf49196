/**
 * `sla simulate --json` written as it is computed: the head with the periods, then each
 * incident as it comes, then compliance, remedies and the data-quality summary. The bytes
 * are those of JSON.stringify(result, null, 2) with `quality` as the last key, so a reader
 * sees the same document as when it was written at once.
 */
import type { IncidentResult } from '../engine/simulate.js';

/** `"key": value` at depth 1 of a 2-space-indented document. */
function member(key: string, value: unknown): string {
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
}

export function jsonHead(h: { contract: string; zone: string; from: string; to: string; periods: unknown[] }): string {
    const members = [member('contract', h.contract), member('zone', h.zone), member('from', h.from), member('to', h.to), member('periods', h.periods)];
    return `{\n${members.join(',\n')},\n  "incidents": [`;
}

/** One element of the incidents array; `first` leaves out the comma. */
export function jsonIncident(row: IncidentResult, first: boolean): string {
    return `${first ? '' : ','}\n    ${JSON.stringify(row, null, 2).replace(/\n/g, '\n    ')}`;
}

/** Closes the incidents array (`rows`: how many were written) and writes the rest of the members. */
export function jsonTail(rows: number, rest: Record<string, unknown>): string {
    const members = Object.entries(rest).map(([k, v]) => member(k, v));
    return `${rows > 0 ? '\n  ' : ''}]${members.map((m) => `,\n${m}`).join('')}\n}\n`;
}
