/** Helpers for the model-rule tests: validate a contract body and find a code's diagnostics with their lines. */
import { messageText } from '../../language-server/src/services/diagnostics.js';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { codes, contract, validate, withCode } from '../support/sla.js';

export const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

export interface Checked {
    text: string;
    diagnostics: Diagnostic[];
}

export async function check(body: string): Promise<Checked> {
    const text = contract(body);
    const result = await validate(text);
    // A contract that does not parse would make every "does not fire" test pass for nothing.
    const broken = result.diagnostics.filter((d, i) => /^(parsing|lexing|linking)-error$/.test(codes(result.diagnostics)[i]));
    assert.deepEqual(broken.map((d) => d.message), [], 'the test contract must parse and link');
    return { text, diagnostics: result.diagnostics };
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
    const i = text.split('\n').findIndex((l) => l.includes(needle));
    assert.ok(i >= 0, `"${needle}" is not in the contract`);
    return i + 1;
}

/** Exactly one diagnostic with the code, of the severity, on the line holding `needle`; returns its message. */
export function one(c: Checked, code: string, severity: keyof typeof SEVERITY, needle: string): string {
    const hits = withCode(c.diagnostics, code);
    assert.equal(hits.length, 1, `expected one ${code}, got: ${JSON.stringify(c.diagnostics.map((d) => [d.code, d.message]), null, 1)}`);
    assert.equal(hits[0].severity, SEVERITY[severity]);
    assert.equal(hits[0].range.start.line + 1, lineOf(c.text, needle));
    return messageText(hits[0]);
}

export function none(c: Checked, code: string): void {
    assert.deepEqual(withCode(c.diagnostics, code).map((d) => d.message), []);
}
