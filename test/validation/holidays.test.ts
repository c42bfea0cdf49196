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
});
