import { strict as assert } from 'node:assert';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { Sla, SAMPLES, parseLsp } from '../support/lsp.js';

async function outline(text: string): Promise<DocumentSymbol[]> {
    const doc = await parseLsp(text);
    return (await Sla.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri: doc.uri.toString() } })) as DocumentSymbol[];
}

function find(symbols: DocumentSymbol[], name: string | RegExp): DocumentSymbol {
    for (const s of symbols) {
        if (typeof name === 'string' ? s.name === name : name.test(s.name)) return s;
        const inner = s.children ? findOrUndefined(s.children, name) : undefined;
        if (inner) return inner;
    }
    throw new Error(`no symbol ${String(name)}`);
}

function findOrUndefined(symbols: DocumentSymbol[], name: string | RegExp): DocumentSymbol | undefined {
    try {
        return find(symbols, name);
    } catch {
        return undefined;
    }
}

describe('outline', () => {
    it('Avetica: every clause, by kind, with its article as detail', async () => {
        const symbols = await outline(SAMPLES.avetica);
        assert.equal(symbols.length, 1);
        const contract = symbols[0];
        assert.equal(contract.name, 'contract "Avetica Moodle hosting"');
        assert.equal(contract.detail, 'SLA januari 2019');
        // One child per clause of the contract (the sample has 52 clauses at the top level).
        const clauses = (await parseLsp(SAMPLES.avetica)).parseResult.value.clauses.length;
        assert.equal(contract.children?.length, clauses);

        const werkdag = find(symbols, 'Werkdag');
        assert.equal(werkdag.kind, SymbolKind.Namespace);
        assert.equal(werkdag.detail, 'art. 1.28 · calendar');

        const p1 = find(symbols, 'P1');
        assert.equal(p1.kind, SymbolKind.EnumMember);
        assert.equal(p1.detail, 'art. 4.3 · priority "Crash"');
        assert.deepEqual(p1.children?.map((c) => [c.name, c.kind, c.detail]), [
            ['response within 1 hour of Werkdag after reported', SymbolKind.Event, 'art. 5.2'],
            ['resolution within 4 hours of Werkdag after response', SymbolKind.Event, 'art. 5.2'],
            ['resolution by end of the same day of Werkdag if reported during Werkdag', SymbolKind.Event, 'art. 5.4'],
        ]);

        const compliance = find(symbols, /^resolution times met/);
        assert.equal(compliance.kind, SymbolKind.Number);
        assert.equal(compliance.detail, 'art. 5.2');

        const availability = find(symbols, 'availability');
        assert.equal(availability.kind, SymbolKind.Module);
        assert.deepEqual(availability.children?.map((c) => [c.name, c.kind, c.detail]), [
            ['guaranteed 99.92% per quarter', SymbolKind.Number, 'art. 10.1'],
            ['measured around the clock', SymbolKind.Property, 'art. 10.2'],
            ['not counted: maintenance, force majeure', SymbolKind.Property, 'art. 10.3'],
        ]);
        const maintenance = find(symbols, 'maintenance');
        assert.deepEqual(maintenance.children?.map((c) => [c.name, c.kind, c.detail]), [
            ['urgent: any time announced 1 week before', SymbolKind.Event, 'art. 5.1'],
            ['emergency: any time', SymbolKind.Event, 'art. 5.1'],
        ]);
        const surcharges = find(symbols, 'surcharges of Uurtarief');
        assert.equal(surcharges.detail, 'art. 3.3');
        assert.equal(surcharges.children?.length, 4);
        assert.ok(surcharges.children?.every((c) => c.kind === SymbolKind.Number));

        const remedies = find(symbols, 'remedies Beschikbaarheid');
        assert.equal(remedies.kind, SymbolKind.Class);
        const compensation = find(remedies.children!, /^compensation from the 2nd warning/);
        assert.equal(compensation.kind, SymbolKind.Object);
        assert.deepEqual(compensation.children?.map((c) => c.name), [
            'availability from 95% below 99.92%: 20% of Maandvergoeding', 'availability from 90% below 95%: 40% of Maandvergoeding',
        ]);

        const note = find(symbols, 'note "Overwegingen"');
        assert.equal(note.kind, SymbolKind.String);
        assert.equal(note.detail, 'In aanmerking nemende dat');
        assert.equal(find(symbols, 'notice "Opzegging door Opdrachtgever"').kind, SymbolKind.Event);
        assert.equal(find(symbols, 'Maandvergoeding').kind, SymbolKind.Constant);
        assert.equal(find(symbols, 'backups').children?.[0].name, 'daily, kept 1 week');
    });

    it('Klik: events and expectations under their scenario, in text order; the selection is the name', async () => {
        const symbols = await outline(SAMPLES.klik);
        const scenario = find(symbols, 'scenario "Onderhoud loopt uit"');
        assert.equal(scenario.kind, SymbolKind.Method);
        const kinds = scenario.children!.map((c) => c.kind);
        assert.ok(kinds.includes(SymbolKind.Event) && kinds.includes(SymbolKind.Boolean), kinds.join(','));
        const lines = scenario.children!.map((c) => c.range.start.line);
        assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
        const cal = find(symbols, 'Kantooruren');
        // "calendar Kantooruren": the selection is the name, 9 characters after the keyword's start.
        assert.equal(cal.selectionRange.start.character - cal.range.start.character, 'calendar '.length);
    });

    it('a library: its name and clauses', async () => {
        const symbols = await outline('library "Kantoortijden" {\n  calendar Kantoor [art. 1] {\n    Monday to Friday 09:00 to 17:00\n  }\n}\n');
        assert.equal(symbols[0].name, 'library "Kantoortijden"');
        assert.deepEqual(symbols[0].children?.map((c) => [c.name, c.detail]), [['Kantoor', 'art. 1 · calendar']]);
    });

    it('half-typed text still gives an outline', async () => {
        const symbols = await outline('contract "X" {\n  calendar A {\n    Monday to\n  priority P1 {\n    response within\n');
        assert.equal(symbols.length, 1);
    });
});
