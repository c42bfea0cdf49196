/**
 * `sla check` as a user runs it: the built binary, spawned on real files. Run `npm run build`
 * first (`npm test` does). Asserts exit codes, the human and JSON formats, and that bad input
 * always gives a located diagnostic and never a stack trace.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/sla.js');

interface Run { status: number | null; stdout: string; stderr: string }

function sla(args: string[], cwd: string): Run {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function noStackTrace(r: Run): void {
    const all = r.stdout + r.stderr;
    assert.doesNotMatch(all, /^\s+at .+[:(].*\d+:\d+\)?$/m, 'stack trace in output');
    assert.doesNotMatch(all, /internal error|TypeError|ReferenceError/);
}

/** Human lines parsed into [line, column, severity, code]. */
function lines(out: string): Array<[number, number, string, string]> {
    return out.split('\n').filter(Boolean).map((l) => {
        const m = /^[^:]+:(\d+):(\d+) (error|warning|info|hint) (\S+) .+$/.exec(l);
        assert.ok(m, `not in the format file:line:column severity code message: ${l}`);
        return [Number(m[1]), Number(m[2]), m[3], m[4]];
    });
}

function has(out: string, line: number, column: number, code: string): void {
    const found = lines(out);
    assert.ok(found.some(([l, c, , k]) => l === line && c === column && k === code),
        `expected ${code} at ${line}:${column} in\n${out}`);
}

const CLEAN = `contract "Schoon" {
  provider "Leverancier B.V."
  customer "Opdrachtgever"
  time zone "Europe/Amsterdam"
  calendar Werkdag { Monday to Friday 09:00 to 17:00  closed on public holidays of NL }
  priority P1 "Crash" {
    response within 1 hour of Werkdag after reported
    resolution within 4 hours of Werkdag after response
  }
  availability { guaranteed 99.5% per month  measured during Werkdag }
}
`;

describe('sla check (built CLI)', function () {
    this.timeout(60000);
    let dir: string;
    const file = (name: string, content: string | Buffer): string => {
        writeFileSync(join(dir, name), content);
        return name;
    };

    before(function () {
        if (!existsSync(join(ROOT, 'out/cli.mjs'))) throw new Error('out/cli.mjs is missing: run `npm run build` first');
        dir = mkdtempSync(join(tmpdir(), 'sla-cli-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('exits 0 on a clean contract and prints no errors', () => {
        const r = sla(['check', file('clean.sla', CLEAN)], dir);
        noStackTrace(r);
        assert.equal(r.status, 0, r.stdout + r.stderr);
        assert.ok(lines(r.stdout).every(([, , sev]) => sev !== 'error'));
    });

    it('exits 2 without arguments, without files, on an unknown option, a missing file and a directory', () => {
        for (const args of [[], ['check'], ['check', '--bogus', 'x.sla'], ['check', 'nope.sla'], ['check', '.']]) {
            const r = sla(args, dir);
            noStackTrace(r);
            assert.equal(r.status, 2, `sla ${args.join(' ')}: ${r.stdout}${r.stderr}`);
        }
        assert.match(sla(['check', 'nope.sla'], dir).stderr, /cannot read nope\.sla: no such file/);
    });

    it('prints file:line:column severity code message and exits 1 on errors', () => {
        const text = `contract "Fout" {
  provider "A"
  customer "B"
  time zone "Mars/Olympus"
  calendar Werkdag { Monday to Friday 09:00 to 25:00  closed on 2026-02-30 }
  priority P1 { response within -1 hours of Werkdag after reported
    resolution within 4 of Werkdag after response }
  priority P1 { response within 1 hour of Werkdag after reported resolution within 1 day of Werkdag }
  availability { guaranteed 101% per month }
}
`;
        const r = sla(['check', file('fout.sla', text)], dir);
        noStackTrace(r);
        assert.equal(r.status, 1);
        assert.ok(r.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('fout.sla:')));
        has(r.stdout, 4, 13, 'unknown-time-zone');
        has(r.stdout, 5, 48, 'invalid-time');
        has(r.stdout, 5, 65, 'invalid-date');
        has(r.stdout, 6, 33, 'negative-value');
        has(r.stdout, 7, 23, 'missing-unit');
        has(r.stdout, 8, 12, 'duplicate-name');
        has(r.stdout, 9, 29, 'share-above-100');
    });

    it('--json prints an array of 1-based diagnostics with all fields', () => {
        const r = sla(['check', '--json', file('json.sla', CLEAN.replace('"Europe/Amsterdam"', '"CET"'))], dir);
        noStackTrace(r);
        assert.equal(r.status, 0);
        const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
        assert.ok(Array.isArray(out));
        const d = out.find((x) => x.code === 'fixed-offset-zone');
        assert.ok(d, r.stdout);
        assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
        assert.deepEqual([d.file, d.line, d.column, d.endLine, d.endColumn, d.severity], ['json.sla', 4, 13, 4, 18, 'warning']);
        assert.match(String(d.message), /Europe\/Amsterdam/);
    });

    it('--json prints [] for a contract without findings', () => {
        const r = sla(['check', file('quiet.sla', CLEAN), '--json'], dir);
        const out = JSON.parse(r.stdout) as Array<{ severity: string }>;
        assert.ok(out.every((d) => d.severity !== 'error'));
    });

    const BAD: Array<[string, string | Buffer, number, number, string]> = [
        ['an empty file', '', 1, 1, 'parsing-error'],
        ['a whitespace-only file', '  \n\n\t  \n', 1, 1, 'parsing-error'],
        ['a binary file', Buffer.from([0x63, 0x6f, 0x6e, 0x0a, 0x41, 0x00, 0xff, 0x10]), 2, 2, 'binary-file'],
        ['an unterminated string', 'contract "X" {\n  note "a" "unterminated\n}\n', 2, 12, 'lexing-error'],
        ['an unterminated {', 'contract "X" {\n  provider "A"\n', 2, 15, 'parsing-error'],
        ['random garbage', '%%% ~~ contract ¿? }{ 12:99 "x', 1, 5, 'lexing-error'],
    ];
    for (const [what, content, line, column, code] of BAD) {
        it(`${what}: a diagnostic at ${line}:${column} (${code}), exit 1, no stack trace`, () => {
            const name = file(`bad-${what.replace(/\W+/g, '-')}.sla`, content);
            const r = sla(['check', name], dir);
            noStackTrace(r);
            assert.equal(r.status, 1, r.stdout + r.stderr);
            has(r.stdout, line, column, code);
            // Nothing about absent clauses when the text did not even parse.
            assert.doesNotMatch(r.stdout, / missing-party | unused-calendar /);
            const j = sla(['check', '--json', name], dir);
            assert.ok(Array.isArray(JSON.parse(j.stdout)));
        });
    }

    it('a 10 MB file is rejected with file-too-large at 1:1, exit 1', () => {
        const big = 'contract "Groot" {\n' + '  note "x" "y"\n'.repeat(Math.ceil((10 * 1024 * 1024) / 14)) + '}\n';
        const r = sla(['check', file('big.sla', big)], dir);
        noStackTrace(r);
        assert.equal(r.status, 1);
        has(r.stdout, 1, 1, 'file-too-large');
    });

    it('three syntax errors in one file give three diagnostics on their lines', () => {
        const text = `contract "X" {
  provider "A"
  version 12
  customer "B"
  currency 42
  minimum term 1 year
  dated "gisteren"
}
`;
        const r = sla(['check', file('three.sla', text)], dir);
        noStackTrace(r);
        assert.equal(r.status, 1);
        const errors = lines(r.stdout).filter(([, , sev]) => sev === 'error');
        assert.deepEqual(errors.map(([l, c]) => [l, c]), [[3, 11], [5, 12], [7, 9]]);
    });

    it('checks several files in one run and reports each under its own name', () => {
        const r = sla(['check', file('a.sla', CLEAN), file('b.sla', CLEAN.replace('99.5%', '99.5'))], dir);
        noStackTrace(r);
        assert.equal(r.status, 1);
        has(r.stdout, 10, 29, 'missing-unit');
        assert.ok(lines(r.stdout).length > 0 && r.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('b.sla:') || l.startsWith('a.sla:')));
        assert.doesNotMatch(r.stdout, /^a\.sla:.* error /m);
    });
    it('a contract is a contract whatever its file is called', () => {
        for (const name of ['contract.txt', 'CONTRACT.SLA', 'contract']) {
            const r = sla(['check', file(name, CLEAN)], dir);
            noStackTrace(r);
            assert.equal(r.status, 0, `${name}: ${r.stdout}${r.stderr}`);
        }
    });

    it('/dev/null is an empty file and /dev/zero is refused after 4 MB, not read forever', () => {
        const empty = sla(['check', '/dev/null'], dir);
        noStackTrace(empty);
        assert.equal(empty.status, 1);
        has(empty.stdout, 1, 1, 'parsing-error');
        const zero = sla(['check', '/dev/zero'], dir);
        noStackTrace(zero);
        assert.equal(zero.status, 1);
        has(zero.stdout, 1, 1, 'file-too-large');
    });

    it('a name another file defines is unresolved in any order of files; an import resolves it from disk', () => {
        const avetica = join(ROOT, 'samples/avetica-moodle.sla');
        const acme = file('acme.sla', CLEAN.replace(/  calendar Werkdag .*\n/, ''));
        for (const args of [['check', acme], ['check', avetica, acme], ['check', acme, avetica]]) {
            const r = sla(args, dir);
            noStackTrace(r);
            assert.equal(r.status, 1, r.stdout);
            const acmeLines = r.stdout.split('\n').filter((l) => l.startsWith('acme.sla:'));
            assert.deepEqual(acmeLines.filter((l) => l.includes('linking-error')).map((l) => l.split(' ')[0]),
                ['acme.sla:6:31', 'acme.sla:7:34', 'acme.sla:9:62'], args.join(' '));
        }
        mkdirSync(join(dir, 'shared'), { recursive: true });
        file('shared/office.sla', 'library "Office" {\n  calendar Werkdag { Monday to Friday 09:00 to 17:00  closed on public holidays of NL }\n}\n');
        const importing = file('importing.sla', `import "shared/office.sla"\n${CLEAN.replace(/  calendar Werkdag .*\n/, '')}`);
        const r = sla(['check', importing], dir);
        noStackTrace(r);
        assert.equal(r.status, 0, r.stdout);
    });
});
