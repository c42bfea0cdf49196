import * as assert from 'node:assert/strict';
import { runCases, sla } from './cases.js';
import { contract, validate, withCode } from '../support/sla.js';

const FEES = `  fee Maand per month\n  fee Uur per hour`;
const comp = (head: string, band: string) => sla(`${FEES}\n  surcharges of Uur { Saturday: 150% }\n  remedies { compensation${head} {\n    ${band}\n  } }`);

describe('AST checks: remedies and legal text', () => {
    runCases([
        {
            code: 'band-without-bound', title: 'a band without any bound',
            fires: comp('', '<|>availability: 20% of Maand'), clean: comp('', 'availability below 99%: 20% of Maand'),
        },
        {
            code: 'compensation-fee-not-periodic', title: 'a compensation as a share of an hourly fee',
            fires: comp('', 'availability below 99%: 20% of <|>Uur'), clean: comp('', 'availability below 99%: 20% of Maand'),
            says: ['per hour'],
        },
        {
            code: 'period-kind-unsupported', title: 'a compensation counted per hour; per week only for availability levels',
            fires: comp(' from the 2nd warning counted per <|>hour', 'availability below 99%: 20% of Maand'),
            clean: comp(' from the 2nd warning counted per month', 'availability below 99%: 20% of Maand'),
            says: ['per hour is not supported', 'month, quarter or year'],
        },
        {
            code: 'period-kind-unsupported', title: 'a credit cap per week: why, and the clause per month to write instead',
            fires: sla(`  fee Maand per month amount 100 EUR\n  remedies { credit 5% of Maand for each hour of downtime, capped at 20% per <|>week }`),
            clean: sla(`  fee Maand per month amount 100 EUR\n  remedies { credit 5% of Maand for each hour of downtime, capped at 20% per month }`),
            says: ['A credit cap per week is not supported', 'as fees are billed', 'none of the public SLAs read for the language counts them per week',
                'a week across a month end would belong to two bills', "Write 'capped at 20% per month'."],
        },
        {
            code: 'period-kind-unsupported', title: 'downtime summed per hour: the unit "for each hour" is kept, only the period becomes a month',
            fires: sla(`  fee Maand per month\n  remedies { credit 5% of Maand for each hour of downtime in a <|>hour }`),
            clean: sla(`  fee Maand per month\n  remedies { credit 5% of Maand for each hour of downtime in a month }`),
            says: ["Write 'credit 5% of Maand for each hour of downtime in a month'."],
        },
        {
            code: 'period-kind-unsupported', title: 'compensations counted in a rolling window: per month, or the chronic-outage right',
            fires: sla(`  remedies { right to terminate after 3 compensations in a <|>rolling 30 days }`),
            clean: sla(`  remedies { right to terminate after 3 compensations in a calendar year }`),
            says: ["Write 'right to terminate after 3 compensations in a month'", "'right to terminate after more than 3 outages in any 30 consecutive days'"],
        },
        {
            code: 'zeroth-warning', title: 'from the 0th warning',
            fires: comp(' from the <|>0th warning', 'availability below 99%: 20% of Maand'),
            clean: comp(' from the 1st warning', 'availability below 99%: 20% of Maand'),
        },
        {
            code: 'ordinal-suffix', title: '2th',
            fires: comp(' from the <|>2th warning', 'availability below 99%: 20% of Maand'),
            clean: comp(' from the 12th warning', 'availability below 99%: 20% of Maand'),
            says: ['2nd'],
        },
        {
            code: 'zero-count', title: 'an improvement proposal after 0 warnings',
            fires: sla(`  remedies { improvement proposal after <|>0 warnings in a month }`),
            clean: sla(`  remedies { improvement proposal after 2 warnings in a month }`),
        },
        {
            code: 'zero-count', title: 'a right to terminate after 0 compensations',
            fires: sla(`  remedies { right to terminate after <|>0 compensations in a calendar year }`),
            clean: sla(`  remedies { right to terminate after 6 compensations in a calendar year }`),
        },
        {
            code: 'empty-note', title: 'a note with empty text',
            fires: sla(`  note "Klachten" [art. 9.4] <|>"  "`), clean: sla(`  note "Klachten" [art. 9.4] "Klachten gaan naar de helpdesk."`),
            says: ['Art. 9.4: '],
        },
        {
            code: 'empty-note', title: 'a note with an empty title',
            fires: sla(`  note <|>"" "Klachten gaan naar de helpdesk."`), clean: sla(`  note "Klachten" "Klachten gaan naar de helpdesk."`),
        },
        {
            code: 'missing-party', title: 'no provider',
            fires: `contract <|>"X" { customer "Opdrachtgever" }`, clean: `contract "X" { provider "Leverancier" customer "Opdrachtgever" }`,
            says: ['provider'],
        },
        {
            code: 'missing-party', title: 'no customer',
            fires: contract('  provider "Leverancier"').replace('"Test"', '<|>"Test"'), clean: sla(''),
            says: ['customer'],
        },
    ]);
});

describe('credits: AST checks', () => {
    it('credit-without-fee: a share that names no fee; unit-kind-mismatch: downtime counted in months', async () => {
        const r = await validate(contract(`  fee Maand per month amount 100 EUR
  availability { guaranteed 99.9% per month  measured around the clock }
  remedies {
    credit 5% for each 30 minutes of downtime or part thereof
    credit 5% of Maand for each 1 month of downtime
  }`));
        const noFee = withCode(r.diagnostics, 'credit-without-fee');
        assert.equal(noFee.length, 1);
        assert.match(String(noFee[0].message), /"5%" of what\?/);
        assert.match(String(withCode(r.diagnostics, 'unit-kind-mismatch')[0].message), /"month" has no fixed length/);
    });
});
