/**
 * The formatter never breaks a phrase, is idempotent and keeps every comment: on every
 * sample, the examples of docs/language.md, the benchmark's generated contract, and on
 * fuzzed copies of the samples (seeded: whitespace, blank lines, comments, joined and
 * re-indented lines). The code layout after formatting (which tokens share a line) is the
 * house style's, whatever the fuzz did to the spaces.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { TextDocument } from 'langium';
import { seededRandom } from '../../language-server/src/engine/random.js';
import { generateRealisticContract } from '../../bench/realistic-contract.js';
import { Sla, parseLsp } from '../support/lsp.js';

async function format(text: string): Promise<string> {
    const doc = await parseLsp(text);
    assert.deepEqual(doc.parseResult.parserErrors.map((e) => e.message), [], 'the text parses');
    const edits = await Sla.lsp.Formatter!.formatDocument(doc, {
        textDocument: { uri: doc.uri.toString() }, options: { tabSize: 4, insertSpaces: true },
    });
    return TextDocument.applyEdits(TextDocument.create('file:///f.sla', 'sla', 1, text), edits);
}

interface Tok { start: number; end: number; image: string; comment: boolean }
function lex(text: string): Tok[] {
    const r = Sla.parser.Lexer.tokenize(text);
    const all = [...r.tokens.map((t) => ({ t, comment: false })), ...(r.hidden ?? []).map((t) => ({ t, comment: true }))];
    return all.map(({ t, comment }) => ({ start: t.startOffset, end: t.startOffset + t.image.length, image: t.image, comment }))
        .sort((a, b) => a.start - b.start);
}
const code = (text: string) => lex(text).filter((t) => !t.comment).map((t) => t.image);
const comments = (text: string) => lex(text).filter((t) => t.comment).map((t) => t.image);
/** The lines of code as the tokens they hold, comments and blank lines left out. */
const layout = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '')
    .split('\n').map((l) => l.trim().replace(/\s+/g, ' ').replace(/ (?=[,:;%])/g, '')).filter((l) => l !== '');

const ROOT = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, ROOT), 'utf8');
const SAMPLES: Record<string, string> = Object.fromEntries([
    ...readdirSync(new URL('samples/', ROOT)).filter((f) => f.endsWith('.sla')).map((f) => `samples/${f}`),
    ...readdirSync(new URL('samples/portfolio/', ROOT)).filter((f) => f.endsWith('.sla')).map((f) => `samples/portfolio/${f}`),
].map((p) => [p, read(p)]));
SAMPLES['bench/realistic-contract.ts (generated)'] = generateRealisticContract();

/** The fenced examples of docs/language.md, each as it stands or inside the block it belongs in. */
async function docExamples(): Promise<{ parsed: string[]; all: number }> {
    const doc = read('docs/language.md');
    const examples = [...doc.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]);
    const indent = (ex: string, n: number) => ex.split('\n').map((l) => (l ? `${'  '.repeat(n)}${l}` : l)).join('\n');
    const hosts = [
        (ex: string) => ex,
        (ex: string) => `contract "Host" {\n${indent(ex, 1)}\n}\n`,
        ...['remedies', 'calendar W', 'priority P', 'availability', 'maintenance', 'change requests', 'backups', 'scenario "S" in 2026-11']
            .map((block) => (ex: string) => `contract "Host" {\n  ${block} {\n${indent(ex, 2)}\n  }\n}\n`),
    ];
    const parsed: string[] = [];
    for (const ex of examples) {
        for (const host of hosts) {
            const text = host(ex);
            const r = (await parseLsp(text)).parseResult;
            if (r.lexerErrors.length === 0 && r.parserErrors.length === 0) {
                parsed.push(text);
                break;
            }
        }
    }
    return { parsed, all: examples.length };
}

/** The text with comments and quoted texts blanked out (line breaks kept). */
function codeOnly(text: string): string {
    let out = text;
    for (const t of lex(text)) {
        if (t.comment || t.image.startsWith('"')) out = out.slice(0, t.start) + t.image.replace(/[^\n]/g, ' ') + out.slice(t.end);
    }
    return out;
}

/** Properties every formatting must have. */
async function check(name: string, input: string): Promise<string> {
    const once = await format(input);
    assert.equal(await format(once), once, `${name}: idempotent`);
    assert.deepEqual(code(once), code(input), `${name}: the same tokens`);
    assert.deepEqual(comments(once), comments(input), `${name}: every comment, in order`);
    for (const [i, line] of once.split('\n').entries()) {
        assert.ok(!/[ \t]$/.test(line), `${name}: no trailing space on line ${i + 1}`);
        assert.ok(/^( {2})*(\S|$)/.test(line) || /^\s*\*|^ {2}( {2})* {4}\S/.test(line), `${name}: two-space indentation on line ${i + 1}: ${line}`);
    }
    // A cap stays one phrase on one line (in the code: comments and texts may say "capped" freely).
    for (const m of codeOnly(once).matchAll(/capped\b[^\n]*/g)) assert.match(m[0], /capped at \S+ per (month|quarter|year)/, `${name}: ${m[0]}`);
    return once;
}

/** A seeded edit of the text that changes only whitespace, blank lines and comments. */
function fuzz(text: string, seed: number): string {
    const rnd = seededRandom(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    let out = text;
    for (let n = 0; n < 12; n++) {
        const toks = lex(out);
        const op = Math.floor(rnd() * 6);
        const sameLine = toks.slice(1).map((t, i) => [toks[i], t] as const).filter(([a, b]) => !a.comment && !b.comment && !out.slice(a.end, b.start).includes('\n'));
        if (op <= 1 && sameLine.length) {
            // Spaces, tabs or a block comment between two tokens of one line.
            const [a, b] = pick(sameLine);
            const filler = op === 0 ? pick(['', '   ', '\t', ' \t ']) : pick([' /* c */ ', '/*x*/', ' /* a b */ ']);
            const glue = filler.trim() === '' && filler === '' && !/^[,:;%]/.test(b.image) ? ' ' : filler;
            out = out.slice(0, a.end) + glue + out.slice(b.start);
            continue;
        }
        const lines = out.split('\n');
        const i = Math.floor(rnd() * lines.length);
        if (op === 2) lines.splice(i, 0, pick(['', '   ', '\t\t']));                           // blank lines
        else if (op === 3 && !lines[i].includes('//') && lines[i].trim()) lines[i] += pick([' // note', '  //x']);  // a comment at the end of a line
        else if (op === 4) lines[i] = pick(['', ' ', '      ', '\t']) + lines[i].trimStart();     // indentation
        else if (op === 5 && i + 1 < lines.length) {
            // Two sibling clauses joined on one line: the formatter splits them again.
            const [a, b] = [lines[i], lines[i + 1]];
            const ind = (l: string) => /^\s*/.exec(l)![0];
            if (a.trim() && b.trim() && !a.includes('//') && !a.includes('/*') && !a.includes('*/') && !b.trim().startsWith('/') && !b.trim().startsWith('}')
                && !a.trimEnd().endsWith('{') && ind(a) === ind(b) && (a.match(/"/g) ?? []).length % 2 === 0) {
                lines.splice(i, 2, `${a} ${b.trim()}`);
            }
        }
        out = lines.join('\n');
    }
    return out;
}

describe('formatting in the house style', () => {
    it('a compensation with a cap keeps "capped at 50% per year" on one line', async () => {
        const text = `contract "T" {
  fee Maandvergoeding per month
  remedies {
    warning when availability is below the guarantee in a month
    compensation from the 2nd warning counted per year [art. 11.2] { availability from 95% below 99.5%: 10% of Maandvergoeding [art. 11.2a]
      availability below 95%: 25% of Maandvergoeding capped at   50 %  per year }
  }
}
`;
        const formatted = await check('cap', text);
        assert.equal(formatted, `contract "T" {
  fee Maandvergoeding per month
  remedies {
    warning when availability is below the guarantee in a month
    compensation from the 2nd warning counted per year [art. 11.2] {
      availability from 95% below 99.5%: 10% of Maandvergoeding [art. 11.2a]
      availability below 95%: 25% of Maandvergoeding
      capped at 50% per year
    }
  }
}
`);
        const neat = 'contract "T" {\n  fee F per month\n  remedies {\n    compensation {\n      availability below 95%: 25% of F\n      capped at 50% per year\n    }\n  }\n}\n';
        assert.equal(await format(neat), neat);
        assert.equal(await format(neat.replace(/\n\s*capped/, ' capped').replace(/^ +/gm, '')), neat);
    });

    it('a block\'s { joins its header line; a comment between keeps the break', async () => {
        assert.equal(await format('contract "T"\n{\ncalendar W\n  {\nMonday to Friday 09:00 to 17:00 }\n}'),
            'contract "T" {\n  calendar W {\n    Monday to Friday 09:00 to 17:00\n  }\n}');
        assert.equal(await format('contract "T" // c\n{\n}\n'), 'contract "T" // c\n{\n}\n');
    });

    it('blank lines: at most one is kept; comments stay on their line, indented with the block', async () => {
        assert.equal(await format('contract "T" {\n\n\n\n  version "1" // v\n      // own line\n  /* a\n     b */ currency EUR\n}\n'),
            'contract "T" {\n\n  version "1" // v\n  // own line\n  /* a\n     b */ currency EUR\n}\n');
    });

    it('a document with a syntax error is left alone', async () => {
        const doc = await parseLsp('contract "T" {\n      version\n}');
        assert.deepEqual(await Sla.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options: { tabSize: 2, insertSpaces: true } }), []);
    });

    for (const [name, text] of Object.entries(SAMPLES)) {
        it(`${name}: already in the house style, idempotent, every comment kept`, async () => {
            assert.equal(await check(name, text), text);
        });
    }

    it('docs/language.md: every example formats idempotently, keeping its tokens and comments', async () => {
        const { parsed, all } = await docExamples();
        assert.ok(parsed.length >= all - 2, `${parsed.length} of ${all} examples parse`);
        for (const [i, ex] of parsed.entries()) await check(`example ${i + 1}`, ex);
    });

    it('fuzzed samples (seeded): idempotent, same tokens and comments, the house style\'s layout of code', async () => {
        let cases = 0;
        for (const [name, text] of Object.entries(SAMPLES)) {
            for (let seed = 1; seed <= 12; seed++) {
                const messy = fuzz(text, seed * 7919 + name.length);
                const label = `${name} seed ${seed}`;
                const formatted = await check(label, messy);
                assert.deepEqual(layout(formatted), layout(text), `${label}: no clause split or joined\n${messy}`);
                cases++;
            }
        }
        assert.equal(cases, Object.keys(SAMPLES).length * 12);
    });
});
