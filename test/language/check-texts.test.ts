import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../../language-server/src/language/sla-module.js';
import { checkTexts } from '../../language-server/src/language/diagnostics.js';

describe('checkTexts', () => {
    it('leaves nothing of the checked documents in the workspace or its index', async () => {
        // A long-running user (the benchmark, a test run, a watch mode) checks many texts with
        // one set of services: the index once kept every checked AST alive through its
        // exported symbols, 16 MB per check of a 5,000-line contract.
        const services = createSlaCoreServices(EmptyFileSystem);
        const text = readFileSync('samples/avetica-moodle.sla', 'utf8');
        for (let i = 0; i < 3; i++) {
            const [checked] = await checkTexts(services, [{ file: 'avetica.sla', text }]);
            assert.ok(checked.diagnostics.length > 0);
            // The caller still has the document it was given back.
            assert.equal(checked.document.parseResult.value.$type, 'Contract');
        }
        assert.equal(services.shared.workspace.LangiumDocuments.all.count(), 0);
        assert.equal(services.shared.workspace.IndexManager.allElements().count(), 0);
    });
});
