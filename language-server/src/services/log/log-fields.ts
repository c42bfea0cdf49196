/**
 * THE step from a record as the file holds it (keyed by the file's own column names or JSON
 * keys) to our fields (LOG_FIELDS of engine/incident-log.ts), for every reader (CSV, JSON,
 * .xlsx): the log's mapping (preset, mapping file, flags) through the engine's row mapper
 * (engine/log-formats/row-mapper.ts), which also reads a desk's times into ours and maps its
 * values. Without a mapping only our own names are read and every other column is named.
 *
 * Nothing here keeps rows: one mapper per header (JSON: per set of keys, a few at most).
 */
import { LOG_FIELDS, type LogError, type LogField } from '../../engine/incident-log.js';
import { isEmptyMapping, type LogMapping } from '../../engine/log-formats/mapping.js';
import { makeRowMapper, repeatedColumns, type CellError, type MapperOptions, type RowMapper } from '../../engine/log-formats/row-mapper.js';
import type { HeaderColumn, Place, RawRecord, SheetFacts } from './raw-record.js';

/** A record in our fields, with the place of each (for messages). */
export interface LogRecord {
    line: number;
    values: Partial<Record<LogField, unknown>>;
    where(field: LogField): Place;
    /** The file's column each field was read from, where a mapping named another (for messages). */
    names?: Partial<Record<LogField, string>>;
    /** The file's own value where a value map replaced it. */
    mappedFrom?: Partial<Record<LogField, string>>;
}

export interface FieldMap {
    /** A header (CSV, a sheet's first row), once before its records: what is wrong with its columns. */
    header(columns: HeaderColumn[], sheet?: SheetFacts): LogError[];
    /** One record in our fields; keys no field takes are named in `errors` unless the header was. */
    record(raw: RawRecord, errors: (e: LogError) => void): LogRecord;
}

/** JSON key sets remembered; past this many a log is hardly one export, and the cache starts over. */
const KEY_SETS = 64;

interface Mapped {
    mapper: RowMapper;
    names: Partial<Record<LogField, string>>;
}

function mappedOf(header: readonly string[], mapping: LogMapping | undefined, options: MapperOptions): Mapped {
    const mapper = makeRowMapper(header, mapping, options);
    const names: Mapped['names'] = {};
    for (const [f, src] of Object.entries(mapper.sources) as [LogField, { column: string }][]) if (src.column !== f) names[f] = src.column;
    return { mapper, names };
}

/** The log's columns read through its mapping; our own names, any case, without one. */
export function logFields(file: string, mapping?: LogMapping, options: MapperOptions = {}): FieldMap {
    const plain = isEmptyMapping(mapping);
    // CSV and .xlsx: one mapper from the header; JSON has none, each record's keys are its header.
    let fromHeader: Mapped | undefined;
    const byKeys = new Map<string, { mapped: Mapped; errors: CellError[] }>();
    const cellError = (e: CellError, at: Place): LogError => ({ file, line: at.line, column: at.column, field: e.column, message: e.message });

    return {
        header(columns, sheet) {
            const names = columns.map((c) => c.name);
            fromHeader = mappedOf(names, mapping, sheet?.date1904 ? { ...options, date1904: true } : options);
            const at = (i: number | undefined): Place => columns[i ?? 0] ?? { line: 1, column: 1 };
            const errors: LogError[] = repeatedColumns(names, fromHeader.mapper).map(({ name, index, message }) => ({ file, ...at(index), field: name, message }));
            for (const e of fromHeader.mapper.headerErrors) errors.push(cellError(e, at(e.index)));
            return errors;
        },
        record(raw, errors) {
            let mapped = fromHeader;
            if (!mapped) {
                const keys = Object.keys(raw.values);
                const signature = keys.join('\u0000');
                let known = byKeys.get(signature);
                if (!known) {
                    if (byKeys.size >= KEY_SETS) byKeys.clear();
                    const m = mappedOf(keys, mapping, options);
                    known = { mapped: m, errors: plain ? [] : m.mapper.headerErrors };
                    byKeys.set(signature, known);
                }
                mapped = known.mapped;
                const place = { line: raw.line, column: 1 };
                for (const e of known.errors) errors(cellError(e, e.column ? raw.pos(e.column) : place));
                if (plain) {
                    // JSON keys are exact: "Priority" is not "priority".
                    for (const key of keys) {
                        if ((LOG_FIELDS as readonly string[]).includes(key)) continue;
                        const at = raw.pos(key);
                        errors({ file, line: at.line, column: at.column, field: key, message: `unknown field '${key}' (expected ${LOG_FIELDS.join(', ')})` });
                    }
                }
            }
            const { mapper, names } = mapped;
            const { values, errors: cells, mappedFrom } = mapper.map(raw.values, raw.line);
            for (const e of cells) errors(cellError(e, e.column !== undefined ? raw.pos(e.column) : { line: raw.line, column: 1 }));
            return new MappedRecord(raw, mapper, values, names, mappedFrom);
        },
    };
}

/** A record in our fields; its places asked of the file's record (a method, not a closure per row). */
class MappedRecord implements LogRecord {
    readonly line: number;

    constructor(
        private readonly raw: RawRecord, private readonly mapper: RowMapper, readonly values: LogRecord['values'],
        readonly names: LogRecord['names'], readonly mappedFrom: LogRecord['mappedFrom'],
    ) {
        this.line = raw.line;
    }

    where(f: LogField): Place {
        const src = this.mapper.sources[f];
        return src ? this.raw.pos(src.column) : { line: this.line, column: 1 };
    }
}
