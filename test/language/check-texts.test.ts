import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
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

    it('resolves no name across the files of one call unless a file imports the other', async () => {
        const services = createSlaCoreServices(EmptyFileSystem);
        const calendars = 'library "Calendars" {\n  calendar Werkdag { Monday to Friday 09:00 to 17:00 }\n}\n';
        const priorities = 'contract "Priorities" {\n  priority P1 { response within 1 hour of Werkdag }\n}\n';
        const [, alone] = await checkTexts(services, [{ file: 'cal.sla', text: calendars }, { file: 'prio.sla', text: priorities }]);
        assert.deepEqual(alone.diagnostics.filter((d) => d.code === 'linking-error').map((d) => `${d.line}:${d.column}`), ['2:43']);
        const importing = `import "cal.sla"\n${priorities}`;
        const [, joined] = await checkTexts(services, [{ file: 'cal.sla', text: calendars }, { file: 'prio.sla', text: importing }]);
        assert.deepEqual(joined.diagnostics.filter((d) => d.code === 'linking-error'), []);
        assert.equal(joined.model.calendars[0]?.name, 'Werkdag');
        assert.equal(joined.model.calendars[0]?.span.file, URI.file(resolve('cal.sla')).toString());
    });
});
