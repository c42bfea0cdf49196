/**
 * The extension in a real VS Code (code-server, by default the release named in
 * .ci/code-server.version; SLA_CODE_SERVER_VERSION picks another installed one) in headless
 * Chromium, checked as a contract writer would use it: installed from the .vsix, a folder
 * with the samples, diagnostics in the Problems panel, a hover over a clock, a palette
 * command that opens the report, the scenario code lens. One screenshot per step in
 * test-artifacts/e2e/vscode-VERSION/. Needs `bash .ci/install-code-server.sh [VERSION]` once.
 */
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVsix, CODE_SERVER_DIR, CODE_SERVER_VERSION, installed, packageInfo, ROOT, startCodeServer, type CodeServer } from './support/code-server.js';
import { ARTIFACTS, openWorkbench, type Workbench } from './support/browser.js';
import { until } from './support/processes.js';

const FILES = ['samples/avetica-moodle.sla', 'samples/klik-onderwijs.sla', 'samples/avetica-moodle-2026.csv', 'samples/klik-onderwijs-2026.json'];
const AVETICA = readFileSync(join(ROOT, 'samples/avetica-moodle.sla'), 'utf8').split('\n');
const lineOf = (text: string) => AVETICA.findIndex(l => l.includes(text)) + 1;

const INSTALLED = installed();

describe(`SLA extension in ${INSTALLED?.label ?? `code-server ${CODE_SERVER_VERSION} (not installed)`}`, function () {
    this.timeout(180000);
    let server: CodeServer | undefined;
    let wb: Workbench | undefined;
    const started = Date.now();

    before(async function () {
        this.timeout(300000);
        if (!INSTALLED) throw new Error(`code-server is not installed at ${CODE_SERVER_DIR}: run bash .ci/install-code-server.sh ${CODE_SERVER_VERSION}`);
        console.log(`      running in ${INSTALLED.label}; screenshots in ${ARTIFACTS.slice(ROOT.length)}`);
        mkdirSync(ARTIFACTS, { recursive: true });
        writeFileSync(join(ARTIFACTS, 'version.txt'), `${INSTALLED.label}\n`);
        const vsix = await buildVsix();
        server = await startCodeServer({ vsix, files: FILES, settings: { 'sla.simulation.defaultLog': 'avetica-moodle-2026.csv' } });
        wb = await openWorkbench(server.url);
        await wb.shot('workbench');
    });

    afterEach(async function () {
        // A failed step leaves a picture of the workbench as the test saw it last.
        if (this.currentTest?.state === 'failed' && wb) await wb.shot(`failed-${this.currentTest.title.slice(0, 3).replace(/\W/g, '')}`).catch(() => undefined);
    });

    after(async function () {
        this.timeout(60000);
        const log = server?.outputChannel('SLA');
        if (log) {
            appendFileSync(join(ARTIFACTS, 'sla-output.log'), log);
            console.log(`      SLA output channel: ${log.trim().split('\n').join(' | ')}`);
        }
        await wb?.close();
        await server?.stop();
        console.log(`      e2e took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

    it('installs from the .vsix as publisher.name-version', async () => {
        const { publisher, name, version } = packageInfo();
        assert.ok(readdirSync(server!.extensionsDir).includes(`${publisher}.${name}-${version}`), readdirSync(server!.extensionsDir).join(', '));
    });

    it('(a) shows the checker findings of the Avetica contract in the Problems panel', async () => {
        const { page } = wb!;
        await wb!.openFile('avetica-moodle.sla');
        await wb!.shot('avetica-open');
        await page.keyboard.press('Control+Shift+M');
        const panel = page.locator('.markers-panel');
        await panel.waitFor();
        await panel.getByText('remedy-unreachable').first().waitFor({ timeout: 60000 });
        await wb!.shot('problems');
        const text = await panel.innerText();
        assert.match(text, /improvement proposal after 2 warnings in a month can never be due/);
        assert.match(text, /remedy-unreachable/);
        assert.match(text, /clock-contradiction/);
        // The language is known to VS Code: status bar shows the language name of the file.
        assert.ok(await page.locator('.statusbar-item[id="status.editor.mode"]', { hasText: 'SLA' }).isVisible());
        await page.keyboard.press('Control+Shift+M');
    });

    it('(b) shows a hover over a response clock', async () => {
        const { page } = wb!;
        const line = lineOf('response within 1 hour of Werkdag after reported');
        assert.ok(line > 0);
        await wb!.goToLine(line, 5);
        const word = page.locator('.view-line', { hasText: 'response within 1 hour of Werkdag after reported' })
            .locator('span span', { hasText: /^response$/ }).first();
        await word.waitFor();
        await wb!.hoverText(word, 'a hover with content');
        await page.waitForTimeout(300); // let the content settle for the screenshot
        await wb!.shot('hover-response-clock');
        const text = await page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first().innerText();
        // About this clock: P1's response, its deadline or its calendar; not an empty or unrelated hover.
        assert.match(text, /\bP1\b|response|deadline|Werkdag/i, text);
        assert.ok(text.length > 20, text);
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
    });

    it('(c) "SLA: Simulate a Period from an Incident Log" opens a report', async () => {
        const { page } = wb!;
        await wb!.closeAllEditors();
        await wb!.openFile('avetica-moodle.sla');
        await wb!.runCommand('SLA: Simulate a Period from an Incident Log');
        await answerPrompts(wb!, /avetica-moodle-2026\.csv/);
        const frame = await until('a report webview with text', async () => {
            const errors = await wb!.errorToasts();
            if (errors.length) throw new Error(`the command failed: ${errors.join(' | ')}`);
            for (const { text } of await wb!.frameTexts()) {
                if (/availability|beschikbaarheid/i.test(text) && /P1|incident/i.test(text)) return text;
            }
            return false;
        }, 90000, 500);
        await wb!.shot('simulation-report');
        assert.ok(await page.locator('iframe.webview').count() > 0);
        assert.match(frame, /Avetica|2026/);
        await noCommandErrors(wb!);
    });

    it('(d) the scenario code lens "Run scenario" is shown and runs the scenario', async () => {
        const { page } = wb!;
        await wb!.closeAllEditors();
        await wb!.openFile('avetica-moodle.sla');
        const line = lineOf('scenario "Vrijdagmiddag-crash"');
        assert.ok(line > 0);
        await wb!.goToLine(line, 3);
        const lens = page.locator('.editor-group-container.active .codelens-decoration a', { hasText: /Run scenario/ }).first();
        await lens.waitFor({ timeout: 60000 });
        await wb!.shot('scenario-code-lens');
        const before = new Set((await wb!.frameTexts()).map(f => f.text));
        await lens.click();
        await answerPrompts(wb!, /./, 3000);
        const outcome = await until('the outcome of the scenario run', async () => {
            const errors = await wb!.errorToasts();
            if (errors.length) throw new Error(`the command failed: ${errors.join(' | ')}`);
            const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
            const toast = toasts.find(t => /Vrijdagmiddag|expect|passed|failed|met|missed/i.test(t) && !/not found/i.test(t));
            if (toast) return toast;
            for (const { text } of await wb!.frameTexts()) {
                if (!before.has(text) && /Vrijdagmiddag/.test(text)) return text;
            }
            const output = page.locator('.output-view .view-lines');
            if (await output.isVisible() && /Vrijdagmiddag/.test(await output.innerText())) return output.innerText();
            return false;
        }, 60000, 500);
        await wb!.shot('scenario-run');
        assert.match(outcome, /Vrijdagmiddag-crash/);
        assert.match(outcome, /expectations? (passed|failed)|\bpass\b|\bfail\b/);
        await noCommandErrors(wb!);
    });
});

/** Accepts the quick picks and input boxes a command may show (choosing the item that matches, else the default). */
async function answerPrompts(wb: Workbench, prefer: RegExp, quietMs = 5000): Promise<void> {
    const { page } = wb;
    const widget = page.locator('.quick-input-widget');
    let lastSeen = Date.now();
    for (let i = 0; i < 8 && Date.now() - lastSeen < quietMs; i++) {
        if (!await widget.isVisible()) {
            await page.waitForTimeout(250);
            continue;
        }
        lastSeen = Date.now();
        await wb.shot('prompt');
        const value = await page.locator('.quick-input-widget input').inputValue().catch(() => '');
        const rows = page.locator('.quick-input-list .monaco-list-row');
        const texts = await rows.allInnerTexts();
        const index = texts.findIndex(t => prefer.test(t));
        if (!prefer.test(value) && index >= 0) await rows.nth(index).click();
        else await page.keyboard.press('Enter');
        await page.waitForTimeout(300);
    }
}

async function noCommandErrors(wb: Workbench): Promise<void> {
    assert.deepEqual(await wb.errorToasts(), []);
}
