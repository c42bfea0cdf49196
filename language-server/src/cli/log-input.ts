/**
 * What `sla simulate` reads besides the contract and the log (which is streamed,
 * services/simulation-stream.ts): the mapping of the log's columns (a file next to the
 * contract, overridden by flags) and the outages of uptime monitors.
 *
 * The mapping file of `contract.sla` is `contract.mapping.json` in the same folder. It says
 * how to read the desk's log, not what the contract means, so it lives beside the contract
 * (the editor and CI find it without flags) and not inside it; `--mapping FILE` names
 * another, and every flag overrides the file's key.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Incident } from '../engine/incident-log.js';
import { combineMappings, mappingFromFlags, parseMappingFile, type LogMapping, type MappingFlags } from '../engine/log-formats/mapping.js';
import { mappingMonitorFiles, readMonitorFiles, type MonitorFile } from '../services/monitor-sources.js';
import { EXIT, type CommandIO } from './io.js';

export interface LogFlags extends MappingFlags {
    mapping?: string;
    outages?: readonly string[];
    step?: string;
    monitor?: string;
}

type Step<T> = { ok: true; value: T } | { ok: false; exit: number };

/** The mapping file next to a contract, whether or not it exists. */
export function mappingFileOf(contractFile: string): string {
    return join(dirname(contractFile), `${basename(contractFile, extname(contractFile))}.mapping.json`);
}

/** The log's mapping, and the monitor exports the mapping file names (relative to its folder). */
export interface LoadedMapping {
    mapping: LogMapping;
    outages?: { files: MonitorFile[]; folder: string; file: string };
}

export async function loadMapping(contractFile: string, flags: LogFlags, io: CommandIO): Promise<Step<LoadedMapping>> {
    const fromFlags = mappingFromFlags(flags);
    if (fromFlags.problems.length > 0) {
        for (const p of fromFlags.problems) io.err(`sla: ${p.message}`);
        return { ok: false, exit: EXIT.usage };
    }
    const file = flags.mapping ?? mappingFileOf(contractFile);
    let text: string | undefined;
    try {
        text = await readFile(file, 'utf8');
    } catch (e) {
        if (flags.mapping !== undefined || (e as NodeJS.ErrnoException).code !== 'ENOENT') {
            io.err(`sla: cannot read the mapping ${file}: ${(e as Error).message}`);
            return { ok: false, exit: EXIT.usage };
        }
    }
    if (text === undefined) return { ok: true, value: { mapping: combineMappings(fromFlags.mapping) } };
    const parsed = parseMappingFile(text);
    if (parsed.problems.length > 0) {
        for (const p of parsed.problems) io.err(`${file}:${p.line ?? 1}:${p.column ?? 1}: ${p.message}`);
        io.err(`sla: the mapping ${file} has ${parsed.problems.length} error(s); nothing was simulated`);
        return { ok: false, exit: EXIT.errors };
    }
    // Said on stderr, so a reader of the figures knows a file beside the contract took part.
    io.err(`sla: reading the log with the mapping in ${file}${flags.mapping === undefined ? ' (next to the contract)' : ''}`);
    const mapping = combineMappings(parsed.mapping, fromFlags.mapping);
    if (!parsed.outages?.length) return { ok: true, value: { mapping } };
    const folder = dirname(file);
    return { ok: true, value: { mapping, outages: { files: mappingMonitorFiles(parsed.outages, folder).map((f) => ({ ...f, name: join(folder, f.name) })), folder, file } } };
}

/**
 * The monitors' outages: those of --outages, or else those the mapping file names (a flag
 * given replaces the file's list, as every flag overrides the file's key).
 */
export async function readOutages(flags: LogFlags, io: CommandIO, fromMapping?: LoadedMapping['outages']): Promise<Step<Incident[]>> {
    const step = flags.step === undefined ? undefined : Number(flags.step);
    if (step !== undefined && !(Number.isFinite(step) && step > 0)) {
        io.err(`sla: --step ${flags.step}: give the query's step in seconds, e.g. --step 60`);
        return { ok: false, exit: EXIT.usage };
    }
    const given = flags.outages ?? [];
    const files: MonitorFile[] = given.length > 0
        ? given.map((path) => ({ path, name: path, ...(step !== undefined ? { step } : {}), ...(flags.monitor !== undefined ? { monitor: flags.monitor } : {}) }))
        : fromMapping?.files ?? [];
    if (files.length === 0) return { ok: true, value: [] };
    if (given.length === 0) io.err(`sla: monitors' outages as the mapping ${fromMapping!.file} names them`);
    const read = await readMonitorFiles(files, given.length > 0 ? undefined : fromMapping!.folder);
    if (!read.ok) {
        for (const p of read.problems) io.err(p);
        const which = files.length === 1 ? files[0].name : 'a monitor export';
        io.err(read.unreadable ? `sla: cannot read ${which}; nothing was simulated` : `sla: ${which} cannot be read as a monitor export; nothing was simulated`);
        return { ok: false, exit: read.unreadable ? EXIT.usage : EXIT.errors };
    }
    // Said on stderr, so the figures' reader knows which series and step were taken.
    for (const n of read.notes) io.err(`sla: ${n}`);
    return { ok: true, value: read.incidents };
}
