import { runCases, sla } from './cases.js';

const cal = (rule: string) => sla(`  calendar Kantoor { Monday to Friday 08:00 to 18:00\n    ${rule} }\n  availability { measured during Kantoor }`);

describe('AST checks: public holidays', () => {
    runCases([
        {
            code: 'unknown-holiday-country', title: 'country XX',
            fires: cal('closed on public holidays of <|>XX'), clean: cal('closed on public holidays of BE'),
            says: ['"XX"'],
        },
        {
            code: 'unknown-holiday-country', title: 'UK is not the ISO code of the United Kingdom',
            fires: cal('closed on public holidays of <|>UK'), clean: cal('closed on public holidays of GB'),
            says: ['"UK"', 'is GB'],
        },
        {
            code: 'unknown-holiday-region', title: 'GB-SCO: did you mean GB-SCT',
            fires: cal('closed on public holidays of <|>GB-SCO'), clean: cal('closed on public holidays of GB-SCT'),
            says: ['"GB-SCO"', 'Did you mean GB-SCT?', 'GB-ENG, GB-NIR, GB-SCT, GB-WLS'],
        },
        {
            code: 'unknown-holiday-region', title: 'UK-ENG: the country part is GB',
            fires: cal('closed on public holidays of <|>UK-ENG'), clean: cal('closed on public holidays of GB-ENG'),
            says: ['Did you mean GB-ENG?'],
        },
        {
            code: 'unknown-holiday-region', title: 'US-CAL',
            fires: cal('closed on public holidays of <|>US-CAL'), clean: cal('closed on public holidays of US-CA'),
            says: ['US has no region CAL', 'US-CA'],
        },
        {
            code: 'unknown-holiday-region', title: 'DE-BAY',
            fires: cal('closed on public holidays of <|>DE-BAY'), clean: cal('closed on public holidays of DE-BY including "Assumption"'),
            says: ['Did you mean DE-BY?'],
        },
        {
            code: 'unknown-holiday-region', title: 'AU-NSX',
            fires: cal('closed on public holidays of <|>AU-NSX'), clean: cal('closed on public holidays of AU-NSW'),
            says: ['Did you mean AU-NSW?'],
        },
        {
            code: 'unknown-holiday-region', title: 'NL has only the national list',
            fires: cal('closed on public holidays of <|>NL-ZH'), clean: cal('closed on public holidays of NL'),
            says: ['only the national one. Write NL.'],
        },
        {
            code: 'unknown-holiday-name', title: 'a region knows its own days: St Andrew\'s Day, typed with a plain apostrophe',
            fires: cal('closed on public holidays of GB-ENG including <|>"St Andrew\'s Day"'),
            clean: cal('closed on public holidays of GB-SCT including "St Andrew\'s Day"'),
        },
        {
            code: 'unknown-holiday-name', title: 'including a day NL does not have',
            fires: cal('closed on public holidays of NL including "Good Friday", <|>"Sinterklaas"'),
            clean: cal('closed on public holidays of NL including "Good Friday"'),
            says: ['"Sinterklaas"', 'Known names include'],
        },
        {
            code: 'unknown-holiday-name', title: 'excluding a day NL does not have',
            fires: cal('closed on public holidays of NL excluding <|>"Liberation Dag" except every 5 years'),
            clean: cal('closed on public holidays of NL excluding "Liberation Day" except every 5 years'),
        },
        {
            code: 'unknown-holiday-name', title: 'a Dutch name of a Dutch holiday is known',
            fires: cal('closed on public holidays of DE including <|>"Bevrijdingsdag"'),
            clean: cal('closed on public holidays of NL including "Goede Vrijdag"'),
        },
    ]);

    runCases([
        {
            code: 'invalid-time', title: 'a part-day closing from 25:00',
            fires: cal('closed on 2026-12-24 from <|>25:00'), clean: cal('closed on 2026-12-24 from 12:00 "Kerstavond"'),
        },
        {
            code: 'reversed-range', title: 'a part-day closing that ends before it starts',
            fires: cal('closed on 2026-12-23 from 14:00 to <|>12:00'), clean: cal('closed on 2026-12-23 from 12:00 to 14:00'),
            says: ['ends at 12:00, before it starts at 14:00'],
        },
        {
            code: 'empty-time-range', title: 'a yearly closing from 12:00 to 12:00',
            fires: cal('closed every 24 December from 12:00 to <|>12:00'), clean: cal('closed every 24 December from 12:00 "Christmas Eve afternoon"'),
        },
        {
            code: 'invalid-date', title: '31 June in a yearly closing',
            fires: cal('closed every <|>31 June'), clean: cal('closed every 30 June'),
            says: ['31 June does not exist: June has 30 days.'],
        },
        {
            code: 'invalid-date', title: '30 February as the end of a season',
            fires: cal('from 1 December to <|>30 February: Monday to Friday 10:00 to 16:00'),
            clean: cal('from 1 December to 29 February: Monday to Friday 10:00 to 16:00'),
            says: ['February has 29 days'],
        },
        {
            code: 'invalid-date', title: 'a special opening on 2026-02-30',
            fires: cal('open on <|>2026-02-30 10:00 to 14:00'), clean: cal('open on 2026-12-27 10:00 to 14:00 "Extra opening"'),
        },
        {
            code: 'opening-past-midnight', title: 'a special opening 22:00 to 02:00',
            fires: cal('open on 2026-12-27 22:00 to <|>02:00'), clean: cal('open on 2026-12-27 22:00 to 24:00'),
            says: ['22:00 to 24:00', '00:00 to 02:00'],
        },
    ]);
});
