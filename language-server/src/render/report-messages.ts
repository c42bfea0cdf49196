/**
 * Messages from the report webview to the extension. A webview is a web page: whatever it
 * posts is checked here before the extension acts on it.
 */

/** The id of the report's root element (the end-to-end test looks for it). */
export const REPORT_ELEMENT_ID = 'sla-report';

export type ExportFormat = 'json' | 'csv';

export interface ExportMessage {
    type: 'export';
    format: ExportFormat;
}

export type ReportMessage = ExportMessage;

export function isReportMessage(x: unknown): x is ReportMessage {
    if (!x || typeof x !== 'object') return false;
    const m = x as { type?: unknown; format?: unknown };
    return m.type === 'export' && (m.format === 'json' || m.format === 'csv');
}
