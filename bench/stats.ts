/** Timing helpers for the benchmarks: medians over repeated runs, never a single sample. */
export async function timeRuns(runs: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await fn();
        times.push(performance.now() - t0);
    }
    return times;
}

export function median(values: number[]): number {
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The middle half of the runs, "p25-p75", to show how much the runs spread. */
export function spread(values: number[]): string {
    const s = [...values].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
    return `runs p25-p75 ${at(0.25).toFixed(0)}-${at(0.75).toFixed(0)} ms`;
}

export function ms(value: number): string {
    return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/** One printed row: what was measured, the median, the target and whether it holds. */
export function row(what: string, medianMs: number, targetMs: number, extra = ''): string {
    const verdict = medianMs <= targetMs ? 'ok' : 'OVER TARGET';
    return `${what.padEnd(52)} median ${ms(medianMs).padStart(10)}   target <= ${ms(targetMs)}   ${verdict}${extra ? '   ' + extra : ''}`;
}
