/**
 * Imports in a real VS Code: a folder with one library of standard terms and two contracts
 * that import it (samples/portfolio). Go to definition on an imported calendar opens the
 * library; renaming that calendar in the library opens the refactoring preview, which lists
 * the library and both contracts, and nothing is written to disk before it is applied.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildVsix, CODE_SERVER_DIR, CODE_SERVER_VERSION, installed, ROOT, startCodeServer, type CodeServer } from './support/code-server.js';
import { openWorkbench, type Workbench } from './support/browser.js';
import { until } from './support/processes.js';

const INSTALLED = installed();
const LIBRARY = 'standaard-dienstverlening.sla';
const CONTRACTS = ['gemeente-a.sla', 'school-b.sla'];
const ACME = `contract "Acme" {
  provider "Voorbeeld Hosting B.V."
  customer "Acme"
  time zone "Europe/Amsterdam"
  availability {
    guaranteed 99.5% per month
    measured during Kantooruren
  }
}
`;

describe(`imports in ${INSTALLED?.label ?? `code-server ${CODE_SERVER_VERSION} (not installed)`}`, function () {
    this.timeout(180000);
    let server: CodeServer | undefined;
    let wb: Workbench | undefined;
    let folder = '';
    const read = (name: string) => readFileSync(join(folder, name), 'utf8');
    const lineIn = (name: string, text: string) => read(name).split('\n').findIndex((l) => l.includes(text)) + 1;

    before(async function () {
        this.timeout(300000);
        if (!INSTALLED) throw new Error(`code-server is not installed at ${CODE_SERVER_DIR}: run bash .ci/install-code-server.sh ${CODE_SERVER_VERSION}`);
        folder = mkdtempSync(join(tmpdir(), 'sla-portfolio-'));
        cpSync(join(ROOT, 'samples/portfolio'), folder, { recursive: true });
        // A contract beside them that uses the library's calendar without importing it.
        writeFileSync(join(folder, 'acme.sla'), ACME);
        server = await startCodeServer({ vsix: await buildVsix(), files: [], folder });
        wb = await openWorkbench(server.url);
    });

    after(async function () {
        this.timeout(60000);
        await wb?.close();
        await server?.stop();
        if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('a contract that uses the library\'s calendar without importing it gets an error in the Problems panel', async () => {
        const { page } = wb!;
        await wb!.openFile('acme.sla');
        await page.keyboard.press('Control+Shift+M');
        const panel = page.locator('.markers-panel');
        await panel.waitFor();
        const row = panel.locator('.monaco-list-row', { hasText: /Could not resolve reference to Calendar named 'Kantooruren'/ }).first();
        await row.waitFor({ timeout: 60000 });
        await wb!.shot('imports-unresolved-without-import');
        const text = await panel.innerText();
        assert.match(text, /acme\.sla/);
        // Only acme's one use is unresolved: in the importing contracts the name resolves.
        assert.equal((text.match(/Could not resolve reference/g) ?? []).length, 1, text);
        await page.keyboard.press('Control+Shift+M');
        await wb!.closeAllEditors();
    });

    it('go to definition on an imported calendar opens the library at its definition', async () => {
        const { page } = wb!;
        await wb!.openFile('gemeente-a.sla');
        const line = lineIn('gemeente-a.sla', 'measured during Kantooruren');
        assert.ok(line > 0);
        await wb!.goToLine(line, read('gemeente-a.sla').split('\n')[line - 1].indexOf('Kantooruren') + 3);
        // The language server must have linked the file first: wait for the import's link.
        await page.locator('.editor-group-container.active .detected-link').first().waitFor({ timeout: 60000 }).catch(() => undefined);
        await until('the library opened by go to definition', async () => {
            await page.keyboard.press('F12');
            const tab = page.locator(`.tabs-container .tab.active[aria-label^="${LIBRARY}"]`);
            try {
                await tab.waitFor({ timeout: 3000 });
                return true;
            } catch {
                return false;
            }
        }, 60000, 500);
        await wb!.shot('imports-go-to-definition');
        const current = await page.locator('.editor-group-container.active .view-line', { hasText: 'calendar Kantooruren' }).count();
        assert.ok(current > 0, 'the definition line is in view');
    });

    it('rename of the library calendar previews every file it changes and writes nothing before Apply', async () => {
        const { page } = wb!;
        const before = Object.fromEntries([LIBRARY, ...CONTRACTS].map((f) => [f, read(f)]));
        const line = lineIn(LIBRARY, 'calendar Kantooruren');
        await wb!.goToLine(line, read(LIBRARY).split('\n')[line - 1].indexOf('Kantooruren') + 3);
        await page.keyboard.press('F2');
        const input = page.locator('.rename-box input.rename-input, .rename-box input').first();
        await input.waitFor({ state: 'visible', timeout: 20000 });
        await until('the rename box holding the old name', async () => (await input.inputValue()) === 'Kantooruren', 20000, 200);
        await input.fill('Kantoortijden');
        await wb!.shot('imports-rename-box');
        await input.press('Enter');
        const panel = page.locator('.bulk-edit-panel');
        await panel.waitFor({ timeout: 30000 });
        let seen = '';
        const listed = await until('the preview listing three files', async () => {
            seen = await panel.innerText();
            return [LIBRARY, ...CONTRACTS].every((f) => seen.includes(f)) ? seen : false;
        }, 30000, 300).catch(async (e: Error) => {
            await wb!.shot('imports-rename-preview-incomplete');
            throw new Error(`${e.message}; the preview shows: ${seen}`);
        });
        await wb!.shot('imports-rename-preview');
        assert.match(listed, /gemeente-a\.sla/);
        assert.match(listed, /school-b\.sla/);
        for (const [f, text] of Object.entries(before)) assert.equal(read(f), text, `${f} was written before the preview was applied`);

        // Each file's changes wait for the user's tick (the server marks them as needing
        // confirmation); tick every file, then apply.
        for (const f of [LIBRARY, ...CONTRACTS]) {
            const row = panel.locator('.monaco-list-row', { hasText: f }).first();
            const box = row.locator('.edit-checkbox').first();
            // A custom toggle (aria-checked) in newer VS Codes, a native checkbox in 1.103.
            const ticked = () => box.evaluate((el) => el.getAttribute('aria-checked') === 'true' || (el as unknown as { checked?: boolean }).checked === true);
            if (!await ticked()) await box.click();
            await until(`${f} ticked`, ticked, 10000, 200);
        }
        await wb!.shot('imports-rename-confirmed');
        for (const [f, text] of Object.entries(before)) assert.equal(read(f), text, `${f} was written before Apply`);
        await panel.locator('.monaco-button', { hasText: /^Apply$/ }).first().click();
        await until('the rename written to every file', () =>
            [LIBRARY, ...CONTRACTS].every((f) => read(f).includes('Kantoortijden') && !/\bKantooruren\b/.test(read(f).replace(/\/\/.*$/gm, ''))),
        30000, 300);
        await wb!.shot('imports-rename-applied');
    });
});
