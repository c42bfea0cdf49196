/**
 * Heap limits for `sla simulate`, set the only public way Node allows: flags given when a
 * Node process starts. `sla simulate` reads a log of millions of rows through a live heap of
 * some 20 to 40 MB (plus what grows with the missed deadlines), but Node on a machine with
 * gigabytes of memory gets a heap limit of 2 GB or more, and V8 then lets the heap grow to 4x
 * what survived the last full collection before it collects again (with a limit of 1 GB the
 * factor is about 1.6); young objects get semi-spaces of 16 MB or more (8 MB: little more
 * collecting, on 2 busy cores 4 MB cost time as the young collections grew). So simulate runs in a
 * child Node with these flags, its output and input the same as ours (inherited), its exit
 * code ours. Other commands run in this process: they hold one contract, not a log.
 *
 * The limit is the heap, not the log: 1 GB holds the misses of some 40,000,000 rows. A
 * --max-old-space-size or --max-semi-space-size of the user's own (on node's command line or
 * in NODE_OPTIONS) wins; SLA_HEAP_LIMITS=off runs simulate in this process, as before.
 */
import { spawn } from 'node:child_process';

const LIMIT_MB = 1024;

export const HEAP_FLAGS = [`--max-old-space-size=${LIMIT_MB}`, '--max-semi-space-size=8'];

const MARK = 'SLA_HEAP_LIMITS';

/** Whether this process should hand `argv` (the arguments after the script) to a child with heap limits. */
function wanted(argv) {
    if (argv[0] !== 'simulate' || process.env[MARK]) return false;
    const own = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
    return !/--max-(old|semi)-space-size/.test(own);
}

/**
 * Runs the command line in a child with heap limits when it is `sla simulate`; resolves to
 * false when it did not (the caller then runs it here). Signals sent to this process go on to
 * the child; the child's end is ours (its exit code, or the same signal).
 */
export function runWithHeapLimits(script, argv) {
    if (!wanted(argv)) return Promise.resolve(false);
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [...process.execArgv, ...HEAP_FLAGS, script, ...argv],
            { stdio: 'inherit', env: { ...process.env, [MARK]: 'set' } });
        const forward = (signal) => child.kill(signal);
        const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
        for (const s of signals) process.on(s, forward);
        // Node could not be started again (it always should): run here, without limits.
        child.once('error', () => { for (const s of signals) process.off(s, forward); resolve(false); });
        child.once('exit', (code, signal) => {
            for (const s of signals) process.off(s, forward);
            // The bench adds this process's memory to the child's (bench/log-bench.ts).
            if (process.env.SLA_REPORT_MAX_RSS) process.stderr.write(`launcher-max-rss-kb ${process.resourceUsage().maxRSS}\n`);
            // V8 aborts when the heap is full; its own message names no way out. Exit 2, as any failure of the command line.
            if (signal === 'SIGABRT' || code === 134) {
                process.stderr.write(`sla: simulate ran out of memory (heap limit ${LIMIT_MB} MB); NODE_OPTIONS=--max-old-space-size=4096 gives it more\n`);
                process.exit(2);
            }
            if (signal) process.kill(process.pid, signal);
            else process.exit(code ?? 2);
        });
    });
}
