/**
 * How a log's columns and values become our fields: a preset (`--format topdesk`), a mapping
 * file kept next to the contract, and flags, each overriding the one before it key by key.
 *
 * A mapping says how to read a log, never what the contract means: the same log read with
 * the file or with the same flags gives the same incidents.
 */
import { LOG_FIELDS, type LogField } from '../incident-log.js';
import { PRESETS, PRESET_NAMES } from './presets.js';

export interface LogMapping {
    /** A preset's name (`jira`, `servicenow`, `zendesk`, `topdesk`, `freshdesk`). */
    format?: string;
    /**
     * Our field → the desk's column. A string must be in the file; a list is a preset's
     * candidates, of which the first present is read (a desk's export varies by version
     * and language) and none need be.
     */
    columns?: Partial<Record<LogField, string | readonly string[]>>;
    /** Luxon formats, tried in order; without any, ISO-like times and unambiguous day/month numbers. */
    dateFormat?: string | readonly string[];
    /** Locale of month and weekday names in the formats (`en-US` unless given, `nl` for `6 nov. 2026`). */
    dateLocale?: string;
    /** Per field: the desk's value → ours (`"Prioriteit 1 - Hoog": "P1"`), matched ignoring case and outer spaces. */
    values?: Partial<Record<LogField, Readonly<Record<string, string>>>>;
    /** The sheet of an .xlsx to read (the first when not given). */
    sheet?: string;
}

export interface MappingProblem {
    message: string;
    /** Where in a mapping file, when the problem is in one. */
    line?: number;
    column?: number;
}

/**
 * An uptime monitor's export that goes with the contract's log (the mapping file's
 * `outages`): a path relative to the mapping file, inside its folder, and what
 * `--step` and `--monitor` say on the command line.
 */
export interface OutageSource {
    file: string;
    step?: number;
    monitor?: string;
}

const isField = (s: string): s is LogField => (LOG_FIELDS as readonly string[]).includes(s);

/** Layers merged key by key, later ones winning: preset < file < flags. The preset is taken from the last layer naming one. */
export function combineMappings(...layers: (LogMapping | undefined)[]): LogMapping {
    const given = layers.filter((l): l is LogMapping => l !== undefined);
    const format = [...given].reverse().find((l) => l.format)?.format;
    const preset = format ? PRESETS[format]?.mapping : undefined;
    const all = preset ? [preset, ...given] : given;
    const out: LogMapping = {};
    if (format) out.format = format;
    for (const l of all) {
        if (l.columns) out.columns = { ...out.columns, ...l.columns };
        if (l.dateFormat !== undefined) out.dateFormat = l.dateFormat;
        if (l.dateLocale !== undefined) out.dateLocale = l.dateLocale;
        if (l.sheet !== undefined) out.sheet = l.sheet;
        for (const [field, map] of Object.entries(l.values ?? {}) as [LogField, Record<string, string>][]) {
            out.values = { ...out.values, [field]: { ...out.values?.[field], ...map } };
        }
    }
    return out;
}

/** Whether a mapping changes anything: without one, a log must use our own column names. */
export function isEmptyMapping(m: LogMapping | undefined): boolean {
    return !m || (!m.format && !m.columns && m.dateFormat === undefined && !m.values && m.sheet === undefined);
}

export interface MappingFlags {
    format?: string;
    map?: readonly string[];
    dateFormat?: string;
    value?: readonly string[];
    sheet?: string;
}

/**
 * `--format NAME`, `--map FIELD=COLUMN`, `--date-format F`, `--value FIELD:FROM=TO`,
 * `--sheet NAME` as one mapping layer.
 */
export function mappingFromFlags(f: MappingFlags): { mapping: LogMapping; problems: MappingProblem[] } {
    const problems: MappingProblem[] = [];
    const mapping: LogMapping = {};
    if (f.format !== undefined) {
        const name = f.format.trim().toLowerCase();
        if (PRESETS[name]) mapping.format = name;
        else problems.push({ message: `--format: unknown format '${f.format}' (known: ${PRESET_NAMES.join(', ')})` });
    }
    for (const m of f.map ?? []) {
        const eq = m.indexOf('=');
        const field = (eq < 0 ? m : m.slice(0, eq)).trim().toLowerCase();
        const column = eq < 0 ? '' : m.slice(eq + 1).trim();
        if (!isField(field)) problems.push({ message: `--map ${m}: '${field}' is not a field (fields: ${LOG_FIELDS.join(', ')})` });
        else if (column === '') problems.push({ message: `--map ${m}: give the column, as in --map ${field}="Column name"` });
        else mapping.columns = { ...mapping.columns, [field]: column };
    }
    if (f.dateFormat !== undefined) {
        const problem = checkFormat(f.dateFormat);
        if (problem) problems.push({ message: `--date-format: ${problem}` });
        else mapping.dateFormat = f.dateFormat;
    }
    for (const v of f.value ?? []) {
        const m = /^\s*([a-z_]+)\s*:(.*)=(.*)$/i.exec(v);
        const field = m?.[1].toLowerCase() ?? '';
        if (!m || !isField(field) || m[2].trim() === '') {
            problems.push({ message: `--value ${v}: expected FIELD:VALUE=OURS, as in --value "priority:Prioriteit 1 - Hoog=P1"` });
        } else mapping.values = { ...mapping.values, [field]: { ...mapping.values?.[field as LogField], [m[2].trim()]: m[3].trim() } };
    }
    if (f.sheet !== undefined) mapping.sheet = f.sheet;
    return { mapping, problems };
}

function checkFormat(format: string): string | undefined {
    if (format.trim() === '') return 'the format is empty';
    // Luxon reads a format without date tokens as a time of today: no log means that.
    if (!/[yMdL]/.test(format.replace(/'[^']*'/g, ''))) return `'${format}' has no year, month or day (luxon tokens such as dd-MM-yyyy HH:mm)`;
    return undefined;
}

/**
 * A mapping file: JSON with the keys of LogMapping (`columns`, `dateFormat`, `values`,
 * `format`, `sheet`, `dateLocale`) and `outages`, the monitor exports read with every log;
 * anything else is named, so a typo is not silently ignored.
 */
export function parseMappingFile(text: string): { mapping: LogMapping; problems: MappingProblem[]; outages?: OutageSource[] } {
    const problems: MappingProblem[] = [];
    const at = (key: string) => locate(text, key);
    let data: unknown;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
        return { mapping: {}, problems: [{ message: `not valid JSON: ${(e as Error).message}`, line: 1, column: 1 }] };
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
        return { mapping: {}, problems: [{ message: 'expected a JSON object like {"format": "topdesk", "columns": {"id": "Meldingnummer"}}', line: 1, column: 1 }] };
    }
    const mapping: LogMapping = {};
    let outages: OutageSource[] | undefined;
    const known = ['format', 'columns', 'dateFormat', 'dateLocale', 'values', 'sheet', 'outages', '$comment'];
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        const bad = (message: string, where = key) => problems.push({ message, ...at(where) });
        if (!known.includes(key)) { bad(`unknown key '${key}' (expected ${known.filter((k) => k !== '$comment').join(', ')})`); continue; }
        switch (key) {
            case 'format':
                if (typeof value !== 'string' || !PRESETS[value.toLowerCase()]) bad(`unknown format ${JSON.stringify(value)} (known: ${PRESET_NAMES.join(', ')})`);
                else mapping.format = value.toLowerCase();
                break;
            case 'columns':
                if (!value || typeof value !== 'object' || Array.isArray(value)) { bad('"columns" must be an object of field: "Column name"'); break; }
                for (const [field, column] of Object.entries(value as Record<string, unknown>)) {
                    if (!isField(field)) bad(`'${field}' is not a field (fields: ${LOG_FIELDS.join(', ')})`, field);
                    else if (typeof column !== 'string' || column.trim() === '') bad(`the column of '${field}' must be a non-empty text`, field);
                    else mapping.columns = { ...mapping.columns, [field]: column.trim() };
                }
                break;
            case 'dateFormat': {
                const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
                const problem = !list || list.length === 0 || list.some((f) => typeof f !== 'string')
                    ? '"dateFormat" must be a luxon format or a list of them' : list.map((f) => checkFormat(f as string)).find((p) => p);
                if (problem) bad(problem);
                else mapping.dateFormat = list!.length === 1 ? list![0] as string : list as string[];
                break;
            }
            case 'dateLocale':
            case 'sheet':
                if (typeof value !== 'string' || value.trim() === '') bad(`"${key}" must be a non-empty text`);
                else mapping[key] = value;
                break;
            case 'values':
                if (!value || typeof value !== 'object' || Array.isArray(value)) { bad('"values" must be an object of field: {"their value": "ours"}'); break; }
                for (const [field, map] of Object.entries(value as Record<string, unknown>)) {
                    if (!isField(field)) { bad(`'${field}' is not a field (fields: ${LOG_FIELDS.join(', ')})`, field); continue; }
                    if (!map || typeof map !== 'object' || Array.isArray(map) || Object.values(map).some((v) => typeof v !== 'string')) {
                        bad(`the values of '${field}' must be an object of "their value": "ours"`, field);
                        continue;
                    }
                    mapping.values = { ...mapping.values, [field]: map as Record<string, string> };
                }
                break;
            case 'outages': {
                const read = outageSources(value);
                if (typeof read === 'string') bad(read);
                else outages = read;
                break;
            }
        }
    }
    return outages ? { mapping, problems, outages } : { mapping, problems };
}

const OUTAGES_SHAPE = '"outages" must be a list of monitor exports: "uptimerobot.json" or {"file": "up.json", "step": 60, "monitor": "Moodle"}';

/** The `outages` of a mapping file, or what is wrong with them. */
function outageSources(value: unknown): OutageSource[] | string {
    if (!Array.isArray(value)) return OUTAGES_SHAPE;
    const out: OutageSource[] = [];
    for (const x of value as unknown[]) {
        const o = typeof x === 'string' ? { file: x } : x && typeof x === 'object' && !Array.isArray(x) ? x as Record<string, unknown> : undefined;
        if (!o) return OUTAGES_SHAPE;
        const unknown = Object.keys(o).filter((k) => !['file', 'step', 'monitor'].includes(k));
        if (unknown.length) return `unknown key '${unknown[0]}' in "outages" (expected file, step, monitor)`;
        const { file, step, monitor } = o;
        if (typeof file !== 'string' || file.trim() === '') return `each of "outages" needs its "file", a path relative to the mapping file`;
        const where = pathProblem(file.trim());
        if (where) return `"outages": '${file}' ${where}`;
        if (step !== undefined && !(typeof step === 'number' && Number.isFinite(step) && step > 0)) return `"outages": the "step" of '${file}' must be a number of seconds, e.g. 60`;
        if (monitor !== undefined && (typeof monitor !== 'string' && typeof monitor !== 'number')) return `"outages": the "monitor" of '${file}' must be its id or name`;
        out.push({ file: file.trim(), ...(step !== undefined ? { step: step as number } : {}), ...(monitor !== undefined ? { monitor: String(monitor) } : {}) });
    }
    return out;
}

/**
 * A monitor export named by a file in a workspace is read by the language server too: only
 * below the mapping file's folder, so a folder opened in the editor cannot have it read any
 * file of the machine.
 */
function pathProblem(file: string): string | undefined {
    if (/^([a-z]:)?[\\/]/i.test(file) || /^[a-z][a-z0-9+.-]*:/i.test(file)) return 'is not a relative path (give it relative to the mapping file)';
    let depth = 0;
    for (const part of file.split(/[\\/]+/)) {
        if (part === '..') depth--;
        else if (part !== '.' && part !== '') depth++;
        if (depth < 0) return 'is outside the mapping file\'s folder (keep monitor exports in it or below it)';
    }
    return undefined;
}

/** Line and column of the first `"key"` in a JSON text: enough to point at a mapping file's mistake. */
function locate(text: string, key: string): { line: number; column: number } {
    const i = text.indexOf(JSON.stringify(key));
    if (i < 0) return { line: 1, column: 1 };
    const before = text.slice(0, i).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
}
