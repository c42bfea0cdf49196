/**
 * A real VS Code (code-server, installed by .ci/install-code-server.sh into
 * .cache/code-server/VERSION/) with the packaged extension installed from its .vsix, on a
 * random free loopback port, with a fresh user-data-dir and a temporary workspace.
 * See shared/notes/real-editor.md.
 *
 * Which one: SLA_CODE_SERVER_VERSION (default in .ci/code-server.version, the newest that
 * installs here), or CODE_SERVER_DIR for an install folder elsewhere. It runs under the
 * Node its install linked as DIR/node (the one its native addons were built for), or
 * SLA_CODE_SERVER_NODE.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, run, start, until, type Started } from './processes.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CODE_SERVER_VERSION = process.env.SLA_CODE_SERVER_VERSION
    || readFileSync(join(ROOT, '.ci/code-server.version'), 'utf8').trim();
export const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR || join(ROOT, '.cache/code-server', CODE_SERVER_VERSION);
export const ENTRY = join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
export const CODE_SERVER_NODE = process.env.SLA_CODE_SERVER_NODE
    || (existsSync(join(CODE_SERVER_DIR, 'node')) ? join(CODE_SERVER_DIR, 'node') : process.execPath);
const INSTALL_HINT = `bash .ci/install-code-server.sh ${CODE_SERVER_VERSION}`;

export interface Installed {
    /** code-server's version, e.g. 4.139.1. */
    codeServer: string;
    /** The VS Code it carries, e.g. 1.139.1. */
    vscode: string;
    /** The Node that runs it, e.g. v24.22.3. */
    node: string;
    /** One line for logs: "VS Code 1.139.1 (code-server 4.139.1, node v24.22.3)". */
    label: string;
}

/** What is installed in CODE_SERVER_DIR, or undefined when nothing is. */
export function installed(): Installed | undefined {
    const cs = join(CODE_SERVER_DIR, 'node_modules/code-server');
    if (!existsSync(ENTRY) || !existsSync(join(cs, 'lib/vscode/package.json'))) return undefined;
    const codeServer = JSON.parse(readFileSync(join(cs, 'package.json'), 'utf8')).version as string;
    const vscode = JSON.parse(readFileSync(join(cs, 'lib/vscode/package.json'), 'utf8')).version as string;
    const node = execFileSync(CODE_SERVER_NODE, ['--version'], { encoding: 'utf8' }).trim();
    return { codeServer, vscode, node, label: `VS Code ${vscode} (code-server ${codeServer}, node ${node})` };
}

export function packageInfo(): { name: string; version: string; publisher: string; repository: { url: string } } {
    return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
}

export function vsixPath(): string {
    const { name, version } = packageInfo();
    return join(ROOT, `${name}-${version}.vsix`);
}

/** npm run package: build and pack the .vsix. */
export async function buildVsix(): Promise<string> {
    await run('npm', ['run', '--silent', 'package'], { cwd: ROOT });
    return vsixPath();
}

export interface CodeServer {
    url: string;
    port: number;
    /** The folder opened as workspace (copies of the samples). */
    workspace: string;
    userDataDir: string;
    extensionsDir: string;
    process: Started;
    /** Contents of the extension's "SLA" output channel, as VS Code logged it to disk. */
    outputChannel(name: string): string | undefined;
    stop(): Promise<void>;
}

export interface StartOptions {
    vsix: string;
    /** Files copied into the workspace (paths relative to the repository). */
    files: string[];
    settings?: Record<string, unknown>;
    port?: number;
    /** Keep the temporary folders after stop (for a person looking at them). */
    keep?: boolean;
    /** An existing folder to open instead of a temporary copy. */
    folder?: string;
    /** Called with the extensions folder after the .vsix is installed, before code-server starts. */
    prepareExtensions?: (extensionsDir: string) => void;
}

export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
    if (!existsSync(ENTRY)) throw new Error(`code-server is not installed at ${CODE_SERVER_DIR}: run ${INSTALL_HINT}`);
    const base = mkdtempSync(join(tmpdir(), 'sla-code-server-'));
    const userDataDir = join(base, 'user-data');
    const extensionsDir = join(base, 'extensions');
    const workspace = options.folder ?? join(base, 'workspace');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    mkdirSync(extensionsDir, { recursive: true });
    writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        // VS Code 1.104+ opens a chat view beside the editors on first start; 1.103 ignores these.
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        ...options.settings,
    }, null, 2));
    if (!options.folder) {
        mkdirSync(workspace);
        for (const f of options.files) copyFileSync(join(ROOT, f), join(workspace, f.split('/').pop()!));
    }

    const common = ['--config', join(base, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
        '--disable-telemetry', '--disable-update-check'];
    const env = { ...process.env, XDG_CONFIG_HOME: join(base, 'config'), XDG_DATA_HOME: join(base, 'data') };
    await run(CODE_SERVER_NODE, [ENTRY, ...common, '--install-extension', options.vsix], { env }, 120000);
    options.prepareExtensions?.(extensionsDir);

    const port = options.port ?? await freePort();
    const proc = start(CODE_SERVER_NODE, [ENTRY, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--disable-workspace-trust', '--disable-getting-started-override', workspace], { env, cwd: base });
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
    await until('code-server to answer', async () => {
        if (proc.child.exitCode !== null) throw new Error(`code-server exited (${proc.child.exitCode}):\n${proc.output()}`);
        try {
            const r = await fetch(`http://127.0.0.1:${port}/healthz`);
            return r.ok;
        } catch {
            return false;
        }
    }, 60000, 250);

    return {
        url, port, workspace, userDataDir, extensionsDir, process: proc,
        outputChannel(name: string) {
            const file = findFile(join(userDataDir, 'logs'), f => f.endsWith(`-${name}.log`));
            return file ? readFileSync(file, 'utf8') : undefined;
        },
        async stop() {
            await proc.stop();
            if (!options.keep) rmSync(base, { recursive: true, force: true });
        },
    };
}

function findFile(dir: string, test: (name: string) => boolean): string | undefined {
    if (!existsSync(dir)) return undefined;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            const found = findFile(path, test);
            if (found) return found;
        } else if (test(entry.name)) {
            return path;
        }
    }
    return undefined;
}
