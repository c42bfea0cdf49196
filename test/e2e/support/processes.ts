/**
 * Every process the e2e tests start goes through here: each runs in its own process
 * group, so stopping it also stops what it started (code-server's extension host, the
 * language server, pty host, watchers). Anything still running when node exits is
 * killed there, also after a failure or Ctrl+C.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set<ChildProcess>();

export interface Started {
    child: ChildProcess;
    /** stdout and stderr so far. */
    output(): string;
    exited: Promise<number | null>;
    stop(): Promise<void>;
}

export function start(command: string, args: string[], options: SpawnOptions = {}): Started {
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let out = '';
    child.stdout?.on('data', d => out += d);
    child.stderr?.on('data', d => out += d);
    const exited = new Promise<number | null>(resolve => child.once('exit', code => {
        running.delete(child);
        resolve(code);
    }));
    return {
        child,
        output: () => out,
        exited,
        async stop() {
            if (child.exitCode !== null || child.signalCode !== null) return killGroup(child, 'SIGKILL');
            killGroup(child, 'SIGTERM');
            const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
            // Children that outlived the leader (they share its group).
            killGroup(child, 'SIGKILL');
        },
    };
}

/** Runs a command to its end; rejects with its output when it fails. */
export async function run(command: string, args: string[], options: SpawnOptions = {}, timeoutMs = 300000): Promise<string> {
    const p = start(command, args, options);
    const timer = setTimeout(() => void p.stop(), timeoutMs);
    const code = await p.exited;
    clearTimeout(timer);
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${p.output()}`);
    return p.output();
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
    if (child.pid === undefined) return;
    try {
        process.kill(-child.pid, signal);
    } catch {
        // The group is gone already.
    }
}

export function killAll(): void {
    for (const child of running) killGroup(child, 'SIGKILL');
    running.clear();
}

process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
        killAll();
        process.exit(130);
    });
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')));
        });
    });
}

/** Polls until fn returns a value (not undefined/false), or throws after timeoutMs. */
export async function until<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30000, everyMs = 200): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const value = await fn();
        if (value !== undefined && value !== false) return value;
        if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise(r => setTimeout(r, everyMs));
    }
}
