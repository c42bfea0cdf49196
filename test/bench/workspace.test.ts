/**
 * The workspace of the workspace bench (bench/workspace.ts) must stay what its bench rows
 * say: one library and 50 contracts of 100 to 200 lines that import it, each with names of
 * its own, all checking without errors (a failed scenario expectation is an error), and
 * the edits the bench makes must exist in the texts.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { checkTexts } from '../../language-server/src/services/diagnostics.js';
import { contractText, LIBRARY_FILE, libraryText, writeWorkspace } from '../../bench/workspace.js';

describe('the workspace of the workspace bench', () => {
    let dir = '';
    let names: string[] = [];
    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'sla-workspace-test-'));
        names = writeWorkspace(dir, 50);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('is the same text each time: one library and 50 contracts of 100 to 200 lines that import it', () => {
        assert.equal(names.length, 50);
        assert.equal(readFileSync(join(dir, LIBRARY_FILE), 'utf8'), libraryText());
        for (const [i, name] of names.entries()) {
            const text = readFileSync(join(dir, name), 'utf8');
            assert.equal(text, contractText(i + 1));
            const lines = text.split('\n').length - 1;
            assert.ok(lines >= 100 && lines <= 200, `${name}: ${lines} lines`);
            assert.ok(text.includes(`import "${LIBRARY_FILE}"`), name);
        }
    });

    it('each contract defines names no other file defines', () => {
        const defined = new Map<string, string>();
        for (const name of [LIBRARY_FILE, ...names]) {
            for (const [, name_] of readFileSync(join(dir, name), 'utf8').matchAll(/^\s*(?:calendar|fee|priority|remedies) (\S+)/gm)) {
                assert.ok(!defined.has(name_), `${name_} in ${name} and ${defined.get(name_)}`);
                defined.set(name_, name);
            }
        }
        assert.ok(defined.size >= 50 * 4, `${defined.size} names`);
    });

    it('every file checks without errors or warnings; the bench\'s edits are in the texts', async function () {
        this.timeout(60_000);
        const files = [LIBRARY_FILE, ...names].map((n) => ({ file: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }));
        const results = await checkTexts(createSlaCoreServices(NodeFileSystem), files);
        const findings = results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
            .map((d) => `${r.file.replace(dir, '')}:${d.line} ${d.code} ${d.message}`));
        assert.deepEqual(findings, []);
        // The contract edit toggles the guarantee; the bench knows the new text's diagnostics by this info.
        assert.ok(results[1].diagnostics.some((d) => d.message.includes('99.8% monthly guarantee')));
        assert.ok(files[1].text.includes('guaranteed 99.8%'));
        assert.ok(files[0].text.includes('capped at 50% per quarter'));
    });

    it('the edited contract still checks without errors with a guarantee of 99.7%', async () => {
        const file = join(dir, names[0]);
        const text = readFileSync(file, 'utf8').replace('guaranteed 99.8%', 'guaranteed 99.7%');
        const [r] = await checkTexts(createSlaCoreServices(NodeFileSystem), [{ file, text }]);
        assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
        assert.ok(r.diagnostics.some((d) => d.message.includes('99.7% monthly guarantee')));
    });
});
