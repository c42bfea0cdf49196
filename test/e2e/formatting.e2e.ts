/**
 * Formatting and snippets in a real VS Code: Format Document on a compensation with a cap
 * keeps "capped at 50% per year" on one line; a new contract typed from snippets alone
 * (the skeleton, static snippets and the language server's, every default accepted) has
 * no errors and no warnings in the Problems panel. Screenshots in test-artifacts/e2e/.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildVsix, CODE_SERVER_DIR, CODE_SERVER_VERSION, installed, startCodeServer, type CodeServer } from './support/code-server.js';
import { openWorkbench, type Workbench } from './support/browser.js';
import { closeAfterSuite } from './support/suite.js';
import { until } from './support/processes.js';

const INSTALLED = installed();
const MESSY = `contract "Cap" {
provider "P"
    customer "C"
  time zone "Europe/Amsterdam"
  fee MonthlyFee "monthly fee" per month
  availability { guaranteed 99.5% per month
  measured around the clock }
  remedies {
  warning when availability is below the guarantee in a month
  compensation from the 2nd warning counted per year {   availability below 99.5 %: 10% of MonthlyFee capped at   50 % per year }
  }
}
`;
const FORMATTED = `contract "Cap" {
  provider "P"
  customer "C"
  time zone "Europe/Amsterdam"
  fee MonthlyFee "monthly fee" per month
  availability {
    guaranteed 99.5% per month
    measured around the clock
  }
  remedies {
    warning when availability is below the guarantee in a month
    compensation from the 2nd warning counted per year {
      availability below 99.5%: 10% of MonthlyFee
      capped at 50% per year
    }
  }
}
`;
const NEW = 'from-snippets.sla';

describe(`formatting and snippets in ${INSTALLED?.label ?? `code-server ${CODE_SERVER_VERSION} (not installed)`}`, function () {
    this.timeout(240000);
    let server: CodeServer | undefined;
    let wb: Workbench | undefined;
    let folder = '';
    const read = (name: string) => readFileSync(join(folder, name), 'utf8');

    before(async function () {
        this.timeout(300000);
        if (!INSTALLED) throw new Error(`code-server is not installed at ${CODE_SERVER_DIR}: run bash .ci/install-code-server.sh ${CODE_SERVER_VERSION}`);
        folder = mkdtempSync(join(tmpdir(), 'sla-formatting-'));
        writeFileSync(join(folder, 'cap.sla'), MESSY);
        writeFileSync(join(folder, NEW), '');
        server = await startCodeServer({ vsix: await buildVsix(), files: [], folder });
        wb = await openWorkbench(server.url);
    });

    closeAfterSuite('formatting', () => ({ wb, server, folder }));

    it('Format Document keeps "capped at 50% per year" of a compensation on one line', async () => {
        const { page } = wb!;
        await wb!.openFile('cap.sla');
        await wb!.shot('formatting-before');
        // The language server must be up before the formatter is asked: it has checked the
        // empty file beside (an error) once the status bar counts one.
        const problems = page.locator('.statusbar-item[id="status.problems"]');
        await until('the language server running', async () => /\b[1-9]\d* errors?\b|Errors?: [1-9]/i.test(
            `${await problems.getAttribute('aria-label').catch(() => '')} ${await problems.innerText().catch(() => '')}`), 120000, 500)
            .catch(() => undefined);
        await until('the document formatted', async () => {
            // A slow start may still say there is no formatter: dismiss and try again.
            const dialog = page.locator('.monaco-dialog-box');
            if (await dialog.isVisible()) await dialog.locator('.monaco-button', { hasText: 'Cancel' }).first().click().catch(() => page.keyboard.press('Escape'));
            await wb!.runCommand('Format Document');
            await page.waitForTimeout(1500);
            await page.keyboard.press('Control+S');
            await page.waitForTimeout(500);
            return read('cap.sla') !== MESSY;
        }, 120000, 1000);
        await wb!.shot('formatting-after');
        assert.equal(read('cap.sla'), FORMATTED);
        await wb!.closeAllEditors();
    });

    it('a new contract built from snippets alone has no errors and no warnings in the Problems panel', async () => {
        const { page } = wb!;
        await wb!.openFile(NEW);
        const suggest = page.locator('.suggest-widget');
        /** Types the prefix, picks the row from the suggestions and leaves the snippet with its defaults. */
        const snippet = async (prefix: string, row: (r: ReturnType<typeof page.locator>) => ReturnType<typeof page.locator>) => {
            await page.keyboard.type(prefix, { delay: 30 });
            await until(`the suggestion for ${prefix}`, async () => {
                await page.keyboard.press('Control+Space');
                try {
                    await row(suggest.locator('.monaco-list-row')).first().waitFor({ timeout: 3000 });
                    return true;
                } catch {
                    console.log(`      suggestions: ${JSON.stringify(await suggest.locator('.monaco-list-row').allTextContents())}`);
                    return false;
                }
            }, 60000, 300);
            await wb!.shot(`snippets-suggest-${prefix}`);
            await row(suggest.locator('.monaco-list-row')).first().click();
            for (let i = 0; i < 3; i++) {
                await page.waitForTimeout(250);
                await page.keyboard.press('Escape');
            }
        };
        // A static snippet's row shows its name (capitalised) beside the prefix; the keyword's row does not.
        const staticRow = (label: string) => (r: ReturnType<typeof page.locator>) => r.filter({ hasText: new RegExp(`${label[0].toUpperCase()}${label.slice(1)}$`) });
        const serverRow = (label: string) => (r: ReturnType<typeof page.locator>) => r.filter({ hasText: label });
        /** An empty line before the contract's closing brace, indented one step. */
        const atEnd = async () => {
            // The document ends with the contract's `}`: a new line above it.
            await page.keyboard.press('Control+End');
            await page.keyboard.press('Home');
            await page.keyboard.press('Enter');
            await page.keyboard.press('ArrowUp');
            await page.keyboard.press('End');
            await page.keyboard.press('Shift+Home');
            await page.keyboard.type('  ');
        };

        await snippet('contract', staticRow('contract'));
        const steps: [string, (r: ReturnType<typeof page.locator>) => ReturnType<typeof page.locator>][] = [
            ['fee', staticRow('fee')], ['calendar', staticRow('calendar')], ['priority', serverRow('priority (snippet)')],
            ['availability', staticRow('availability')], ['maintenance', staticRow('maintenance')], ['remedies', serverRow('remedies (snippet)')],
            ['note', staticRow('note')],
        ];
        for (const [prefix, row] of steps) {
            await atEnd();
            await snippet(prefix, row);
        }
        await page.keyboard.press('Control+S');
        await until('the contract saved', () => read(NEW).includes('note "Title"'), 20000, 300);
        await wb!.shot('snippets-contract');
        const text = read(NEW);
        assert.match(text, /^ {2}calendar OfficeHours \{\n {4}Monday to Friday 09:00 to 17:00$/m, text);
        assert.match(text, /response within 1 hour of OfficeHours after reported/, text);
        assert.match(text, /25% of MonthlyFee\n {6}capped at 50% per year/, text);
        assert.doesNotMatch(text, /\t|Werkdag|Maandvergoeding/, text);

        await page.keyboard.press('Control+Shift+M');
        const panel = page.locator('.markers-panel');
        await panel.waitFor();
        // The checker has run on the file when its infos are listed.
        await panel.locator('.monaco-list-row', { hasText: NEW }).first().waitFor({ timeout: 60000 });
        await page.waitForTimeout(2000);
        await wb!.shot('snippets-problems');
        const rows = panel.locator('.monaco-list-row');
        const bad: string[] = [];
        for (let i = 0; i < await rows.count(); i++) {
            const r = rows.nth(i);
            if (await r.locator('.codicon-error, .codicon-warning').count()) bad.push(await r.innerText());
        }
        assert.deepEqual(bad, [], `${await panel.innerText()}\n${text}`);
    });
});
