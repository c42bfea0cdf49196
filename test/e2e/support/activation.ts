/**
 * Extension activation time as VS Code itself measures it ("Activation: N ms" in
 * "Developer: Show Running Extensions": loading the code, creating the extension context,
 * calling and finishing `activate`), read from a real workbench in code-server, over
 * several window reloads. Next to it, the same figure for a do-nothing extension that
 * activates on the same event, unpacked into the extensions folder: the floor that
 * VS Code's own work sets in this setup. Used by bench/lsp-bench.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCodeServer, type CodeServer } from './code-server.js';
import { openWorkbench, type Workbench } from './browser.js';

export interface ActivationTimes {
    /** VS Code's figure for the SLA extension per window load, in ms. */
    vscode: number[];
    /** VS Code's figure for the do-nothing extension on the same event, per load. */
    baseline: number[];
    /** The extension's own `activate` duration from its "SLA" output channel, per load. */
    activate: number[];
}

const BASELINE = { publisher: 'sla-bench', name: 'baseline', displayName: 'SLA Bench Baseline', version: '0.0.1' };

function writeBaseline(extensionsDir: string): void {
    const folder = `${BASELINE.publisher}.${BASELINE.name}-${BASELINE.version}`;
    const dir = join(extensionsDir, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({
        ...BASELINE, main: './extension.js', engines: { vscode: '^1.103.0' }, activationEvents: ['onLanguage:sla'],
    }));
    writeFileSync(join(dir, 'extension.js'), 'exports.activate = function () {};\nexports.deactivate = function () {};\n');
    // VS Code lists installed extensions in extensions.json (written by --install-extension).
    const registry = join(extensionsDir, 'extensions.json');
    const list = existsSync(registry) ? JSON.parse(readFileSync(registry, 'utf8')) as unknown[] : [];
    list.push({
        identifier: { id: `${BASELINE.publisher}.${BASELINE.name}` },
        version: BASELINE.version,
        location: { $mid: 1, fsPath: dir, external: pathToFileURL(dir).href, path: dir, scheme: 'file' },
        relativeLocation: folder,
        metadata: { installedTimestamp: Date.now(), source: 'vsix' },
    });
    writeFileSync(registry, JSON.stringify(list));
}

export async function measureActivation(vsix: string, loads = 5): Promise<ActivationTimes> {
    let server: CodeServer | undefined;
    let wb: Workbench | undefined;
    const times: ActivationTimes = { vscode: [], baseline: [], activate: [] };
    try {
        server = await startCodeServer({ vsix, files: ['samples/avetica-moodle.sla'], prepareExtensions: writeBaseline });
        wb = await openWorkbench(server.url);
        for (let i = 0; i < loads; i++) {
            if (i > 0) {
                await wb.runCommand('Developer: Reload Window');
                await wb.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
            }
            await wb.closeAllEditors();
            // Let the startup activations (git, github) and the previous window's shutdown end first.
            await wb.page.waitForTimeout(3000);
            await wb.openFile('avetica-moodle.sla');
            await wb.runCommand('Developer: Show Running Extensions');
            times.vscode.push(await activationOf(wb, 'SLA Language'));
            times.baseline.push(await activationOf(wb, BASELINE.displayName));
            const log = server.outputChannel('SLA') ?? '';
            const own = [...log.matchAll(/activated in ([\d.]+) ms/g)].map(m => Number(m[1]));
            if (own.length > times.activate.length) times.activate.push(own[own.length - 1]!);
        }
    } finally {
        await wb?.close();
        await server?.stop();
    }
    return times;
}

async function activationOf(wb: Workbench, displayName: string): Promise<number> {
    const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: displayName });
    const activation = row.locator('text=/Activation: \\d+ms/');
    await activation.waitFor({ timeout: 60000 });
    return Number(/(\d+)ms/.exec(await activation.innerText())![1]);
}
