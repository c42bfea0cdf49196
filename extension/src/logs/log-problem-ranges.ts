/**
 * Where an incident log's error goes in the editor. The server gives a line and a column:
 * for a CSV log the column is the number of the field in the header (the third field),
 * for JSON the character column of the key. Here that becomes a range of characters on
 * the line: the whole field of the CSV record, the key and its value in JSON, or the whole
 * line when the error is about the record. No vscode import.
 */
import type { LogProblem } from '../../../language-server/src/protocol/sla-protocol.js';

export interface ProblemRange {
    /** 0-based line and character offsets, end exclusive. */
    line: number;
    start: number;
    end: number;
    message: string;
}

export function problemRanges(problems: LogProblem[], text: string, format: 'csv' | 'json'): ProblemRange[] {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
    const delimiter = format === 'csv' ? csvDelimiter(lines[0] ?? '') : ',';
    return problems.map((p) => {
        const line = Math.min(Math.max(p.line - 1, 0), Math.max(lines.length - 1, 0));
        const lineText = lines[line] ?? '';
        const whole = { start: firstNonSpace(lineText), end: Math.max(lineText.trimEnd().length, firstNonSpace(lineText) + 1) };
        let span = whole;
        if (p.field !== undefined && format === 'csv') span = csvField(lineText, p.column - 1, delimiter) ?? whole;
        else if (p.field !== undefined) span = jsonMember(lineText, p.column - 1) ?? whole;
        const message = p.field ? `column '${p.field}': ${p.message}` : p.message;
        return { line, start: span.start, end: span.end, message };
    });
}

/** The delimiter of the header: the one of comma, semicolon and tab that occurs most outside quotes. */
export function csvDelimiter(header: string): string {
    const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
    let quoted = false;
    for (const c of header) {
        if (c === '"') quoted = !quoted;
        else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
    }
    return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Offsets of the index-th field (0-based) of a CSV line, quotes included. */
export function csvField(line: string, index: number, delimiter: string): { start: number; end: number } | undefined {
    let field = 0;
    let start = 0;
    let quoted = false;
    for (let i = 0; i <= line.length; i++) {
        const c = line[i];
        if (c === '"') quoted = !quoted;
        if (i === line.length || (!quoted && c === delimiter)) {
            if (field === index) return { start, end: Math.max(i, start + 1) };
            field++;
            start = i + 1;
        }
    }
    return undefined;
}

function jsonMember(line: string, column: number): { start: number; end: number } | undefined {
    if (column < 0 || column >= line.length) return undefined;
    const end = line.replace(/[\s,]+$/, '').length;
    return end > column ? { start: column, end } : undefined;
}

function firstNonSpace(line: string): number {
    const m = /\S/.exec(line);
    return m ? m.index : 0;
}
