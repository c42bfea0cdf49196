/**
 * The incidents of a log, put in the one output order (engine/incident-order.ts) within a
 * bounded memory: an external merge sort through temporary files. Incidents are held in
 * chunks of `chunkSize`; a full chunk is written out as a sorted run (one JSON line per
 * incident); the runs are then merged. A log already in order, as exports usually are,
 * goes into one run as it comes, without being held, and is read back straight through.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Incident } from '../../engine/incident-log.js';
import { compareIncidents } from '../../engine/incident-order.js';

export const DEFAULT_CHUNK = 50_000;

export class IncidentSpill {
    private readonly dir: string;
    private readonly runs: string[] = [];
    private chunk: Incident[] = [];
    private pending: string[] = [];
    private pendingSize = 0;
    private last: Incident | undefined;
    /** Whether every incident so far came after the one before it. */
    private ordered = true;
    /** The run appended to while the log is in order. */
    private openRun: number | undefined;
    private count = 0;
    private readonly cleanup = () => this.dispose();

    /** `parent`: where the temporary folder goes; the system's temp folder by default. */
    constructor(private readonly chunkSize = DEFAULT_CHUNK, parent = tmpdir()) {
        this.dir = mkdtempSync(join(parent, 'sla-log-'));
        // Removed afterwards even when the process ends on an error.
        process.once('exit', this.cleanup);
    }

    get size(): number { return this.count; }
    get inOrder(): boolean { return this.ordered; }
    get runCount(): number { return this.runs.length; }

    push(inc: Incident): void {
        if (this.ordered && this.last && compareIncidents(this.last, inc) > 0) {
            this.ordered = false;
            this.writeOrdered();
        }
        this.last = inc;
        this.count++;
        if (this.ordered) {
            // In order: straight to the open run in blocks of about a megabyte, nothing held.
            const line = JSON.stringify(inc);
            this.pending.push(line);
            this.pendingSize += line.length;
            if (this.pendingSize >= 1 << 20) this.writeOrdered();
            return;
        }
        this.chunk.push(inc);
        if (this.chunk.length >= this.chunkSize) this.flush();
    }

    private writeOrdered(): void {
        if (this.pending.length === 0) return;
        if (this.openRun === undefined) { this.openRun = this.runs.length; this.runs.push(join(this.dir, `run-${this.runs.length}.jsonl`)); }
        append(this.runs[this.openRun], this.pending.join('\n') + '\n');
        this.pending = [];
        this.pendingSize = 0;
    }

    /** Out of order: the chunk sorted, as a run of its own. */
    private flush(): void {
        this.writeOrdered();
        if (this.chunk.length === 0) return;
        this.chunk.sort(compareIncidents);
        const path = join(this.dir, `run-${this.runs.length}.jsonl`);
        this.runs.push(path);
        append(path, this.chunk.map((i) => JSON.stringify(i)).join('\n') + '\n');
        this.chunk = [];
    }

    /** Every incident, in order; `skip` leaves out incidents by their line. */
    *sorted(skip?: ReadonlySet<number>): Generator<Incident> {
        this.flush();
        const readers = this.runs.map((p) => new RunReader(p));
        try {
            if (readers.length === 1) {
                for (let x = readers[0].next(); x; x = readers[0].next()) if (!skip?.has(x.line!)) yield x;
                return;
            }
            // A binary heap of the runs by their next incident.
            const heads: (Incident | undefined)[] = readers.map((r) => r.next());
            const heap = heads.map((_, i) => i).filter((i) => heads[i]);
            const less = (a: number, b: number) => { const c = compareIncidents(heads[a]!, heads[b]!); return c < 0 || (c === 0 && a < b); };
            const down = (i: number) => {
                for (;;) {
                    const l = 2 * i + 1;
                    const r = l + 1;
                    let m = i;
                    if (l < heap.length && less(heap[l], heap[m])) m = l;
                    if (r < heap.length && less(heap[r], heap[m])) m = r;
                    if (m === i) return;
                    [heap[i], heap[m]] = [heap[m], heap[i]];
                    i = m;
                }
            };
            for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
            while (heap.length > 0) {
                const top = heap[0];
                const x = heads[top]!;
                heads[top] = readers[top].next();
                if (!heads[top]) { heap[0] = heap[heap.length - 1]; heap.pop(); }
                if (heap.length > 0) down(0);
                if (!skip?.has(x.line!)) yield x;
            }
        } finally {
            for (const r of readers) r.close();
        }
    }

    dispose(): void {
        process.removeListener('exit', this.cleanup);
        rmSync(this.dir, { recursive: true, force: true });
    }
}

function append(path: string, text: string): void {
    const fd = openSync(path, 'a');
    try { writeSync(fd, text); } finally { closeSync(fd); }
}

/** A run's incidents, one JSON line at a time, read in blocks. */
class RunReader {
    private readonly fd: number;
    private readonly buf = Buffer.alloc(256 * 1024);
    private readonly decoder = new StringDecoder('utf8');
    private lines: string[] = [];
    private at = 0;
    private rest = '';
    private ended = false;

    constructor(path: string) { this.fd = openSync(path, 'r'); }

    next(): Incident | undefined {
        while (this.at >= this.lines.length) {
            if (this.ended) return undefined;
            const n = readSync(this.fd, this.buf, 0, this.buf.length, null);
            if (n === 0) {
                this.ended = true;
                this.lines = this.rest ? [this.rest] : [];
                this.rest = '';
            } else {
                const text = this.rest + this.decoder.write(this.buf.subarray(0, n));
                this.lines = text.split('\n');
                this.rest = this.lines.pop()!;
            }
            this.at = 0;
        }
        return JSON.parse(this.lines[this.at++]) as Incident;
    }

    close(): void { closeSync(this.fd); }
}
