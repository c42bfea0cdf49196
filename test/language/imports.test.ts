/**
 * Imports: a file's names resolve only inside it and in the libraries it imports, each
 * way an import can go wrong is a located finding, and the imported clauses become part of
 * the contract with their origin named. Files on disk, read through the real file system.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { checkTexts, type CheckedDocument } from '../../language-server/src/services/diagnostics.js';

const services = createSlaCoreServices(NodeFileSystem);

const OFFICE = `library "Office standards" [art. 0] {
  time zone "Europe/Amsterdam"
  calendar Werkdag [art. 1.1] {
    Monday to Friday 09:00 to 17:00
    closed on public holidays of NL
  }
  fee Maandvergoeding per month [art. 1.2]
}
`;

const CUSTOMER = `import "lib/office.sla"
contract "Customer" {
  provider "P"
  customer "C"
  priority P1 [art. 2.1] {
    response within 1 hour of Werkdag after reported
    resolution within 4 hours of Werkdag after reported
  }
}
`;

let dir = '';
function write(name: string, text: string): string {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
}

async function check(...files: string[]): Promise<CheckedDocument[]> {
    const { readFileSync } = await import('node:fs');
    return checkTexts(services, files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
}

function codeLines(c: CheckedDocument): string[] {
    return c.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}

describe('imports', () => {
    beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'sla-imports-')); });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('resolves names through an import read from disk, and the clauses become the contract\'s', async () => {
        write('lib/office.sla', OFFICE);
        const [c] = await check(write('customer.sla', CUSTOMER));
        assert.deepEqual(codeLines(c), []);
        assert.equal(c.model.zone, 'Europe/Amsterdam');
        assert.deepEqual(c.model.calendars.map((k) => [k.name, k.article]), [['Werkdag', 'art. 1.1 of office.sla']]);
        assert.deepEqual(c.model.fees.map((f) => f.name), ['Maandvergoeding']);
        assert.equal(services.shared.workspace.LangiumDocuments.all.count(), 0, 'the loaded library is removed again');
    });

    it('without the import, the same name is unresolved, whatever other files are checked with it', async () => {
        const lib = write('lib/office.sla', OFFICE);
        const bare = write('bare.sla', CUSTOMER.replace('import "lib/office.sla"\n', ''));
        const other = write('other.sla', OFFICE.replace('library', 'contract'));
        for (const files of [[bare], [bare, lib], [lib, bare], [other, bare]]) {
            const checked = await check(...files);
            const c = checked.find((x) => x.file === bare)!;
            assert.deepEqual(codeLines(c).filter((l) => l.includes('linking-error')),
                ['5:31 error linking-error', '6:34 error linking-error'], files.join(' '));
        }
    });

    it('every file gets the same findings alone as with other files', async () => {
        write('lib/office.sla', OFFICE);
        const a = write('customer.sla', CUSTOMER);
        const b = write('b.sla', CUSTOMER.replace('Customer', 'B').replace('P1', 'P2'));
        const [aAlone] = await check(a);
        const [bAlone] = await check(b);
        const [aBoth, bBoth] = await check(a, b);
        const [bRev, aRev] = await check(b, a);
        assert.deepEqual(aBoth.diagnostics, aAlone.diagnostics);
        assert.deepEqual(aRev.diagnostics, aAlone.diagnostics);
        assert.deepEqual(bBoth.diagnostics, bAlone.diagnostics);
        assert.deepEqual(bRev.diagnostics, bAlone.diagnostics);
    });

    it('a missing file, a folder and a contract cannot be imported', async () => {
        mkdirSync(join(dir, 'folder.sla'));
        write('contract.sla', 'contract "Other" {\n}\n');
        const [c] = await check(write('c.sla', 'import "nope.sla"\nimport "folder.sla"\nimport "contract.sla"\ncontract "C" {\n  provider "P"\n  customer "C"\n}\n'));
        assert.deepEqual(codeLines(c), ['1:8 error import-missing', '2:8 error import-unreadable', '3:8 error import-not-library']);
        assert.match(c.diagnostics[0].message, /There is no file "nope\.sla" \(looked for .*nope\.sla\)/);
        assert.match(c.diagnostics[1].message, /"folder\.sla" is a folder, not a file/);
        assert.match(c.diagnostics[2].message, /"contract\.sla" is a contract, not a library/);
    });

    it('a device is refused, not read', async () => {
        const [c] = await check(write('c.sla', 'import "/dev/zero"\ncontract "C" {\n  provider "P"\n  customer "C"\n}\n'));
        assert.deepEqual(codeLines(c), ['1:8 error import-unreadable']);
        assert.match(c.diagnostics[0].message, /is not a regular file/);
    });

    it('an import cycle, a file importing itself and a duplicate import are located', async () => {
        write('a.sla', 'import "b.sla"\nlibrary "A" {\n}\n');
        write('b.sla', 'import "a.sla"\nlibrary "B" {\n}\n');
        const [a] = await check(join(dir, 'a.sla'));
        assert.deepEqual(codeLines(a), ['1:8 error import-cycle', '2:9 info library-checked-in-contracts']);
        assert.match(a.diagnostics[0].message, /a\.sla → b\.sla → a\.sla/);
        const [self] = await check(write('self.sla', 'import "self.sla"\nlibrary "S" {\n}\n'));
        assert.deepEqual(codeLines(self), ['1:8 error import-cycle', '2:9 info library-checked-in-contracts']);
        write('lib/office.sla', OFFICE);
        const [twice] = await check(write('twice.sla', `import "lib/office.sla"\n${CUSTOMER}`));
        assert.deepEqual(codeLines(twice), ['2:8 warning import-duplicate']);
    });

    it('two imports defining one name, and a name defined here and imported, are errors', async () => {
        write('lib/office.sla', OFFICE);
        write('lib/other.sla', 'library "Other" {\n  calendar Werkdag {\n    Monday to Friday 08:00 to 18:00\n  }\n}\n');
        const [clash] = await check(write('clash.sla', `import "lib/other.sla"\n${CUSTOMER}`));
        assert.deepEqual(codeLines(clash), ['2:8 error import-name-clash']);
        assert.match(clash.diagnostics[0].message, /office\.sla and other\.sla both define the calendar "Werkdag"/);
        const local = CUSTOMER.replace('  priority P1', '  calendar Werkdag {\n    Monday to Friday 08:00 to 18:00\n  }\n  priority P1');
        const [redefined] = await check(write('local.sla', local));
        assert.deepEqual(codeLines(redefined), ['5:12 error imported-name-redefined']);
    });

    it('an import of a library with errors says so at the import line', async () => {
        write('lib/office.sla', OFFICE.replace('of NL', 'of XX'));
        const [c] = await check(write('customer.sla', CUSTOMER));
        assert.ok(codeLines(c).includes('1:8 error import-has-errors'), codeLines(c).join('\n'));
    });

    it('a library keeps its definitions quiet and flags what it cannot share', async () => {
        const [lib] = await check(write('lib.sla', OFFICE.replace('  fee', '  provider "P"\n  scenario "S" in 2026-11 {\n  }\n  fee')));
        assert.deepEqual(codeLines(lib), ['1:9 info library-checked-in-contracts', '7:3 warning library-clause-not-shared', '8:3 warning library-clause-not-shared']);
    });

    it('a checker finding about an imported clause shows at the import line, naming the library', async () => {
        // The library's bands end at 99.5%; this contract guarantees 99.8%: a gap that only
        // the two together have, shown where the contract brings the library in.
        write('lib/office.sla', OFFICE.replace('  fee Maandvergoeding per month [art. 1.2]\n', '  fee Maandvergoeding per month [art. 1.2]\n  remedies Standaard [art. 3] {\n    warning when availability is below the guarantee in a month [art. 3.1]\n    compensation [art. 3.2] {\n      availability below 99.5%: 10% of Maandvergoeding\n    }\n  }\n'));
        const [c] = await check(write('customer.sla', CUSTOMER.replace('  priority', '  availability {\n    guaranteed 99.8% per month\n    measured around the clock\n  }\n  priority')));
        const gap = c.diagnostics.filter((d) => d.code === 'remedy-band-short-of-guarantee');
        assert.deepEqual(gap.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`), ['1:1-1:24']);
        assert.match(gap[0].message, /^The library office\.sla: the highest band ends below 99\.5%/);
    });

    it('a contract read in another zone than its library is an error at its zone', async () => {
        write('lib/office.sla', OFFICE);
        const [c] = await check(write('customer.sla', CUSTOMER.replace('  priority', '  time zone "Europe/London"\n  priority')));
        assert.deepEqual(codeLines(c), ['5:13 error several-time-zones']);
        assert.match(c.diagnostics[0].message, /office\.sla, which this file imports, is read in "Europe\/Amsterdam"/);
    });
});

describe('one language whatever the file name', () => {
    it('serves a contract under any name, but claims only .sla files for the workspace', () => {
        const registry = services.shared.ServiceRegistry;
        assert.equal(registry.getServices(URI.file('/x/contract.txt')), services.Sla);
        assert.equal(registry.getServices(URI.file('/x/CONTRACT.SLA')), services.Sla);
        assert.equal(registry.hasServices(URI.file('/x/contract.sla')), true);
        // The workspace loads what hasServices claims: a folder's logs are not contracts.
        assert.equal(registry.hasServices(URI.file('/x/avetica-moodle-2026.csv')), false);
        assert.equal(registry.hasServices(URI.file('/x/klik-onderwijs-2026.json')), false);
    });
});
