/**
 * Figures recorded on an earlier state of the project, printed beside today's: the tuned
 * Langium 4.2.1 services, and Langium 4.2.1's own services on the same contracts
 * (bench/recorded/tuned-langium-4.2.1.json, written before the tuning was removed; its
 * `method` says how). They were recorded while the machine carried a heavy load, which the
 * printed line says. Absent file: nothing is printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ms } from './stats.js';

export const RECORDED_TUNED = new URL('./recorded/tuned-langium-4.2.1.json', import.meta.url);

/** One figure over several bench processes: the median of their medians and their range. */
export interface RecordedFigure {
    what: string;
    median: number;
    /** The per-process medians, in the order they were run. */
    medians: number[];
    /** The middle half of the runs of each process, "p25-p75". */
    spreads?: string[];
}

export interface Recorded {
    recorded: string;
    commit: string;
    langium: string;
    node: string;
    machine: string;
    load: string;
    method: string;
    /** key -> variant ("tuned", "stock") -> figure. */
    figures: Record<string, Record<string, RecordedFigure>>;
}

/** The version of Langium in node_modules, e.g. "4.4.0". */
export function langiumVersion(): string {
    try {
        return (JSON.parse(readFileSync(new URL('../node_modules/langium/package.json', import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
        return '?';
    }
}

let cache: Recorded | null | undefined;
export function recordedTuned(): Recorded | undefined {
    if (cache === undefined) {
        cache = existsSync(RECORDED_TUNED) ? JSON.parse(readFileSync(RECORDED_TUNED, 'utf8')) as Recorded : null;
    }
    return cache ?? undefined;
}

/** "load 5.4-9.1 on 2 cores", from the record's load text. */
function loadNote(r: Recorded): string {
    const m = /min ([\d.]+), max ([\d.]+) on (\d+) cores/.exec(r.load);
    return m ? `heavy load ${Number(m[1]).toFixed(1)}-${Number(m[2]).toFixed(1)} on ${m[3]} cores` : 'under load';
}

/**
 * "tuned Langium 4.2.1 (recorded 2026-11-29, node v20.20.2, heavy load 5.4-9.1 on 2 cores):
 * 80.5 ms (medians 53-102 ms over 5 processes)", or '' when not recorded.
 */
export function besideRecorded(key: string, variant: 'tuned' | 'stock' = 'tuned'): string {
    const r = recordedTuned();
    const f = r?.figures[key]?.[variant];
    if (!r || !f) return '';
    const label = variant === 'tuned' ? `tuned Langium ${r.langium}` : `stock Langium ${r.langium}`;
    return `${label} (recorded ${r.recorded.slice(0, 10)}, node ${r.node}, ${loadNote(r)}): ${ms(f.median)}`
        + ` (medians ${Math.min(...f.medians).toFixed(0)}-${Math.max(...f.medians).toFixed(0)} ms over ${f.medians.length} processes)`;
}
