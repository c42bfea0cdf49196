/**
 * Editor features across an import: go to definition, references and rename reach the
 * library and its importers, never a file that does not import it; a rename that changes
 * other files asks for confirmation of each one.
 */
import { strict as assert } from 'node:assert';
import { TextDocument, URI, type LangiumDocument } from 'langium';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver';
import type { Contract } from '../../language-server/src/generated/ast.js';
import { Sla, lsp, offsetOf, parseLsp } from '../support/lsp.js';

const LIB = 'library "Office" {\n  time zone "Europe/Amsterdam"\n  calendar Werkdag { Monday to Friday 09:00 to 17:00 }\n}\n';
const CONTRACT = (name: string) => `import "lib/office.sla"\ncontract "${name}" {\n  calendar Eigen { Monday to Friday 08:00 to 12:00 }\n  priority P1 {\n    response within 1 hour of Werkdag after reported\n    resolution within 4 hours of Eigen after reported\n  }\n}\n`;
const OUTSIDER = 'contract "Outsider" {\n  calendar Buiten { Saturday 10:00 to 12:00 }\n  priority P1 {\n    response within 1 hour of Werkdag after reported\n  }\n}\n';

describe('imports in the editor', () => {
    let lib: LangiumDocument<Contract>, a: LangiumDocument<Contract>, b: LangiumDocument<Contract>, outsider: LangiumDocument<Contract>;

    before(async () => {
        lib = await parseLsp(LIB, { documentUri: 'file:///ws/lib/office.sla' });
        a = await parseLsp(CONTRACT('A'), { documentUri: 'file:///ws/a.sla' });
        b = await parseLsp(CONTRACT('B'), { documentUri: 'file:///ws/b.sla' });
        outsider = await parseLsp(OUTSIDER, { documentUri: 'file:///ws/outsider.sla' });
        await lsp.shared.workspace.DocumentBuilder.build([lib, a, b, outsider], { validation: true });
    });

    after(async () => {
        await lsp.shared.workspace.DocumentBuilder.update([], [lib, a, b, outsider].map((d) => d.uri));
    });

    const at = (doc: LangiumDocument, needle: string, shift = 0) => doc.textDocument.positionAt(offsetOf(doc.textDocument.getText(), needle, shift));

    it('go to definition of an imported calendar opens the library', async () => {
        const links = await Sla.lsp.DefinitionProvider!.getDefinition(a, { textDocument: { uri: a.uri.toString() }, position: at(a, 'of Werkdag', 4) });
        assert.equal(links?.length, 1);
        assert.equal(links![0].targetUri, 'file:///ws/lib/office.sla');
        assert.equal(links![0].targetSelectionRange.start.line, 2);
    });

    it('the outsider that does not import the library does not see its calendar', () => {
        assert.deepEqual(outsider.diagnostics?.filter((d) => d.severity === 1).map((d) => d.range.start.line), [3]);
    });

    it('find references of the library calendar lists both importers and the definition, not the outsider', async () => {
        const refs = await Sla.lsp.ReferencesProvider!.findReferences(lib, {
            textDocument: { uri: lib.uri.toString() }, position: at(lib, 'calendar Werkdag', 9), context: { includeDeclaration: true },
        });
        assert.deepEqual(refs.map((r) => r.uri).sort(), ['file:///ws/a.sla', 'file:///ws/b.sla', 'file:///ws/lib/office.sla']);
    });

    it('renaming the library calendar edits every importer, each file listed for confirmation', async () => {
        const edit = await Sla.lsp.RenameProvider!.rename(lib, { textDocument: { uri: lib.uri.toString() }, position: at(lib, 'calendar Werkdag', 9), newName: 'Kantoor' });
        assert.equal(edit?.changes, undefined);
        const changes = (edit?.documentChanges ?? []) as TextDocumentEdit[];
        assert.deepEqual(changes.map((c) => [URI.parse(c.textDocument.uri).path, c.edits.length]),
            [['/ws/a.sla', 1], ['/ws/b.sla', 1], ['/ws/lib/office.sla', 1]]);
        const annotations = Object.values(edit?.changeAnnotations ?? {});
        assert.equal(annotations.length, 3);
        assert.ok(annotations.every((x) => x.needsConfirmation === true));
        assert.deepEqual(annotations.map((x) => x.label), ['a.sla: 1 place', 'b.sla: 1 place', 'office.sla: 1 place']);
        for (const c of changes) assert.ok(c.edits.every((e) => 'annotationId' in e && e.annotationId === `rename:${c.textDocument.uri}`));
    });

    it('renaming a name of one contract stays in that file, without a preview', async () => {
        const edit = await Sla.lsp.RenameProvider!.rename(a, { textDocument: { uri: a.uri.toString() }, position: at(a, 'calendar Eigen', 9), newName: 'Ochtend' });
        assert.deepEqual(Object.keys(edit?.changes ?? {}), ['file:///ws/a.sla']);
        assert.equal(edit?.changes?.['file:///ws/a.sla'].length, 2);
        assert.equal(edit?.documentChanges, undefined);
    });

    it('the import path is a link to the library', async () => {
        const links = await Sla.lsp.DocumentLinkProvider!.getDocumentLinks(a, { textDocument: { uri: a.uri.toString() } });
        assert.deepEqual(links.map((l) => [l.target, l.range.start.line, l.range.start.character, l.range.end.character]),
            [['file:///ws/lib/office.sla', 0, 7, 23]]);
    });

    it('an edit of the library reaches its importers: a removed calendar becomes unresolved there', async () => {
        const documents = lsp.shared.workspace.TextDocuments!;
        const edit = async (text: string, version: number) => {
            documents.set(TextDocument.create(lib.uri.toString(), 'sla', version, text));
            await lsp.shared.workspace.DocumentBuilder.update([lib.uri], []);
        };
        try {
            await edit(LIB.replace('calendar Werkdag', 'calendar Werkuren'), 2);
            const errors = (a.diagnostics ?? []).filter((d) => d.severity === 1);
            assert.deepEqual(errors.map((d) => d.range.start.line), [4]);
            assert.deepEqual((b.diagnostics ?? []).filter((d) => d.severity === 1).map((d) => d.range.start.line), [4]);
            await edit(LIB, 3);
            assert.deepEqual((a.diagnostics ?? []).filter((d) => d.severity === 1), []);
        } finally {
            documents.delete(lib.uri);
        }
    });

    it('the hover on an import says which library it is and what it brings; on an imported calendar it shows its hours', async () => {
        const onImport = await Sla.lsp.HoverProvider!.getHoverContent(a, { textDocument: { uri: a.uri.toString() }, position: at(a, 'lib/office', 2) });
        const text = (onImport?.contents as { value: string }).value;
        assert.match(text, /^\*\*library "Office"\*\* \(office\.sla\)/);
        assert.match(text, /- calendars: `Werkdag`/);
        const onName = await Sla.lsp.HoverProvider!.getHoverContent(a, { textDocument: { uri: a.uri.toString() }, position: at(a, 'of Werkdag', 4) });
        assert.match((onName?.contents as { value: string }).value, /Werkdag/);
        assert.match((onName?.contents as { value: string }).value, /09:00/);
    });

    it('completion of a calendar offers the imported one and the file\'s own, not the outsider\'s', async () => {
        const completions = await Sla.lsp.CompletionProvider!.getCompletion(b, { textDocument: { uri: b.uri.toString() }, position: at(b, 'of Werkdag', 3) });
        const labels = completions?.items.map((i) => i.label) ?? [];
        assert.ok(labels.includes('Werkdag') && labels.includes('Eigen'), labels.join(', '));
        assert.ok(!labels.includes('Buiten'), labels.join(', '));
    });

    describe('quick fixes, each editing only the file of the finding', () => {
        const fixesFor = async (doc: LangiumDocument<Contract>, code: string) => {
            const diagnostics = (doc.diagnostics ?? []).filter((d) => d.code === code || (d.data as { code?: string } | undefined)?.code === code);
            assert.ok(diagnostics.length > 0, `no ${code} in ${JSON.stringify(doc.diagnostics?.map((d) => d.code))}`);
            const actions = await Sla.lsp.CodeActionProvider!.getCodeActions(doc, {
                textDocument: { uri: doc.uri.toString() }, range: diagnostics[0].range, context: { diagnostics },
            }) as CodeAction[];
            for (const a of actions) assert.deepEqual(Object.keys(a.edit?.changes ?? {}), [doc.uri.toString()], a.title);
            return actions;
        };
        const applied = (doc: LangiumDocument, action: CodeAction) =>
            TextDocument.applyEdits(doc.textDocument, action.edit!.changes![doc.uri.toString()]);

        it('an unresolved name that a library defines: import that library', async () => {
            const actions = await fixesFor(outsider, 'linking-error');
            assert.deepEqual(actions.map((a) => a.title).slice(0, 2), ['Import "lib/office.sla" (it defines Werkdag)', 'Create calendar Werkdag']);
            assert.equal(applied(outsider, actions[0]), `import "lib/office.sla"\n${OUTSIDER}`);
        });

        it('a mistyped path: did you mean the library that is there', async () => {
            const doc = await parseLsp(CONTRACT('C').replace('lib/office.sla', 'lib/ofice.sla'), { documentUri: 'file:///ws/c.sla', validation: true });
            try {
                const actions = await fixesFor(doc, 'import-missing');
                assert.deepEqual(actions.map((a) => a.title), ['Did you mean "lib/office.sla"?']);
                assert.match(applied(doc, actions[0]), /^import "lib\/office\.sla"\n/);
            } finally {
                await lsp.shared.workspace.DocumentBuilder.update([], [doc.uri]);
            }
        });

        it('the same file imported twice: remove the second line', async () => {
            const doc = await parseLsp(`import "lib/office.sla"\n${CONTRACT('D')}`, { documentUri: 'file:///ws/d.sla', validation: true });
            try {
                const actions = await fixesFor(doc, 'import-duplicate');
                assert.equal(applied(doc, actions[0]), CONTRACT('D'));
            } finally {
                await lsp.shared.workspace.DocumentBuilder.update([], [doc.uri]);
            }
        });
    });
});
