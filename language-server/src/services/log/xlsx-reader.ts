/**
 * An Excel workbook (.xlsx) as a record source of the streaming reader. The library
 * (read-excel-file, engine/log-formats/xlsx.ts) reads the whole archive at once, so a
 * workbook is held in memory while it is read (Excel's own limit is 1,048,576 rows); its
 * rows are then handed on in batches, keyed by the header row, like a CSV's.
 */
import { readFile } from 'node:fs/promises';
import type { LogError } from '../../engine/incident-log.js';
import { readXlsxRows } from '../../engine/log-formats/xlsx.js';
import type { HeaderColumn, RawRecord, ReadProgress, SheetFacts } from './raw-record.js';

const BATCH = 1024;

export async function* readXlsxRecords(
    src: { path: string; name: string }, sheet: string | undefined,
    onHeader: (columns: HeaderColumn[], sheet?: SheetFacts) => void, errors: (e: LogError) => void, progress?: ReadProgress,
): AsyncGenerator<RawRecord[]> {
    const file = src.name;
    let bytes: Buffer;
    try {
        bytes = await readFile(src.path);
    } catch (e) {
        errors({ file, line: 1, column: 1, message: `cannot read the file: ${(e as Error).message}` });
        return;
    }
    const read = await readXlsxRows(bytes, sheet);
    if (progress) progress.bytesRead = bytes.length;
    if (!read.ok) {
        errors({ file, line: 1, column: 1, message: read.message });
        return;
    }
    const names = read.header.map((h) => (h === null || h === undefined ? '' : String(h).trim()));
    const index = new Map<string, number>();
    names.forEach((h, i) => { if (!index.has(h)) index.set(h, i); });
    onHeader(names.map((name, i) => ({ name, line: read.headerLine, column: i + 1 })), { date1904: read.date1904 });
    if (read.rows.length === 0) {
        errors({ file, line: read.headerLine, column: 1, message: `sheet '${read.sheet}' has a header row but no incidents under it` });
        return;
    }
    for (let at = 0; at < read.rows.length; at += BATCH) {
        const out: RawRecord[] = [];
        for (const { line, cells } of read.rows.slice(at, at + BATCH)) {
            const values: Record<string, unknown> = {};
            names.forEach((h, i) => { if (!(h in values)) values[h] = cells[i] ?? undefined; });
            out.push({ line, values, pos: (key) => ({ line, column: (index.get(key) ?? 0) + 1 }) });
        }
        yield out;
    }
}
