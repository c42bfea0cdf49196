/**
 * Figures recorded on an earlier state of the project, printed beside today's: the tuned
 * Langium 4.2.1 services (bench/recorded/tuned-langium-4.2.1.json, written by
 * record-tuned.ts before the tuning was removed). Absent file: nothing is printed.
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

let cache: Recorded | null | undefined;
export function recordedTuned(): Recorded | undefined {
    if (cache === undefined) {
        cache = existsSync(RECORDED_TUNED) ? JSON.parse(readFileSync(RECORDED_TUNED, 'utf8')) as Recorded : null;
    }
    return cache ?? undefined;
}

/** "tuned (recorded 2026-11-21, commit abc1234): 48.1 ms, 45.0-52.3 over 5 processes", or ''. */
export function besideRecorded(key: string, variant: 'tuned' | 'stock' = 'tuned'): string {
    const r = recordedTuned();
    const f = r?.figures[key]?.[variant];
    if (!r || !f) return '';
    const label = variant === 'tuned' ? `tuned Langium ${r.langium}` : `stock Langium ${r.langium} services`;
    return `${label} (recorded ${r.recorded.slice(0, 10)}, commit ${r.commit.slice(0, 7)}): ${ms(f.median)}`
        + ` (medians ${Math.min(...f.medians).toFixed(0)}-${Math.max(...f.medians).toFixed(0)} ms over ${f.medians.length} processes)`;
}
