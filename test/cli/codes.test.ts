import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ALL_CODES, codesMarkdown } from '../../language-server/src/cli/codes-command.js';

describe('sla codes', () => {
    it('docs/checker.md is the output of `sla codes --markdown`', () => {
        assert.equal(readFileSync('docs/checker.md', 'utf8'), codesMarkdown() + '\n', 'regenerate with: node bin/sla.js codes --markdown > docs/checker.md');
    });

    it('lists more than 25 distinct rule codes, none twice', () => {
        const all = ALL_CODES.flatMap((g) => Object.keys(g.codes));
        assert.equal(new Set(all).size, all.length);
        const rules = ALL_CODES.slice(1, 3).flatMap((g) => Object.keys(g.codes));
        assert.ok(rules.length > 25, `${rules.length} rule codes`);
    });
});
