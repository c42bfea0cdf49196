import * as assert from 'node:assert/strict';
import { validate } from '../support/sla.js';
import { messageText } from '../../language-server/src/services/diagnostics.js';

async function syntaxMessages(text: string): Promise<string[]> {
    const r = await validate(text);
    return r.diagnostics.filter((d) => /^(lexing|parsing)-error$/.test(String((d.data as { code?: string })?.code ?? d.code)))
        .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

describe('syntax error messages in plain words', () => {
    it('an empty file says how a contract starts', async () => {
        assert.deepEqual(await syntaxMessages(''), ['1:1 The file is empty: a contract starts with  contract "Name" { ... }  and a library with  library "Name" { ... }']);
    });

    it('a file that starts with something else names both beginnings', async () => {
        const [m] = await syntaxMessages('priority P1 { }\n');
        assert.equal(m, '1:1 A contract starts with  contract "Name" { ... }  and a library with  library "Name" { ... }, but this file starts with \'priority\'.');
    });

    it('a misspelt keyword names what may stand there', async () => {
        const [m] = await syntaxMessages('contract "X" {\n  priority P1 { response within 1 hour around the clock after reportd }\n}\n');
        assert.equal(m, "2:63 Expected 'reported', 'acknowledgement', 'response', 'start', 'workaround' or 'resolution' here, but found 'reportd'.");
    });

    it('a time where a text belongs is described by its shape', async () => {
        const [m] = await syntaxMessages('contract "X" {\n  time zone 09:00\n}\n');
        assert.equal(m, '2:13 Expected a text in "double quotes" here, but found \'09:00\'.');
    });

    it('an unterminated text and an unclosed article tag say how to close them', async () => {
        const msgs = await syntaxMessages('contract "X" {\n  note "Open [art. 3\n}\n');
        assert.ok(msgs.some((m) => m.startsWith('2:8 This text is not closed')), msgs.join('\n'));
    });

    it('thousands of stray tokens give the first 100 syntax errors and one that counts the rest', async () => {
        const text = `contract "X" {\n${'} ] 12:00 "a" ;\n'.repeat(6000)}}\n`;
        const r = await validate(text);
        const syntax = r.diagnostics.filter((d) => /^(lexing|parsing)-error$/.test(String((d.data as { code?: string })?.code)));
        const summary = /^(\d+) more syntax errors? after this one (?:is|are) not listed; fix the first ones and check again\.$/;
        const counted = syntax.filter((d) => summary.test(messageText(d)));
        assert.ok(counted.length >= 1 && counted.length <= 2, 'one count for the lexer\'s errors, one for the parser\'s');
        assert.equal(syntax.length - counted.length, 100);
        const hidden = counted.reduce((n, d) => n + Number(summary.exec(messageText(d))![1]), 0);
        assert.ok(hidden > 5000, `${hidden} hidden`);
    });
});
