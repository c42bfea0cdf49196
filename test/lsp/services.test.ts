import { strict as assert } from 'node:assert';
import { TextDocument } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { diagnosticCode } from '../../language-server/src/lsp/sla-code-action-provider.js';
import { expectCompletion } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import { Sla, offsetOf, parseLsp } from '../support/lsp.js';
import { CLOUD } from '../engine/services.test.js';
import { expandSnippet } from './completion-snippets.test.js';
import { checkTexts } from '../../language-server/src/services/diagnostics.js';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { EmptyFileSystem } from 'langium';

async function hoverAt(text: string, needle: string, shift = 0): Promise<string> {
    const doc = await parseLsp(text);
    const h = await Sla.lsp.HoverProvider!.getHoverContent(doc, {
        textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offsetOf(text, needle, shift, 0)),
    });
    return (h?.contents as { value: string } | undefined)?.value ?? '';
}

describe('services in the editor', () => {
    it('the hover on a service says what it promises: allowed downtime per month in minutes, its credits and cap', async () => {
        const h = await hoverAt(CLOUD, 'service "Droplets"', 2);
        assert.match(h, /\*\*service "Droplets"\*\* · § 2/);
        // 99.99% of a 28-day February (40,320 min) leaves 4.032 min; of a 31-day month (44,640 min) 4.464 min.
        assert.match(h, /Guaranteed 99\.99% per month, measured around the clock: allows 4 minutes of downtime in the shortest month \(\d{4}-02\) and 4\.5 minutes in the longest/);
        assert.match(h, /- when availability per month is below the guarantee: from 99% below 99\.99% → 10% of the DropletFee fee = 4\.80 USD; below 99% → 25% of the DropletFee fee = 12\.00 USD/);
        assert.match(h, /- 10% of the DropletFee fee = 4\.80 USD for each 30 minutes of downtime or part thereof, per month/);
        assert.match(h, /All credits of the service together: at most 25% of the DropletFee fee = 12\.00 USD per month/);
        assert.match(h, /Only outages and incidents that name "Droplets" count against it/);
    });

    it('the hover on a service named in a scenario event or expectation is that service\'s', async () => {
        assert.match(await hoverAt(CLOUD, 'outage service "Droplets"', 17), /\*\*service "Droplets"\*\* · § 2/);
        assert.match(await hoverAt(CLOUD, 'for "Volumes"', 6), /\*\*service "Volumes"\*\*\n\nGuaranteed 99\.95% per month/);
    });

    it("the hover on a service's guarantee reads the service's level, not the contract's", async () => {
        // Volumes: 99.95% of 44,640 min = 22.32 min; the contract's 99.9% would allow 44.6.
        const h = await hoverAt(CLOUD, 'guaranteed 99.95% per month', 3);
        assert.match(h, /22\.3 minutes of 44640 minutes/);
        assert.doesNotMatch(h, /44\.6 minutes of/);
    });

    it('a misspelt service in a scenario gets a did-you-mean quick fix that clears the error', async () => {
        const text = CLOUD.replace('outage service "Droplets" id D1', 'outage service "Dropletz" id D1');
        const doc = await parseLsp(text, { validation: true });
        const d = (doc.diagnostics ?? []).find((x) => diagnosticCode(x) === 'unknown-service');
        assert.ok(d);
        const actions = (await Sla.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] },
        }) ?? []) as CodeAction[];
        assert.deepEqual(actions.map((a) => a.title), ['Did you mean "Droplets"?']);
        const after = TextDocument.applyEdits(TextDocument.create('file:///x.sla', 'sla', 1, text), Object.values(actions[0].edit!.changes!)[0]);
        assert.equal(after, CLOUD);
    });

    it('completion offers the contract\'s services inside a scenario\'s service name, and describes the keyword', async () => {
        let list: CompletionList | undefined;
        const text = CLOUD.replace('outage service "Droplets" id D1', 'outage service "Dr<|>" id D1');
        await expectCompletion(Sla)({ text, index: 0, assert: (l) => { list = l; }, disposeAfterCheck: true });
        assert.deepEqual(list!.items.map((i) => i.label), ['Droplets', 'Volumes']);
        let second: CompletionList | undefined;
        await expectCompletion(Sla)({ text: CLOUD.replace('expect credit 5 USD for "Volumes"', 'expect credit 5 USD for "<|>'), index: 0, assert: (l) => { second = l; }, disposeAfterCheck: true });
        assert.deepEqual(second!.items.map((i) => i.label), ['Droplets', 'Volumes']);
    });

    it('a service snippet where a clause may start; every default accepted, it checks without errors or warnings', async () => {
        const head = 'contract "S" {\n  provider "P"\n  customer "C"\n  time zone "UTC"\n  currency USD\n  fee DropletFee per month amount 48 USD\n  ';
        let list: CompletionList | undefined;
        await expectCompletion(Sla)({ text: `${head}<|>\n}\n`, index: 0, assert: (l) => { list = l; }, disposeAfterCheck: true });
        const snippet = list!.items.find((i) => i.label === 'service (snippet)');
        assert.ok(snippet?.insertText);
        const text = `${head}${expandSnippet(snippet.insertText, '  ').text}\n}\n`;
        const [checked] = await checkTexts(createSlaCoreServices(EmptyFileSystem), [{ file: 's.sla', text }]);
        assert.deepEqual(checked.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}: ${d.message}`), [], text);
        assert.match(text, /availability from 99% below 99\.95%: 10% of DropletFee\n {8}availability below 99%: 25% of DropletFee/);
    });
});
