/**
 * Progress of a long run on stderr: only when stderr is a terminal (io.progress), only
 * after the first second, at most five times a second, and wiped before anything else
 * is written there. `--quiet` turns it off; a pipe or a file never gets it.
 */
import type { StreamProgress } from '../services/simulation-stream.js';
import type { CommandIO } from './io.js';

export class ProgressLine {
    private readonly started = Date.now();
    private lastDrawn = 0;
    private drawn = false;
    private phase: StreamProgress['phase'] = 'reading';
    private phaseStarted = Date.now();

    constructor(private readonly io: CommandIO, private readonly quiet: boolean) {}

    get enabled(): boolean { return !this.quiet && !!this.io.progress; }

    update(p: StreamProgress): void {
        if (!this.enabled) return;
        const now = Date.now();
        const seconds = (now - this.started) / 1000;
        if (seconds < 1 || now - this.lastDrawn < 200) return;
        this.lastDrawn = now;
        if (p.phase !== this.phase) { this.phase = p.phase; this.phaseStarted = now; }
        const rate = Math.round(p.rows / Math.max(0.001, (now - this.phaseStarted) / 1000)).toLocaleString('en-US');
        const share = p.phase === 'reading'
            ? (p.bytes > 0 ? `${Math.min(100, Math.floor((p.bytesRead / p.bytes) * 100))}% of the log read` : 'reading')
            : `simulating ${p.totalRows ? Math.min(100, Math.floor((p.rows / p.totalRows) * 100)) : 0}%`;
        this.io.progress!(`\r\x1b[Ksla: ${share}, ${p.rows.toLocaleString('en-US')} rows (${rate} rows/s)`);
        this.drawn = true;
    }

    clear(): void {
        if (this.drawn) this.io.progress!('\r\x1b[K');
        this.drawn = false;
    }
}
