/**
 * The incidents of a log, put in the one output order (engine/incident-order.ts) within a
 * bounded memory: an external merge sort through temporary files. Incidents are held in
 * chunks of `chunkSize`; a full chunk is written out as a sorted run; the runs are then
 * merged. A log already in order, as exports usually are, goes into one run as it comes,
 * without being held, and is read back straight through.
 *
 * A run holds each incident as a record of bytes (`encode`/`decode` below): its times as
 * doubles, its texts as UTF-8 with their lengths. JSON lines took as long to write and read
 * back as csv-parse takes to read the log; the records take a fraction of that.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DowntimeKind } from '../../model/types.js';
import type { Incident } from '../../engine/incident-log.js';
import { compareIncidents } from '../../engine/incident-order.js';

export const DEFAULT_CHUNK = 50_000;

export class IncidentSpill {
    private readonly dir: string;
    private readonly runs: string[] = [];
    private chunk: Incident[] = [];
    /** Records of the open run not yet written. */
    private readonly pending = new RecordWriter();
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
            if (this.pending.add(inc)) this.writeOrdered();
            return;
        }
        this.chunk.push(inc);
        if (this.chunk.length >= this.chunkSize) this.flush();
    }

    private writeOrdered(): void {
        if (this.pending.empty) return;
        if (this.openRun === undefined) { this.openRun = this.runs.length; this.runs.push(join(this.dir, `run-${this.runs.length}.bin`)); }
        this.pending.appendTo(this.runs[this.openRun]);
    }

    /** Out of order: the chunk sorted, as a run of its own. */
    private flush(): void {
        this.writeOrdered();
        if (this.chunk.length === 0) return;
        this.chunk.sort(compareIncidents);
        const path = join(this.dir, `run-${this.runs.length}.bin`);
        this.runs.push(path);
        const out = new RecordWriter();
        for (const inc of this.chunk) if (out.add(inc)) out.appendTo(path);
        out.appendTo(path);
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

function append(path: string, bytes: Uint8Array): void {
    const fd = openSync(path, 'a');
    try { writeSync(fd, bytes); } finally { closeSync(fd); }
}

/**
 * An incident as bytes: its length (4 bytes), then the times and the line as doubles (NaN when
 * absent), the pauses (their count, then from and to), and the texts (each its UTF-8 length,
 * 0xffffffff when absent, then its bytes), the services last (their count, then each as a text).
 */
const TIMES = ['reported', 'acknowledged', 'responded', 'workStarted', 'workaround', 'resolved', 'downFrom', 'downTo', 'announced', 'line'] as const;
const ABSENT = 0xffffffff;

/** The bytes an incident may take at most (a UTF-16 code unit is at most 3 bytes of UTF-8). */
function maxSize(inc: Incident): number {
    let texts = inc.id.length + inc.kind.length + (inc.priority?.length ?? 0) + (inc.note?.length ?? 0);
    for (const s of inc.services ?? []) texts += s.length + 4;
    return 4 + 8 * (TIMES.length + 1 + 2 * inc.paused.length) + 4 * 5 + 3 * texts;
}

const BLOCK = 1 << 20;

/** Records collected in a block of about a megabyte, then appended to a run's file. */
class RecordWriter {
    // Room past the block for the record that fills it; only a longer one needs a bigger buffer.
    private buf = Buffer.alloc(BLOCK + (64 << 10));
    private view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
    private at = 0;

    get empty(): boolean { return this.at === 0; }

    /** Adds an incident; true when the block is full enough to be written. */
    add(inc: Incident): boolean {
        const need = maxSize(inc);
        if (this.at + need > this.buf.length) this.grow(this.at + need);
        const { view, buf } = this;
        const start = this.at;
        let at = start + 4;
        for (const f of TIMES) { view.setFloat64(at, inc[f] ?? NaN, true); at += 8; }
        view.setFloat64(at, inc.paused.length, true);
        at += 8;
        for (const p of inc.paused) { view.setFloat64(at, p.from, true); view.setFloat64(at + 8, p.to, true); at += 16; }
        const text = (s: string | undefined) => {
            if (s === undefined) { view.setUint32(at, ABSENT, true); at += 4; return; }
            const n = buf.write(s, at + 4, 'utf8');
            view.setUint32(at, n, true);
            at += 4 + n;
        };
        text(inc.id);
        text(inc.kind);
        text(inc.priority);
        text(inc.note);
        const services = inc.services ?? [];
        view.setUint32(at, services.length, true);
        at += 4;
        for (const s of services) text(s);
        view.setUint32(start, at - start, true);
        this.at = at;
        return this.at >= BLOCK;
    }

    appendTo(path: string): void {
        if (this.at === 0) return;
        append(path, this.buf.subarray(0, this.at));
        this.at = 0;
    }

    /** A record bigger than the block (a long note): a bigger block, the records so far kept. */
    private grow(size: number): void {
        const buf = Buffer.alloc(Math.max(size, 2 * this.buf.length));
        this.buf.copy(buf, 0, 0, this.at);
        this.buf = buf;
        this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    }
}

/** A run's incidents, one record at a time, read in blocks. */
class RunReader {
    private readonly fd: number;
    private buf = Buffer.alloc(256 * 1024);
    private view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
    /** The bytes read and not yet decoded are buf[at, end). */
    private at = 0;
    private end = 0;
    private ended = false;

    constructor(path: string) { this.fd = openSync(path, 'r'); }

    next(): Incident | undefined {
        if (!this.fill(4)) return undefined;
        const size = this.view.getUint32(this.at, true);
        if (!this.fill(size)) throw new Error('a temporary file of the sorted log ends inside a record');
        const inc = this.decode(this.at + 4);
        this.at += size;
        return inc;
    }

    /** At least `n` bytes from `at` in the buffer; false at the end of the file. */
    private fill(n: number): boolean {
        if (this.end - this.at >= n) return true;
        // The bytes left over go to the front (of a bigger buffer for a longer record), the rest is read after them.
        const buf = n > this.buf.length ? Buffer.alloc(Math.max(n, 2 * this.buf.length)) : this.buf;
        this.buf.copy(buf, 0, this.at, this.end);
        if (buf !== this.buf) {
            this.buf = buf;
            this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
        }
        this.end -= this.at;
        this.at = 0;
        while (!this.ended && this.end < n) {
            const read = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, null);
            if (read === 0) this.ended = true;
            this.end += read;
        }
        return this.end - this.at >= n;
    }

    /** The incident of the record whose times start at `at`, with the fields toIncident gives it. */
    private decode(at: number): Incident {
        const { view, buf } = this;
        const times: (number | undefined)[] = [];
        for (let i = 0; i < TIMES.length; i++) {
            const t = view.getFloat64(at, true);
            times.push(Number.isNaN(t) ? undefined : t);
            at += 8;
        }
        const pauses = view.getFloat64(at, true);
        at += 8;
        const paused: Incident['paused'] = [];
        for (let i = 0; i < pauses; i++) { paused.push({ from: view.getFloat64(at, true), to: view.getFloat64(at + 8, true) }); at += 16; }
        const text = (): string | undefined => {
            const n = view.getUint32(at, true);
            at += 4;
            if (n === ABSENT) return undefined;
            at += n;
            return buf.toString('utf8', at - n, at);
        };
        const id = text()!;
        const kind = text() as DowntimeKind;
        const priority = text();
        const note = text();
        const count = view.getUint32(at, true);
        at += 4;
        const services: string[] = [];
        for (let i = 0; i < count; i++) services.push(text()!);
        const [reported, acknowledged, responded, workStarted, workaround, resolved, downFrom, downTo, announced, line] = times;
        return {
            id, kind, priority, reported, responded, resolved, downFrom, downTo, announced, paused, note,
            ...(acknowledged !== undefined ? { acknowledged } : {}),
            ...(workStarted !== undefined ? { workStarted } : {}),
            ...(workaround !== undefined ? { workaround } : {}),
            ...(services.length ? { services } : {}),
            line,
        };
    }

    close(): void { closeSync(this.fd); }
}
