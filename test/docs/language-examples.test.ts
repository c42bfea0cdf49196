/**
 * The examples of docs/language.md check: a reference whose examples do not parse would
 * teach writers errors. Whole files check as they stand; clause examples are checked
 * inside a contract that defines the names they use.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { checkTexts } from '../../language-server/src/services/diagnostics.js';

const DOC = readFileSync(new URL('../../docs/language.md', import.meta.url), 'utf8');
const services = createSlaCoreServices(EmptyFileSystem);

/** The fenced blocks of one `## ` section. */
function blocks(section: string): string[] {
    const start = DOC.indexOf(`\n## ${section}\n`);
    assert.ok(start >= 0, `no section "${section}"`);
    const end = DOC.indexOf('\n## ', start + 4);
    const text = DOC.slice(start, end < 0 ? undefined : end);
    return [...text.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]);
}

const errorsOf = (d: { severity: string; line: number; message: string }[]) =>
    d.filter((x) => x.severity === 'error').map((x) => `${x.line}: ${x.message}`);

const HOST = (clauses: string) => `contract "Host" {
  provider "P"
  customer "C"
  time zone "Europe/Amsterdam"
  calendar Werkdag { Monday to Friday 09:00 to 17:00  closed on public holidays of NL }
  calendar Kantooruren { Monday to Friday 08:30 to 17:30  closed on public holidays of NL }
  fee Uurtarief per hour amount 95 EUR
${clauses}
}
`;

describe('docs/language.md examples', () => {
    it('Files: the library and the contract that imports it check together without errors', async () => {
        const [library, contract] = blocks('Files: contracts, libraries and imports');
        const checked = await checkTexts(services, [{ file: 'standaard.sla', text: library }, { file: 'klant-a.sla', text: contract }]);
        for (const c of checked) assert.deepEqual(errorsOf(c.diagnostics), [], c.file);
        assert.equal(checked[1].model.calendars[0]?.name, 'Kantooruren');
    });

    it('Contract facts: the example contract checks without errors', async () => {
        const [example] = blocks('Contract facts');
        const [c] = await checkTexts(services, [{ file: 'facts.sla', text: example }]);
        assert.deepEqual(errorsOf(c.diagnostics), []);
        assert.equal(c.model.zone, 'Europe/Amsterdam');
    });

    for (const section of ['Maintenance', 'Surcharges', 'Change requests, notices and commitments', 'Backups and notes']) {
        it(`${section}: the clauses check inside a contract without errors`, async () => {
            for (const example of blocks(section)) {
                const [c] = await checkTexts(services, [{ file: 'host.sla', text: HOST(example) }]);
                assert.deepEqual(errorsOf(c.diagnostics), [], example);
            }
        });
    }
});
