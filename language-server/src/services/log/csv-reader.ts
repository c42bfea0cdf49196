/**
 * CSV logs read as a stream (csv-parse's stream API): records come one by one, never the
 * whole file as one string. As exports write them: comma, semicolon or tab (detected on
 * the header line), a BOM, CRLF, quoted fields with line breaks (a record is named by the
 * line it starts on). A NUL byte (UTF-16 or a binary file) stops the reading with one message.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
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

/** Counts bytes for progress and stops at a NUL byte, naming its line and column. */
class ByteWatch extends Transform {
    bytes = 0;
    private line = 1;
    private column = 1;
    nul?: Place;

    constructor(private readonly progress?: ReadProgress) { super(); }

    override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
        const nul = chunk.indexOf(0);
        this.bytes += chunk.length;
        if (this.progress) this.progress.bytesRead = this.bytes;
        if (nul < 0) {
            this.track(chunk, chunk.length);
            done(null, chunk);
            return;
        }
        this.track(chunk, nul);
        this.nul = { line: this.line, column: this.column };
        done(new Error(NUL_MESSAGE));
    }

    /** Line and column after the first `end` bytes of the chunk (columns in bytes; fine for the NUL message). */
    private track(chunk: Buffer, end: number): void {
        let at = chunk.indexOf(10);
        let last = -1;
        while (at >= 0 && at < end) { this.line++; last = at; at = chunk.indexOf(10, at + 1); }
        this.column = last >= 0 ? end - last : this.column + end;
    }
}

/**
 * A stream's objects in batches of what is buffered: one promise per batch instead of one
 * per record (for-await over the stream itself took as long as the parsing).
 */
async function* batches<T>(stream: { read(): T | null; on(event: string, listener: (e?: unknown) => void): unknown }): AsyncGenerator<T[]> {
    let done = false;
    let failed: unknown;
    let wake: (() => void) | undefined;
    stream.on('readable', () => wake?.());
    stream.on('end', () => { done = true; wake?.(); });
    stream.on('error', (e) => { failed = e; wake?.(); });
    for (;;) {
        const batch: T[] = [];
        for (let x = stream.read(); x !== null; x = stream.read()) batch.push(x);
        if (batch.length > 0) { yield batch; continue; }
        if (failed) throw failed;
        if (done) return;
        await new Promise<void>((resolve) => { wake = resolve; });
    }
}

/** A record of a CSV log; its places from the header's column numbers (a method, not a closure per row). */
class CsvRecord implements RawRecord {
    constructor(readonly line: number, readonly values: Record<string, unknown>, private readonly columns: ReadonlyMap<string, number>) {}

    pos(key: string): Place {
        return { line: this.line, column: (this.columns.get(key) ?? 0) + 1 };
    }
}

/**
 * Yields the records of a CSV log, in batches, after its header, keyed by the header's names (trimmed, as
 * the file spells them). `onHeader` hears the header first; problems of the file as a whole
 * (unreadable, a NUL byte, broken quoting) go to `errors` and end the records.
 */
export async function* readCsvRecords(
    src: CsvSource, onHeader: (columns: HeaderColumn[]) => void, errors: (e: LogError) => void, progress?: ReadProgress,
): AsyncGenerator<RawRecord[]> {
    const file = src.name;
    const first = await head(src.path);
    const watch = new ByteWatch(progress);
    const parser = parse({ info: true, skip_empty_lines: true, relax_column_count: true, bom: true, delimiter: delimiterOf(first) });
    const input = createReadStream(src.path, { highWaterMark: 256 * 1024 });
    input.on('error', (e) => parser.destroy(e));
    watch.on('error', (e) => parser.destroy(e));
    input.pipe(watch).pipe(parser);
    let header: string[] | undefined;
    let index = new Map<string, number>();
    // csv-parse tells the line a record ends on; the one after the previous record's end,
    // past the blank lines skipped in between, is where it starts.
    let prevEnd = 0;
    let prevLines = 0;
    let prevEmpty = 0;
    let quotedCrlf = 0;
    try {
        for await (const batch of batches(parser as unknown as { read(): { record: string[]; info: { lines: number; empty_lines: number } } | null; on(event: string, listener: (e?: unknown) => void): unknown })) {
            const out: RawRecord[] = [];
            for (const { record, info } of batch) {
                const skipped = info.empty_lines - prevEmpty;
                const line = prevEnd + 1 + skipped;
                // csv-parse counts a quoted CRLF as two lines; a text editor, as one. Only a
                // record over more than one line can hold one.
                if (info.lines - prevLines - skipped > 1) {
                    for (const field of record) {
                        for (let at = field.indexOf('\r\n'); at >= 0; at = field.indexOf('\r\n', at + 2)) quotedCrlf++;
                    }
                }
                prevLines = info.lines;
                prevEnd = info.lines - quotedCrlf;
                prevEmpty = info.empty_lines;
                if (!header) {
                    // Lines of only blanks before the header are no header ("  \n" is an empty file).
                    if (record.every((h) => h.trim() === '')) continue;
                    header = record.map((h) => h.trim());
                    index = new Map();
                    header.forEach((h, i) => { if (!index.has(h)) index.set(h, i); });
                    onHeader(header.map((name, i) => ({ name, line, column: i + 1 })));
                    continue;
                }
                if (record.length > header.length) {
                    errors({ file, line, column: header.length + 1, message: `${record.length} fields, but the header has ${header.length}` });
                }
                const values: Record<string, unknown> = {};
                for (let i = 0; i < header.length; i++) values[header[i]] = record[i];
                out.push(new CsvRecord(line, values, index));
            }
            if (out.length > 0) yield out;
        }
    } catch (e) {
        if (watch.nul) errors({ file, ...watch.nul, message: NUL_MESSAGE });
        else {
            const err = e as { lines?: number; code?: string; message: string };
            if (err.code?.startsWith('CSV_')) errors({ file, line: err.lines ?? prevEnd + 1, column: 1, message: `cannot read the CSV: ${err.message}` });
            else errors({ file, line: 1, column: 1, message: `cannot read the file: ${err.message}` });
        }
        return;
    } finally {
        input.destroy();
    }
    if (!header) errors({ file, line: 1, column: 1, message: 'the file is empty' });
}
