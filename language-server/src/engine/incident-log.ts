/**
 * Incident logs, CSV or JSON, one schema for both.
 *
 * Fields (CSV header names / JSON keys; all optional except `id`):
 *   id          unique, non-empty
 *   priority    a priority name of the contract (needed for deadlines; maintenance rows leave it empty)
 *   service     the service(s) of the contract it hit, several separated by ';' (JSON: also a
 *               list); only outages naming a service count against that service's availability
 *   reported    when the incident was reported
 *   acknowledged when the provider acknowledged the report (initial response; not before `reported`)
 *   responded   when the provider responded (not before `reported`)
 *   work_started when work on the incident started (not before `reported`)
 *   workaround  when a workaround was in place (not before `reported`)
 *   resolved    when it was resolved (not before `reported`)
 *   down_from   start of the outage; `down_from` and `down_to` come together
 *   down_to     end of the outage (not before `down_from`)
 *   kind        incident (default) | planned-maintenance | urgent-maintenance |
 *               emergency-maintenance | force-majeure | customer-caused | third-party
 *   announced   when maintenance was announced
 *   paused      clock pauses: "from/to;from/to" (JSON: the same string, or [{from, to}])
 *   note        free text
 * Times: ISO 8601 with an offset or Z, or local "yyyy-mm-dd hh:mm[:ss]" / "yyyy-mm-ddThh:mm"
 * read in the contract's zone. Only down_from/down_to make downtime: an incident without
 * them affects deadlines, not availability.
 *
 * A desk's own columns, times and values go through the row mapper (log-formats/) first.
 *
 * `sla simulate` and the editor read logs as a stream (services/log/: the readers, the same
 * row mapper behind log-fields.ts, and toIncident here). parseIncidentLog is the in-memory
 * reader of a log given as text, for tests and small tools: it reports every error it finds
 * and then returns no incidents, so a log is used whole or not at all.
 */
import { csvRecords, detached } from './csv-records.js';
import type { ContractModel, DowntimeKind } from '../model/types.js';
import { parseLocal } from './time.js';
import { contractZone } from './periods.js';
import { makeRowMapper, repeatedColumns, type RowMapper } from './log-formats/row-mapper.js';
import { isEmptyMapping, type LogMapping } from './log-formats/mapping.js';

export interface Incident {
    id: string;
    kind: DowntimeKind;
    priority?: string;
    /** The services it hit; absent when none is named (it then counts only for the contract as a whole). */
    services?: string[];
    reported?: number;
    acknowledged?: number;
    responded?: number;
    workStarted?: number;
    workaround?: number;
    resolved?: number;
    downFrom?: number;
    downTo?: number;
    announced?: number;
    paused: { from: number; to: number }[];
    note?: string;
    /** Where the record was read, for messages. */
    line?: number;
}

export interface LogError {
    file: string;
    line: number;
    /** CSV: 1-based number of the field's column in the header; JSON: column of the key (1 when unknown). */
    column: number;
    field?: string;
    message: string;
}

export const LOG_FIELDS = ['id', 'priority', 'service', 'reported', 'acknowledged', 'responded', 'work_started', 'workaround', 'resolved',
    'down_from', 'down_to', 'kind', 'announced', 'paused', 'note'] as const;
export type LogField = (typeof LOG_FIELDS)[number];

export const KINDS: readonly string[] = ['incident', 'planned-maintenance', 'urgent-maintenance', 'emergency-maintenance',
    'force-majeure', 'customer-caused', 'third-party'];

export function formatLogError(e: LogError): string {
    const where = `${e.file}:${e.line}:${e.column}`;
    return e.field ? `${where}: column '${e.field}': ${e.message}` : `${where}: ${e.message}`;
}

export function parseIncidentLog(
    text: string, file: string, format: 'csv' | 'json', contract: ContractModel, mapping?: LogMapping,
): { incidents: Incident[]; errors: LogError[] } {
    const errors: LogError[] = [];
    const nul = text.indexOf('\0');
    if (nul >= 0) {
        // A text export has none; UTF-16 has one in every other byte, a binary file anywhere.
        const before = text.slice(0, nul).split('\n');
        errors.push({ file, line: before.length, column: before[before.length - 1].length + 1,
            message: 'a NUL byte: this is not UTF-8 text (UTF-16, or a binary file); save the log as UTF-8 CSV or JSON' });
        return { incidents: [], errors };
    }
    const raw = text.trim() === '' ? [] : format === 'csv' ? readCsv(text, file, errors, mapping) : readJson(text, file, errors, mapping);
    if (text.trim() === '') errors.push({ file, line: 1, column: 1, message: 'the file is empty' });
    return incidentsOf(raw, file, contract, errors);
}

/** Records read (however) → incidents; any error anywhere and there are none. */
function incidentsOf(raw: RawRecord[], file: string, contract: ContractModel, errors: LogError[]): { incidents: Incident[]; errors: LogError[] } {
    const incidents: Incident[] = [];
    const seen = new Map<string, number>();
    const zone = contractZone(contract);
    const priorities = new Set(contract.priorities.map((p) => p.name));
    const services = (contract.services ?? []).map((x) => x.name);
    for (const rec of raw) {
        const err = (field: LogField | undefined, message: string) => errors.push({
            file, line: field ? rec.pos[field]?.line ?? rec.line : rec.line,
            column: field ? rec.pos[field]?.column ?? 1 : 1, field: field && (rec.names?.[field] ?? field),
            message: field && rec.mappedFrom?.[field] !== undefined ? `${message} (the file has '${rec.mappedFrom[field]}', which the value map turns into it)` : message,
        });
        // Checked before the other fields so a broken record still claims its id.
        const id = rec.values.id === undefined || rec.values.id === null ? '' : String(rec.values.id).trim();
        const dup = seen.get(id);
        if (id !== '' && dup !== undefined) err('id', `duplicate id '${id}' (first on line ${dup})`);
        else if (id !== '') seen.set(id, rec.line);
        const inc = toIncident(rec.values, zone, priorities, err, services);
        if (!inc) continue;
        inc.line = rec.line;
        incidents.push(inc);
    }
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return errors.length > 0 ? { incidents: [], errors } : { incidents, errors };
}

interface RawRecord {
    line: number;
    values: Partial<Record<LogField, unknown>>;
    pos: Partial<Record<LogField, { line: number; column: number }>>;
    /** The file's column each field was read from, when a mapping named another (for messages). */
    names?: Partial<Record<LogField, string>>;
    /** The file's own value where a value map replaced it. */
    mappedFrom?: Partial<Record<LogField, string>>;
}

// One row through the mapper, its cells' problems placed in the file.
const namesOf = new WeakMap<RowMapper, NonNullable<RawRecord['names']>>();
function mapRecord(
    mapper: RowMapper, record: Record<string, unknown>, line: number,
    at: (index: number, column: string) => { line: number; column: number }, file: string, errors: LogError[],
): RawRecord {
    const { values, errors: cells, mappedFrom } = mapper.map(record, line);
    const pos: RawRecord['pos'] = {};
    for (const f in mapper.sources) {
        const src = mapper.sources[f as LogField]!;
        pos[f as LogField] = at(src.index, src.column);
    }
    let names = namesOf.get(mapper);
    if (!names) {
        names = {};
        for (const f in mapper.sources) if (mapper.sources[f as LogField]!.column !== f) names[f as LogField] = mapper.sources[f as LogField]!.column;
        namesOf.set(mapper, names);
    }
    for (const e of cells) {
        errors.push({ file, ...(e.index !== undefined && e.column !== undefined ? at(e.index, e.column) : { line, column: 1 }), field: e.column, message: e.message });
    }
    return mappedFrom ? { line, values, pos, names, mappedFrom } : { line, values, pos, names };
}

/**
 * One record in our fields as an incident, or undefined when anything is wrong with it (each
 * problem goes to `err`). Shared by the whole-text reader here and the streaming readers.
 */
export function toIncident(
    v: Partial<Record<LogField, unknown>>, zone: string, priorities: Set<string>,
    err: (field: LogField | undefined, message: string) => void, services: readonly string[] = [],
): Incident | undefined {
    // Written out without closures or spread objects: it runs once per row of logs of millions.
    const r: RowReader = { v, zone, err, ok: true };
    const id = textOf(r, 'id');
    if (id === undefined) fail(r, 'id', 'the id is missing');
    const priority = textOf(r, 'priority');
    if (priority !== undefined && !priorities.has(priority)) {
        fail(r, 'priority', `unknown priority '${priority}' (the contract has ${[...priorities].join(', ') || 'none'})`);
    }
    const kind = textOf(r, 'kind') ?? 'incident';
    const kindAt = KINDS.indexOf(kind);
    if (kindAt < 0) fail(r, 'kind', `unknown kind '${kind}' (expected ${KINDS.join(', ')})`);
    const reported = timeOf(r, 'reported');
    const responded = timeOf(r, 'responded');
    const resolved = timeOf(r, 'resolved');
    const downFromText = textOf(r, 'down_from');
    const downToText = textOf(r, 'down_to');
    const downFrom = timeOf(r, 'down_from', downFromText);
    const downTo = timeOf(r, 'down_to', downToText);
    const announced = timeOf(r, 'announced');
    const acknowledged = timeOf(r, 'acknowledged');
    const workStarted = timeOf(r, 'work_started');
    const workaround = timeOf(r, 'workaround');
    const paused = v.paused === undefined || v.paused === null || v.paused === '' ? [] : readPauses(v.paused, zone, (m) => fail(r, 'paused', m));
    if (responded !== undefined && reported !== undefined && responded < reported) fail(r, 'responded', 'the response is before the report');
    if (resolved !== undefined && reported !== undefined && resolved < reported) fail(r, 'resolved', 'resolved is before reported');
    if (reported !== undefined) {
        if (acknowledged !== undefined && acknowledged < reported) fail(r, 'acknowledged', 'acknowledged is before reported');
        if (workStarted !== undefined && workStarted < reported) fail(r, 'work_started', 'work started is before reported');
        if (workaround !== undefined && workaround < reported) fail(r, 'workaround', 'workaround is before reported');
    }
    if (downFrom !== undefined && downTo !== undefined && downTo < downFrom) fail(r, 'down_to', 'down_to is before down_from');
    if ((downFromText === undefined) !== (downToText === undefined)) {
        fail(r, downFromText === undefined ? 'down_from' : 'down_to', 'down_from and down_to must be given together');
    }
    const named = v.service === undefined || v.service === null ? undefined : readServices(v.service, services, (m) => fail(r, 'service', m));
    if (!r.ok || id === undefined) return undefined;
    const inc: Incident = {
        // What an incident keeps is its own, not a view of the piece of the file it was read from (detached).
        id: detached(id), kind: KINDS[kindAt] as DowntimeKind, priority: priority === undefined ? undefined : detached(priority),
        reported, responded, resolved, downFrom, downTo, announced, paused,
        note: textOf(r, 'note'),
    };
    // Only when logged, so incidents of logs without these columns stay as they were.
    if (acknowledged !== undefined) inc.acknowledged = acknowledged;
    if (workStarted !== undefined) inc.workStarted = workStarted;
    if (workaround !== undefined) inc.workaround = workaround;
    if (named?.length) inc.services = named;
    return inc;
}

interface RowReader {
    v: Partial<Record<LogField, unknown>>;
    zone: string;
    err: (field: LogField | undefined, message: string) => void;
    ok: boolean;
}

function fail(r: RowReader, f: LogField | undefined, m: string): void {
    r.ok = false;
    r.err(f, m);
}

/** A field's text, trimmed; undefined when empty or missing. */
function textOf(r: RowReader, f: LogField): string | undefined {
    const x = r.v[f];
    if (x === undefined || x === null) return undefined;
    if (typeof x !== 'string' && typeof x !== 'number') { r.err(f, `expected text, found ${JSON.stringify(x)}`); return undefined; }
    const s = typeof x === 'string' ? x.trim() : String(x).trim();
    return s === '' ? undefined : s;
}

function timeOf(r: RowReader, f: LogField, text = textOf(r, f)): number | undefined {
    if (text === undefined) return undefined;
    const t = parseLocal(text, r.zone);
    if (typeof t === 'string') { fail(r, f, `cannot read '${text}' as a time`); return undefined; }
    return t;
}

/**
 * The services a record names: one name, several separated by ';', or (JSON) a list. Each
 * must be a service of the contract; undefined after an error.
 */
function readServices(x: unknown, known: readonly string[], fail: (m: string) => void): string[] | undefined {
    if (x === undefined || x === null) return [];
    const list = typeof x === 'string' ? x.split(';') : Array.isArray(x) ? x : undefined;
    if (!list || list.some((n) => typeof n !== 'string')) { fail(`expected a service name, or names separated by ';', found ${JSON.stringify(x)}`); return undefined; }
    const names = (list as string[]).map((n) => n.trim()).filter((n) => n !== '');
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length) {
        const has = known.length ? `the contract's services are ${known.map((n) => `'${n}'`).join(', ')}` : 'the contract names no services';
        fail(`unknown service ${unknown.map((n) => `'${n}'`).join(', ')} (${has})`);
        return undefined;
    }
    // The contract's own strings (the names read are slices of the file).
    return [...new Set(names)].map((n) => known.find((k) => k === n)!);
}

function readPauses(x: unknown, zone: string, fail: (m: string) => void): { from: number; to: number }[] {
    if (x === undefined || x === null || x === '') return [];
    let pairs: { from: unknown; to: unknown }[];
    if (typeof x === 'string') {
        pairs = x.split(';').map((s) => s.trim()).filter((s) => s !== '').map((s) => {
            const [from, to, extra] = s.split('/');
            return extra === undefined ? { from, to } : { from: s, to: undefined };
        });
    } else if (Array.isArray(x)) {
        pairs = x.map((p) => (p && typeof p === 'object' ? p : { from: p, to: undefined }));
    } else { fail(`expected "from/to;from/to" or a list of {from, to}`); return []; }
    const out: { from: number; to: number }[] = [];
    for (const p of pairs) {
        const [from, to] = [p.from, p.to].map((t) => (typeof t === 'string' ? parseLocal(t.trim(), zone) : 'missing'));
        if (typeof from === 'string' || typeof to === 'string') {
            fail(`cannot read '${typeof p.from === 'string' ? p.from : ''}/${typeof p.to === 'string' ? p.to : ''}' as a pause from/to`);
        } else if (to < from) fail(`the pause ending ${String(p.to)} ends before it starts`);
        else out.push({ from, to });
    }
    return out;
}

function readCsv(text: string, file: string, errors: LogError[], mapping?: LogMapping): RawRecord[] {
    const { records: rows, problems } = csvRecords(text, delimiterOf(text));
    const fatal = problems.find((p) => p.fatal);
    if (fatal) {
        errors.push({ file, line: fatal.line, column: fatal.column, message: `cannot read the CSV: ${fatal.message}` });
        return [];
    }
    for (const p of problems) errors.push({ file, line: p.line, column: p.column, message: p.message });
    if (rows.length === 0) return [];
    const header = rows[0].fields.map((h) => h.trim().toLowerCase());
    const headerLine = rows[0].line;
    // The header through the column map (unknown columns are its errors).
    const names = rows[0].fields.map((h) => h.trim());
    const mapper = makeRowMapper(names, mapping);
    for (const d of repeatedColumns(names, mapper)) errors.push({ file, line: headerLine, column: d.index + 1, field: d.name, message: d.message });
    for (const e of mapper.headerErrors) {
        errors.push({ file, line: headerLine, column: (e.index ?? 0) + 1, field: e.column, message: e.message });
    }
    // Rows read through a wrong header only repeat its mistake on every line.
    if (mapper.headerErrors.length > 0) return [];
    return rows.slice(1).map(({ fields: record, line }) => {
        if (record.length > header.length) {
            errors.push({ file, line, column: header.length + 1, message: `${record.length} fields, but the header has ${header.length}` });
        }
        const keyed: Record<string, unknown> = {};
        names.forEach((h, i) => { if (!(h in keyed)) keyed[h] = record[i]; });
        return mapRecord(mapper, keyed, line, (i) => ({ line, column: i + 1 }), file, errors);
    });
}

/**
 * The delimiter of the header line: comma, semicolon (what Excel writes where the decimal
 * mark is a comma) or tab, whichever it holds most of outside quotes; comma when none.
 */
export function delimiterOf(text: string): string {
    const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].replace(/"(?:[^"]|"")*"/g, '');
    let best = ',';
    let most = 0;
    for (const d of [',', ';', '\t']) {
        const count = header.split(d).length - 1;
        if (count > most) { best = d; most = count; }
    }
    return best;
}

function readJson(text: string, file: string, errors: LogError[], mapping?: LogMapping): RawRecord[] {
    let data: unknown;
    try {
        // A BOM is no part of the JSON (an editor on Windows writes one); the CSV reader drops it too.
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
        const { line, column } = jsonErrorPosition(text, (e as Error).message);
        errors.push({ file, line, column, message: `not valid JSON: ${(e as Error).message}` });
        return [];
    }
    if (!Array.isArray(data)) {
        // A monitor's export given as the incident log says where it belongs.
        const o = data as Record<string, unknown> | null;
        const monitor = !!o && typeof o === 'object' && ('resultType' in (o.data as object ?? {}) || Array.isArray(o.monitors));
        errors.push({ file, line: 1, column: 1, message: `expected a JSON array of incident records${monitor ? '; this is an uptime monitor\'s export: give it with --outages' : ''}` });
        return [];
    }
    const places = locateJsonRecords(text);
    const out: RawRecord[] = [];
    const plain = isEmptyMapping(mapping);
    const mappers = new Map<string, RowMapper>();
    data.forEach((rec, i) => {
        const place = places[i] ?? { line: 1, column: 1, keys: new Map() };
        if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
            errors.push({ file, line: place.line, column: place.column, message: `record ${i + 1} is not an object` });
            return;
        }
        // Each record's keys are its header (a mapper per set of keys).
        const keys = Object.keys(rec as object);
        const signature = JSON.stringify(keys);
        let mapper = mappers.get(signature);
        if (!mapper) {
            mapper = makeRowMapper(keys, mapping);
            mappers.set(signature, mapper);
            if (!plain) for (const e of mapper.headerErrors) errors.push({ file, line: place.line, column: place.column, field: e.column, message: e.message });
        }
        if (plain) {
            for (const k of keys) {
                if ((LOG_FIELDS as readonly string[]).includes(k)) continue;
                const at = place.keys.get(k) ?? place;
                errors.push({ file, line: at.line, column: at.column, field: k, message: `unknown field '${k}' (expected ${LOG_FIELDS.join(', ')})` });
            }
        }
        out.push(mapRecord(mapper, rec as Record<string, unknown>, place.line, (_i, column) => {
            const at = place.keys.get(column) ?? place;
            return { line: at.line, column: at.column };
        }, file, errors));
    });
    return out;
}

interface JsonPlace { line: number; column: number; keys: Map<string, { line: number; column: number }> }

/**
 * Where each element of the top-level array starts, and where its keys are: JSON.parse
 * forgets positions, and a message that points at the record is worth a small scanner.
 */
function locateJsonRecords(text: string): JsonPlace[] {
    const out: JsonPlace[] = [];
    let line = 1;
    let lineStart = 0;
    let depth = 0;
    let current: JsonPlace | undefined;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') { line++; lineStart = i + 1; continue; }
        if (c === '"') {
            const start = i;
            for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
            if (depth === 2 && current) {
                let j = i + 1;
                while (j < text.length && /\s/.test(text[j])) j++;
                if (text[j] === ':') {
                    const key = JSON.parse(text.slice(start, i + 1)) as string;
                    current.keys.set(key, { line, column: start - lineStart + 1 });
                }
            } else if (depth === 1) out.push({ line, column: start - lineStart + 1, keys: new Map() });
            continue;
        }
        if (c === '{' || c === '[') {
            if (depth === 1) { current = { line, column: i - lineStart + 1, keys: new Map() }; out.push(current); }
            depth++;
        } else if (c === '}' || c === ']') depth--;
        else if (depth === 1 && /[^\s,]/.test(c)) {
            out.push({ line, column: i - lineStart + 1, keys: new Map() });
            while (i + 1 < text.length && /[^\s,\]]/.test(text[i + 1])) i++;
        }
    }
    return out;
}

/** V8 names the offset in most JSON errors ("at position 42"); without one, point at the start. */
function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
    const m = /position (\d+)/.exec(message);
    if (!m) return { line: 1, column: 1 };
    const before = text.slice(0, Number(m[1]));
    const line = before.split('\n').length;
    return { line, column: Number(m[1]) - before.lastIndexOf('\n') };
}
