/**
 * The examples of docs/language.md check: a reference whose examples do not parse would
 * teach writers errors. Whole files check as they stand; clause examples are checked
 * inside a contract that defines the names they use.
 */
import * as assert from 'node:assert/strict';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { checkTexts } from '../../language-server/src/services/diagnostics.js';
import { blocks, subBlocks } from './doc-blocks.js';

const services = createSlaCoreServices(EmptyFileSystem);

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
    it('Credits by time of a missed deadline: the credit lines check inside a contract without errors', async () => {
        const [lines] = subBlocks('Credits by time of a missed deadline');
        const text = HOST(`  currency EUR
  fee Maandbedrag per month amount 1200 EUR
  priority P1 { response within 1 hour around the clock after reported  start of work within 2 hours around the clock after reported
    workaround within 4 hours around the clock after reported  resolution within 8 hours around the clock after reported }
  priority P2 { response within 2 hours around the clock after reported  workaround within 1 day around the clock after reported }
  remedies {
${lines}  }`);
        const [c] = await checkTexts(services, [{ file: 'late.sla', text }]);
        assert.deepEqual(errorsOf(c.diagnostics), []);
        const late = c.model.remedyGroups[0].remedies.map((r) => (r.type === 'credit' && r.basis.type === 'deadline' ? [r.basis.clock, r.basis.late?.unitMinutes, r.basis.late?.graceMinutes, r.basis.late?.partThereof] : []));
        // "each hour or part thereof"; "each 30 minutes or part thereof"; "each additional hour" (the first free); "each hour ... after the first 2 hours".
        assert.deepEqual(late, [['resolution', 60, 0, true], ['start-of-work', 30, 0, true], ['workaround', 60, 60, false], ['response', 60, 120, false]]);
    });

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
