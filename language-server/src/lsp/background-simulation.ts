/**
 * Simulations in the language server run off its main thread. A year of a large log takes
 * seconds; on the main thread every hover, completion and diagnostic waited for it. In a
 * worker thread the server keeps answering, and cancelling the request ends the worker at
 * once (the engine need not check for cancellation between incidents). The worker reads
 * the log from disk as a stream (services/simulation-stream.ts) and tells its progress.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CancellationToken } from 'vscode-languageserver';
import { simulateLogFile, type LogSimulation } from '../services/simulation.js';
import type { ContractModel } from '../model/types.js';
import type { Incident } from '../engine/incident-log.js';
import type { LogSource, StreamProgress } from '../services/simulation-stream.js';

/**
 * The contract's model and zone, the log on disk, the months (empty: the log's own), how
 * many incident rows to keep for the answer (none given: all), and monitors' outages.
 */
export type SimulationJob = [model: ContractModel, zone: string, source: LogSource, range: { from?: string; to?: string }, listed?: number, monitors?: Incident[]];

/** What the worker is sent: the job and a folder for its temporary files, which this thread removes (a stopped worker cannot). */
type WorkerJob = { job: SimulationJob; tempDir: string };

export type SimulationOutcome = LogSimulation | { ok: false; problem: 'cancelled' };

export interface SimulationRunner {
    run(job: SimulationJob, token?: CancellationToken, onProgress?: (p: StreamProgress) => void): Promise<SimulationOutcome>;
}

/** Marks the worker thread's role; the server bundle starts itself as that worker. */
export const SIMULATION_WORKER = 'sla-simulation-worker';

/** On the calling thread: for tests and hosts without the server bundle. */
export class InProcessSimulation implements SimulationRunner {
    async run(job: SimulationJob, token?: CancellationToken, onProgress?: (p: StreamProgress) => void): Promise<SimulationOutcome> {
        // Let a cancellation that is already on its way arrive first.
        await new Promise((resolve) => setImmediate(resolve));
        if (token?.isCancellationRequested) return { ok: false, problem: 'cancelled' };
        const [model, zone, source, range, listed, monitors] = job;
        return simulateLogFile(model, zone, source, range, { onProgress, listed, monitors });
    }
}

type WorkerMessage = { type: 'progress'; progress: StreamProgress } | { type: 'done'; outcome: SimulationOutcome } | { type: 'failed'; message: string };

/** In a worker thread started from `script` (the server bundle), one worker per request. */
export class WorkerSimulation implements SimulationRunner {
    constructor(private readonly script: string) {}

    run(job: SimulationJob, token?: CancellationToken, onProgress?: (p: StreamProgress) => void): Promise<SimulationOutcome> {
        if (token?.isCancellationRequested) return Promise.resolve({ ok: false, problem: 'cancelled' });
        return new Promise<SimulationOutcome>((resolve, reject) => {
            const worker = new Worker(this.script, { workerData: { role: SIMULATION_WORKER } });
            const tempDir = mkdtempSync(join(tmpdir(), 'sla-worker-'));
            let settled = false;
            const settle = (f: () => void) => {
                if (settled) return;
                settled = true;
                cancelling?.dispose();
                f();
            };
            // The worker's files go when it is gone, whether it finished, failed or was stopped,
            // or with the server when it ends first (only a killed server leaves the folder).
            const cleanup = () => rmSync(tempDir, { recursive: true, force: true });
            process.once('exit', cleanup);
            worker.once('exit', () => { cleanup(); process.removeListener('exit', cleanup); });
            const cancelling = token?.onCancellationRequested(() => {
                settle(() => resolve({ ok: false, problem: 'cancelled' }));
                void worker.terminate();
            });
            worker.on('message', (m: WorkerMessage) => {
                if (m.type === 'progress') { if (!settled) onProgress?.(m.progress); return; }
                settle(() => (m.type === 'done' ? resolve(m.outcome) : reject(new Error(m.message))));
                void worker.terminate();
            });
            worker.once('error', (e) => settle(() => reject(e)));
            worker.once('exit', (code) => settle(() => reject(new Error(`the simulation stopped (exit code ${code})`))));
            worker.postMessage({ job, tempDir } satisfies WorkerJob);
        });
    }
}

/** The worker's side: one job in, progress and its outcome out. */
export function serveSimulation(port: { once(event: 'message', listener: (job: WorkerJob) => void): void; postMessage(value: unknown): void }): void {
    port.once('message', ({ job, tempDir }) => {
        let last = 0;
        const onProgress = (progress: StreamProgress) => {
            const now = Date.now();
            if (now - last < 200) return;
            last = now;
            port.postMessage({ type: 'progress', progress } satisfies WorkerMessage);
        };
        const [model, zone, source, range, listed, monitors] = job;
        simulateLogFile(model, zone, source, range, { onProgress, tempDir, listed, monitors }).then(
            (outcome) => port.postMessage({ type: 'done', outcome } satisfies WorkerMessage),
            (e: unknown) => port.postMessage({ type: 'failed', message: (e as Error)?.message ?? String(e) } satisfies WorkerMessage),
        );
    });
}
