import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { checkTexts } from '../../language-server/src/services/diagnostics.js';

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

    it('checks each call on its own: a name from an earlier call does not resolve in a later one', async () => {
        // With the index keeping earlier documents, 'Werkdag' below resolved to the calendar
        // of the first text, and the misspelt contract checked clean.
        const services = createSlaCoreServices(EmptyFileSystem);
        const first = 'contract "A" {\n  calendar Werkdag { Monday to Friday 09:00 to 17:00 }\n}\n';
        const second = 'contract "B" {\n  calendar Werkdagen { Monday to Friday 09:00 to 17:00 }\n  priority P1 { response within 1 hour of Werkdag }\n}\n';
        await checkTexts(services, [{ file: 'a.sla', text: first }]);
        const [checked] = await checkTexts(services, [{ file: 'b.sla', text: second }]);
        const unresolved = checked.diagnostics.filter((d) => d.code === 'linking-error');
        assert.deepEqual(unresolved.map((d) => `${d.line}:${d.column} ${d.message}`),
            ["3:43 Could not resolve reference to Calendar named 'Werkdag'."]);
    });

    it('still resolves names across the files of one call', async () => {
        const services = createSlaCoreServices(EmptyFileSystem);
        const calendars = 'contract "Calendars" {\n  calendar Werkdag { Monday to Friday 09:00 to 17:00 }\n}\n';
        const priorities = 'contract "Priorities" {\n  priority P1 { response within 1 hour of Werkdag }\n}\n';
        const [, checked] = await checkTexts(services, [{ file: 'cal.sla', text: calendars }, { file: 'prio.sla', text: priorities }]);
        assert.deepEqual(checked.diagnostics.filter((d) => d.code === 'linking-error'), []);
    });
});
