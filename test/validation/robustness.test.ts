/**
 * Bad input never throws: a valid contract mutated by deleting and inserting random
 * characters (fixed seed, 200 cases) always checks, and every diagnostic lies in the text.
 */
import { messageText } from '../../language-server/src/services/diagnostics.js';
import * as assert from 'node:assert/strict';
import { parse, validate } from '../support/sla.js';
import { seededRandom } from '../../language-server/src/engine/random.js';

const SEED_TEXT = `contract "Avetica Moodle hosting" [SLA januari 2019] {
  provider "Avetica B.V."
  customer "Opdrachtgever"
  time zone "Europe/Amsterdam"
  fee Maand per month
  calendar Werkdag [art. 1.28] {
    Monday to Friday 09:00 to 17:00
    closed on public holidays of NL including "Good Friday" excluding "Liberation Day" except every 5 years
    closed from 2026-12-24 to 2026-12-31 "Kerstsluiting"
  }
  priority P1 "Crash" [art. 4.3] {
    means "The service cannot be used at all."
    response within 1 hour of Werkdag after reported [art. 5.2]
    resolution within 4 hours of Werkdag after response [art. 5.2]
  }
  resolution times met in at least 90% of incidents per month [art. 5.2]
  availability [art. 10] { guaranteed 99.92% per quarter  not counted: maintenance, force majeure }
  remedies [art. 11] {
    warning when availability is below the guarantee in a month
    compensation from the 2nd warning counted per year {
      availability from 95% below 99.92%: 20% of Maand
    }
  }
  surcharges of Maand { Saturday: 150% }
  note "Klachten" [art. 9.4] "Klachten gaan naar de helpdesk."
  scenario "November" in 2026-11 {
    incident 1 P1 reported 2026-11-06 16:30 responded 2026-11-09 09:40 resolved 2026-11-09 12:00
    expect response missed for incident 1
  }
}
`;


const ALPHABET = ' \n\t{}[]":%-.,0123456789abcxyzPW\u00e9\u20ac\\/';

function mutate(text: string, random: () => number): string {
    let s = text;
    const edits = 1 + Math.floor(random() * 8);
    for (let i = 0; i < edits; i++) {
        const at = Math.floor(random() * (s.length + 1));
        if (random() < 0.5 && s.length) {
            s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 5));
        } else {
            const n = 1 + Math.floor(random() * 4);
            let add = '';
            for (let k = 0; k < n; k++) add += ALPHABET[Math.floor(random() * ALPHABET.length)];
            s = s.slice(0, at) + add + s.slice(at);
        }
    }
    return s;
}

function assertWithin(text: string, d: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): void {
    const lines = text.split(/\r?\n/);
    for (const p of [d.range.start, d.range.end]) {
        assert.ok(p.line >= 0 && p.line < Math.max(lines.length, 1), `line ${p.line} outside the text`);
        assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `column ${p.character} outside line ${p.line}`);
    }
}

describe('robustness: fuzzed contracts', function () {
    this.timeout(120000);

    it('the seed contract itself has no errors', async () => {
        const { diagnostics } = await validate(SEED_TEXT);
        assert.deepEqual(diagnostics.filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`), []);
    });

    it('200 mutations (seed 20261106) never throw and keep every diagnostic inside the text', async () => {
        const random = seededRandom(20261106);
        for (let i = 0; i < 200; i++) {
            const text = mutate(SEED_TEXT, random);
            let diagnostics;
            try {
                ({ diagnostics } = await validate(text));
            } catch (e) {
                assert.fail(`case ${i} threw ${(e as Error).stack}\n--- text ---\n${text}`);
            }
            for (const d of diagnostics) {
                assert.ok(messageText(d).length > 0, `case ${i}: empty message`);
                assert.doesNotMatch(messageText(d), /could not run/, `case ${i}: a rule crashed: ${d.message}`);
                try {
                    assertWithin(text, d);
                } catch (e) {
                    assert.fail(`case ${i}: ${(e as Error).message} (${d.code} ${d.message})`);
                }
            }
        }
    });
});

describe('robustness: syntax errors recover', () => {
    it('three separate syntax errors give three diagnostics on their own lines', async () => {
        const text = `contract "X" {
  provider "A"
  version 12
  customer "B"
  currency 42
  minimum term 1 year
  dated "gisteren"
  time zone "Europe/Amsterdam"
}
`;
        const { diagnostics } = await validate(text);
        const errors = diagnostics.filter((d) => d.severity === 1);
        assert.deepEqual(errors.map((d) => d.range.start.line + 1), [3, 5, 7]);
        // Clauses between and after the errors are still read.
        const doc = await parse(text);
        const types = doc.parseResult.value.clauses.map((c) => c.$type);
        for (const t of ['Party', 'MinimumTerm', 'TimeZone']) assert.ok(types.includes(t as never), `${t} in ${types.join(', ')}`);
        assert.equal(types.filter((t) => t === 'Party').length, 2);
    });

    it('an unterminated { and an unterminated string are reported, not thrown', async () => {
        for (const text of ['contract "X" {\n  provider "A"\n', 'contract "X" {\n  note "a" "open\n}\n', '', '   \n\t', '}}}}{{{{']) {
            const { diagnostics } = await validate(text);
            assert.ok(diagnostics.some((d) => d.severity === 1), JSON.stringify(text));
            for (const d of diagnostics) assertWithin(text, d);
        }
    });
});
