import { strict as assert } from 'node:assert';
import type { CodeAction } from 'vscode-languageserver';
import { Sla, SAMPLES, parseLsp } from '../support/lsp.js';

/** Cut-off and damaged versions of a sample, as text looks while it is typed. */
function damaged(text: string, count: number): string[] {
    const out: string[] = [];
    for (let i = 1; i <= count; i++) {
        const at = Math.floor((text.length * i) / (count + 1));
        out.push(text.slice(0, at));
        // One character dropped and one word doubled: a half-typed edit in the middle.
        out.push(text.slice(0, at) + text.slice(at + 1).replace(/ (\w+) /, ' $1 $1 '));
    }
    return out;
}

describe('editor features on half-typed text', function () {
    this.timeout(120000);
    it('hovers, outline, quick fixes and inlay hints never throw on damaged samples', async () => {
        let hovers = 0;
        let actions = 0;
        for (const text of [...damaged(SAMPLES.avetica, 12), ...damaged(SAMPLES.klik, 8)]) {
            const doc = await parseLsp(text, { validation: true });
            const uri = doc.uri.toString();
            await Sla.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri } });
            for (let offset = 0; offset < text.length; offset += 97) {
                const h = await Sla.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri }, position: doc.textDocument.positionAt(offset) });
                if (h) hovers++;
            }
            for (const d of doc.diagnostics ?? []) {
                const found = (await Sla.lsp.CodeActionProvider!.getCodeActions(doc, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) ?? []) as CodeAction[];
                actions += found.length;
            }
            await Sla.lsp.InlayHintProvider!.getInlayHints(doc, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: doc.textDocument.positionAt(text.length) } });
        }
        // Not a count to meet: a sign the features ran on the damaged texts at all.
        assert.ok(hovers > 100 && actions > 10, `${hovers} hovers, ${actions} actions`);
    });
});
