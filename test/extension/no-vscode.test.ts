import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

describe('pure extension helpers', () => {
    it('the *-args.ts files and the renderer import no vscode, so they run under mocha', () => {
        const files = [
            ...readdirSync('extension/src/commands').filter((f) => f.endsWith('-args.ts')).map((f) => `extension/src/commands/${f}`),
            ...readdirSync('language-server/src/render').filter((f) => f.endsWith('.ts')).map((f) => `language-server/src/render/${f}`),
        ];
        assert.ok(files.length >= 8);
        for (const f of files) assert.doesNotMatch(readFileSync(f, 'utf8'), /from 'vscode'|require\('vscode'\)/, f);
    });
});
