/**
 * CSV as service desks and Excel write it (RFC 4180): records split at line breaks (LF, CRLF,
 * or CR alone, as old Mac exports), fields at one delimiter, double quotes around a field that
 * holds the delimiter, a quote or a line break, a quote inside doubled. Text comes in pieces
 * (`push`), records go out as they are complete, each with the line it starts on as a text
 * editor counts them (a CRLF inside quotes is one line break, not two).
 *
 * Our own reader, not csv-parse: csv-parse turns every field into a Buffer before a string and
 * took as long as the rest of `sla simulate` together (bench/log-bench.ts); it also names the
 * line a record ends on, not where it starts. This one looks for the next quote and line break
 * with indexOf and slices a record without quotes straight out of the text. The tests read the
 * same texts through csv-parse and compare (test/engine/csv-records.test.ts).
 */

/** A problem with the text at a place. `fatal`: nothing after it can be read as records. */
export interface CsvProblem {
    line: number;
    column: number;
    message: string;
    fatal: boolean;
}

export interface CsvOptions {
    delimiter: string;
    /** A record longer than this (characters) ends the reading: a quote never closed would otherwise take the rest of the file. */
    maxRecord?: number;
}

export const MAX_RECORD = 16 * 1024 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvRecords {
    private readonly delimiter: string;
    private readonly delimiterCode: number;
    private readonly maxRecord: number;
    /** Text of a record not yet complete. */
    private rest = '';
    /** The line the next record starts on. */
    private line = 1;
    private first = true;
    private stopped = false;
    /** Whether a CR alone ends a record (the text's first line break is a CR without LF). */
    private crAlone: boolean | undefined;

    constructor(
        options: CsvOptions,
        private readonly onRecord: (fields: string[], line: number) => void,
        private readonly onProblem: (p: CsvProblem) => void,
    ) {
        this.delimiter = options.delimiter;
        this.delimiterCode = options.delimiter.charCodeAt(0);
        this.maxRecord = options.maxRecord ?? MAX_RECORD;
    }

    /** Whether a fatal problem ended the reading. */
    get done(): boolean { return this.stopped; }

    push(piece: string): void {
        if (this.stopped) return;
        let text = this.rest === '' ? piece : this.rest + piece;
        if (this.first && text.length > 0) {
            this.first = false;
            if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        }
        if (this.crAlone === undefined) {
            const cr = text.indexOf('\r');
            const lf = text.indexOf('\n');
            if (cr >= 0 && (lf < 0 || cr < lf) && cr + 1 < text.length) this.crAlone = text.charCodeAt(cr + 1) !== LF;
            else if (lf >= 0) this.crAlone = false;
        }
        this.rest = text.slice(this.scan(text, false));
        if (this.rest.length > this.maxRecord) this.tooLong();
    }

    /** The end of the text: a last record without a line break after it. */
    end(): void {
        if (this.stopped) return;
        const text = this.rest;
        this.rest = '';
        if (text.length > 0) this.scan(text, true);
    }

    /** Reads the records complete in `text`; returns where the incomplete rest starts. */
    private scan(text: string, atEnd: boolean): number {
        const n = text.length;
        const eol = this.crAlone ? '\r' : '\n';
        let p = 0;
        let nextQuote = text.indexOf('"');
        while (p < n && !this.stopped) {
            let nl = text.indexOf(eol, p);
            if (nl < 0) {
                if (!atEnd) return p;
                nl = n;
            }
            if (nextQuote >= 0 && nextQuote < p) nextQuote = text.indexOf('"', p);
            if (nextQuote < 0 || nextQuote > nl) {
                // No quote before the line break: the line is the record.
                const end = !this.crAlone && nl > p && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
                if (end > p) this.onRecord(this.split(text, p, end), this.line);
                this.line++;
                p = nl + 1;
                continue;
            }
            const after = this.quoted(text, p, atEnd);
            if (after < 0) return p;
            p = after;
        }
        return Math.min(p, n);
    }

    /** The fields of a line without quotes. */
    private split(text: string, from: number, to: number): string[] {
        const fields: string[] = [];
        const d = this.delimiter;
        let at = from;
        for (;;) {
            const k = text.indexOf(d, at);
            if (k < 0 || k >= to) { fields.push(text.slice(at, to)); return fields; }
            fields.push(text.slice(at, k));
            at = k + 1;
        }
    }

    /**
     * A record with quotes, from `start`, character by character; returns where the next
     * record starts, or -1 when the text ends inside it (more text may complete it).
     */
    private quoted(text: string, start: number, atEnd: boolean): number {
        const n = text.length;
        const fields: string[] = [];
        const startLine = this.line;
        let line = this.line;
        let lineStart = start;
        let p = start;
        for (;;) {
            // A field starts at p.
            if (p < n && text.charCodeAt(p) === QUOTE) {
                const openLine = line;
                const openColumn = p - lineStart + 1;
                let value = '';
                let from = p + 1;
                let q = from;
                for (;;) {
                    q = text.indexOf('"', q);
                    if (q < 0) {
                        if (!atEnd) return -1;
                        this.fail(openLine, openColumn, `a quote opened on line ${openLine}, column ${openColumn} is never closed`);
                        return n;
                    }
                    if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) { value += text.slice(from, q + 1); q += 2; from = q; continue; }
                    if (q + 1 >= n && !atEnd) return -1;
                    break;
                }
                value += text.slice(from, q);
                // Line breaks kept in the value count as lines of the file.
                for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) { line++; lineStart = p + 1 + k + 1; }
                if (this.crAlone) for (let k = value.indexOf('\r'); k >= 0; k = value.indexOf('\r', k + 1)) { line++; lineStart = p + 1 + k + 1; }
                fields.push(value);
                p = q + 1;
                if (p >= n) { this.onRecord(fields, startLine); this.line = line + 1; return n; }
                const c = text.charCodeAt(p);
                if (c === this.delimiterCode) { p++; continue; }
                const br = this.lineBreak(text, p, atEnd);
                if (br === -1) return -1;
                if (br > 0) { this.onRecord(fields, startLine); this.line = line + 1; return p + br; }
                this.fail(line, p - lineStart + 1, `'${text[p]}' after the closing quote of a field (a quote inside a quoted field is written twice: "")`);
                return n;
            }
            // A field without quotes: up to the next delimiter or line break; a quote inside it is an error of the row.
            let q = p;
            let br = 0;
            while (q < n) {
                const c = text.charCodeAt(q);
                if (c === this.delimiterCode) break;
                if (c === LF || c === CR) {
                    br = this.lineBreak(text, q, atEnd);
                    if (br !== 0) break;
                }
                q++;
            }
            if (br === -1) return -1;
            const value = text.slice(p, q);
            const stray = value.indexOf('"');
            if (stray >= 0) {
                this.onProblem({ line, column: p + stray - lineStart + 1, fatal: false,
                    message: `a quote inside a field that does not start with one (write the field in quotes, with the quote twice: "")` });
            }
            fields.push(value);
            if (q >= n) {
                if (!atEnd) return -1;
                this.onRecord(fields, startLine);
                this.line = line + 1;
                return n;
            }
            if (br === 0) { p = q + 1; continue; }
            this.onRecord(fields, startLine);
            this.line = line + 1;
            return q + br;
        }
    }

    /** The length of the record's line break at p (0: none there, a CR inside a line; -1: the text ends in its middle). */
    private lineBreak(text: string, p: number, atEnd: boolean): number {
        const c = text.charCodeAt(p);
        if (c === LF) return this.crAlone ? 0 : 1;
        if (c !== CR) return 0;
        if (this.crAlone) return 1;
        if (p + 1 >= text.length) return atEnd ? 1 : -1;
        return text.charCodeAt(p + 1) === LF ? 2 : 0;
    }

    private tooLong(): void {
        this.fail(this.line, 1, `a record of more than ${Math.round(this.maxRecord / 1024 / 1024)} million characters starts on line ${this.line}: is a quote in it never closed?`);
    }

    private fail(line: number, column: number, message: string): void {
        this.stopped = true;
        this.rest = '';
        this.onProblem({ line, column, message, fatal: true });
    }
}

/**
 * A copy of a field that does not hold the text it was cut from. V8 makes a slice of 13
 * characters or more a view of the whole piece it came from (a megabyte); one id kept for
 * a missed deadline, an outage or a message then keeps its piece alive, and a log's pieces
 * with it. The concatenation is flattened into a string of its own before it is sliced.
 */
export function detached(s: string): string {
    return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Every record of a whole text (the editor's log, a test). */
export function csvRecords(text: string, delimiter: string): { records: { fields: string[]; line: number }[]; problems: CsvProblem[] } {
    const records: { fields: string[]; line: number }[] = [];
    const problems: CsvProblem[] = [];
    const r = new CsvRecords({ delimiter }, (fields, line) => records.push({ fields, line }), (p) => problems.push(p));
    r.push(text);
    r.end();
    return { records, problems };
}
