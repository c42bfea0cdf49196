/**
 * Simulations in the language server run off its main thread. A year of a large log takes
 * seconds; on the main thread every hover, completion and diagnostic waited for it. In a
 * worker thread the server keeps answering, and cancelling the request ends the worker at
 * once (the engine need not check for cancellation between incidents).
 */
import { Worker } from 'node:worker_threads';
import type { CancellationToken } from 'vscode-languageserver';
import { simulateLog, type LogSimulation } from '../services/simulation.js';

export type SimulationJob = Parameters<typeof simulateLog>;

export type SimulationOutcome = LogSimulation | { ok: false; problem: 'cancelled' };

export interface SimulationRunner {
    run(job: SimulationJob, token?: CancellationToken): Promise<SimulationOutcome>;
}

/** Marks the worker thread's role; the server bundle starts itself as that worker. */
export const SIMULATION_WORKER = 'sla-simulation-worker';

/** On the calling thread: for tests and hosts without the server bundle. */
export class InProcessSimulation implements SimulationRunner {
    async run(job: SimulationJob, token?: CancellationToken): Promise<SimulationOutcome> {
        // Let a cancellation that is already on its way arrive first.
        await new Promise((resolve) => setImmediate(resolve));
        if (token?.isCancellationRequested) return { ok: false, problem: 'cancelled' };
        return simulateLog(...job);
    }
}

/** In a worker thread started from `script` (the server bundle), one worker per request. */
export class WorkerSimulation implements SimulationRunner {
    constructor(private readonly script: string) {}

    run(job: SimulationJob, token?: CancellationToken): Promise<SimulationOutcome> {
        if (token?.isCancellationRequested) return Promise.resolve({ ok: false, problem: 'cancelled' });
        return new Promise<SimulationOutcome>((resolve, reject) => {
            const worker = new Worker(this.script, { workerData: { role: SIMULATION_WORKER } });
            let settled = false;
            const settle = (f: () => void) => {
                if (settled) return;
                settled = true;
                cancelling?.dispose();
                f();
            };
            const cancelling = token?.onCancellationRequested(() => {
                settle(() => resolve({ ok: false, problem: 'cancelled' }));
                void worker.terminate();
            });
            worker.once('message', (outcome: SimulationOutcome) => {
                settle(() => resolve(outcome));
                void worker.terminate();
            });
            worker.once('error', (e) => settle(() => reject(e)));
            worker.once('exit', (code) => settle(() => reject(new Error(`the simulation stopped (exit code ${code})`))));
            worker.postMessage(job);
        });
    }
}

/** The worker's side: one job in, its outcome out. */
export function serveSimulation(port: { once(event: 'message', listener: (job: SimulationJob) => void): void; postMessage(value: unknown): void }): void {
    port.once('message', (job) => port.postMessage(simulateLog(...job)));
}
