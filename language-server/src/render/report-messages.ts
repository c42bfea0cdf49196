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

/** Print: open the report as a page to print in the browser. */
export interface PrintMessage {
    type: 'print';
}

export type ReportMessage = ExportMessage | PrintMessage;

export function isReportMessage(x: unknown): x is ReportMessage {
    if (!x || typeof x !== 'object') return false;
    const m = x as { type?: unknown; format?: unknown };
    return (m.type === 'export' && (m.format === 'json' || m.format === 'csv')) || (m.type === 'print' && m.format === undefined);
}
