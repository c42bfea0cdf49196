/**
 * THE step from a record as the file holds it (keyed by the file's own column names or JSON
 * keys) to our fields (LOG_FIELDS of engine/incident-log.ts). Today it only accepts our own
 * names, case-insensitively, and names every other column; column maps, presets of service
 * desks and value maps belong here, in place of `ourColumns`: the readers and the
 * validation of a record as an incident (toIncident) stay as they are.
 */
import { LOG_FIELDS, type LogError, type LogField } from '../../engine/incident-log.js';
import type { HeaderColumn, Place, RawRecord } from './raw-record.js';

/** A record in our fields, with the place of each (for messages). */
export interface LogRecord {
    line: number;
    values: Partial<Record<LogField, unknown>>;
    where(field: LogField): Place;
}

export interface FieldMap {
    /** A CSV header, once before its records: what is wrong with its columns. */
    header(columns: HeaderColumn[]): LogError[];
    /** One record in our fields; keys no field takes are named in `errors` unless the header was. */
    record(raw: RawRecord, errors: (e: LogError) => void): LogRecord;
}

const FIELDS: ReadonlySet<string> = new Set(LOG_FIELDS);

/** Our own column names, any case; a column written twice or unknown is an error. */
export function ourColumns(file: string): FieldMap {
    // From the file's name of a column to our field; undefined until a header is seen (JSON has none).
    let byName: Map<string, LogField> | undefined;
    const columnOf = new Map<LogField, string>();
    const fieldOf = (key: string): LogField | undefined => {
        const f = key.trim().toLowerCase();
        return FIELDS.has(f) ? f as LogField : undefined;
    };
    return {
        header(columns) {
            const errors: LogError[] = [];
            byName = new Map();
            const first = new Map<string, number>();
            for (const c of columns) {
                const f = fieldOf(c.name);
                const name = c.name.toLowerCase();
                if (!f) {
                    errors.push({ file, line: c.line, column: c.column, field: name, message: `unknown column '${name}' (expected ${LOG_FIELDS.join(', ')})` });
                } else if (first.has(f)) {
                    errors.push({ file, line: c.line, column: c.column, field: name,
                        message: `column '${name}' appears twice (columns ${first.get(f)} and ${c.column}); keep one, or nothing says which to read` });
                } else {
                    first.set(f, c.column);
                    byName.set(c.name, f);
                    columnOf.set(f, c.name);
                }
            }
            return errors;
        },
        record(raw, errors) {
            const values: Partial<Record<LogField, unknown>> = {};
            if (byName) {
                // A CSV: one map of columns for every row.
                const columns = byName;
                const names = columnOf;
                for (const [name, f] of columns) values[f] = raw.values[name];
                return { line: raw.line, values, where: (f) => { const k = names.get(f); return k === undefined ? { line: raw.line, column: 1 } : raw.pos(k); } };
            }
            const keyOf = new Map<LogField, string>();
            {
                for (const key of Object.keys(raw.values)) {
                    const f = fieldOf(key);
                    if (!f || key !== f) {
                        // JSON keys are exact: "Priority" is not "priority".
                        const at = raw.pos(key);
                        errors({ file, line: at.line, column: at.column, field: key, message: `unknown field '${key}' (expected ${LOG_FIELDS.join(', ')})` });
                        continue;
                    }
                    values[f] = raw.values[key];
                    keyOf.set(f, key);
                }
            }
            return { line: raw.line, values, where: (f) => { const k = keyOf.get(f); return k === undefined ? { line: raw.line, column: 1 } : raw.pos(k); } };
        },
    };
}
