/**
 * CSV logs read as a stream: the file in pieces of a megabyte, each decoded and split into
 * records (engine/csv-records.ts), never the whole file as one string. As exports write
 * them: comma, semicolon or tab (detected on the header line), a BOM, CRLF, quoted fields
 * with line breaks (a record is named by the line it starts on). A NUL byte (UTF-16 or a binary file) stops the reading with one message.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { CsvRecords } from '../../engine/csv-records.js';
import { delimiterOf, type LogError } from '../../engine/incident-log.js';
import type { HeaderColumn, Place, RawRecord, ReadProgress } from './raw-record.js';

export interface CsvSource {
    path: string;
    /** The name in messages. */
    name: string;
}

/** The first bytes of a file, enough for its header line. */
async function head(path: string, bytes = 64 * 1024): Promise<string> {
    const fh = await open(path, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await fh.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead).toString('utf8');
    } finally {
        await fh.close();
    }
}

const NUL_MESSAGE = 'a NUL byte: this is not UTF-8 text (UTF-16, or a binary file); save the log as UTF-8 CSV or JSON';

/** A record of a CSV log; its places from the header's column numbers (a method, not a closure per row). */
class CsvRecord implements RawRecord {
    problems?: LogError[];

    constructor(readonly line: number, readonly values: Record<string, unknown>, private readonly columns: ReadonlyMap<string, number>) {}

    pos(key: string): Place {
        return { line: this.line, column: (this.columns.get(key) ?? 0) + 1 };
    }
}

/** Line and column just after `end` bytes of a chunk, from those before it (columns in bytes; fine for the NUL message). */
function advance(at: Place, chunk: Buffer, end: number): void {
    let last = -1;
    for (let k = chunk.indexOf(10); k >= 0 && k < end; k = chunk.indexOf(10, k + 1)) { at.line++; last = k; }
    at.column = last >= 0 ? end - last : at.column + end;
}

/**
 * Yields the records of a CSV log, in batches (those complete in each piece read), after its
 * header, keyed by the header's names (trimmed, as the file spells them). `onHeader` hears the
 * header first; problems of the file as a whole (unreadable, a NUL byte, a quote never closed)
 * go to `errors` and end the records; a row's own problems (a stray quote, more fields than
 * the header) come with the row.
 */
export async function* readCsvRecords(
    src: CsvSource, onHeader: (columns: HeaderColumn[]) => void, errors: (e: LogError) => void, progress?: ReadProgress,
): AsyncGenerator<RawRecord[]> {
    const file = src.name;
    const first = await head(src.path);
    let header: string[] | undefined;
    let index = new Map<string, number>();
    let out: RawRecord[] = [];
    let problems: LogError[] | undefined;
    const records = new CsvRecords({ delimiter: delimiterOf(first) }, (record, line) => {
        const own = problems;
        problems = undefined;
        if (!header) {
            // Lines of only blanks before the header are no header ("  \n" is an empty file).
            if (record.every((h) => h.trim() === '')) return;
            header = record.map((h) => h.trim());
            index = new Map();
            header.forEach((h, i) => { if (!index.has(h)) index.set(h, i); });
            onHeader(header.map((name, i) => ({ name, line, column: i + 1 })));
            return;
        }
        const values: Record<string, unknown> = {};
        for (let i = 0; i < header.length; i++) values[header[i]] = record[i];
        const rec = new CsvRecord(line, values, index);
        if (record.length > header.length) {
            (rec.problems ??= own ?? []).push({ file, line, column: header.length + 1, message: `${record.length} fields, but the header has ${header.length}` });
        } else if (own) rec.problems = own;
        out.push(rec);
    }, (p) => {
        const e: LogError = { file, line: p.line, column: p.column, message: p.fatal ? `cannot read the CSV: ${p.message}` : p.message };
        if (p.fatal) errors(e);
        else (problems ??= []).push(e);
    });
    const decoder = new TextDecoder('utf-8');
    const at: Place = { line: 1, column: 1 };
    let bytes = 0;
    const input = createReadStream(src.path, { highWaterMark: 256 * 1024 });
    try {
        for await (const chunk of input as AsyncIterable<Buffer>) {
            bytes += chunk.length;
            if (progress) progress.bytesRead = bytes;
            const nul = chunk.indexOf(0);
            if (nul >= 0) {
                advance(at, chunk, nul);
                errors({ file, ...at, message: NUL_MESSAGE });
                return;
            }
            advance(at, chunk, chunk.length);
            records.push(decoder.decode(chunk, { stream: true }));
            if (out.length > 0) { yield out; out = []; }
            if (records.done) return;
        }
        records.push(decoder.decode());
        records.end();
        if (out.length > 0) yield out;
    } catch (e) {
        errors({ file, line: 1, column: 1, message: `cannot read the file: ${(e as Error).message}` });
        return;
    } finally {
        input.destroy();
    }
    if (!header) errors({ file, line: 1, column: 1, message: 'the file is empty' });
}
