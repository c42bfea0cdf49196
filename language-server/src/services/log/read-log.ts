/**
 * The first pass over a log: every record read as a stream, mapped to our fields, checked as
 * an incident, and put into the spill in order; the bad ones named (the first few hundred
 * kept by line, the rest counted). What it keeps grows with the outages, the months and the
 * errors kept, not with the rows: incidents wait on disk (spill.ts).
 */
import { stat } from 'node:fs/promises';
import type { ContractModel } from '../../model/types.js';
import { type Incident, type LogError, type LogField, toIncident } from '../../engine/incident-log.js';
import { detached } from '../../engine/csv-records.js';
import type { IgnoredRows } from '../../engine/data-quality.js';
import { hasDowntime, orderTime } from '../../engine/incident-order.js';
import { contractZone, periodAt, type PeriodSpan } from '../../engine/periods.js';
import { readCsvRecords } from './csv-reader.js';
import { readJsonRecords } from './json-reader.js';
import type { LogMapping } from '../../engine/log-formats/mapping.js';
import { type FieldMap, type LogRecord, logFields } from './log-fields.js';
import { IdHashes, hashId } from './id-hashes.js';
import type { HeaderColumn, RawRecord, ReadProgress, SheetFacts } from './raw-record.js';
import { IncidentSpill } from './spill.js';
import { readXlsxRecords } from './xlsx-reader.js';

export interface LogSource {
    /** The file on disk. */
    path: string;
    /** Its name in messages. */
    name: string;
    /** An .xlsx workbook is read whole (the library reads the archive at once), then handed on row by row like the others. */
    format: 'csv' | 'json' | 'xlsx';
    /** How the file's columns, times and values become ours (preset, mapping file, flags); our own columns without one. */
    mapping?: LogMapping;
}

export interface ReadOptions {
    /** Incidents held in memory before a sorted run goes to disk. */
    chunkSize?: number;
    /** Errors kept for messages (the first by line); the rest are counted. */
    errorCap?: number;
    /** The step from the file's columns to ours (log-fields.ts); the source's mapping by default. */
    fields?: FieldMap;
    /** Keep each incident's note (the report shows it); the command line has no use for it and spills less without. */
    keepNotes?: boolean;
    /** Where the temporary files go (a folder the caller removes, e.g. when a worker is stopped); the system's temp folder by default. */
    tempDir?: string;
    /** Hears the rows read so far, now and then. */
    onRows?: (rows: number, progress: ReadProgress) => void;
}

export interface LogPass {
    spill: IncidentSpill;
    /** Incidents with an outage (availability reads them all at once). */
    outages: Incident[];
    /** Errors of the file as a whole (header, encoding, not an array): nothing can be simulated. */
    fileErrors: LogError[];
    /** The first `errorCap` errors of rows, by line. */
    rowErrors: LogError[];
    rowErrorCount: number;
    /** Lines of bad rows among the spilled ones (duplicates found after the pass): left out when skipping. */
    badSpilled: Set<number>;
    rowsRead: number;
    badRows: number;
    ignored: IgnoredRows[];
    /** The earliest and latest time in the good rows, or undefined without any. */
    first?: number;
    last?: number;
    /** Months ("2026-03") with a report or outage start among the good rows. */
    months: Set<string>;
    bytes: number;
}

const FIRST_LINES = 5;

export async function readLog(source: LogSource, contract: ContractModel, o: ReadOptions = {}): Promise<LogPass> {
    const file = source.name;
    const cap = o.errorCap ?? 200;
    const zone = contractZone(contract);
    const priorities = new Set(contract.priorities.map((p) => p.name));
    const services = (contract.services ?? []).map((x) => x.name);
    const fields = o.fields ?? logFields(file, source.mapping, { excelSerials: source.format === 'xlsx' });
    const spill = new IncidentSpill(o.chunkSize, o.tempDir);
    let bytes = 0;
    try { bytes = (await stat(source.path)).size; } catch { /* the reader names an unreadable file */ }
    const progress: ReadProgress = { bytesRead: 0, bytes };
    const pass: LogPass = { spill, outages: [], fileErrors: [], rowErrors: [], rowErrorCount: 0, badSpilled: new Set(), rowsRead: 0, badRows: 0,
        ignored: [], months: new Set(), bytes };
    const ignored = new Map<string, IgnoredRows>();
    const ignore = (reason: string, line: number) => {
        let x = ignored.get(reason);
        if (!x) ignored.set(reason, x = { reason, rows: 0, lines: [] });
        x.rows++;
        if (x.lines.length < FIRST_LINES) x.lines.push(line);
    };
    const keep = (e: LogError) => {
        pass.rowErrorCount++;
        // A message quotes the row's values: its own copy, not a view of the piece of the file they were read from.
        pass.rowErrors.push({ ...e, message: detached(e.message), ...(e.field === undefined ? {} : { field: detached(e.field) }) });
        if (pass.rowErrors.length > 2 * cap) pass.rowErrors = byLine(pass.rowErrors).slice(0, cap);
    };
    // Errors of the row being read.
    let pending: LogError[] = [];
    const fileError = (e: LogError) => pass.fileErrors.push(e);
    // A JSON element that is no record is a bad row of its own: no record follows for it.
    const badElement = (e: LogError) => { pass.rowsRead++; pass.badRows++; ignore(reasonOf(e), e.line); keep(e); };
    // Rows read through a wrong header would only repeat its mistake on every line: they are counted, not checked.
    let badHeader = false;
    const onHeader = (cols: HeaderColumn[], sheet?: SheetFacts) => { for (const e of fields.header(cols, sheet)) { badHeader = true; fileError(e); } };
    const records: AsyncGenerator<RawRecord[]> = source.format === 'csv'
        ? readCsvRecords(source, onHeader, fileError, progress)
        : source.format === 'xlsx'
        ? readXlsxRecords(source, source.mapping?.sheet, onHeader, fileError, progress)
        : readJsonRecords(source, (e) => (/^(record \d+ is not an object|not valid JSON: (?!expected|a comma|'|the array))/.test(e.message) ? badElement(e) : fileError(e)), progress);
    const ids = new IdHashes();
    // Ids of rows that never reach the spill, for the exact check of suspect hashes.
    const badIds: { id: string; line: number }[] = [];
    let month: PeriodSpan | undefined;
    // Where duplicate ids are named: the desk's name of the id column, and its column number.
    let idColumn: { name: string; column: number } | undefined;
    const noteMonth = (t: number) => {
        if (!month || t < month.start || t >= month.end) { month = periodAt(t, 'month', zone); pass.months.add(month.label); }
    };
    const span = (t: number | undefined) => {
        if (t === undefined) return;
        if (pass.first === undefined || t < pass.first) pass.first = t;
        if (pass.last === undefined || t > pass.last) pass.last = t;
    };
    const addPending = (e: LogError) => { pending.push(e); };
    // The row being read, for the messages of toIncident (one closure for all rows).
    let rec: LogRecord;
    const err = (field: LogField | undefined, message: string) => {
        const at = field ? rec.where(field) : { line: rec.line, column: 1 };
        const from = field && rec.mappedFrom?.[field];
        pending.push({ file, line: at.line, column: at.column, field: field && (rec.names?.[field] ?? field),
            message: from === undefined ? message : `${message} (the file has '${from}', which the value map turns into it)` });
    };
    try {
        await readRecords();
    } catch (e) {
        spill.dispose();
        throw e;
    }
    async function readRecords(): Promise<void> {
        for await (const batch of records) for (const raw of batch) {
            pass.rowsRead++;
            if ((pass.rowsRead & 4095) === 0) o.onRows?.(pass.rowsRead, progress);
            if (badHeader) { pass.badRows++; ignore('the header has errors', raw.line); continue; }
            if (raw.problems) pending.push(...raw.problems);
            rec = fields.record(raw, addPending);
            // A header's id column is the same on every row (JSON keys have no fixed column).
            if (!idColumn && source.format !== 'json') idColumn = { name: rec.names?.id ?? 'id', column: rec.where('id').column };
            const rawId = rec.values.id;
            const id = rawId === undefined || rawId === null ? '' : String(rawId).trim();
            // A suspect is checked exactly after the pass; the hash only says "maybe seen".
            if (id !== '') ids.add(id);
            const inc = toIncident(rec.values, zone, priorities, err, services);
            if (inc && pending.length === 0) {
                inc.line = rec.line;
                // A service desk's description can be longer than the rest of the row.
                if (!o.keepNotes) inc.note = undefined;
                else if (inc.note !== undefined) inc.note = detached(inc.note);
                spill.push(inc);
                if (hasDowntime(inc)) pass.outages.push(inc);
                span(inc.reported);
                span(inc.downFrom);
                span(inc.downTo);
                span(inc.resolved);
                const t = orderTime(inc);
                if (t !== Number.MAX_SAFE_INTEGER) noteMonth(t);
            } else {
                // A readable row with a problem only toIncident saw still has pending errors; a row toIncident refused always has.
                pass.badRows++;
                if (id !== '') badIds.push({ id: detached(id), line: rec.line });
                ignore(reasonOf(pending[0]), rec.line);
                for (const e of pending) keep(e);
            }
            if (pending.length > 0) pending = [];
        }
    }
    o.onRows?.(pass.rowsRead, progress);
    if (ids.suspects.size > 0) duplicates(pass, ids.suspects, badIds, file, keep, ignore, idColumn ?? { name: 'id', column: 1 });
    pass.rowErrors = byLine(pass.rowErrors).slice(0, cap);
    pass.ignored = [...ignored.values()].sort((a, b) => b.rows - a.rows || a.lines[0] - b.lines[0]);
    return pass;
}

/**
 * The exact check of ids whose hashes were seen twice: their rows are read back from the
 * spill (and the bad rows' ids kept aside), grouped by the exact id; every row after an id's
 * first is a duplicate. Only suspects' ids are held, never all.
 */
function duplicates(
    pass: LogPass, suspects: Set<number>, badIds: { id: string; line: number }[], file: string,
    keep: (e: LogError) => void, ignore: (reason: string, line: number) => void, at: { name: string; column: number },
): void {
    const lines = new Map<string, number[]>();
    const spilled = new Set<number>();
    const note = (id: string, line: number) => {
        if (!suspects.has(hashId(id))) return false;
        const l = lines.get(id);
        if (l) l.push(line); else lines.set(id, [line]);
        return true;
    };
    for (const inc of pass.spill.sorted()) if (note(inc.id, inc.line!)) spilled.add(inc.line!);
    for (const b of badIds) note(b.id, b.line);
    for (const [id, ls] of lines) {
        if (ls.length < 2) continue;
        ls.sort((a, b) => a - b);
        for (const line of ls.slice(1)) {
            keep({ file, line, column: at.column, field: at.name, message: `duplicate id '${id}' (first on line ${ls[0]})` });
            if (spilled.has(line)) {
                pass.badSpilled.add(line);
                pass.badRows++;
                ignore('duplicate id', line);
                const k = pass.outages.findIndex((o) => o.line === line);
                if (k >= 0) pass.outages.splice(k, 1);
            }
        }
    }
}

function byLine(errors: LogError[]): LogError[] {
    return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A reason to count rows by: the message without the row's own values. */
export function reasonOf(e: LogError | undefined): string {
    if (!e) return 'unreadable row';
    const what = e.message.replace(/'[^']*'/g, '…').replace(/\(first on line \d+\)/, '').replace(/\(.*\)$/, '').trim();
    return e.field ? `${e.field}: ${what}` : what;
}
