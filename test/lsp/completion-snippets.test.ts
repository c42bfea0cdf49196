/**
 * Completion as a writer meets it: a one-line description on keywords, phrases of several
 * words whole, snippets only where they fit with the document's names as choices, country
 * and region names beside their codes; and a new contract built from snippets alone, the
 * way VS Code expands them (first choice, placeholder defaults), checks clean.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { expectCompletion } from 'langium/test';
import { InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { checkTexts } from '../../language-server/src/services/diagnostics.js';
import { Sla, SAMPLES } from '../support/lsp.js';

const completion = expectCompletion(Sla);
async function itemsAt(text: string): Promise<CompletionList> {
    let list: CompletionList | undefined;
    await completion({ text, index: 0, assert: (l) => { list = l; }, disposeAfterCheck: true });
    return list!;
}
const labels = (l: CompletionList) => l.items.map((i) => i.label);
const item = (l: CompletionList, label: string) => l.items.find((i) => i.label === label);
const snippets = (l: CompletionList) => l.items.filter((i) => i.insertTextFormat === InsertTextFormat.Snippet);

/** A snippet body as VS Code expands it when the writer accepts every default: first choice, placeholder default. */
export function expandSnippet(body: string, indent = ''): { text: string; cursor: number } {
    const defaults = new Map<string, string>();
    let text = body;
    for (let guard = 0; guard < 50; guard++) {
        const next = text
            .replace(/\$\{(\d+)\|((?:\\.|[^|])*)\|\}/g, (_, n: string, c: string) => remember(n, c.split(/(?<!\\),/)[0].replace(/\\(.)/g, '$1')))
            .replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, v: string) => remember(n, v));
        if (next === text) break;
        text = next;
    }
    text = text.replace(/\$\{(\d+)\}|\$(\d+)/g, (m, a?: string, b?: string) => ((a ?? b) === '0' ? '\u0000' : defaults.get(a ?? b!) ?? ''));
    text = text.split('\n').map((l, i) => (i > 0 && l ? indent + l : l)).join('\n');
    const cursor = text.indexOf('\u0000');
    return { text: text.replace('\u0000', ''), cursor: cursor < 0 ? text.length : cursor };
    function remember(n: string, v: string) {
        if (!defaults.has(n)) defaults.set(n, v);
        return v;
    }
}

const STATIC = JSON.parse(readFileSync(new URL('../../extension/snippets/sla.json', import.meta.url), 'utf8')) as Record<string, { body: string | string[] }>;
const bodyOf = (name: string) => { const b = STATIC[name].body; return Array.isArray(b) ? b.join('\n') : b; };

describe('completion: descriptions, phrases, snippets where they fit', () => {
    it('keywords carry a one-line description', async () => {
        const list = await itemsAt(SAMPLES.klik.replace('  backups [art. 10]', '  <|>backups [art. 10]'));
        for (const k of ['priority', 'calendar', 'availability', 'remedies', 'note']) {
            const d = item(list, k)?.detail;
            assert.ok(d && d.length > 10 && !d.includes('\n'), `${k}: ${d}`);
        }
    });

    it('phrases of several words are offered whole', async () => {
        const clock = await itemsAt('contract "T" {\n  calendar W {\n    Monday to Friday 09:00 to 17:00\n  }\n  priority P1 {\n    resolution <|>\n  }\n}');
        assert.ok(labels(clock).includes('by end of the same day of'), labels(clock).join(', '));
        assert.ok(labels(clock).includes('planned by agreement'));
        const within = await itemsAt('contract "T" {\n  priority P1 {\n    resolution within 4 hours <|>\n  }\n}');
        assert.ok(labels(within).includes('around the clock'), labels(within).join(', '));
        const avail = await itemsAt('contract "T" {\n  availability {\n    <|>\n  }\n}');
        assert.ok(labels(avail).includes('not counted:'));
        assert.ok(item(avail, 'not counted:')!.detail);
        const rem = await itemsAt('contract "T" {\n  remedies {\n    <|>\n  }\n}');
        assert.ok(labels(rem).includes('right to terminate after'));
    });

    it('clause snippets where a clause may start, with the document\'s calendars as choices', async () => {
        const list = await itemsAt(SAMPLES.avetica.replace('\n}\n', '\n  <|>\n}\n'));
        const priority = snippets(list).find((i) => i.label === 'priority (snippet)')!;
        assert.ok(priority, labels(list).join(', '));
        assert.match(priority.insertText!, /\$\{5\|Werkdag[,|]/);
        assert.ok(!/\t|^ {4}\S/m.test(priority.insertText!.split('\n').slice(1, -1).join('\n').replace(/^ {2}/gm, '')), 'two-space indentation');
        assert.doesNotMatch(priority.insertText!, /P1\b/, 'a priority name the document does not use yet');
        const remedies = snippets(list).find((i) => i.label === 'remedies (snippet)')!;
        assert.match(remedies.insertText!, /\|Maandvergoeding[,|]/);
        const scenario = snippets(list).find((i) => i.label === 'scenario (snippet)')!;
        assert.match(scenario.insertText!, /\$\{4\|P1,P2,P3\|\}/);
    });

    it('no clause snippets in the middle of a clause; inside a calendar only calendar rules', async () => {
        const mid = await itemsAt(SAMPLES.avetica.replace('response within 1 hour of Werkdag after reported [art. 5.2]', 'response within 1 hour of Werkdag after <|>'));
        assert.deepEqual(snippets(mid).map((i) => i.label), []);
        const cal = await itemsAt(SAMPLES.avetica.replace('closed on public holidays of NL', '<|>\n    closed on public holidays of NL'));
        const got = snippets(cal).map((i) => i.label);
        assert.ok(got.includes('public holidays (snippet)') && got.includes('weekly hours (snippet)'), got.join(', '));
        assert.ok(!got.some((l) => /priority|remedies|scenario/.test(l)), got.join(', '));
        const pri = await itemsAt('contract "T" {\n  calendar Kantoor {\n    Monday 09:00 to 17:00\n  }\n  priority P1 {\n    <|>\n  }\n}');
        assert.match(snippets(pri).find((i) => i.label === 'response clock (snippet)')!.insertText!, /of \$\{2\|Kantoor\|\}/);
    });

    it('without a calendar a clock is around the clock; without a fee or priority no snippet that needs one', async () => {
        const list = await itemsAt('contract "T" {\n  <|>\n}');
        const got = snippets(list);
        assert.match(got.find((i) => i.label === 'priority (snippet)')!.insertText!, /around the clock/);
        assert.ok(!got.some((i) => /remedies|scenario/.test(i.label)));
        // Also once the writer has typed part of the word (Langium then offers only matching keywords).
        const typed = await itemsAt('contract "T" {\n  prio<|>\n}');
        assert.ok(snippets(typed).some((i) => i.label === 'priority (snippet)'), labels(typed).join(', '));
    });

    it('country names beside the codes, and region names', async () => {
        const countries = await itemsAt(SAMPLES.avetica.replace('closed on public holidays of NL', 'closed on public holidays of <|>'));
        assert.equal(item(countries, 'NL')!.detail, 'NL — Netherlands');
        assert.match(item(countries, 'DE')!.detail!, /^DE — Germany/);
        const regions = await itemsAt(SAMPLES.avetica.replace('closed on public holidays of NL', 'closed on public holidays of GB-<|>'));
        assert.match(item(regions, 'GB-SCT')!.detail!, /^GB-SCT — Scotland/);
        assert.equal(item(regions, 'GB-SCT')!.labelDetails?.description, 'Scotland');
    });

    it('a new contract built from snippets alone, every default accepted, has no errors and no warnings', async () => {
        // Contract skeleton, then at its last line: fee, calendar, priority (language server),
        // availability, maintenance, remedies (language server), note.
        let { text, cursor } = expandSnippet(bodyOf('Contract'));
        const steps: (string | { server: string })[] = ['Fee', 'Calendar', { server: 'priority (snippet)' }, 'Availability', 'Maintenance', { server: 'remedies (snippet)' }, 'Note'];
        for (const step of steps) {
            let body: string;
            if (typeof step === 'string') body = bodyOf(step);
            else {
                const list = await itemsAt(`${text.slice(0, cursor)}<|>${text.slice(cursor)}`);
                const found: CompletionItem | undefined = item(list, step.server);
                assert.ok(found?.insertText, `${step.server} offered: ${labels(list).join(', ')}`);
                body = found.insertText;
            }
            const { text: inserted } = expandSnippet(body, '  ');
            text = `${text.slice(0, cursor)}${inserted}\n  ${text.slice(cursor)}`;
            cursor += inserted.length + 3;
        }
        text = text.replace(/\n {2}\n\}/, '\n}');
        const [checked] = await checkTexts(createSlaCoreServices(EmptyFileSystem), [{ file: 'from-snippets.sla', text }]);
        const problems = checked.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
        assert.deepEqual(problems.map((d) => `${d.line}: ${d.severity} ${d.message}`), [], text);
        assert.match(text, /priority P1 "Crash" \{\n {4}means/);
        assert.match(text, /of OfficeHours after reported/);
        assert.match(text, /25% of MonthlyFee\n {6}capped at 50% per year/);
    });
});
