#!/usr/bin/env node
// `npm run editor [-- --port 8080]`: the product in a browser with one command. Builds and
// packs the extension, installs the .vsix into code-server (the release in
// .ci/code-server.version, or SLA_CODE_SERVER_VERSION; installed by
// .ci/install-code-server.sh on first use, run by the Node it was built for) and serves it
// on 127.0.0.1:PORT with the samples folder open, until Ctrl+C. Settings and state persist
// in .cache/editor/.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? 8080));
const host = arg('host', '127.0.0.1');
const folder = join(root, arg('folder', 'samples'));
const csVersion = process.env.SLA_CODE_SERVER_VERSION || readFileSync(join(root, '.ci/code-server.version'), 'utf8').trim();
const csDir = process.env.CODE_SERVER_DIR || join(root, '.cache/code-server', csVersion);
const entry = join(csDir, 'node_modules/code-server/out/node/entry.js');
const csNode = () => process.env.SLA_CODE_SERVER_NODE || (existsSync(join(csDir, 'node')) ? join(csDir, 'node') : process.execPath);
const state = join(root, '.cache/editor');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${pkg.name}-${pkg.version}.vsix`);

const step = (text) => console.log(`== ${text}`);
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

if (!existsSync(entry)) {
    step(`code-server ${csVersion} is not installed yet: bash .ci/install-code-server.sh ${csVersion} (a few minutes)`);
    sh('bash', ['.ci/install-code-server.sh', csVersion]);
}
step('npm run package');
sh('npm', ['run', '--silent', 'package']);

const userData = join(state, 'user-data');
const extensions = join(state, 'extensions');
mkdirSync(join(userData, 'User'), { recursive: true });
mkdirSync(extensions, { recursive: true });
const settings = join(userData, 'User/settings.json');
if (!existsSync(settings)) {
    writeFileSync(settings, JSON.stringify({
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
    }, null, 2));
}
const common = ['--config', join(state, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions,
    '--disable-telemetry', '--disable-update-check'];
step(`install ${vsix.slice(root.length)}`);
sh(csNode(), [entry, ...common, '--install-extension', vsix, '--force']);

const server = spawn(csNode(), [entry, ...common, '--auth', 'none', '--bind-addr', `${host}:${port}`, folder],
    { stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (d) => process.stdout.write(d));
const url = `http://${host}:${port}/?folder=${encodeURIComponent(folder)}`;
for (let i = 0; i < 120; i++) {
    try {
        if ((await fetch(`http://${host}:${port}/healthz`)).ok) break;
    } catch {
        // not yet
    }
    if (server.exitCode !== null) process.exit(server.exitCode);
    await new Promise((r) => setTimeout(r, 250));
}
const vscodeVersion = JSON.parse(readFileSync(join(csDir, 'node_modules/code-server/lib/vscode/package.json'), 'utf8')).version;
console.log(`\nSLA in VS Code ${vscodeVersion} (code-server ${csVersion}): ${url}\nOpen it in a browser; Ctrl+C stops the server.\n`);

const stop = () => {
    server.kill('SIGTERM');
    setTimeout(() => server.kill('SIGKILL'), 3000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
