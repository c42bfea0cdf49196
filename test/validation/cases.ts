/**
 * Table-driven tests for the AST-level checks: each case gives a text that must raise a
 * code exactly at the place marked `<|>`, and a correct text on which the code stays quiet.
 */
import { messageText } from '../../language-server/src/services/diagnostics.js';
import * as assert from 'node:assert/strict';
import { validate, withCode, contract } from '../support/sla.js';
import { AST_CODES, type AstCode } from '../../language-server/src/services/validation/ast-codes.js';

export interface Case {
    code: AstCode;
    /** What the case shows, for the test title. */
    title: string;
    /** Text with `<|>` where the diagnostic must start. */
    fires: string;
    /** Correct text (no marker): the code must not appear. */
    clean: string;
    /** Words the message must contain. */
    says?: string[];
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

export function marked(text: string): { text: string; line: number; character: number } {
    const at = text.indexOf('<|>');
    if (at < 0) throw new Error('no <|> marker in the case');
    const before = text.slice(0, at);
    const lines = before.split('\n');
    return { text: before + text.slice(at + 3), line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** A priority with both clocks on Werkdag: the usual correct context. */
export const P1 = `  priority P1 "Crash" {
    response within 1 hour of Werkdag after reported
    resolution within 4 hours of Werkdag after response
  }`;

export const PARTIES = `  provider "Leverancier B.V."
  customer "Opdrachtgever"`;

/** A body in the default header (zone, Werkdag), with parties and a priority that uses Werkdag. */
export function sla(body: string): string {
    return contract(`${PARTIES}\n${P1}\n${body}`);
}

export function runCases(cases: Case[]): void {
    for (const c of cases) {
        it(`${c.code} fires: ${c.title}`, async () => {
            const { text, line, character } = marked(c.fires);
            const { diagnostics } = await validate(text);
            const found = withCode(diagnostics, c.code);
            const here = found.find((d) => d.range.start.line === line && d.range.start.character === character);
            assert.ok(here, `expected ${c.code} at ${line + 1}:${character + 1}, got ${JSON.stringify(found.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message]))}`
                + `; all: ${JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message]))}`);
            assert.equal(here.severity, SEVERITY[AST_CODES[c.code].severity]);
            for (const word of c.says ?? []) assert.ok(messageText(here).includes(word), `message "${messageText(here)}" should say "${word}"`);
        });
        it(`${c.code} stays quiet: ${c.title}`, async () => {
            const { diagnostics } = await validate(c.clean);
            assert.deepEqual(withCode(diagnostics, c.code).map((d) => d.message), []);
        });
    }
}
