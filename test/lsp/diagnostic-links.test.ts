import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver';
import { SAMPLES, parseLsp } from '../support/lsp.js';
import { SlaDocLinks } from '../../language-server/src/lsp/doc-links.js';

const CHECKER = readFileSync(new URL('../../docs/checker.md', import.meta.url), 'utf8').split('\n');

async function diagnostics(text: string): Promise<Diagnostic[]> {
    return (await parseLsp(text, { validation: true })).diagnostics ?? [];
}

describe('diagnostic links and related locations', () => {
    it('every diagnostic of the Avetica sample links to its own row of docs/checker.md', async () => {
        const found = await diagnostics(SAMPLES.avetica);
        assert.equal(found.length, 7);
        for (const d of found) {
            const m = /^file:\/\/.*\/docs\/checker\.md#L(\d+)$/.exec(d.codeDescription?.href ?? '');
            assert.ok(m, `${String(d.code)}: ${d.codeDescription?.href}`);
            assert.ok(CHECKER[Number(m[1]) - 1].startsWith(`| \`${String(d.code)}\` |`), `${String(d.code)} at line ${m[1]}`);
        }
    });

    it('a linking error and a syntax error get their code and link too', async () => {
        const linking = await diagnostics(SAMPLES.avetica.replace('within 1 hour of Werkdag', 'within 1 hour of Werkdg'));
        const parsing = await diagnostics(SAMPLES.avetica.replace('currency EUR', 'currency EUR }}'));
        for (const [code, found] of [['linking-error', linking], ['parsing-error', parsing]] as const) {
            const d = found.find((x) => x.code === code);
            assert.ok(d, `${code} in ${found.map((x) => x.code).join(', ')}`);
            assert.match(d.codeDescription?.href ?? '', new RegExp(`checker\\.md#L${CHECKER.findIndex((l) => l.startsWith(`| \`${code}\``)) + 1}$`));
        }
    });

    it('without the docs beside the server the links go to the same lines in the repository', () => {
        const links = new SlaDocLinks();
        links.setFolder('/nonexistent');
        assert.equal(links.codeLink('remedy-band-gap'), 'https://github.com/sla-tools/sla-language/blob/HEAD/docs/checker.md');
        assert.equal(links.sectionLink('changes'), 'https://github.com/sla-tools/sla-language/blob/HEAD/docs/language.md#change-requests-notices-and-commitments');
        assert.equal(links.sectionLink('credits'), 'https://github.com/sla-tools/sla-language/blob/HEAD/docs/language.md#terms-cap-minimum-claim-window-on-request');
    });

    it('a contradiction points at the other clause; a band gap at the band below it; a period mismatch at the level and the fee', async () => {
        const found = await diagnostics(SAMPLES.avetica);
        const lines = SAMPLES.avetica.split('\n');
        const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle));
        const contradiction = found.find((d) => d.code === 'clock-contradiction')!;
        assert.equal(contradiction.range.start.line, lineOf('resolution by end of the same day'));
        assert.deepEqual(contradiction.relatedInformation?.map((r) => r.location.range.start.line), [lineOf('response within 1 hour of Werkdag')]);
        assert.match(contradiction.relatedInformation![0].message, /^Art\. 5\.2: the response clause: response due Tue 2026-11-03 09:15/);

        const mismatch = found.find((d) => d.code === 'period-mismatch')!;
        assert.deepEqual(mismatch.relatedInformation?.map((r) => r.location.range.start.line), [lineOf('guaranteed 99.92%'), lineOf('fee Maandvergoeding')]);

        const unreachable = found.find((d) => d.code === 'remedy-unreachable' && String(d.message).includes('improvement proposal'))!;
        assert.deepEqual(unreachable.relatedInformation?.map((r) => r.location.range.start.line), [lineOf('warning when a response deadline')]);

        const gaps = await diagnostics(SAMPLES.avetica.replace('availability from 90% below 95%', 'availability from 90% below 94%'));
        const gap = gaps.find((d) => d.code === 'remedy-band-gap' && String(d.message).includes('between'))!;
        assert.equal(gap.range.start.line, lineOf('availability from 95% below 99.92%'));
        assert.deepEqual(gap.relatedInformation?.map((r) => r.location.range.start.line), [lineOf('availability from 90% below 95%')]);
    });

    it('a duplicate points at the first', async () => {
        const text = SAMPLES.avetica.replace('  fee Uurtarief "geldend uurtarief" per hour [art. 3.2]', '  fee Uurtarief "geldend uurtarief" per hour [art. 3.2]\n  fee Uurtarief per hour\n  currency EUR');
        const found = await diagnostics(text);
        const lines = text.split('\n');
        const name = found.find((d) => d.code === 'duplicate-name')!;
        assert.equal(name.relatedInformation?.[0].location.range.start.line, lines.findIndex((l) => l.includes('fee Uurtarief')));
        const clause = found.find((d) => d.code === 'duplicate-clause')!;
        assert.equal(clause.relatedInformation?.[0].location.range.start.line, lines.findIndex((l) => l.includes('currency EUR')));
    });

    it('a target below the guarantee points at the guarantee', async () => {
        const text = SAMPLES.klik.replace('target 99.9% per month [art. 1.2]', 'target 98% per month [art. 1.2]');
        const found = await diagnostics(text);
        const lines = text.split('\n');
        const target = found.find((d) => d.code === 'target-below-guarantee')!;
        assert.deepEqual(target.relatedInformation?.map((r) => [r.location.range.start.line, r.message]),
            [[lines.findIndex((l) => l.includes('guaranteed 99% per month')), 'Art. 1.2: the guarantee, 99% per month']]);
    });
});
