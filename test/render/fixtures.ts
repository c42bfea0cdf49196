/** The Avetica sample year, simulated the way the language server does for the report. */
import { readFileSync } from 'node:fs';
import { parseIncidentLog } from '../../language-server/src/engine/incident-log.js';
import { simulate } from '../../language-server/src/engine/simulate.js';
import { withTimes, type ReportResult } from '../../language-server/src/render/report-data.js';
import { modelOf } from '../support/sla.js';

let cached: ReportResult | undefined;

export async function aveticaYear(): Promise<ReportResult> {
    if (cached) return cached;
    const model = await modelOf(readFileSync('samples/avetica-moodle.sla', 'utf8'));
    const { incidents, errors } = parseIncidentLog(readFileSync('samples/avetica-moodle-2026.csv', 'utf8'), 'avetica-moodle-2026.csv', 'csv', model);
    if (errors.length) throw new Error(`the sample log has errors: ${JSON.stringify(errors)}`);
    cached = withTimes(simulate(model, incidents, { from: '2026-01', to: '2026-12' }), incidents);
    return cached;
}

export const HOSTILE = `<script>alert(1)</script>"'&`;

/** The sample result with hostile text in every place a contract or log writes. */
export function hostile(r: ReportResult): ReportResult {
    const h = structuredClone(r);
    h.contract = `Evil ${HOSTILE}`;
    h.incidents[0].id = `A1${HOSTILE}`;
    h.incidents[0].responseExplanation = `x" onmouseover="alert(2)`;
    h.times![`A1${HOSTILE}`] = { ...h.times!.A1, note: `note ${HOSTILE} <img src=x onerror=alert(3)>` };
    h.remedies[0].clause = `remedies ${HOSTILE}`;
    h.remedies[0].because = `because ${HOSTILE}`;
    h.remedies[0].incidents = [`A1${HOSTILE}`];
    h.periods[0].period = `2026-Q1${HOSTILE}`;
    return h;
}
