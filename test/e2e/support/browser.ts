/**
 * Debian's Chromium driven by playwright-core, on a workbench served by code-server, with
 * the few gestures a contract writer uses: open a file, run a palette command, go to a
 * line, open a panel. Every step can keep a screenshot in test-artifacts/e2e/vscode-VERSION/
 * (one folder per VS Code the tests ran in).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import { installed, ROOT } from './code-server.js';
import { until } from './processes.js';

export const ARTIFACTS = join(ROOT, 'test-artifacts/e2e', `vscode-${installed()?.vscode ?? 'not-installed'}`);
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface Workbench {
    page: Page;
    close(): Promise<void>;
    shot(name: string): Promise<string>;
    openFile(name: string): Promise<void>;
    runCommand(title: string): Promise<void>;
    goToLine(line: number, column?: number): Promise<void>;
    /** Text of every webview frame (webviews are nested iframes; the workbench's own frame is left out). */
    frameTexts(): Promise<Array<{ frame: Frame; text: string }>>;
    /** Full texts of the notification toasts of error severity. */
    errorToasts(): Promise<string[]>;
    /** Closes every editor, so the next file opens alone in one group. */
    closeAllEditors(): Promise<void>;
    /**
     * Rests the mouse on `word` until the editor's hover shows a text that `accept` takes
     * (non-empty by default); that text. `what` names the wait in a timeout's message.
     */
    hoverText(word: Locator, what: string, accept?: (text: string) => boolean, timeoutMs?: number): Promise<string>;
}

export async function openWorkbench(url: string): Promise<Workbench> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const profile = mkdtempSync(join(tmpdir(), 'sla-chromium-'));
    let browser: Browser | undefined;
    let context: BrowserContext;
    try {
        context = await chromium.launchPersistentContext(profile, {
            executablePath: CHROMIUM,
            headless: true,
            viewport: { width: 1400, height: 900 },
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
        });
        browser = context.browser() ?? undefined;
    } catch (e) {
        rmSync(profile, { recursive: true, force: true });
        throw e;
    }
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(30000);
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    // The explorer of the workspace shows once the remote side answered.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });

    let shots = 0;
    const wb: Workbench = {
        page,
        async close() {
            await context.close().catch(() => undefined);
            await browser?.close().catch(() => undefined);
            rmSync(profile, { recursive: true, force: true });
        },
        async shot(name) {
            const file = join(ARTIFACTS, `${String(++shots).padStart(2, '0')}-${name}.png`);
            await page.screenshot({ path: file });
            return file;
        },
        async openFile(name) {
            await focusWorkbench(page);
            await page.keyboard.press('Control+P');
            const input = page.locator('.quick-input-widget input');
            await input.waitFor({ state: 'visible' });
            await input.fill(name);
            await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
            await page.keyboard.press('Enter');
            await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first().waitFor();
            await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
        },
        async runCommand(title) {
            const input = page.locator('.quick-input-widget input');
            const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
            // Right after a window (re)load the workbench may swallow the first F1, and with a
            // webview open (VS Code 1.13x) the palette can open inert and close again when the
            // webview takes the focus back: open it again, up to three times.
            for (let attempt = 1; ; attempt++) {
                await focusWorkbench(page);
                await page.keyboard.press('F1');
                try {
                    await input.waitFor({ state: 'visible', timeout: 10000 });
                    await input.fill(`>${title}`, { timeout: 10000 });
                    await row.waitFor({ timeout: 15000 });
                    await row.click({ timeout: 10000 });
                    return;
                } catch (e) {
                    if (attempt === 3) throw e;
                }
            }
        },
        async goToLine(line, column = 1) {
            await focusWorkbench(page);
            await page.keyboard.press('Control+G');
            const input = page.locator('.quick-input-widget input');
            await input.waitFor({ state: 'visible' });
            await input.fill(`:${line}:${column}`);
            await page.keyboard.press('Enter');
            await input.waitFor({ state: 'hidden' });
        },
        async frameTexts() {
            const out: Array<{ frame: Frame; text: string }> = [];
            for (const frame of page.frames()) {
                if (frame === page.mainFrame()) continue;
                const text = await frame.evaluate<string>('document.body ? document.body.innerText : ""').catch(() => '');
                out.push({ frame, text });
            }
            return out;
        },
        async errorToasts() {
            const toasts = page.locator('.notifications-toasts .notification-toast:has(.codicon-error) .notification-list-item');
            const labels: string[] = [];
            for (let i = 0; i < await toasts.count(); i++) labels.push(await toasts.nth(i).getAttribute('aria-label') ?? await toasts.nth(i).innerText());
            return labels;
        },
        async closeAllEditors() {
            await wb.runCommand('Notifications: Clear All Notifications');
            await wb.runCommand('View: Close All Editor Groups');
            await page.locator('.editor-instance').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => undefined);
        },
        async hoverText(word, what, accept = (t) => t.trim().length > 0, timeoutMs = 40000) {
            const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first();
            // Hover needs the mouse to rest; move onto the word, and again if the first move was swallowed.
            return until(what, async () => {
                const box = await word.boundingBox();
                if (!box) return false;
                await page.mouse.move(box.x + 2, box.y + box.height / 2);
                await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
                try {
                    await hover.waitFor({ state: 'visible', timeout: 4000 });
                } catch {
                    return false;
                }
                const text = await hover.innerText();
                return accept(text) ? text : false;
            }, timeoutMs, 500);
        },
    };
    return wb;
}

/** Gives the keyboard to the workbench (not to a webview or a closed quick input). */
async function focusWorkbench(page: Page): Promise<void> {
    if (await page.locator('.quick-input-widget').isVisible()) await page.keyboard.press('Escape');
}
