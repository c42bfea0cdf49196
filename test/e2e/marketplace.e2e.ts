/**
 * What a fresh install looks like in a real VS Code (issue 11, the marketplace part): the
 * "SLA" status bar item with the server's state and the open contract's findings (compared
 * with `sla check` of the same file), clicking it opens the Problems panel; the .sla file
 * icon in the explorer; the walkthrough, whose "open a sample" step opens the sample contract
 * that comes with the extension and whose hover step shows a clock's deadlines; and the
 * extension page showing the users' README with its screenshots. Screenshots in
 * test-artifacts/e2e/vscode-VERSION/ (marketplace-*).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildVsix, CODE_SERVER_DIR, CODE_SERVER_VERSION, installed, packageInfo, ROOT, startCodeServer, type CodeServer } from './support/code-server.js';
import { openWorkbench, type Workbench } from './support/browser.js';
import { closeAfterSuite } from './support/suite.js';
import { until } from './support/processes.js';

const INSTALLED = installed();
const FILES = ['samples/klik-onderwijs.sla', 'samples/klik-onderwijs-2026.json'];
/** The file icon of an explorer label: the background image of its ::before (run in the page). */
const BEFORE_IMAGE = (el: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown, pseudo: string): { backgroundImage: string } })
    .getComputedStyle(el, '::before').backgroundImage;

/** Errors and warnings `sla check` finds in a file: what the status bar must say. */
function cliCounts(file: string): { errors: number; warnings: number } {
    const out = spawnSync(process.execPath, [join(ROOT, 'bin/sla.js'), 'check', file], { encoding: 'utf8' }).stdout;
    const severities = out.split('\n').map((l) => / (error|warning|info) [a-z0-9-]+ /.exec(l)?.[1]);
    return { errors: severities.filter((s) => s === 'error').length, warnings: severities.filter((s) => s === 'warning').length };
}

describe(`marketplace: status bar, file icon, walkthrough and extension page in ${INSTALLED?.label ?? `code-server ${CODE_SERVER_VERSION} (not installed)`}`, function () {
    this.timeout(180000);
    let server: CodeServer | undefined;
    let wb: Workbench | undefined;

    before(async function () {
        this.timeout(300000);
        if (!INSTALLED) throw new Error(`code-server is not installed at ${CODE_SERVER_DIR}: run bash .ci/install-code-server.sh ${CODE_SERVER_VERSION}`);
        server = await startCodeServer({ vsix: await buildVsix(), files: FILES });
        wb = await openWorkbench(server.url);
    });

    closeAfterSuite('marketplace', () => ({ wb, server }));

    const statusItem = () => wb!.page.locator('.part.statusbar [aria-label^="SLA language server"]').first();
    async function statusLabel(pattern: RegExp): Promise<string> {
        return until(`the SLA status bar item matching ${pattern}`, async () => {
            const label = await statusItem().getAttribute('aria-label', { timeout: 1000 }).catch(() => null);
            return label && pattern.test(label) ? label : false;
        }, 60000, 300);
    }

    it('the status bar item shows the server ready and the open contract\'s findings, and opens the Problems panel', async () => {
        const { page } = wb!;
        await wb!.openFile('klik-onderwijs.sla');
        const { errors, warnings } = cliCounts(join(ROOT, 'samples/klik-onderwijs.sla'));
        // Before the server's first diagnostics arrive it says 0 of each: wait for its findings.
        const label = await statusLabel(/ready; klik-onderwijs\.sla: .*, [1-9]\d* infos?/);
        assert.match(label, new RegExp(`klik-onderwijs\\.sla: ${errors} errors?, ${warnings} warnings?, `), label);
        assert.match(await statusItem().innerText(), /SLA/);
        await wb!.shot('marketplace-status-bar-klik');
        await statusItem().click();
        await page.locator('.markers-panel').waitFor({ timeout: 20000 });
        await page.locator('.markers-panel').getByText('unequal-periods').first().waitFor({ timeout: 20000 });
        await wb!.shot('marketplace-status-bar-opened-problems');
        await page.keyboard.press('Control+Shift+M');
    });

    it('the explorer shows the .sla file icon of the extension', async () => {
        const { page } = wb!;
        const label = page.locator('.explorer-folders-view .monaco-list-row .monaco-icon-label', { hasText: 'klik-onderwijs.sla' }).first();
        await label.waitFor();
        assert.match(await label.getAttribute('class') ?? '', /\bsla-lang-file-icon\b/);
        const image = await label.evaluate(BEFORE_IMAGE);
        assert.match(image, /extension(\/|%2F)icons(\/|%2F)sla-(dark|light)\.svg/, image);
        // The JSON log beside it keeps its own icon.
        const json = page.locator('.explorer-folders-view .monaco-list-row .monaco-icon-label', { hasText: 'klik-onderwijs-2026.json' }).first();
        assert.doesNotMatch(await json.evaluate(BEFORE_IMAGE), /sla-(dark|light)\.svg/);
        await wb!.shot('marketplace-file-icon');
    });

    it('the walkthrough opens, and its first step opens the sample contract that comes with the extension', async () => {
        const { page } = wb!;
        await wb!.closeAllEditors();
        await openWalkthrough(wb!);
        const container = page.locator('.gettingStartedContainer');
        await container.getByText('Open a sample contract').first().waitFor({ timeout: 20000 });
        await wb!.shot('marketplace-walkthrough');
        const button = container.locator('.button-link, .monaco-button, a', { hasText: 'Open the sample contract' }).first();
        if (!await button.isVisible()) await container.getByText('Open a sample contract').first().click();
        await button.click();
        await page.locator('.tabs-container .tab[aria-label^="avetica-moodle.sla"]').first().waitFor({ timeout: 30000 });
        const { publisher, name } = packageInfo();
        const copy = join(server!.userDataDir, 'User/globalStorage', `${publisher}.${name}`, 'samples');
        assert.ok(existsSync(join(copy, 'avetica-moodle.sla')), `the sample copied to ${copy}`);
        assert.ok(existsSync(join(copy, 'avetica-moodle-2026.csv')), 'its incident log beside it, for Simulate');
        // The server checks it: the status bar shows its findings, the same as `sla check`.
        const { errors, warnings } = cliCounts(join(ROOT, 'samples/avetica-moodle.sla'));
        assert.ok(warnings > 0);
        const label = await statusLabel(new RegExp(`ready; avetica-moodle\\.sla: ${errors} errors?, ${warnings} warnings`));
        assert.ok(label);
        await wb!.shot('marketplace-walkthrough-sample');
        // The tooltip of the status bar item, for the README's picture.
        await statusItem().hover();
        await page.waitForTimeout(1500);
        await wb!.shot('marketplace-status-bar');
        await page.mouse.move(5, 5);
    });

    it('the walkthrough\'s hover step shows the deadlines of P1\'s response clock', async () => {
        const { page } = wb!;
        // Back to the walkthrough alone (opening a file beside it may return it to the Welcome page, and
        // beside an editor it is too narrow to show its pictures), then the second step.
        await wb!.closeAllEditors();
        await openWalkthrough(wb!);
        const container = page.locator('.gettingStartedContainer');
        await container.getByText('Hover a clock').first().click();
        const media = container.locator('.getting-started-media img').first();
        await media.waitFor({ timeout: 20000 });
        await until('the step\'s image loaded', () => media.evaluate((img) => {
            const i = img as unknown as { complete: boolean; naturalWidth: number };
            return i.complete && i.naturalWidth > 0;
        }), 20000, 300);
        await container.locator('.button-link, .monaco-button, a', { hasText: 'Show the hover' }).first().click();
        const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first();
        await hover.waitFor({ state: 'visible', timeout: 60000 });
        await until('the hover with deadlines', async () => /Deadlines of P1|deadline/i.test(await hover.innerText()), 30000, 300);
    });

    it('the extension page shows the users\' README with its screenshots', async () => {
        const { page } = wb!;
        await wb!.closeAllEditors();
        await wb!.runCommand('Extensions: Show Installed Extensions');
        const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'SLA Language' }).first();
        await item.waitFor({ timeout: 30000 });
        await item.click();
        const readme = await until('the README in the extension page', async () => {
            for (const { frame, text } of await wb!.frameTexts()) {
                if (/Getting started/.test(text) && /sla check/.test(text)) return frame;
            }
            return false;
        }, 60000, 500);
        const text = await readme.evaluate<string>('document.body.innerText');
        assert.doesNotMatch(text, /npm test|test:e2e/, 'not the developers\' README');
        // VS Code shows no relative image of a local extension's README: vsce points them at the
        // repository (scripts/package-vsix.mjs), where they load once it is published.
        const sources = (await readme.evaluate<string>('[...document.images].map(i => i.getAttribute("src")).join("\\n")')).split('\n');
        const screenshots = sources.filter((src) => /\/extension\/media\//.test(src));
        assert.ok(screenshots.length >= 4, sources.join(', '));
        const base = `${packageInfo().repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/raw/HEAD/`;
        for (const src of screenshots) {
            assert.ok(src.startsWith(base), src);
            assert.ok(existsSync(join(ROOT, src.slice(base.length))), src);
        }
        await wb!.shot('marketplace-extension-page');
    });
});

async function openWalkthrough(wb: Workbench): Promise<void> {
    await wb.runCommand('Welcome: Open Walkthrough...');
    const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with SLA Contracts' }).first();
    await row.waitFor({ timeout: 20000 });
    await row.click();
    await wb.page.locator('.gettingStartedContainer .step-title', { hasText: 'Open a sample contract' }).first().waitFor({ state: 'visible', timeout: 20000 });
}
