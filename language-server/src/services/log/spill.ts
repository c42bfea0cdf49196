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
import { type Incident, KINDS } from '../../engine/incident-log.js';
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
 * absent), the pauses (their count, then from and to), the id as a text (its UTF-8 length,
 * 0xffffffff when absent, then its bytes), the kind as its index in KINDS (a byte), the
 * priority and the note as texts, the services last (their count, then each as a text).
 */
const TIMES = 10;
const ABSENT = 0xffffffff;

/** The bytes an incident may take at most (a UTF-16 code unit is at most 3 bytes of UTF-8). */
function maxSize(inc: Incident): number {
    let texts = inc.id.length + (inc.priority?.length ?? 0) + (inc.note?.length ?? 0);
    for (const s of inc.services ?? []) texts += s.length + 4;
    return 4 + 8 * (TIMES + 1 + 2 * inc.paused.length) + 1 + 4 * 4 + 3 * texts;
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
        const view = this.view;
        const start = this.at;
        // Field by field, not through a list of names: this runs once per row of logs of millions.
        let at = start + 4;
        view.setFloat64(at, inc.reported ?? NaN, true);
        view.setFloat64(at + 8, inc.acknowledged ?? NaN, true);
        view.setFloat64(at + 16, inc.responded ?? NaN, true);
        view.setFloat64(at + 24, inc.workStarted ?? NaN, true);
        view.setFloat64(at + 32, inc.workaround ?? NaN, true);
        view.setFloat64(at + 40, inc.resolved ?? NaN, true);
        view.setFloat64(at + 48, inc.downFrom ?? NaN, true);
        view.setFloat64(at + 56, inc.downTo ?? NaN, true);
        view.setFloat64(at + 64, inc.announced ?? NaN, true);
        view.setFloat64(at + 72, inc.line ?? NaN, true);
        view.setFloat64(at + 80, inc.paused.length, true);
        at += 88;
        for (const p of inc.paused) { view.setFloat64(at, p.from, true); view.setFloat64(at + 8, p.to, true); at += 16; }
        at = this.text(at, inc.id);
        view.setUint8(at, KINDS.indexOf(inc.kind));
        at = this.text(at + 1, inc.priority);
        at = this.text(at, inc.note);
        const services = inc.services ?? [];
        view.setUint32(at, services.length, true);
        at += 4;
        for (const s of services) at = this.text(at, s);
        view.setUint32(start, at - start, true);
        this.at = at;
        return this.at >= BLOCK;
    }

    /** A text at `at` (its UTF-8 length, then its bytes); where the next field goes. */
    private text(at: number, s: string | undefined): number {
        if (s === undefined) { this.view.setUint32(at, ABSENT, true); return at + 4; }
        const n = this.buf.write(s, at + 4, 'utf8');
        this.view.setUint32(at, n, true);
        return at + 4 + n;
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
        const view = this.view;
        const time = (k: number) => { const t = view.getFloat64(at + 8 * k, true); return Number.isNaN(t) ? undefined : t; };
        const reported = time(0);
        const acknowledged = time(1);
        const responded = time(2);
        const workStarted = time(3);
        const workaround = time(4);
        const resolved = time(5);
        const downFrom = time(6);
        const downTo = time(7);
        const announced = time(8);
        const line = time(9);
        const pauses = view.getFloat64(at + 80, true);
        at += 88;
        const paused: Incident['paused'] = [];
        for (let i = 0; i < pauses; i++) { paused.push({ from: view.getFloat64(at, true), to: view.getFloat64(at + 8, true) }); at += 16; }
        this.textAt = at;
        const id = this.text()!;
        const kind = KINDS[view.getUint8(this.textAt++)] as DowntimeKind;
        const priority = this.text();
        const note = this.text();
        const count = view.getUint32(this.textAt, true);
        this.textAt += 4;
        const inc: Incident = { id, kind, priority, reported, responded, resolved, downFrom, downTo, announced, paused, note };
        if (acknowledged !== undefined) inc.acknowledged = acknowledged;
        if (workStarted !== undefined) inc.workStarted = workStarted;
        if (workaround !== undefined) inc.workaround = workaround;
        if (count > 0) {
            const services: string[] = [];
            for (let i = 0; i < count; i++) services.push(this.text()!);
            inc.services = services;
        }
        inc.line = line;
        return inc;
    }

    /** Where the next text of the record being decoded starts. */
    private textAt = 0;
    /** Texts as common as a kind or a priority, read once (a string per row of a million-row log otherwise). */
    private readonly short = new Map<number, string>();

    private text(): string | undefined {
        const { view, buf } = this;
        let at = this.textAt;
        const n = view.getUint32(at, true);
        at += 4;
        if (n === ABSENT) { this.textAt = at; return undefined; }
        this.textAt = at + n;
        // Up to 4 ASCII bytes make a number that names the text exactly ("P1", "P2").
        if (n <= 4) {
            let key = n;
            let ascii = true;
            for (let i = 0; i < n; i++) { const c = buf[at + i]; if (c > 127) ascii = false; key = key * 256 + c; }
            if (ascii) {
                let s = this.short.get(key);
                if (s === undefined) { s = buf.toString('latin1', at, at + n); if (this.short.size < 4096) this.short.set(key, s); }
                return s;
            }
        }
        return buf.toString('utf8', at, at + n);
    }

    close(): void { closeSync(this.fd); }
}
