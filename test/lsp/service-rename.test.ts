/**
 * Renaming a service: the quoted name of its definition and of every event and expectation
 * that names it, in its file and in the files that import it; nothing else.
 */
import { strict as assert } from 'node:assert';
import { URI, type LangiumDocument } from 'langium';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import type { Contract } from '../../language-server/src/generated/ast.js';
import { Sla, lsp, offsetOf, parseLsp } from '../support/lsp.js';

const CONTRACT = `contract "Cloud" {
  time zone "UTC"
  fee F per month amount 100 USD
  service "Network" {
    availability { guaranteed 99.9% per month  measured around the clock }
    remedies { credit 5% of F for each 30 minutes of downtime or part thereof }
  }
  service "Power" {
    availability { guaranteed 99.9% per month  measured around the clock }
  }
  scenario "S" in 2026-03 {
    outage service "Network" id N1 from 2026-03-02 10:00 to 11:00
    outage service "Power", "Network" id N2 from 2026-03-03 10:00 to 11:00
    note "Network"
    expect credit 10% for "Network" in 2026-03
    expect availability of "Power" above guarantee
  }
}
`;

const at = (doc: LangiumDocument, needle: string, shift = 0) => doc.textDocument.positionAt(offsetOf(doc.textDocument.getText(), needle, shift));

function apply(text: string, edits: TextEdit[], doc: LangiumDocument): string {
    const sorted = [...edits].sort((a, b) => doc.textDocument.offsetAt(b.range.start) - doc.textDocument.offsetAt(a.range.start));
    let out = text;
    for (const e of sorted) out = out.slice(0, doc.textDocument.offsetAt(e.range.start)) + e.newText + out.slice(doc.textDocument.offsetAt(e.range.end));
    return out;
}

describe('renaming a service', () => {
    it('from its definition: the definition, the events and the expectations that name it, quoted; not another service', async () => {
        const doc = await parseLsp(CONTRACT.replace('    note "Network"\n', ''), { documentUri: 'file:///svc/one.sla' });
        const text = doc.textDocument.getText();
        const position = at(doc, 'service "Network" {', 10);
        const range = await Sla.lsp.RenameProvider!.prepareRename(doc, { textDocument: { uri: doc.uri.toString() }, position });
        assert.deepEqual(range && [range.start.line, range.start.character, range.end.character], [3, 10, 19], 'the quoted name');
        const edit = await Sla.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position, newName: 'Data centre network' });
        const edits = edit?.changes?.[doc.uri.toString()] ?? [];
        // Definition, N1, N2's second name, the credit expectation: 4 places.
        assert.equal(edits.length, 4);
        const renamed = apply(text, edits, doc);
        assert.match(renamed, /service "Data centre network" \{/);
        assert.match(renamed, /outage service "Data centre network" id N1/);
        assert.match(renamed, /outage service "Power", "Data centre network" id N2/);
        assert.match(renamed, /expect credit 10% for "Data centre network" in 2026-03/);
        assert.match(renamed, /service "Power" \{/);
    });

    it('from a scenario event, with quotes typed around the new name; a quote inside it is refused', async () => {
        const doc = await parseLsp(CONTRACT.replace('    note "Network"\n', ''), { documentUri: 'file:///svc/two.sla' });
        const position = at(doc, 'outage service "Power"', 17);
        const edit = await Sla.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position, newName: '"Power and cooling"' });
        const renamed = apply(doc.textDocument.getText(), edit?.changes?.[doc.uri.toString()] ?? [], doc);
        assert.match(renamed, /service "Power and cooling" \{/);
        assert.match(renamed, /outage service "Power and cooling", "Network" id N2/);
        assert.match(renamed, /expect availability of "Power and cooling" above guarantee/);
        await assert.rejects(() => Promise.resolve(Sla.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position, newName: 'Pow"er' })), /cannot be empty or hold a quote/);
    });

    it('a service of a library: the library and each importer, each file for confirmation; a file that does not import it is left alone', async () => {
        const lib = await parseLsp('library "Base" {\n  service "Hosting" {\n    availability { guaranteed 99% per month  measured around the clock }\n  }\n}\n', { documentUri: 'file:///svc/lib/base.sla' });
        const user = await parseLsp('import "lib/base.sla"\ncontract "U" {\n  time zone "UTC"\n  scenario "S" in 2026-03 {\n    outage service "Hosting" id H1 from 2026-03-02 10:00 to 11:00\n  }\n}\n', { documentUri: 'file:///svc/user.sla' });
        const other = await parseLsp('contract "O" {\n  time zone "UTC"\n  service "Hosting" {\n    availability { guaranteed 99% per month  measured around the clock }\n  }\n}\n', { documentUri: 'file:///svc/other.sla' });
        const docs = [lib, user, other] as LangiumDocument<Contract>[];
        await lsp.shared.workspace.DocumentBuilder.build(docs, { validation: false });
        try {
            const edit = await Sla.lsp.RenameProvider!.rename(user, { textDocument: { uri: user.uri.toString() }, position: at(user, 'service "Hosting"', 10), newName: 'Managed hosting' });
            const changes = (edit?.documentChanges ?? []) as TextDocumentEdit[];
            assert.deepEqual(changes.map((c) => [URI.parse(c.textDocument.uri).path, c.edits.map((e) => (e as TextEdit).newText)]),
                [['/svc/lib/base.sla', ['"Managed hosting"']], ['/svc/user.sla', ['"Managed hosting"']]]);
        } finally {
            await lsp.shared.workspace.DocumentBuilder.update([], docs.map((d) => d.uri));
        }
    });
});
