import { strict as assert } from 'node:assert';
import { expectFindReferences, expectGoToDefinition, expectSymbols, highlightHelper } from 'langium/test';
import { TextDocument } from 'langium';
import type { DocumentSymbol } from 'vscode-languageserver';
import { Sla, SAMPLES, offsetOf, parseLsp } from '../support/lsp.js';

/** Marks every occurrence of `name` (definition and uses, not comments or strings) as a range, and queries at the definition. */
function marked(text: string, keyword: string, name: string): string {
    return text.split('\n').map((line) => {
        if (line.trimStart().startsWith('//')) return line;
        return line.replace(/"(?:[^"\\]|\\.)*"|\b\w[\w-]*\b/g, (m) => (m === name ? `<|${m}|>` : m));
    }).join('\n').replace(`${keyword} <|${name}|>`, `${keyword} <|><|${name}|>`);
}

describe('navigation', () => {
    it('go to definition of a calendar from a clock (Avetica) and of a priority from a scenario', async () => {
        const text = SAMPLES.avetica.replace('calendar Werkdag', 'calendar <|Werkdag|>').replace('within 1 hour of Werkdag', 'within 1 hour of <|>Werkdag');
        await expectGoToDefinition(Sla)({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
        const klik = SAMPLES.klik.replace('priority P1', 'priority <|P1|>').replace('incident 1 P1', 'incident 1 <|>P1');
        await expectGoToDefinition(Sla)({ text: klik, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('find references of a calendar and of a fee (Avetica)', async () => {
        for (const [kw, name] of [['calendar', 'Werkdag'], ['fee', 'Maandvergoeding']]) {
            const text = marked(SAMPLES.avetica, kw, name);
            await expectFindReferences(Sla)({ text, includeDeclaration: true, disposeAfterCheck: true });
        }
    });

    it('rename a calendar (Klik): the definition and every reference change, nothing else', async () => {
        const doc = await parseLsp(SAMPLES.klik);
        const edit = await Sla.lsp.RenameProvider!.rename(doc, {
            textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offsetOf(SAMPLES.klik, 'calendar Kantooruren', 10)), newName: 'Kantoor',
        });
        const edits = Object.values(edit?.changes ?? {})[0] ?? [];
        const after = TextDocument.applyEdits(doc.textDocument, edits);
        const uses = (SAMPLES.klik.match(/\bKantooruren\b/g) ?? []).length;
        const inComments = (SAMPLES.klik.split('\n').filter((l) => l.trimStart().startsWith('//')).join('\n').match(/\bKantooruren\b/g) ?? []).length;
        assert.equal(edits.length, uses - inComments);
        assert.match(after, /calendar Kantoor \[art\. 6\.2\]/);
        assert.match(after, /if reported during Kantoor \[art\. 7\.5\]/);
        const check = await parseLsp(after, { validation: true });
        assert.deepEqual((check.diagnostics ?? []).filter((d) => d.severity === 1).map((d) => d.message), []);
    });

    it('outline: priorities, calendars and fees are symbols (both samples)', async () => {
        for (const [text, expected] of [[SAMPLES.avetica, ['Werkdag', 'P1', 'P2', 'P3', 'Maandvergoeding', 'Uurtarief']], [SAMPLES.klik, ['Kantooruren', 'P1', 'P2', 'P3', 'Uurtarief']]] as const) {
            await expectSymbols(Sla)({
                text, disposeAfterCheck: true,
                assert: (symbols: DocumentSymbol[]) => {
                    const names = symbols.flatMap((s) => [s.name, ...(s.children ?? []).map((c) => c.name)]);
                    for (const n of expected) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
                },
            });
        }
    });
});

describe('semantic tokens', () => {
    it('names, quantities, times, dates and article tags (Avetica)', async () => {
        const { tokens } = await highlightHelper(Sla)(SAMPLES.avetica);
        const of = (text: string) => tokens.filter((t) => t.text === text).map((t) => String(t.tokenType));
        assert.ok(of('Werkdag').every((t) => t === 'class') && of('Werkdag').length >= 5);
        assert.ok(of('P1').includes('enumMember'));
        assert.ok(of('Maandvergoeding').includes('variable'));
        assert.ok(of('99.92%').includes('number'));
        assert.ok(of('09:00').includes('number'));
        assert.ok(of('2026-11-06').includes('number'));
        assert.ok(of('[art. 5.2]').includes('decorator'));
        assert.ok(of('hours').includes('number'));
    });

    it('Klik: calendar references in conditions and working hours', async () => {
        const { tokens } = await highlightHelper(Sla)(SAMPLES.klik);
        assert.ok(tokens.filter((t) => t.text === 'Kantooruren' && String(t.tokenType) === 'class').length >= 6);
        assert.ok(tokens.some((t) => t.text === '[art. 7.5]' && String(t.tokenType) === 'decorator'));
    });
});
