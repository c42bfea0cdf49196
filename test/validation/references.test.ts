import * as assert from 'node:assert/strict';
import { runCases, sla } from './cases.js';
import { validate, codes } from '../support/sla.js';
import { AST_CODES } from '../../language-server/src/services/validation/ast-codes.js';

const SCENARIO = (body: string) => `  scenario "Slechte november" in 2026-11 {
    incident 1 P1 reported 2026-11-06 16:30 responded 2026-11-06 16:50 resolved 2026-11-06 18:00
${body}
  }`;

describe('AST checks: references', () => {
    runCases([
        {
            code: 'duplicate-name', title: 'two priorities P1',
            fires: sla(`  priority <|>P1 { response within 2 hours of Werkdag after reported resolution within 8 hours of Werkdag after response }`),
            clean: sla(`  priority P2 { response within 2 hours of Werkdag after reported resolution within 8 hours of Werkdag after response }`),
            says: ['priority named "P1"', 'line 9'],
        },
        {
            code: 'duplicate-name', title: 'two calendars',
            fires: sla(`  calendar <|>Werkdag { Monday to Friday 08:00 to 18:00 }`),
            clean: sla(`  calendar Service { Monday to Friday 08:00 to 18:00 }`),
            says: ['calendar'],
        },
        {
            code: 'duplicate-name', title: 'two fees',
            fires: sla(`  fee Maand per month\n  fee <|>Maand per year`),
            clean: sla(`  fee Maand per month\n  fee Jaar per year`),
        },
        {
            code: 'duplicate-name', title: 'two change classes',
            fires: sla(`  change requests { Laag: lead time at most 4 weeks\n  <|>Laag: lead time at most 1 week }`),
            clean: sla(`  change requests { Laag: lead time at most 4 weeks\n  Hoog: lead time at most 1 week }`),
        },
        {
            code: 'duplicate-name', title: 'two scenarios with one name',
            fires: sla(`  scenario "A" in 2026-11 { }\n  scenario <|>"A" in 2026-12 { }`),
            clean: sla(`  scenario "A" in 2026-11 { }\n  scenario "B" in 2026-12 { }`),
        },
        {
            code: 'duplicate-event-id', title: 'two incidents 1 in one scenario',
            fires: sla(SCENARIO(`    incident <|>1 P1 reported 2026-11-07 10:00`)),
            clean: sla(SCENARIO(`    incident 2 P1 reported 2026-11-07 10:00`)),
            says: ['id 1'],
        },
        {
            code: 'duplicate-event-id', title: 'an outage id equal to an incident id',
            fires: sla(SCENARIO(`    outage force majeure id <|>1 from 2026-11-20 10:00 to 11:00`)),
            clean: sla(SCENARIO(`    outage force majeure id storm from 2026-11-20 10:00 to 11:00`)),
        },
        {
            code: 'duplicate-clause', title: 'two providers',
            fires: sla(`  <|>provider "Ander B.V."`),
            clean: sla(`  version "1.0"`),
            says: ['"provider"', 'only the first'],
        },
        {
            code: 'duplicate-clause', title: 'two guaranteed availability levels',
            fires: sla(`  availability { guaranteed 99% per month\n    <|>guaranteed 98% per month }`),
            clean: sla(`  availability { guaranteed 99% per month\n    target 99.5% per month }`),
        },
        {
            code: 'unused-calendar', title: 'a calendar nobody uses',
            fires: sla(`  calendar <|>Avond { Monday to Friday 17:00 to 22:00 }`),
            clean: sla(`  calendar Avond { Monday to Friday 17:00 to 22:00 }\n  availability { measured during Avond }`),
            says: ['"Avond"'],
        },
        {
            code: 'unused-fee', title: 'a fee nobody refers to',
            fires: sla(`  fee <|>Maand per month`),
            clean: sla(`  fee Maand per month\n  remedies { compensation { availability from 95% below 99%: 20% of Maand } }`),
        },
        {
            code: 'unused-fee', title: 'a monthly fee nobody refers to, beside an hourly rate that is only a price on record',
            fires: sla(`  fee Uurtarief per hour\n  fee Storing per incident amount 90 EUR\n  fee <|>Maand per month`),
            clean: sla(`  fee Uurtarief per hour\n  fee Storing per incident amount 90 EUR`),
        },
        {
            code: 'unknown-incident', title: 'an expectation about incident 2 that is not there',
            fires: sla(SCENARIO(`    expect response met for incident <|>2`)),
            clean: sla(SCENARIO(`    expect response met for incident 1`)),
            says: ['no incident 2'],
        },
        {
            code: 'unknown-incident', title: 'an expectation naming an outage id, not an incident',
            fires: sla(SCENARIO(`    outage third party id storm from 2026-11-20 10:00 to 11:00\n    expect resolution missed for incident <|>storm`)),
            clean: sla(SCENARIO(`    expect resolution met for incident 1`)),
        },
    ]);

    it('every code of the list has a one-line summary and a severity', () => {
        for (const [code, { severity, summary }] of Object.entries(AST_CODES)) {
            assert.match(code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
            assert.ok(['error', 'warning', 'info'].includes(severity));
            assert.ok(summary.length > 10 && !summary.includes('\n'), code);
        }
        assert.ok(Object.keys(AST_CODES).length >= 18);
    });

    it('a complete, correct contract raises none of the AST codes', async () => {
        const text = sla(`  fee Maand "maandvergoeding" per month amount 1000 EUR
  availability [art. 10] {
    guaranteed 99.5% per month
    target 99.9% per month
    measured during Werkdag
    not counted: planned maintenance within window if announced, force majeure
  }
  maintenance { planned: Friday 22:00 to 24:00 }
  remedies {
    warning when availability is below the guarantee in a month
    improvement proposal after 2 warnings in a month
    compensation from the 2nd warning counted per year {
      availability from 95% below 99.5%: 20% of Maand
      availability below 95%: 40% of Maand
      capped at 50% per year
    }
    right to terminate after 6 compensations in a calendar year
  }
  surcharges of Maand { Saturday: 150%  Sunday: 200% }
  minimum term 1 year
  notice "Opzegging" 2 months before "the end of the term"
  commitment "Klachten" within 10 working days of Werkdag after "receipt"
  backups { daily, kept 1 week  monthly, kept 1 year }
  note "Klachten" [art. 9.4] "Klachten gaan naar de helpdesk."
  scenario "November" in 2026-11 {
    incident 1 P1 reported 2026-11-06 16:30 responded 2026-11-09 09:40 resolved 2026-11-09 12:00
    maintenance planned 2026-11-13 22:00 for 25 minutes announced 2026-11-06 10:00
    expect response missed for incident 1
  }`);
        const { diagnostics } = await validate(text);
        const ours = codes(diagnostics).filter((c) => c in AST_CODES);
        assert.deepEqual(ours, [], JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line + 1, d.message])));
        assert.deepEqual(diagnostics.filter((d) => d.severity === 1).map((d) => d.message), []);
    });
});
