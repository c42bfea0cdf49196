import { strict as assert } from 'node:assert';
import { messageText } from '../../language-server/src/services/diagnostics.js';
import type { CodeLens, InlayHint } from 'vscode-languageserver';
import { COMMANDS } from '../../language-server/src/protocol/sla-protocol.js';
import { diagnosticCode } from '../../language-server/src/lsp/sla-code-action-provider.js';
import { Sla, SAMPLES, parseLsp } from '../support/lsp.js';
import { contract } from '../support/sla.js';

async function lenses(text: string): Promise<CodeLens[]> {
    const doc = await parseLsp(text);
    return (await Sla.lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: { uri: doc.uri.toString() } })) ?? [];
}

async function hints(text: string): Promise<InlayHint[]> {
    const doc = await parseLsp(text);
    const end = doc.textDocument.positionAt(text.length);
    return (await Sla.lsp.InlayHintProvider!.getInlayHints(doc, {
        textDocument: { uri: doc.uri.toString() }, range: { start: { line: 0, character: 0 }, end },
    })) ?? [];
}

const titles = (ls: CodeLens[]) => ls.map((l) => l.command?.title ?? '');

describe('scenario code lens', () => {
    it('Avetica: run lens with {uri, scenario} and a summary per scenario', async () => {
        const ls = await lenses(SAMPLES.avetica);
        const runs = ls.filter((l) => l.command?.command === COMMANDS.runScenario);
        assert.ok(runs.length >= 1);
        assert.equal(runs[0].command!.title, '▶ Run scenario');
        const arg = runs[0].command!.arguments![0] as { uri: string; scenario: string };
        assert.equal(arg.scenario, 'Vrijdagmiddag-crash');
        assert.match(arg.uri, /^file:|^[a-z]+:/);
        const summary = titles(ls)[1];
        assert.match(summary, /availability 2026-Q4 99\.925% \(guarantee 99\.92% met\)/);
        assert.match(summary, /2 deadlines missed/);
        assert.match(summary, /remedies: warning in 2026-11/);
        assert.match(summary, /expectations 2\/2 passed/);
        // The lens sits on the scenario's first line.
        const line = SAMPLES.avetica.split('\n').findIndex((l) => l.includes('scenario "Vrijdagmiddag-crash"'));
        assert.equal(runs[0].range.start.line, line);
    });

    it('Klik: availability per month, no misses, every expectation passes', async () => {
        const summary = titles(await lenses(SAMPLES.klik))[1];
        assert.match(summary, /^availability 2026-11 99\.676% \(guarantee 99% met\) · 0 deadlines missed · no remedies · expectations 3\/3 passed$/);
    });

    it('counts failing expectations', async () => {
        const text = SAMPLES.avetica.replace('expect response missed for incident 1', 'expect response met for incident 1');
        assert.match(titles(await lenses(text))[1], /expectations 1\/2 passed/);
    });
});

describe('scenario inlay hints', () => {
    it('Avetica: one short hint per deadline of the Friday crash, the deadline and the reason in the tooltip', async () => {
        const hs = await hints(SAMPLES.avetica);
        assert.deepEqual(hs.slice(0, 2).map((h) => String(h.label)), ['response ✗ 10 min late', 'resolution ✗ 2 d 19 h late']);
        // Due Monday 09:30 (one Werkdag hour from Friday 16:30), responded 09:40.
        const tooltip = (h: InlayHint) => (typeof h.tooltip === 'string' ? h.tooltip : h.tooltip?.value ?? '');
        assert.match(tooltip(hs[0]), /^\*\*response\*\* due Mon 9 Nov 09:30: missed by 10 min \(logged Mon 9 Nov 09:40\)/);
        assert.match(tooltip(hs[1]), /\*\*resolution\*\* due Fri 6 Nov 17:00: missed by 2 d 19 h/);
        assert.match(tooltip(hs[1]), /art\. 5\.4/);
        // After the incident's last token (the line "resolved ... to 18:10").
        const line = SAMPLES.avetica.split('\n').findIndex((l) => l.includes('down from 2026-11-06 16:30 to 18:10'));
        assert.equal(hs[0].position.line, line);
        assert.ok(hs.some((h) => String(h.label) === 'resolution ✓ 1 h 10 min early'), hs.map((h) => String(h.label)).join(' | '));
    });

    it('Klik: met early; every hint of both samples is at most 30 characters', async () => {
        const hs = await hints(SAMPLES.klik);
        assert.deepEqual(hs.slice(0, 2).map((h) => String(h.label)), ['response ✓ 15 min early', 'resolution ✓ 10 min early']);
        assert.match(String((hs[0].tooltip as { value: string }).value), /1 hour around the clock \(art\. 7\.5\)/);
        for (const h of [...hs, ...await hints(SAMPLES.avetica)]) assert.ok(String(h.label).length <= 30, String(h.label));
    });
});

describe('scenario diagnostics', () => {
    it('the samples have no failing expectations', async () => {
        for (const text of Object.values(SAMPLES)) {
            const doc = await parseLsp(text, { validation: true });
            assert.deepEqual((doc.diagnostics ?? []).filter((d) => /expectation-failed|scenario-event-invalid/.test(diagnosticCode(d) ?? '')), []);
        }
    });

    it('expectation-failed at the expect line, with the actual value and the article', async () => {
        const text = SAMPLES.avetica.replace('expect resolution missed for incident 1', 'expect resolution met for incident 1 [art. 5.4]');
        const doc = await parseLsp(text, { validation: true });
        const failed = (doc.diagnostics ?? []).filter((d) => diagnosticCode(d) === 'expectation-failed');
        assert.equal(failed.length, 1);
        assert.equal(failed[0].severity, 1);
        assert.equal(failed[0].range.start.line, text.split('\n').findIndex((l) => l.includes('expect resolution met for incident 1')));
        assert.match(messageText(failed[0]), /^Art\. 5\.4: This expectation does not hold: resolution of incident 1 was missed \(due 2026-11-06T17:00:00\+01:00\)/);
    });

    it('scenario-event-invalid for a moment that does not exist', async () => {
        const text = contract(`  priority P1 {\n    response within 1 hour of Werkdag after reported\n    resolution within 4 hours of Werkdag after reported\n  }
  scenario "S" in 2026-11 {
    incident 1 P1 reported 2026-11-31 10:00
  }`);
        const doc = await parseLsp(text, { validation: true });
        const bad = (doc.diagnostics ?? []).filter((d) => diagnosticCode(d) === 'scenario-event-invalid');
        assert.equal(bad.length, 1, JSON.stringify(doc.diagnostics?.map((d) => d.message)));
        assert.match(messageText(bad[0]), /Event 1 gives no figures: its report moment cannot be read/);
    });
});
