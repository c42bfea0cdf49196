/**
 * The hand-written lexer (language-server/src/language/parser/sla-lexer.ts) must give
 * exactly Chevrotain's tokens, and leave every text with a lexing error to Chevrotain.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DefaultLexer, type LexerResult } from 'langium';
import { services } from '../support/sla.js';
import { generateContract } from '../../bench/generate-contract.js';
import { seededRandom } from '../../language-server/src/engine/random.js';

const ours = services.Sla.parser.Lexer;
// Langium's own lexer on the same grammar (its token types are separate objects, so
// tokens are compared by type name).
const chevrotain = new DefaultLexer(services.Sla);

function plain(r: LexerResult): string {
    const strip = (list: LexerResult['tokens']) => list.map((t) => ({ ...t, tokenTypeIdx: undefined, tokenType: t.tokenType.name }));
    return JSON.stringify({ tokens: strip(r.tokens), hidden: strip(r.hidden), errors: r.errors });
}

const samples = ['samples/klik-onderwijs.sla', 'samples/avetica-moodle.sla'].map((f) => readFileSync(f, 'utf8'));

/** Seeded texts from pieces chosen for the edges of every terminal. */
function fuzz(count: number): string[] {
    const rnd = seededRandom(5);
    const pieces = ['contract', ' ', '\n', '\r\n', '\r', '\t', '"', '\\', '\\"', '[', ']', '/', '*', '/*', '*/', '//',
        '{', '}', ',', ':', ';', '%', '-', '.', 'Q', 'Q3', '2026', '12', '1', '9', 'st', 'nd', 'th', 'x', 'é', 'Ω',
        '\u{1F600}', '\u2028', '\u00a0', 'Monday', 'Mondays', 'per', 'perhaps', '_a', 'working-day', 'P1', '1st',
        '09:00', '9:0', '2026-12-24', '2026-12', '2026-Q2', '-5', '5.5', '5.', 'a-b', '~', '#', '\ufeff'];
    return Array.from({ length: count }, () => {
        let t = '';
        for (let j = 1 + Math.floor(rnd() * 30); j > 0; j--) t += pieces[Math.floor(rnd() * pieces.length)];
        return t;
    });
}

describe('the SLA lexer', () => {
    it('recognises the grammar\'s terminals as the ones it implements, so it is used', () => {
        // If grammar/sla.langium changes a terminal, this fails: update the scanner and
        // its list, or it silently hands every text to Chevrotain.
        assert.equal((ours as unknown as { fast: boolean }).fast, true);
    });

    it('gives Chevrotain\'s tokens, lines and columns for the samples, with \\n, \\r\\n and \\r line ends', () => {
        for (const text of [...samples, ...samples.map((s) => s.replace(/\n/g, '\r\n')), ...samples.map((s) => s.replace(/\n/g, '\r')), generateContract(300)]) {
            const result = ours.tokenize(text);
            assert.equal(result.errors.length, 0);
            if (!text.startsWith('contract "Generated"')) assert.ok(result.hidden.length > 0, 'the samples have comments');
            assert.equal(plain(result), plain(chevrotain.tokenize(text)));
        }
    });

    it('agrees with Chevrotain on 5,000 seeded texts, and takes exactly those without a lexing error', () => {
        let fast = 0;
        for (const text of fuzz(5000)) {
            const expected = chevrotain.tokenize(text);
            assert.equal(plain(ours.tokenize(text)), plain(expected), JSON.stringify(text));
            const scanned = (ours as unknown as { scan(t: string): unknown }).scan(text) !== undefined;
            assert.equal(scanned, expected.errors.length === 0, JSON.stringify(text));
            if (scanned) fast++;
        }
        assert.ok(fast > 300, `only ${fast} texts without errors`);
    });

    it('reads the shapes that look alike as Chevrotain does', () => {
        const kinds = (text: string) => ours.tokenize(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);
        assert.deepEqual(kinds('2026-12-24 2026-12 2026-Q3 09:00 9:30 2nd 99.5 -5 123:45'), [
            'DATE:2026-12-24', 'MONTH:2026-12', 'QUARTER:2026-Q3', 'TIME:09:00', 'TIME:9:30', 'ORDINAL:2nd',
            'NUMBER:99.5', 'NUMBER:-5', 'NUMBER:123', ':::', 'NUMBER:45']);
        assert.deepEqual(kinds('Monday Mondays per perhaps working-day'), [
            'Monday:Monday', 'ID:Mondays', 'per:per', 'ID:perhaps', 'ID:working-day']);
    });
});
