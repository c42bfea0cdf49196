/**
 * One row of a desk's export → our fields. Independent of how rows are read (CSV, JSON,
 * .xlsx, all at once or streamed): it takes the file's header once, then each row as a
 * record keyed by that header, and gives our fields' values with each bad cell named.
 *
 * Times come out as the incident log reads them (a wall-clock "yyyy-MM-ddTHH:mm:ss" for the
 * contract's zone, or ISO with an offset); everything else as the desk wrote it, after the
 * value maps.
 */
import { LOG_FIELDS, type LogField } from '../incident-log.js';
import { excelDateToWall, excelSerialToWall, readWithFormats, readWithoutFormat, type DayOrder } from './dates.js';
import { isEmptyMapping, type LogMapping } from './mapping.js';

export interface CellError {
    field?: LogField;
    /** The file's column (its header text) and its 0-based index. */
    column?: string;
    index?: number;
    message: string;
}

export interface RowMapper {
    /** Problems of the header itself: mapped columns missing, unknown columns, no id. */
    headerErrors: CellError[];
    /** For each field read: the file's column and its 0-based index. */
    sources: Partial<Record<LogField, { column: string; index: number }>>;
    map(record: Readonly<Record<string, unknown>>, line: number): MappedRow;
}

export interface MappedRow {
    values: Partial<Record<LogField, unknown>>;
    errors: readonly CellError[];
    /** What the file wrote where a value map changed it, for messages about the mapped value. */
    mappedFrom?: Partial<Record<LogField, string>>;
}

export interface MapperOptions {
    /** Numbers in time columns are Excel serial day numbers (an .xlsx cell not formatted as a date). */
    excelSerials?: boolean;
    date1904?: boolean;
}

const TIME_FIELDS: ReadonlySet<LogField> = new Set<LogField>(['reported', 'acknowledged', 'responded', 'work_started', 'workaround', 'resolved',
    'down_from', 'down_to', 'announced']);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const NONE: readonly CellError[] = Object.freeze([]);

/** "2026-03-04T..." or "2026-03-04 ...": year first, which no day-month order can change. */
function isoLike(v: string): boolean {
    const d = (i: number) => { const c = v.charCodeAt(i); return c >= 48 && c <= 57; };
    return v.length >= 16 && d(0) && d(1) && d(2) && d(3) && v.charCodeAt(4) === 45 && d(5) && d(6) && v.charCodeAt(7) === 45 && d(8) && d(9);
}

export function makeRowMapper(header: readonly string[], mapping: LogMapping | undefined, options: MapperOptions = {}): RowMapper {
    const m = mapping ?? {};
    const plain = isEmptyMapping(mapping);
    const index = new Map<string, number>();
    header.forEach((h, i) => { if (!index.has(norm(h))) index.set(norm(h), i); });
    const listed = header.map((h) => `'${h}'`).join(', ') || 'none';
    const headerErrors: CellError[] = [];
    const sources: RowMapper['sources'] = {};
    for (const field of LOG_FIELDS) {
        const spec = m.columns?.[field];
        let i: number | undefined;
        if (typeof spec === 'string') {
            i = index.get(norm(spec));
            if (i === undefined) {
                headerErrors.push({ field, message: `no column '${spec}' (mapped to ${field}) in the file; its columns are ${listed}` });
            }
        } else if (spec) {
            i = spec.map((c) => index.get(norm(c))).find((x) => x !== undefined);
        }
        // Our own name still reads where nothing else is named for the field, or none of a
        // preset's names is in the file (a log in our columns with a preset in the mapping file).
        if (i === undefined && typeof spec !== 'string') i = index.get(field);
        if (i !== undefined) sources[field] = { column: header[i], index: i };
    }
    if (plain) {
        header.forEach((h, i) => {
            if (!(LOG_FIELDS as readonly string[]).includes(norm(h))) {
                headerErrors.push({ column: h, index: i, message: `unknown column '${h}' (expected ${LOG_FIELDS.join(', ')}); the file's columns are ${listed}; `
                    + `map a desk's column with --map FIELD=COLUMN or read a known export with --format NAME` });
            }
        });
    } else if (!sources.id) {
        const tried = m.columns?.id;
        const names = Array.isArray(tried) ? ` (looked for ${tried.map((c) => `'${c}'`).join(', ')})` : '';
        if (typeof tried !== 'string') headerErrors.push({ field: 'id', message: `no id column${names}; the file's columns are ${listed}; give it with --map id=COLUMN` });
    }
    const formats = m.dateFormat === undefined ? undefined : typeof m.dateFormat === 'string' ? [m.dateFormat] : m.dateFormat;
    const valueMaps = new Map<LogField, Map<string, string>>();
    for (const [field, map] of Object.entries(m.values ?? {}) as [LogField, Record<string, string>][]) {
        valueMaps.set(field, new Map(Object.entries(map).map(([k, v]) => [norm(k), v])));
    }
    // What earlier rows proved about the order of day and month, per field, for the message
    // of a later row that reads the other way or cannot be read either way.
    const proven = new Map<LogField, { order: DayOrder; line: number; text: string }>();
    // What is wrong with the time being read: one closure for every row, not one per value.
    let problem: string | undefined;
    const failed = (m: string) => { problem = m; };

    // Per field, once: what each row's value goes through (a row is read millions of times).
    const read = (Object.entries(sources) as [LogField, { column: string; index: number }][])
        .map(([field, src]) => ({ field, src, map: valueMaps.get(field), time: TIME_FIELDS.has(field) }));
    return {
        headerErrors, sources,
        map(record, line) {
            const values: Partial<Record<LogField, unknown>> = {};
            let errors: CellError[] | undefined;
            let mappedFrom: MappedRow['mappedFrom'];
            for (const { field, src, map, time } of read) {
                let v = record[src.column];
                if (map && (typeof v === 'string' || typeof v === 'number')) {
                    const ours = map.get(norm(String(v)));
                    if (ours !== undefined) {
                        (mappedFrom ??= {})[field] = String(v).trim();
                        v = ours;
                    }
                }
                if (time) {
                    problem = undefined;
                    v = readTime(field, v, line, failed);
                    if (problem !== undefined) {
                        (errors ??= []).push({ field, column: src.column, index: src.index, message: problem });
                        v = undefined;
                    }
                }
                values[field] = v;
            }
            return mappedFrom ? { values, errors: errors ?? NONE, mappedFrom } : { values, errors: errors ?? NONE };
        },
    };

    function readTime(field: LogField, v: unknown, line: number, fail: (m: string) => void): unknown {
        if (v instanceof Date) {
            const wall = excelDateToWall(v);
            if (wall === undefined) fail('a date cell that holds no valid date');
            return wall;
        }
        if (typeof v === 'number' && options.excelSerials) {
            const wall = excelSerialToWall(v, options.date1904);
            if (wall === undefined) fail(`the number ${v} is not an Excel date (format the cell as a date, or write the time as text)`);
            return wall;
        }
        if (typeof v !== 'string') return v;
        // The common case, ISO 8601 as exports and our own columns write it: nothing to decide.
        if (!formats && isoLike(v)) return v;
        if (v.trim() === '') return v;
        if (formats) {
            const r = readWithFormats(v, formats, m.dateLocale);
            if (!r.ok) { fail(r.message); return undefined; }
            return r.text;
        }
        const r = readWithoutFormat(v);
        const before = proven.get(field);
        if (!r.ok) {
            fail(before && r.message.includes('ambiguous')
                ? `${r.message} (line ${before.line}, '${before.text}', can only be read ${before.order}; a format says so for every row)`
                : r.message);
            return undefined;
        }
        if (r.order) {
            if (before && before.order !== r.order) {
                fail(`'${v.trim()}' can only be read ${r.order}, but line ${before.line} ('${before.text}') only ${before.order}; give the date format with --date-format`);
                return undefined;
            }
            if (!before) proven.set(field, { order: r.order, line, text: v.trim() });
        }
        return r.text;
    }
}

/**
 * Columns we read that the header has twice: nothing says which to read. Desks repeat
 * columns we do not read (Jira writes Labels, Comment, Sprint once per value); those are left
 * alone, like the desk's other columns. `index` is the repeat's 0-based column, `first` the first's.
 */
export function repeatedColumns(header: readonly string[], mapper: RowMapper): { name: string; first: number; index: number; message: string }[] {
    const read = new Set(Object.values(mapper.sources).map((s) => s!.index));
    const firstOf = new Map<string, number>();
    const out: { name: string; first: number; index: number; message: string }[] = [];
    header.forEach((h, i) => {
        const k = norm(h);
        const first = firstOf.get(k);
        if (first === undefined) firstOf.set(k, i);
        else if (h !== '' && read.has(first)) {
            out.push({ name: k, first, index: i, message: `column '${k}' appears twice (columns ${first + 1} and ${i + 1}); keep one, or nothing says which to read` });
        }
    });
    return out;
}
