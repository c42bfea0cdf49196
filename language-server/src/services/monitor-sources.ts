/**
 * Uptime monitors' exports read from disk as outages, for `sla simulate --outages` and for
 * the mapping file's `outages` (read by the command line and the editor alike).
 */
import { readFile, realpath } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import type { Incident } from '../engine/incident-log.js';
import { readMonitorExport } from '../engine/monitors/monitor-export.js';
import { monitorIncidents } from '../engine/monitors/downtime-sources.js';

export interface MonitorFile {
    path: string;
    /** Its name in messages. */
    name: string;
    /** Prometheus: the query's step in seconds. */
    step?: number;
    /** UptimeRobot: the monitor (id or name) of an export with several. */
    monitor?: string;
}

export type MonitorOutages =
    /** `notes`: per file, which series was read and how much downtime it holds. */
    | { ok: true; incidents: Incident[]; notes: string[] }
    /** `problems`: "file:line:column: message" lines; `unreadable`: a file could not be read at all (rather than read wrongly). */
    | { ok: false; problems: string[]; unreadable: boolean };

/**
 * The outages of each file, as incidents without priority named by the file. `within`: a
 * folder the files must be in (after links are followed), for files named by a mapping file.
 */
export async function readMonitorFiles(files: readonly MonitorFile[], within?: string): Promise<MonitorOutages> {
    const incidents: Incident[] = [];
    const notes: string[] = [];
    for (const f of files) {
        let text: string;
        try {
            if (within !== undefined) {
                const [real, root] = await Promise.all([realpath(f.path), realpath(within)]);
                if (real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) {
                    return { ok: false, problems: [`${f.name}:1:1: a monitor export must be in the mapping file's folder or below it`], unreadable: true };
                }
            }
            text = await readFile(f.path, 'utf8');
        } catch (e) {
            return { ok: false, problems: [`${f.name}:1:1: cannot read it: ${(e as Error).message}`], unreadable: true };
        }
        const read = readMonitorExport(text, { stepSeconds: f.step, monitor: f.monitor });
        if (!read.ok) return { ok: false, problems: read.problems.map((p) => `${f.name}:${p.line ?? 1}:1: ${p.message}`), unreadable: false };
        const total = read.outages.reduce((sum, o) => sum + (o.to - o.from), 0) / 60_000;
        const kind = read.kind === 'prometheus' ? `Prometheus series ${read.series}, step ${read.stepSeconds} s` : `UptimeRobot monitor ${read.series}`;
        notes.push(`${f.name}: ${kind}: ${read.outages.length} outage(s), ${Math.round(total * 10) / 10} min down`);
        incidents.push(...monitorIncidents(read.outages, basename(f.path)));
    }
    return { ok: true, incidents, notes };
}

/** The files a mapping file names, resolved against its folder. */
export function mappingMonitorFiles(sources: readonly { file: string; step?: number; monitor?: string }[], folder: string): MonitorFile[] {
    return sources.map((s) => ({ path: resolve(folder, s.file), name: s.file, ...(s.step !== undefined ? { step: s.step } : {}), ...(s.monitor !== undefined ? { monitor: s.monitor } : {}) }));
}
