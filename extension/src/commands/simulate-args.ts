/**
 * The testable part of "SLA: Simulate a Period from an Incident Log": reading the period
 * the user types, the default period of a log, which log to offer first and the arguments
 * of a programmatic call. No vscode import, so mocha tests it directly.
 */
import { open } from 'node:fs/promises';

export interface MonthRange {
    from: string;
    to: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * "2026-01..2026-12", "2026-01 - 2026-12", "2026-01 to 2026-12", a single month
 * "2026-03", a year "2026" or a quarter "2026-Q3". Returns the range or why it is not one.
 */
export function parsePeriod(text: string): MonthRange | { error: string } {
    const s = text.trim();
    if (/^\d{4}$/.test(s)) return { from: `${s}-01`, to: `${s}-12` };
    const q = /^(\d{4})-?Q([1-4])$/i.exec(s);
    if (q) {
        const first = (Number(q[2]) - 1) * 3 + 1;
        const mm = (n: number) => String(n).padStart(2, '0');
        return { from: `${q[1]}-${mm(first)}`, to: `${q[1]}-${mm(first + 2)}` };
    }
    const parts = s.split(/\s*(?:\.\.|–|—|\bto\b|\s-\s)\s*/i).filter((p) => p !== '');
    if (parts.length === 1 && MONTH.test(parts[0])) return { from: parts[0], to: parts[0] };
    if (parts.length !== 2) return { error: 'Write a period like 2026-01..2026-12, a month like 2026-03, a quarter like 2026-Q3 or a year like 2026.' };
    const [from, to] = parts;
    for (const m of [from, to]) if (!MONTH.test(m)) return { error: `'${m}' is not a month like 2026-01.` };
    if (from > to) return { error: `The period starts (${from}) after it ends (${to}).` };
    return { from, to };
}

export function formatPeriod(r: MonthRange): string {
    return `${r.from}..${r.to}`;
}

const DATE_TIME = /(\d{4})-(0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[T ]\d{2}:\d{2}/g;

/**
 * The first and last month a log mentions, read from its date-times (any column, CSV or
 * JSON). Rough on purpose: it only prefills the period, the server reads the log properly.
 */
export function logMonths(text: string): MonthRange | undefined {
    let from: string | undefined;
    let to: string | undefined;
    for (const m of text.matchAll(DATE_TIME)) {
        const month = `${m[1]}-${m[2]}`;
        if (from === undefined || month < from) from = month;
        if (to === undefined || month > to) to = month;
    }
    return from && to ? { from, to } : undefined;
}

/** Enough lines at each end of a time-ordered export to find its first and last month. */
const LOG_END_BYTES = 64 * 1024;

/**
 * The first and last bytes of a log on disk (all of a small one): a time-ordered export
 * starts in its first month and ends in its last. Only the prefill of the months uses it;
 * the server reads the whole log.
 */
export async function logEnds(path: string, bytes = LOG_END_BYTES): Promise<string> {
    const file = await open(path, 'r');
    try {
        const { size } = await file.stat();
        const read = async (position: number, length: number) => {
            const buffer = Buffer.alloc(length);
            const { bytesRead } = await file.read(buffer, 0, length, position);
            return buffer.toString('utf8', 0, bytesRead);
        };
        if (size <= 2 * bytes) return await read(0, size);
        return `${await read(0, bytes)}\n${await read(size - bytes, bytes)}`;
    } finally {
        await file.close();
    }
}

/** The period to prefill: the months of the log, or else the current year. */
export function defaultPeriod(logText: string, now: Date): string {
    const months = logMonths(logText);
    if (months) return formatPeriod(months);
    const year = now.getFullYear();
    return formatPeriod({ from: `${year}-01`, to: `${year}-12` });
}

export function logFormat(path: string): 'csv' | 'json' {
    return /\.json$/i.test(path) ? 'json' : 'csv';
}

/** "avetica-moodle" for ".../avetica-moodle.sla". */
export function baseName(path: string): string {
    const name = path.split(/[\\/]/).pop() ?? path;
    return name.replace(/\.[^.]*$/, '');
}

/**
 * The log to offer first among the files next to the contract: the only *.csv / *.json
 * whose name starts with the contract's base name (avetica-moodle-2026.csv next to
 * avetica-moodle.sla). Several or none: no default.
 */
export function siblingLog(contractPath: string, siblingNames: string[]): string | undefined {
    const base = baseName(contractPath).toLowerCase();
    const logs = siblingNames.filter((n) => /\.(csv|json)$/i.test(n) && n.toLowerCase().startsWith(base));
    return logs.length === 1 ? logs[0] : undefined;
}

/** Arguments of a programmatic call: `executeCommand('sla.simulate', {logPath, from, to, uri})`. */
export interface SimulateArgs {
    uri?: string;
    logPath?: string;
    from?: string;
    to?: string;
}

/** Reads command arguments defensively; a wrong type is an error message, not a crash. */
export function parseSimulateArgs(arg: unknown): SimulateArgs | { error: string } {
    if (arg === undefined || arg === null) return {};
    if (typeof arg !== 'object' || Array.isArray(arg)) return {}; // e.g. a Uri from an explorer menu: handled by the caller
    const a = arg as Record<string, unknown>;
    const out: SimulateArgs = {};
    for (const key of ['uri', 'logPath', 'from', 'to'] as const) {
        const v = a[key];
        if (v === undefined || v === null) continue;
        if (typeof v !== 'string') {
            if (key === 'uri' && typeof v === 'object') continue; // a vscode.Uri object: the caller reads it
            return { error: `sla.simulate: '${key}' must be a string` };
        }
        out[key] = v;
    }
    if (out.from !== undefined || out.to !== undefined) {
        const range = parsePeriod(`${out.from ?? out.to}..${out.to ?? out.from}`);
        if ('error' in range) return { error: `sla.simulate: ${range.error}` };
        out.from = range.from;
        out.to = range.to;
    }
    return out;
}
