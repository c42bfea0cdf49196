/**
 * The simulation as files to keep: JSON (the whole result, as `sla simulate --json`) and
 * CSV, one table per file (periods, incidents or remedies): a header row and one row per
 * record, so a spreadsheet opens it as one clean table. Pure; the extension writes what
 * these return.
 */
import type { ReportResult } from './report-data.js';
import { lateness } from './report-data.js';

export function toJson(result: ReportResult): string {
    return JSON.stringify(result, null, 2) + '\n';
}

type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge
 * spaces, quotes doubled. Text that a spreadsheet would run as a formula (=, +, @, a tab,
 * or - not starting a number) gets a leading apostrophe, so an incident id from a log
 * cannot become a formula in the customer's spreadsheet.
 */
export function csvField(value: Cell): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    let s = value;
    if (/^[=+@\t\r]/.test(s) || /^-(?![\d.])/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: Cell[]): string {
    return cells.map(csvField).join(',');
}

/** The tables of the report, each its own CSV file. */
export const CSV_TABLES = ['periods', 'incidents', 'remedies', 'service periods', 'service remedies'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** The tables a result has: the service tables only in a contract with services. */
export function csvTablesOf(result: ReportResult): CsvTable[] {
    return CSV_TABLES.filter((t) => !t.startsWith('service') || (result.services?.length ?? 0) > 0);
}

/**
 * One table as CSV (RFC 4180, CRLF line ends) with a UTF-8 byte order mark: without it
 * Excel reads UTF-8 as the local code page and mangles names like "Één" or the € sign.
 */
export function toCsv(result: ReportResult, table: CsvTable): string {
    const { header, rows } = csvTableRows(result, table);
    return '\uFEFF' + [csvRow(header), ...rows.map(csvRow)].join('\r\n') + '\r\n';
}

function csvTableRows(result: ReportResult, table: CsvTable): { header: string[]; rows: Cell[][] } {
    switch (table) {
        case 'periods': return {
            header: ['period', 'availability_percent', 'guarantee_percent', 'guarantee_met', 'target_percent', 'target_met', 'scheduled_minutes',
                'downtime_minutes', 'excluded_minutes', 'budget_minutes', 'budget_left_minutes', 'incidents', 'excluded_incidents'],
            rows: result.periods.map((p) => [p.period, p.availabilityPercent, p.guaranteePercent, p.guaranteeMet, p.targetPercent, p.targetMet,
                p.scheduledMinutes, p.downtimeMinutes, p.excludedMinutes, p.budgetMinutes, p.budgetLeftMinutes,
                p.incidents.join(' '), p.excludedIncidents.join(' ')]),
        };
        case 'incidents': return {
            header: ['id', 'priority', 'kind', 'reported', 'response_deadline', 'responded', 'response_met', 'response_late_by',
                'resolution_deadline', 'resolved', 'resolution_met', 'resolution_late_by', 'note'],
            rows: result.incidents.map((i) => {
                const t = result.times?.[i.id];
                return [i.id, i.priority, i.kind, t?.reported, i.responseDeadline, t?.responded, i.responseMet,
                    i.responseMet === false ? lateness(i.responseDeadline, t?.responded ?? null) : null,
                    i.resolutionDeadline, t?.resolved, i.resolutionMet,
                    i.resolutionMet === false ? lateness(i.resolutionDeadline, t?.resolved ?? null) : null, t?.note];
            }),
        };
        case 'remedies': return {
            header: ['period', 'remedy', 'percent', 'fee', 'amount', 'currency', 'due', 'claim_by', 'on_request', 'clause', 'article', 'incidents', 'because'],
            rows: result.remedies.map((m) => [m.period, m.kind, m.percent, m.fee, m.amount, m.currency, m.due, m.claimBy, m.onRequest, m.clause,
                m.article, m.incidents.join(' '), m.because]),
        };
        case 'service periods': return {
            header: ['service', 'period', 'availability_percent', 'guarantee_percent', 'guarantee_met', 'scheduled_minutes', 'downtime_minutes', 'excluded_minutes', 'incidents'],
            rows: (result.services ?? []).flatMap((v) => v.periods.map((p) => [v.service, p.period, p.availabilityPercent, p.guaranteePercent, p.guaranteeMet,
                p.scheduledMinutes, p.downtimeMinutes, p.excludedMinutes, p.incidents.join(' ')])),
        };
        case 'service remedies': return {
            header: ['service', 'period', 'remedy', 'percent', 'fee', 'amount', 'currency', 'due', 'claim_by', 'on_request', 'clause', 'article', 'incidents', 'because'],
            rows: (result.services ?? []).flatMap((v) => v.remedies.map((m) => [v.service, m.period, m.kind, m.percent, m.fee, m.amount, m.currency, m.due, m.claimBy,
                m.onRequest, m.clause, m.article, m.incidents.join(' '), m.because])),
        };
    }
}
