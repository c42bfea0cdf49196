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
import { readMonitorExport } from '../engine/monitors/monitor-export.js';
import { monitorIncidents } from '../engine/monitors/downtime-sources.js';
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

export async function loadMapping(contractFile: string, flags: LogFlags, io: CommandIO): Promise<Step<LogMapping>> {
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
    if (text === undefined) return { ok: true, value: combineMappings(fromFlags.mapping) };
    const parsed = parseMappingFile(text);
    if (parsed.problems.length > 0) {
        for (const p of parsed.problems) io.err(`${file}:${p.line ?? 1}:${p.column ?? 1}: ${p.message}`);
        io.err(`sla: the mapping ${file} has ${parsed.problems.length} error(s); nothing was simulated`);
        return { ok: false, exit: EXIT.errors };
    }
    // Said on stderr, so a reader of the figures knows a file beside the contract took part.
    io.err(`sla: reading the log with the mapping in ${file}${flags.mapping === undefined ? ' (next to the contract)' : ''}`);
    return { ok: true, value: combineMappings(parsed.mapping, fromFlags.mapping) };
}

export async function readOutages(flags: LogFlags, io: CommandIO): Promise<Step<Incident[]>> {
    const step = flags.step === undefined ? undefined : Number(flags.step);
    if (step !== undefined && !(Number.isFinite(step) && step > 0)) {
        io.err(`sla: --step ${flags.step}: give the query's step in seconds, e.g. --step 60`);
        return { ok: false, exit: EXIT.usage };
    }
    const out: Incident[] = [];
    for (const file of flags.outages ?? []) {
        let text: string;
        try {
            text = await readFile(file, 'utf8');
        } catch (e) {
            io.err(`sla: cannot read ${file}: ${(e as Error).message}`);
            return { ok: false, exit: EXIT.usage };
        }
        const read = readMonitorExport(text, { stepSeconds: step, monitor: flags.monitor });
        if (!read.ok) {
            for (const p of read.problems) io.err(`${file}:${p.line ?? 1}:1: ${p.message}`);
            io.err(`sla: ${file} cannot be read as a monitor export; nothing was simulated`);
            return { ok: false, exit: EXIT.errors };
        }
        // Said on stderr, so the figures' reader knows which series and step were taken.
        const total = read.outages.reduce((sum, o) => sum + (o.to - o.from), 0) / 60_000;
        const kind = read.kind === 'prometheus' ? `Prometheus series ${read.series}, step ${read.stepSeconds} s` : `UptimeRobot monitor ${read.series}`;
        io.err(`sla: ${file}: ${kind}: ${read.outages.length} outage(s), ${Math.round(total * 10) / 10} min down`);
        out.push(...monitorIncidents(read.outages, basename(file)));
    }
    return { ok: true, value: out };
}
