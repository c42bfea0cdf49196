import { runCases, sla, P1, PARTIES } from './cases.js';
import { contract } from '../support/sla.js';

const TWO_CALENDARS = `  time zone "Europe/Amsterdam"
  calendar Werkdag { Monday to Friday 09:00 to 17:00 }
  calendar Service { Monday to Saturday 07:00 to 22:00 }
  availability { measured during Service }`;

describe('AST checks: units and values', () => {
    runCases([
        {
            code: 'missing-unit', title: 'a deadline without unit',
            fires: sla(`  priority P2 { response within <|>4 of Werkdag after reported resolution within 2 days around the clock }`),
            clean: sla(`  priority P2 { response within 4 hours of Werkdag after reported resolution within 2 days around the clock }`),
            says: ['no unit', '4 hours'],
        },
        {
            code: 'missing-unit', title: 'a percentage without % sign',
            fires: sla(`  availability { guaranteed <|>99.5 per month }`),
            clean: sla(`  availability { guaranteed 99.5% per month }`),
            says: ['99.5%'],
        },
        {
            code: 'negative-value', title: 'a negative minimum term',
            fires: sla(`  minimum term <|>-1 years`),
            clean: sla(`  minimum term 1 years`),
        },
        {
            code: 'negative-value', title: 'a negative compliance share',
            fires: sla(`  resolution times met in at least <|>-5% of incidents per month`),
            clean: sla(`  resolution times met in at least 90% of incidents per month`),
        },
        {
            code: 'negative-value', title: 'a negative fee amount',
            fires: sla(`  fee Maand per month amount <|>-100 EUR`),
            clean: sla(`  fee Maand per month amount 100 EUR`),
        },
        {
            code: 'zero-duration', title: 'backups kept 0 days',
            fires: sla(`  backups { daily, kept <|>0 days }`),
            clean: sla(`  backups { daily, kept 7 days }`),
            says: ['retention period'],
        },
        {
            code: 'zero-duration', title: 'a response within 0 hours',
            fires: sla(`  priority P2 { response within <|>0 hours of Werkdag after reported resolution within 1 day around the clock }`),
            clean: sla(`  priority P2 { response within 1 hours of Werkdag after reported resolution within 1 day around the clock }`),
        },
        {
            code: 'count-not-whole', title: 'an improvement proposal after 2.5 warnings',
            fires: sla(`  remedies { improvement proposal after <|>2.5 warnings in a month }`),
            clean: sla(`  remedies { improvement proposal after 2 warnings in a month }`),
        },
        {
            code: 'count-not-whole', title: 'Liberation Day except every 2.5 years',
            fires: contract(`  calendar K { Monday 09:00 to 17:00\n closed on public holidays of NL excluding "Liberation Day" except every <|>2.5 years }\n  availability { measured during K }`),
            clean: contract(`  calendar K { Monday 09:00 to 17:00\n closed on public holidays of NL excluding "Liberation Day" except every 5 years }\n  availability { measured during K }`),
        },
        {
            code: 'share-above-100', title: 'availability guaranteed at 101%',
            fires: sla(`  availability { guaranteed <|>101% per month }`),
            clean: sla(`  availability { guaranteed 100% per month }`),
            says: ['101%'],
        },
        {
            code: 'share-above-100', title: 'a compensation of 120% of the fee, but not a surcharge of 150%',
            fires: sla(`  fee Maand per month\n  surcharges of Maand { Saturday: 150% }\n  remedies { compensation { availability below 95%: <|>120% of Maand } }`),
            clean: sla(`  fee Maand per month\n  surcharges of Maand { Saturday: 150% }\n  remedies { compensation { availability below 95%: 100% of Maand } }`),
        },
        {
            code: 'share-above-100', title: 'a band bound above 100%',
            fires: sla(`  fee Maand per month\n  remedies { compensation { availability from 95% below <|>100.5%: 10% of Maand } }`),
            clean: sla(`  fee Maand per month\n  remedies { compensation { availability from 95% below 99.5%: 10% of Maand } }`),
        },
        {
            code: 'multiplier-below-100', title: 'a Saturday surcharge of 50%',
            fires: sla(`  surcharges { Saturday: <|>50% }`),
            clean: sla(`  surcharges { Saturday: 150% }`),
            says: ['150%'],
        },
        {
            code: 'unit-kind-mismatch', title: 'a minimum term in hours',
            fires: sla(`  minimum term 12 <|>hours`),
            clean: sla(`  minimum term 12 months`),
        },
        {
            code: 'unit-kind-mismatch', title: 'a resolution deadline in months',
            fires: sla(`  priority P4 { response within 1 day around the clock after reported resolution within 1 <|>month around the clock }`),
            clean: sla(`  priority P4 { response within 1 day around the clock after reported resolution within 30 days around the clock }`),
        },
        {
            code: 'ambiguous-unit-of-calendar', title: '3 days of Werkdag',
            fires: sla(`  priority P4 { response within 1 hour of Werkdag after reported resolution within 3 <|>days of Werkdag }`),
            clean: sla(`  priority P4 { response within 1 hour of Werkdag after reported resolution within 3 working days of Werkdag }`),
            says: ['working days of Werkdag', 'It is read as 3 working days'],
        },
        {
            code: 'ambiguous-unit-of-calendar', title: '1 week of Werkdag says it is a calendar week from the next opening',
            fires: sla(`  priority P4 { response within 1 hour of Werkdag after reported resolution within 1 <|>week of Werkdag }`),
            clean: sla(`  priority P4 { response within 1 hour of Werkdag after reported resolution within 40 hours of Werkdag }`),
            says: ['168 hours of Werkdag\'s opening time', 'It is read as a calendar period: from Werkdag\'s next opening, the same time of day 1 week later, moved to Werkdag\'s next opening'],
        },
        {
            code: 'working-days-without-calendar', title: 'working days when the contract has two calendars',
            fires: contract(`${PARTIES}\n${P1}\n  commitment "Klachten" within 10 <|>working days after "receipt"`, TWO_CALENDARS),
            clean: contract(`${PARTIES}\n${P1}\n  commitment "Klachten" within 10 working days of Werkdag after "receipt"`, TWO_CALENDARS),
            says: ['2 calendars'],
        },
        {
            code: 'working-days-without-calendar', title: 'working days when the contract has no calendar',
            fires: contract(`  commitment "Klachten" within 10 <|>working days after "receipt"`, ''),
            clean: sla(`  commitment "Klachten" within 10 working days after "receipt"`),
            says: ['has none'],
        },
    ]);
});
