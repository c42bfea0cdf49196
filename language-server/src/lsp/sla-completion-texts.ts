/**
 * The texts of completion: one-line descriptions of keywords, phrases offered whole, and
 * the snippets the language server offers where they fit, with the document's names as
 * choices. Placeholders are neutral English words, never a sample contract's names.
 */

/** What a keyword means, in one line (CompletionItem.detail). */
export const KEYWORD_DESCRIPTIONS: Record<string, string> = {
    contract: 'A contract: its facts and clauses between braces',
    library: 'Shared definitions and standard clauses that contracts import',
    import: 'Brings a library\'s clauses into this file',
    provider: 'The party that provides the service',
    customer: 'The party that receives the service',
    version: 'The version of the agreement',
    dated: 'The date or month the agreement was signed',
    time: 'time zone: the IANA zone all times of the contract are in',
    currency: 'The currency of fees and credits (ISO 4217 code)',
    minimum: 'minimum term: the shortest duration of the agreement',
    fee: 'A fee the remedies are a percentage of',
    calendar: 'Business hours: weekly hours, public holidays and closings',
    priority: 'An incident priority with its response and resolution clocks',
    response: 'Clock from the report to the first response',
    resolution: 'Clock from the report (or response) to the resolution',
    within: 'The time allowed, in a unit, optionally of a calendar',
    availability: 'The guaranteed availability per period and how it is measured',
    guaranteed: 'The availability level the remedies apply to',
    target: 'An availability level aimed for, without remedies',
    measured: 'When downtime counts: around the clock or during a calendar',
    maintenance: 'Maintenance windows: planned, urgent and emergency',
    planned: 'Planned maintenance, or a clock planned by agreement',
    urgent: 'Urgent maintenance, announced shortly before',
    emergency: 'Emergency maintenance, any time',
    remedies: 'Warnings, compensations, credits and the right to terminate',
    warning: 'A warning when a deadline or a guarantee is missed',
    compensation: 'A share of a fee, due in bands of availability',
    credit: 'A service credit, due as soon as the guarantee is missed',
    service: 'A named service level with its own guarantee, credits and cap; in a scenario, the service an event hit',
    credits: 'credits capped at: the most all credits of a service give together per period',
    capped: 'capped at: the most a compensation or credit gives per period',
    surcharges: 'Rates for work outside business hours, as a percentage of a fee',
    scenario: 'A worked example: incidents and outages with the outcomes to expect',
    incident: 'An incident of a priority in a scenario, with its moments',
    expect: 'An outcome the scenario must give',
    note: 'Prose of the contract without computable meaning',
    backups: 'How often backups are made and how long they are kept',
    notice: 'A notice period before an event',
    commitment: 'A promise to do something within a time',
    closed: 'A closing of the calendar: public holidays, a date or every year',
    open: 'Special opening hours on one date',
    every: 'Every day, or a yearly closing on a day of a month',
    means: 'What the priority means, in the contract\'s words',
    outages: 'outages shorter than ... not counted: a minimum outage length',
    not: 'not counted: downtime that does not count against availability',
    by: 'by end of the same day of a calendar',
    around: 'around the clock: every hour of every day counts',
    right: 'right to terminate after a number of compensations',
    improvement: 'improvement proposal after a number of warnings',
    change: 'change requests: classes of changes with their lead times',
};

/** Phrases of several words, offered whole when their first word may come. */
export const PHRASES: { phrase: string; detail: string }[] = [
    { phrase: 'by end of the same day of', detail: 'The clock ends at the close of the calendar\'s business day' },
    { phrase: 'planned by agreement', detail: 'The resolution is planned with the customer: no deadline' },
    { phrase: 'around the clock', detail: 'Every hour of every day counts, not only business hours' },
    { phrase: 'not counted:', detail: 'Downtime that does not count against availability' },
    { phrase: 'right to terminate after', detail: 'The customer may terminate after so many compensations' },
    { phrase: 'closed on public holidays of', detail: 'Closed on the public holidays of a country or region' },
    { phrase: 'improvement proposal after', detail: 'The provider proposes improvements after so many warnings' },
    { phrase: 'time zone', detail: 'The IANA zone all times of the contract are in' },
    { phrase: 'minimum term', detail: 'The shortest duration of the agreement' },
    { phrase: 'change requests', detail: 'Classes of changes with their lead times' },
];

export interface DefinedNames { calendars: string[]; fees: string[]; priorities: string[] }
export type SnippetPlace = 'contract' | 'calendar' | 'priority' | 'remedies' | 'scenario';
export interface Snippet { label: string; prefix: string; detail: string; documentation?: string; body: string }

const WEEKDAYS = 'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday';
const choice = (n: number, names: string[]) => `\${${n}|${names.map((x) => x.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;

/** "of Werkdag" as a choice of the document's calendars, or "around the clock" without any. */
function calendarTime(n: number, names: DefinedNames): string {
    return names.calendars.length ? `of ${choice(n, names.calendars)}` : 'around the clock';
}

function freePriority(names: DefinedNames): string {
    for (let i = 1; ; i++) if (!names.priorities.includes(`P${i}`)) return `P${i}`;
}

/** The snippets that fit a place, built from the document's names; none that would need a name it lacks. */
export function snippetsFor(place: SnippetPlace, names: DefinedNames): Snippet[] {
    switch (place) {
        case 'contract': {
            const out: Snippet[] = [{
                label: 'priority (snippet)', prefix: 'priority', detail: 'An incident priority with a response and a resolution clock',
                body: [
                    `priority \${1:${freePriority(names)}} "\${2:Crash}" {`,
                    '  means "${3:The service cannot be used at all.}"',
                    `  response within \${4:1 hour} ${calendarTime(5, names)} after reported`,
                    `  resolution within \${6:1 working day} ${calendarTime(7, names)} after \${8|response,reported|}`,
                    '}',
                ].join('\n'),
            }];
            if (names.fees.length) {
                out.push({
                    label: 'remedies (snippet)', prefix: 'remedies', detail: 'Warnings and compensation in bands of availability, with a cap',
                    body: [
                        'remedies {',
                        '  warning when availability is below the guarantee in a ${1|month,quarter,year|}',
                        '  compensation from the ${2:2nd} warning counted per ${3|year,quarter,month|} {',
                        `    availability from \${4:95}% below \${5:99.5}%: \${6:10}% of ${choice(7, names.fees)}`,
                        `    availability below \${4:95}%: \${8:25}% of ${choice(9, names.fees)}`,
                        '    capped at ${10:50}% per ${11|year,quarter,month|}',
                        '  }',
                        '  right to terminate after ${12:3} compensations in a calendar year',
                        '}',
                    ].join('\n'),
                });
            }
            if (names.fees.length) {
                out.push({
                    label: 'service (snippet)', prefix: 'service', detail: 'A named service level: its own guarantee, a credit in bands, and a cap',
                    body: [
                        'service "${1:Virtual machines}" {',
                        '  availability {',
                        '    guaranteed ${2:99.95}% per month',
                        '    measured around the clock',
                        '  }',
                        '  remedies {',
                        '    credit when availability is below the guarantee in a month {',
                        `      availability from \${3:99}% below \${2:99.95}%: \${4:10}% of ${choice(5, names.fees)}`,
                        `      availability below \${3:99}%: \${6:25}% of ${choice(5, names.fees)}`,
                        '    }',
                        '  }',
                        '  credits capped at ${7:100}% per month',
                        '}',
                    ].join('\n'),
                });
            }
            if (names.priorities.length) {
                out.push({
                    label: 'scenario (snippet)', prefix: 'scenario', detail: 'A scenario of one month with an incident',
                    body: [
                        'scenario "${1:A month}" in ${2:2026-11} {',
                        `  incident \${3:1} ${choice(4, names.priorities)} reported \${5:2026-11-03 10:00} resolved \${6:2026-11-03 11:00}`,
                        '  $0',
                        '}',
                    ].join('\n'),
                });
            }
            return out;
        }
        case 'calendar':
            return [
                { label: 'weekly hours (snippet)', prefix: 'Monday', detail: 'Business hours on a range of weekdays', body: `\${1|${WEEKDAYS}|} to \${2|Friday,${WEEKDAYS}|} \${3:09:00} to \${4:17:00}` },
                { label: 'public holidays (snippet)', prefix: 'closed', detail: 'Closed on the public holidays of a country or region', body: 'closed on public holidays of ${1:NL}' },
                { label: 'closed on a date (snippet)', prefix: 'closed', detail: 'Closed on one date', body: 'closed on ${1:2026-12-24} "${2:Closing}"' },
                { label: 'yearly closing (snippet)', prefix: 'closed', detail: 'Closed every year on a day of a month', body: 'closed every ${1:31} ${2|December,January,February,March,April,May,June,July,August,September,October,November|} "${3:Closing}"' },
                { label: 'special opening (snippet)', prefix: 'open', detail: 'Special opening hours on one date', body: 'open on ${1:2026-12-27} ${2:10:00} to ${3:14:00} "${4:Extra opening}"' },
            ];
        case 'priority':
            return ['response', 'resolution'].map((kind, i) => ({
                label: `${kind} clock (snippet)`, prefix: kind, detail: i === 0 ? 'Clock from the report to the first response' : 'Clock to the resolution',
                body: `${kind} within \${1:${i === 0 ? '1 hour' : '1 working day'}} ${calendarTime(2, names)} after \${3|${i === 0 ? 'reported' : 'response,reported'}|}`,
            }));
        case 'remedies':
            return names.fees.length ? [{
                label: 'compensation (snippet)', prefix: 'compensation', detail: 'Compensation in bands of availability, with a cap',
                body: [
                    'compensation from the ${1:2nd} warning counted per ${2|year,quarter,month|} {',
                    `  availability below \${3:99.5}%: \${4:10}% of ${choice(5, names.fees)}`,
                    '  capped at ${6:50}% per ${7|year,quarter,month|}',
                    '}',
                ].join('\n'),
            }] : [];
        case 'scenario':
            return names.priorities.length ? [{
                label: 'incident (snippet)', prefix: 'incident', detail: 'An incident of a priority with its moments',
                body: `incident \${1:1} ${choice(2, names.priorities)} reported \${3:2026-11-03 10:00} resolved \${4:2026-11-03 11:00}`,
            }] : [];
    }
}
