/**
 * A realistic large contract for the benchmark: what a contract writer produces for a
 * Dutch IT provider serving a customer with offices in five countries and a warehouse.
 * About 1,000 lines: 10 calendars (weekly hours, public holidays of NL, BE, DE, GB, FR
 * and LU, closing days), 20 priorities with response and resolution clocks (conditions,
 * same-day caps, around the clock), availability, maintenance windows, full remedies,
 * surcharges, change requests, notices, commitments, backups, notes and 30 scenarios.
 *
 * Deterministic: the project's seededRandom picks the scenarios' days, times and
 * priorities, so a seed always gives the same text. The text checks without errors
 * (test/bench/realistic-contract.test.ts); its warnings are the kind a real contract has.
 *
 * The generator for the 5,000-line synthetic contract (generate-contract.ts) is a
 * different thing: it repeats one block to reach a size, this one reads like a contract.
 */
import { seededRandom } from '../language-server/src/engine/random.js';

export const REALISTIC_SEED = 20261121;

/** What the generated contract holds, for the test and the bench's row title. */
export const REALISTIC_SHAPE = { calendars: 10, priorities: 20, scenarios: 30 } as const;

export interface Priority {
    name: string;
    title: string;
    means: string;
    clocks: string[];
    /** Calendar the clocks of "met" scenarios are measured in; reports at 10:xx fall inside it. */
    line: string;
    /** Kinds of clocks with a computable deadline (planned by agreement has none). */
    deadlines: ('response' | 'resolution')[];
    /** Whether the resolution clock starts after the response (a late response moves it). */
    resolutionAfterResponse: boolean;
    /** Whether the priority takes the service down (downtime counts against availability). */
    down: boolean;
}

/** Also the calendars of the workspace bench's library (workspace.ts). */
export const CALENDARS: { name: string; article: string; comment: string[]; rules: string[] }[] = [
    {
        name: 'Kantooruren', article: 'art. 1.4', comment: [
            'Art. 1.4: "werkdagen van 08:30 tot 17:30 uur, met uitzondering van de in Nederland',
            'erkende feestdagen en Goede Vrijdag". Kerstavond en de week tussen Kerst en Oud en',
            'Nieuw is het kantoor van Leverancier gesloten (art. 1.4, laatste zin).',
        ],
        rules: [
            'Monday to Friday 08:30 to 17:30',
            'closed on public holidays of NL including "Good Friday" excluding "Liberation Day" except every 5 years',
            'closed on 2026-12-24 "Kerstavond"',
            'closed from 2026-12-28 to 2026-12-31 "Collectieve sluiting"',
        ],
    },
    {
        name: 'Servicedesk', article: 'art. 1.5', comment: [
            'Art. 1.5: de Servicedesk is bereikbaar op werkdagen van 07:00 tot 22:00 uur en op',
            'zaterdag van 09:00 tot 17:00 uur; niet op Nederlandse feestdagen.',
        ],
        rules: [
            'Monday to Friday 07:00 to 22:00',
            'Saturday 09:00 to 17:00',
            'closed on public holidays of NL',
        ],
    },
    {
        name: 'Storingsdienst', article: 'art. 1.6', comment: [
            'Art. 1.6: buiten de openingstijden van de Servicedesk neemt de Storingsdienst',
            'meldingen van Prioriteit H2 aan: \'s nachts, in het weekend en op feestdagen.',
        ],
        rules: [
            'every day 00:00 to 07:00, 22:00 to 24:00',
            'Saturday 00:00 to 09:00, 17:00 to 24:00',
            'Sunday all day',
        ],
    },
    {
        name: 'Kantooruren_BE', article: 'art. 1.7', comment: [
            'Art. 1.7: vestiging Antwerpen, werkdagen 08:00 tot 17:00 uur, Belgische feestdagen.',
        ],
        rules: [
            'Monday to Friday 08:00 to 17:00',
            'closed on public holidays of BE',
        ],
    },
    {
        name: 'Bürozeiten_DE', article: 'art. 1.8', comment: [
            'Art. 1.8: Niederlassung Düsseldorf. Freitags bis 15:00 Uhr; Heiligabend und',
            'Silvester sind dort arbeitsfrei, obwohl sie keine gesetzlichen Feiertage sind.',
        ],
        rules: [
            'Monday to Thursday 08:00 to 17:00',
            'Friday 08:00 to 15:00',
            'closed on public holidays of DE including "Christmas Eve", "New Year\'s Eve"',
        ],
    },
    {
        name: 'OfficeHours_UK', article: 'art. 1.9', comment: [
            'Art. 1.9: the Reading office, 09:00 to 17:30 UK time, written here in Dutch time',
            '(the contract\'s zone): one hour later all year, the two countries change their',
            'clocks on the same day.',
        ],
        rules: [
            'Monday to Friday 10:00 to 18:30',
            'closed on public holidays of GB',
        ],
    },
    {
        name: 'Bureau_FR', article: 'art. 1.10', comment: [
            'Art. 1.10: bureau de Lille, pause déjeuner de 12:30 à 13:30. Le lundi de Pentecôte',
            'est travaillé (journée de solidarité).',
        ],
        rules: [
            'Monday to Friday 09:00 to 12:30, 13:30 to 18:00',
            'closed on public holidays of FR excluding "Whit Monday"',
        ],
    },
    {
        name: 'Bureau_LU', article: 'art. 1.11', comment: [
            'Art. 1.11: kantoor Luxemburg-Stad, werkdagen 08:30 tot 17:00 uur.',
        ],
        rules: [
            'Monday to Friday 08:30 to 17:00',
            'closed on public holidays of LU',
        ],
    },
    {
        name: 'Magazijn', article: 'art. 1.12', comment: [
            'Art. 1.12: het distributiecentrum in Tilburg draait twee ploegen, maandag tot en',
            'met zaterdag; op feestdagen en in de inventarisweek ligt het stil.',
        ],
        rules: [
            'Monday to Saturday 06:00 to 23:00',
            'closed on public holidays of NL',
            'closed from 2026-07-27 to 2026-07-31 "Inventarisweek"',
        ],
    },
    {
        name: 'Weekenddienst', article: 'art. 1.13', comment: [
            'Art. 1.13: op zondag is het magazijn dicht; een technicus van dienst is bereikbaar',
            'van 08:00 tot 20:00 uur.',
        ],
        rules: [
            'Sunday 08:00 to 20:00',
        ],
    },
];

/** Also the priorities of the workspace bench's library (workspace.ts). */
export const PRIORITIES: Priority[] = [
    {
        name: 'H1', title: 'Hosting kritiek', line: 'Servicedesk', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: true,
        means: 'Het productieplatform is voor alle gebruikers onbereikbaar of gegevens gaan verloren.',
        clocks: [
            'response within 15 minutes around the clock after reported [art. 4.2]',
            'resolution within 4 hours around the clock after response [art. 4.3]',
        ],
    },
    {
        name: 'H2', title: 'Hosting hoog', line: 'Servicedesk', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: true,
        means: 'Een deel van het platform is onbereikbaar of zo traag dat werken niet mogelijk is.',
        clocks: [
            'response within 30 minutes of Servicedesk after reported if reported during Servicedesk [art. 4.2]',
            'response within 1 hour of Storingsdienst after reported if reported outside Servicedesk [art. 4.2]',
            'resolution within 8 hours of Servicedesk after response [art. 4.3]',
        ],
    },
    {
        name: 'H3', title: 'Hosting gemiddeld', line: 'Servicedesk', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Een storing met een werkbare omweg, of een verstoring voor een enkele gebruiker.',
        clocks: [
            'response within 2 hours of Servicedesk after reported [art. 4.2]',
            'resolution within 3 working days of Servicedesk after response [art. 4.3]',
        ],
    },
    {
        name: 'H4', title: 'Hosting laag', line: 'Servicedesk', deadlines: ['response'], resolutionAfterResponse: true, down: false,
        means: 'Vragen, cosmetische fouten en verzoeken om informatie.',
        clocks: [
            'response within 1 working day of Servicedesk after reported [art. 4.2]',
            'resolution planned by agreement [art. 4.3]',
        ],
    },
    {
        name: 'W1', title: 'Werkplek kritiek', line: 'Kantooruren', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Een hele afdeling kan niet werken: geen netwerk, geen e-mail of geen toegang tot de werkplek.',
        clocks: [
            'response within 30 minutes around the clock after reported if reported during Kantooruren [art. 5.2]',
            'response within 2 hours of Kantooruren after reported if reported outside Kantooruren [art. 5.2]',
            'resolution within 4 hours of Kantooruren after response [art. 5.3]',
            'resolution by end of the same day of Servicedesk if reported during Kantooruren [art. 5.4]',
        ],
    },
    {
        name: 'W2', title: 'Werkplek hoog', line: 'Kantooruren', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Een gebruiker kan niet werken, of een groep gebruikers mist een belangrijke applicatie.',
        clocks: [
            'response within 1 hour of Kantooruren after reported [art. 5.2]',
            'resolution within 8 hours of Kantooruren after response [art. 5.3]',
        ],
    },
    {
        name: 'W3', title: 'Werkplek gemiddeld', line: 'Kantooruren', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Een gebruiker kan met beperkingen doorwerken.',
        clocks: [
            'response within 4 hours of Kantooruren after reported [art. 5.2]',
            'resolution within 3 working days of Kantooruren after response [art. 5.3]',
        ],
    },
    {
        name: 'W4', title: 'Werkplek laag', line: 'Kantooruren', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Wensen, kleine wijzigingen en vragen over het gebruik.',
        clocks: [
            'response within 1 working day of Kantooruren after reported [art. 5.2]',
            'resolution within 5 working days of Kantooruren after response [art. 5.3]',
        ],
    },
    {
        name: 'B1', title: 'Antwerpen hoog', line: 'Kantooruren_BE', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'De vestiging Antwerpen kan niet werken.',
        clocks: [
            'response within 1 hour of Kantooruren_BE after reported [art. 6.2]',
            'resolution within 8 hours of Kantooruren_BE after response [art. 6.3]',
        ],
    },
    {
        name: 'B2', title: 'Antwerpen normaal', line: 'Kantooruren_BE', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Overige meldingen van de vestiging Antwerpen.',
        clocks: [
            'response within 4 hours of Kantooruren_BE after reported [art. 6.2]',
            'resolution within 2 working days of Kantooruren_BE after response [art. 6.3]',
        ],
    },
    {
        name: 'LU1', title: 'Luxemburg', line: 'Bureau_LU', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Alle meldingen van het kantoor in Luxemburg-Stad.',
        clocks: [
            'response within 2 hours of Bureau_LU after reported [art. 6.4]',
            'resolution within 2 working days of Bureau_LU after response [art. 6.4]',
        ],
    },
    {
        name: 'D1', title: 'Düsseldorf kritisch', line: 'Bürozeiten_DE', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Die Niederlassung Düsseldorf kann nicht arbeiten.',
        clocks: [
            'response within 30 minutes of Bürozeiten_DE after reported [art. 6.5]',
            'resolution within 6 hours of Bürozeiten_DE after response [art. 6.6]',
        ],
    },
    {
        name: 'D2', title: 'Düsseldorf hoch', line: 'Bürozeiten_DE', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Ein Benutzer kann nicht arbeiten.',
        clocks: [
            'response within 2 hours of Bürozeiten_DE after reported [art. 6.5]',
            'resolution within 2 working days of Bürozeiten_DE after response [art. 6.6]',
        ],
    },
    {
        name: 'D3', title: 'Düsseldorf normal', line: 'Bürozeiten_DE', deadlines: ['response'], resolutionAfterResponse: true, down: false,
        means: 'Fragen und Wünsche.',
        clocks: [
            'response within 1 working day of Bürozeiten_DE after reported [art. 6.5]',
            'resolution planned by agreement [art. 6.6]',
        ],
    },
    {
        name: 'U1', title: 'Reading urgent', line: 'OfficeHours_UK', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'The Reading office cannot work.',
        clocks: [
            'response within 1 hour of OfficeHours_UK after reported [art. 6.7]',
            'resolution within 8 hours of OfficeHours_UK after response [art. 6.7]',
        ],
    },
    {
        name: 'U2', title: 'Reading normal', line: 'OfficeHours_UK', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Any other report from the Reading office.',
        clocks: [
            'response within 4 hours of OfficeHours_UK after reported [art. 6.7]',
            'resolution within 3 working days of OfficeHours_UK after response [art. 6.7]',
        ],
    },
    {
        name: 'F1', title: 'Lille urgent', line: 'Bureau_FR', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Le bureau de Lille ne peut pas travailler.',
        clocks: [
            'response within 1 hour of Bureau_FR after reported [art. 6.8]',
            'resolution within 8 hours of Bureau_FR after response [art. 6.8]',
        ],
    },
    {
        name: 'F2', title: 'Lille normal', line: 'Bureau_FR', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Toute autre demande du bureau de Lille.',
        clocks: [
            'response within 4 hours of Bureau_FR after reported [art. 6.8]',
            'resolution within 3 working days of Bureau_FR after response [art. 6.8]',
        ],
    },
    {
        name: 'L1', title: 'Magazijn stil', line: 'Magazijn', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: true,
        means: 'Het warehouse management systeem of de scanners werken niet: er kan niet worden uitgeleverd.',
        clocks: [
            'response within 15 minutes around the clock after reported if reported during Magazijn [art. 7.2]',
            'response within 1 hour of Weekenddienst after reported if reported outside Magazijn [art. 7.2]',
            'resolution within 4 hours around the clock after response [art. 7.3]',
        ],
    },
    {
        name: 'L2', title: 'Magazijn verstoord', line: 'Magazijn', deadlines: ['response', 'resolution'], resolutionAfterResponse: true, down: false,
        means: 'Een deel van het magazijn werkt met een omweg door.',
        clocks: [
            'response within 1 hour of Magazijn after reported [art. 7.2]',
            'resolution within 8 hours of Magazijn after response [art. 7.3]',
        ],
    },
];

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const TITLES: Record<string, string> = {
    'on time': 'Alles op tijd', 'late response': 'Late reactie', 'slow resolution': 'Trage oplossing',
    'outage': 'Storing van tweeënhalf uur', 'heavy outage': 'Een dag plat', 'planned maintenance': 'Gepland onderhoud',
    'late announced maintenance': 'Onderhoud te laat aangekondigd', 'force majeure': 'Overmacht', 'busy week': 'Drukke week',
    'quiet month': 'Rustige maand',
};
const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

/** Days no office of the customer works in 2026 (any of the six countries), and closings. */
const NOT_SAFE = new Set([
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-01', '2026-05-05', '2026-05-08',
    '2026-05-14', '2026-05-25', '2026-06-23', '2026-07-14', '2026-07-21', '2026-08-15', '2026-10-03',
    '2026-11-01', '2026-11-11', '2026-12-24', '2026-12-25', '2026-12-26',
]);

/** Tuesdays to Thursdays of a month on which every office works, as yyyy-mm-dd. */
function safeDays(month: number): string[] {
    const out: string[] = [];
    for (let d = 1; d <= 31; d++) {
        const date = new Date(Date.UTC(2026, month - 1, d));
        if (date.getUTCMonth() !== month - 1) break;
        const dow = date.getUTCDay();
        const iso = date.toISOString().slice(0, 10);
        // The day itself and the days after it that a late response or resolution uses.
        const later = [3, 14].map((k) => new Date(date.getTime() + k * DAY_MS).toISOString().slice(0, 10));
        if (dow >= 2 && dow <= 4 && !NOT_SAFE.has(iso) && !later.some((l) => NOT_SAFE.has(l))) out.push(iso);
    }
    return out;
}

function addDays(iso: string, days: number): string {
    return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** "HH:MM" plus minutes, within one day. */
function clock(h: number, m: number, plus = 0): string {
    const t = h * 60 + m + plus;
    return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
}

export function generateRealisticContract(seed = REALISTIC_SEED): string {
    const rnd = seededRandom(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const out: string[] = [];
    const line = (indent: number, text: string) => out.push(`${'  '.repeat(indent)}${text}`);
    const comment = (indent: number, lines: string[]) => lines.forEach((l) => line(indent, `// ${l}`));
    const blank = () => out.push('');

    // ------------------------------------------------------------ contract facts
    comment(0, [
        'Dienstverleningsovereenkomst (SLA) tussen Noordwijk IT Services B.V. en',
        'Van Leeuwen Logistiek Groep N.V., versie 3.2, geldig vanaf 1 januari 2026.',
        'Generated for the benchmark (bench/realistic-contract.ts): names and figures are invented.',
    ]);
    line(0, 'contract "Van Leeuwen Logistiek - beheer en hosting" [SLA v3.2] {');
    line(1, 'provider "Noordwijk IT Services B.V." [Partijen 1]');
    line(1, 'customer "Van Leeuwen Logistiek Groep N.V." [Partijen 2]');
    line(1, 'version "3.2 (definitief)"');
    line(1, 'dated 2025-12-15');
    comment(1, ['Art. 1.3: alle tijden in deze SLA zijn Nederlandse tijd, ook voor de buitenlandse vestigingen.']);
    line(1, 'time zone "Europe/Amsterdam" [art. 1.3]');
    line(1, 'currency EUR');
    line(1, 'minimum term 3 years [art. 14.1]');
    blank();
    line(1, 'fee Hosting "maandelijkse vergoeding hosting en platformbeheer" per month [art. 12.1]');
    line(1, 'fee Werkplek "maandelijkse vergoeding werkplekbeheer, alle vestigingen" per month amount 18450 EUR [art. 12.2]');
    line(1, 'fee Uurtarief "uurtarief technisch consultant" per hour amount 118 EUR [art. 12.3]');
    line(1, 'fee Voorrijkosten "voorrijkosten bij een bezoek op locatie" per incident amount 65 EUR [art. 12.4]');
    blank();
    line(1, 'note "Overwegingen" [Preambule] "Klant laat het beheer van zijn werkplekken in vijf landen en de hosting van zijn warehouse management systeem over aan Leverancier; partijen leggen in deze SLA de service levels, de remedies en de werkwijze vast."');
    line(1, 'note "Definities" [art. 1.1-1.2] "Beschikbaarheid, Incident, Melding, Reactietijd (van melding tot eerste inhoudelijke reactie door een technicus), Oplostijd (van reactie tot herstel of een gedocumenteerde workaround), Gepland Onderhoud, Urgent Onderhoud, Noodonderhoud, Wijzigingsverzoek, Werkdag."');
    blank();

    // ------------------------------------------------------------ calendars
    for (const cal of CALENDARS) {
        comment(1, cal.comment);
        line(1, `calendar ${cal.name} [${cal.article}] {`);
        for (const rule of cal.rules) line(2, rule);
        line(1, '}');
        blank();
    }

    // ------------------------------------------------------------ priorities
    line(1, 'note "Melden" [art. 3.1-3.4] "Meldingen via het portaal of per telefoon; Prioriteit H1, H2, W1 en L1 altijd telefonisch. De Servicedesk kent de prioriteit toe in overleg met de melder; bij verschil van inzicht geldt de hoogste prioriteit tot de evaluatie."');
    blank();
    const intro: Record<string, string[]> = {
        H1: ['Art. 4: hosting van het warehouse management systeem en de portalen.',
            'H1 loopt de klok rond: de Storingsdienst is 24/7 bereikbaar (art. 4.2).'],
        W1: ['Art. 5: werkplekbeheer in Nederland. W1 wordt binnen kantooruren binnen 30 minuten',
            'opgepakt, ook als dat na sluitingstijd valt, en is uiterlijk aan het eind van de',
            'servicedeskdag opgelost (art. 5.4).'],
        B1: ['Art. 6: de buitenlandse vestigingen, elk in de eigen kantooruren.'],
        L1: ['Art. 7: het distributiecentrum. Buiten de ploegendiensten reageert de technicus',
            'van de Weekenddienst; de oplostijd van L1 loopt de klok rond.'],
    };
    for (const p of PRIORITIES) {
        if (intro[p.name]) comment(1, intro[p.name]);
        else comment(1, [reading(p)]);
        const article = p.name.startsWith('H') ? '4.1' : p.name.startsWith('W') ? '5.1' : p.name.startsWith('L') && !p.name.startsWith('LU') ? '7.1' : '6.1';
        line(1, `priority ${p.name} "${p.title}" [art. ${article}] {`);
        line(2, `means "${p.means}"`);
        for (const c of p.clocks) line(2, c);
        line(1, '}');
        blank();
    }
    comment(1, ['Art. 5.5: de norm geldt per kwartaal, over alle meldingen van die prioriteiten samen.']);
    line(1, 'resolution times met in at least 90% of incidents of W1, W2, W3 per quarter [art. 5.5]');
    line(1, 'response times met in at least 95% of incidents of H1, H2, L1 per month [art. 4.5]');
    line(1, 'resolution times met in at least 90% of incidents of B1, B2, D1, D2, U1, U2, F1, F2 per quarter [art. 6.9]');
    line(1, 'note "Escalatie" [art. 8.1-8.3] "Dreigt een oplostijd te worden overschreden, dan meldt Leverancier dat vooraf met een inschatting; bij een tweede overschrijding in een maand escaleert de servicemanager naar de directie."');
    blank();

    // ------------------------------------------------------------ availability and maintenance
    comment(1, ['Art. 9: beschikbaarheid van het productieplatform, per kalendermaand en de klok rond.',
        'Onderhoud binnen het venster telt alleen niet mee als het tijdig is aangekondigd.']);
    line(1, 'availability [art. 9] {');
    line(2, 'guaranteed 99.8% per month [art. 9.1]');
    line(2, 'target 99.95% per month [art. 9.1]');
    line(2, 'measured around the clock [art. 9.2]');
    line(2, 'not counted: planned maintenance within window if announced, urgent maintenance within window if announced, force majeure, customer caused, third party [art. 9.3]');
    line(1, '}');
    blank();
    line(1, 'maintenance [art. 10] {');
    line(2, 'planned: Sunday 02:00 to 06:00 lasting at most 4 hours announced 1 week before [art. 10.1]');
    line(2, 'urgent: Monday to Friday 22:00 to 24:00 lasting at most 2 hours announced 24 hours before [art. 10.2]');
    line(2, 'emergency: any time [art. 10.3]');
    line(1, '}');
    line(1, 'note "Noodonderhoud" [art. 10.3] "Noodonderhoud (actief misbruikte kwetsbaarheden) mag altijd en zonder aankondiging; het telt wel mee voor de beschikbaarheid."');
    blank();

    // ------------------------------------------------------------ remedies
    comment(1, ['Art. 11.1: een waarschuwing per maand onder de garantie; compensatie vanaf de eerste',
        'waarschuwing, in banden; ondergrens inbegrepen, bovengrens niet. Art. 11.4: ontbinding na',
        'drie compensaties in een kalenderjaar.']);
    line(1, 'remedies Beschikbaarheid [art. 11] {');
    line(2, 'warning when availability is below the guarantee in a month [art. 11.1]');
    line(2, 'improvement proposal after 2 warnings in a year [art. 11.2]');
    line(2, 'compensation from the 1st warning counted per year [art. 11.3] {');
    line(3, 'availability from 99.5% below 99.8%: 5% of Hosting');
    line(3, 'availability from 99% below 99.5%: 10% of Hosting');
    line(3, 'availability from 97% below 99%: 20% of Hosting');
    line(3, 'availability below 97%: 30% of Hosting');
    line(3, 'capped at 50% per quarter');
    line(2, '}');
    line(2, 'right to terminate after 3 compensations in a calendar year [art. 11.4]');
    line(1, '}');
    blank();
    comment(1, ['Art. 11.5: elke gemiste oplostijd is een waarschuwing; na drie in een maand volgt een',
        'verbeterplan. Art. 11.6: de kwartaalnorm voor werkplekken levert een waarschuwing op.']);
    line(1, 'remedies Oplostijden [art. 11.5] {');
    line(2, 'warning for each missed resolution deadline [art. 11.5]');
    line(2, 'improvement proposal after 3 warnings in a month [art. 11.5]');
    line(1, '}');
    line(1, 'remedies Werkplekken [art. 11.6] {');
    line(2, 'warning when the resolution compliance target is missed in a quarter [art. 11.6]');
    line(2, 'improvement proposal after 2 warnings in a year [art. 11.6]');
    line(1, '}');
    line(1, 'note "Uitsluitend deze remedies" [art. 11.7] "De remedies van art. 11 zijn de enige gevolgen van het niet halen van de service levels; compensaties worden verrekend met de eerstvolgende factuur."');
    blank();

    // ------------------------------------------------------------ money and changes
    line(1, 'surcharges of Uurtarief [art. 12.5] {');
    line(2, 'Monday to Friday outside Kantooruren: 150%');
    line(2, 'Saturday: 150%');
    line(2, 'Sunday: 200%');
    line(2, 'public holidays of Kantooruren: 200%');
    line(2, 'not for "incidenten", "gepland onderhoud", "urgent onderhoud"');
    line(1, '}');
    blank();
    line(1, 'change requests [art. 13] {');
    line(2, 'Spoed "spoedwijziging, bijvoorbeeld een nieuwe vervoerder": lead time at most 2 working days of Kantooruren [art. 13.2]');
    line(2, 'Hoog "wijziging met voorrang": lead time at most 1 week [art. 13.2]');
    line(2, 'Normaal "reguliere wijziging": lead time at most 4 weeks [art. 13.2]');
    line(2, 'Laag "wens zonder termijn": lead time at most 3 months [art. 13.2]');
    line(2, 'accepted after 10 working days of Kantooruren without an answer [art. 13.3]');
    line(1, '}');
    line(1, 'note "Wijzigingsprocedure" [art. 13.1, 13.4] "Wijzigingsverzoeken via het portaal met impactanalyse; Leverancier offreert binnen de doorlooptijd van de klasse; wijzigingen in de piekweken van december alleen na akkoord van de directie."');
    blank();
    line(1, 'notice "Opzegging" 6 months before "het einde van de lopende termijn" [art. 14.2]');
    line(1, 'notice "Wijziging van tarieven" 3 months before "de ingangsdatum van nieuwe tarieven" [art. 12.6]');
    line(1, 'notice "Uitfasering van een ondersteund besturingssysteem" 6 months before "het einde van de ondersteuning" [art. 5.6]');
    line(1, 'commitment "Rapportage service levels" within 10 working days of Kantooruren after "het einde van elke maand" [art. 15.1]');
    line(1, 'commitment "Root cause analyse na een H1" within 5 working days of Kantooruren after "het herstel van het incident" [art. 4.6]');
    line(1, 'commitment "Beantwoording klacht" within 10 working days of Kantooruren after "ontvangst van de klacht" [art. 15.3]');
    line(1, 'commitment "Verbeterplan" within 4 weeks after "de waarschuwing die tot het verbeterplan leidt" [art. 11.2]');
    line(1, 'commitment "Teruggave van gegevens" within 1 month after "het einde van de overeenkomst" [art. 14.4]');
    blank();
    line(1, 'backups [art. 16] {');
    line(2, 'daily, kept 2 weeks [art. 16.1]');
    line(2, 'weekly, kept 3 months [art. 16.1]');
    line(2, 'monthly, kept 1 year [art. 16.2]');
    line(2, 'yearly, kept 7 years [art. 16.3]');
    line(1, '}');
    line(1, 'note "Hersteltest" [art. 16.4] "Leverancier test ieder kwartaal het terugzetten van een volledige backup en rapporteert de hersteltijd."');
    line(1, 'note "Beveiliging" [art. 17] "ISO 27001 gecertificeerd; verwerking van persoonsgegevens volgens de verwerkersovereenkomst; datalekken binnen 24 uur gemeld."');
    line(1, 'note "Overmacht" [art. 18] "Onder overmacht valt niet: uitval van toeleveranciers van Leverancier, personeelstekort en storingen in apparatuur van Leverancier."');
    line(1, 'note "Evaluatie" [art. 15.2] "Elk kwartaal een serviceoverleg over de rapportage, de trends en de verbeterplannen."');
    blank();

    for (const [title, article, text] of APPENDIX) line(1, `note "${title}" [${article}] "${text}"`);
    blank();

    // ------------------------------------------------------------ scenarios
    comment(1, ['Scenario\'s: de rekenvoorbeelden uit bijlage C, als tests van deze SLA.']);
    blank();
    let incident = 100;
    const months = [2, 3, 6, 9, 10, 11];
    const withResolution = PRIORITIES.filter((p) => p.deadlines.includes('resolution'));
    const notDown = PRIORITIES.filter((p) => !p.down);
    const kinds = ['on time', 'late response', 'slow resolution', 'outage', 'heavy outage', 'planned maintenance',
        'late announced maintenance', 'force majeure', 'busy week', 'quiet month'] as const;
    for (let s = 0; s < REALISTIC_SHAPE.scenarios; s++) {
        const kind = kinds[s % kinds.length];
        const month = months[(s * 5 + Math.floor(rnd() * 3)) % months.length];
        const monthLabel = `2026-${pad(month)}`;
        const days = safeDays(month);
        const day = pick(days);
        const h = 10;
        const m = Math.floor(rnd() * 6) * 5;
        const at = (plus: number) => clock(h, m, plus);
        let title = `C.${s + 1} ${TITLES[kind]} (${MONTH_NAMES[month - 1]})`;
        const body: string[] = [];
        const id = () => ++incident;
        let heading = `scenario "${title}" in ${monthLabel} [bijlage C.${s + 1}] {`;
        switch (kind) {
            case 'on time': {
                const p = pick(withResolution.filter((x) => !x.down));
                const i = id();
                body.push(`incident ${i} ${p.name} reported ${day} ${at(0)} responded ${at(10)} resolved ${at(55)}`,
                    `expect response met for incident ${i}`, `expect resolution met for incident ${i}`, 'expect no warning');
                break;
            }
            case 'late response': {
                const p = pick(notDown);
                const i = id();
                body.push(`incident ${i} ${p.name} reported ${day} ${at(0)} responded ${addDays(day, 3)} ${at(0)} resolved ${at(40)}`,
                    `expect response missed for incident ${i}`);
                break;
            }
            case 'slow resolution': {
                // Reported early in the month, so the missed deadline (and its warning) falls in it.
                const p = pick(withResolution.filter((x) => !x.down));
                const i = id();
                const early = pick(days.filter((d) => Number(d.slice(8)) <= 12));
                body.push(`incident ${i} ${p.name} reported ${early} ${at(0)} responded ${at(10)}`,
                    `    resolved ${addDays(early, 14)} ${at(0)}`,
                    `    paused from ${addDays(early, 1)} 09:00 to ${addDays(early, 2)} 09:00`,
                    `expect response met for incident ${i}`, `expect resolution missed for incident ${i}`,
                    `expect warning in ${monthLabel}`);
                break;
            }
            case 'outage': {
                // 150 minutes down in a month: below 99.8% in any month, above 99.5%: 5%.
                const p = pick(PRIORITIES.filter((x) => x.down));
                const i = id();
                body.push(`incident ${i} ${p.name} reported ${day} ${at(0)} responded ${at(10)} resolved ${at(150)}`,
                    `    down from ${day} ${at(0)} to ${at(150)}`,
                    `expect resolution met for incident ${i}`, 'expect availability below guarantee',
                    `expect compensation 5% in ${monthLabel}`);
                break;
            }
            case 'heavy outage': {
                // Ten hours down: the 4-hour resolution is missed and availability falls to about 98.6%.
                const p = pick(PRIORITIES.filter((x) => x.down && x.name !== 'H2'));
                const i = id();
                body.push(`incident ${i} ${p.name} reported ${day} 08:00 responded 08:10 resolved 18:00`,
                    `    down from ${day} 08:00 to 18:00`,
                    `expect response met for incident ${i}`, `expect resolution missed for incident ${i}`,
                    'expect availability below guarantee', `expect compensation 20% in ${monthLabel}`,
                    `expect warning in ${monthLabel}`);
                break;
            }
            case 'planned maintenance': {
                const sunday = nextWeekday(day, 0);
                body.push(`maintenance planned id M${s + 1} ${sunday} 02:00 for 3 hours announced ${addDays(sunday, -9)} 14:00`,
                    'expect availability above guarantee', 'expect no compensation');
                break;
            }
            case 'late announced maintenance': {
                // Announced the same morning: it counts, and 150 minutes is below the guarantee.
                body.push(`maintenance urgent id U${s + 1} ${day} 22:00 for 150 minutes announced ${day} 09:00`,
                    'expect availability below guarantee', `expect warning in ${monthLabel}`);
                break;
            }
            case 'force majeure': {
                const next = addDays(day, 1);
                body.push(`outage force majeure from ${day} 14:00 to ${next} 02:00`,
                    `outage third party id T${s + 1} from ${next} 09:00 to 11:00`,
                    'expect availability above guarantee', 'expect no warning');
                break;
            }
            case 'busy week': {
                // Several reports in one week, all handled on time; one H1 with a short outage.
                const ids: number[] = [];
                for (let k = 0; k < 3; k++) {
                    const p = pick(withResolution.filter((x) => !x.down));
                    const i = id();
                    ids.push(i);
                    const d = addDays(day, k === 2 ? 1 : 0);
                    body.push(`incident ${i} ${p.name} reported ${d} ${clock(10, 20 * k + m)} responded ${clock(10, 20 * k + m + 10)} resolved ${clock(11, 20 * k + m)}`);
                }
                const i = id();
                body.push(`incident ${i} H1 reported ${day} 14:00 responded 14:05 resolved 14:40 down from 14:00 to 14:40`);
                for (const x of ids) body.push(`expect resolution met for incident ${x}`);
                body.push(`expect response met for incident ${i}`, 'expect availability above guarantee', 'expect availability below target');
                break;
            }
            case 'quiet month': {
                const p = pick(PRIORITIES.filter((x) => x.deadlines.length === 1));
                const i = id();
                body.push(`incident ${i} ${p.name} reported ${day} ${at(0)} responded ${at(90)}`,
                    `expect response met for incident ${i}`, 'expect availability above target', 'expect no warning');
                break;
            }
        }
        if (kind === 'heavy outage' && s >= 20) {
            // The last heavy outage spans a quarter with three bad months: the termination right.
            title = `C.${s + 1} Drie slechte maanden`;
            heading = `scenario "${title}" from 2026-01 to 2026-03 [bijlage C.${s + 1}] {`;
            body.length = 0;
            const ids = [1, 2, 3].map((mo) => {
                const d = safeDaysOrFirst(mo);
                const i = id();
                body.push(`incident ${i} H1 reported ${d} 08:00 responded 08:10 resolved 18:00 down from ${d} 08:00 to 18:00`);
                return i;
            });
            body.push(`expect resolution missed for incident ${ids[0]}`, 'expect compensation 20% in 2026-01',
                'expect improvement proposal in 2026-02', 'expect termination right in 2026-03');
        }
        if (!heading.includes(' from ')) {
            // The rest of the month: reports of other sites, all handled on time.
            const others = days.filter((d) => d !== day);
            for (let k = Math.floor(rnd() * 3) + 2; k > 0 && others.length; k--) {
                const d = others.splice(Math.floor(rnd() * others.length), 1)[0];
                const p = pick(withResolution.filter((x) => !x.down));
                const hh = 10 + Math.floor(rnd() * 2);
                const mm = Math.floor(rnd() * 12) * 5;
                const i = id();
                body.splice(body.findIndex((b) => b.startsWith('expect')), 0,
                    `incident ${i} ${p.name} reported ${d} ${clock(hh, mm)} responded ${clock(hh, mm, 5 + Math.floor(rnd() * 8))}`,
                    `    resolved ${clock(hh, mm, 40 + Math.floor(rnd() * 30))}`);
                body.push(`expect response met for incident ${i}`, `expect resolution met for incident ${i}`);
            }
        }
        comment(1, [`Bijlage C.${s + 1}: ${title.replace(/^C\.\d+ /, '').toLowerCase()}.`, scenarioComment(kind)]);
        line(1, heading);
        for (const b of body) line(2, b);
        line(1, '}');
        blank();
    }
    out.pop();
    line(0, '}');
    return out.join('\n') + '\n';

    function safeDaysOrFirst(month: number): string {
        const days = safeDays(month);
        return days.length ? pick(days) : `2026-${pad(month)}-10`;
    }
}

/** The writer's reading of a priority's clocks, as a comment above it. */
function reading(p: Priority): string {
    const kinds = p.clocks.map((c) => c.split(' ')[0]);
    if (p.clocks.some((c) => c.includes('planned by agreement'))) {
        return `Art. ${p.clocks[0].match(/\[art\. ([\d.]+)\]/)?.[1]}: voor ${p.name} geen oplostijd; de oplossing wordt ingepland in het wekelijkse overleg.`;
    }
    if (p.clocks.some((c) => c.includes(' if reported '))) {
        return `${p.name}: de reactietijd hangt af van het moment van melden; de oplostijd loopt vanaf de reactie.`;
    }
    const calendar = p.clocks[0].match(/ of (\S+) after/)?.[1] ?? p.line;
    return `${p.name}: ${kinds.length} klokken, beide in de uren van ${calendar}; de oplostijd loopt vanaf de reactie.`;
}

const APPENDIX: [string, string, string][] = [
    ['Bijlage A: diensten', 'Bijlage A', 'Hosting van het warehouse management systeem (productie, acceptatie, test), het klantportaal en de EDI-koppelingen met vervoerders; werkplekbeheer voor circa 640 gebruikers in Tilburg, Antwerpen, Düsseldorf, Reading, Lille en Luxemburg-Stad; beheer van 180 handscanners en 24 labelprinters in het distributiecentrum.'],
    ['Bijlage A: buiten de dienst', 'Bijlage A', 'Niet inbegrepen: ontwikkeling van maatwerk, aanschaf van hardware, telefonie, de website van Klant en applicaties die Klant zelf beheert.'],
    ['Bijlage B: contactpersonen', 'Bijlage B', 'Servicedesk: servicedesk@noordwijk-it.example, +31 (0)71 000 0000; Storingsdienst: +31 (0)71 000 0099; servicemanager Leverancier: J. de Vries; contractmanager Klant: M. Peeters.'],
    ['Bijlage B: escalatieladder', 'Bijlage B', 'Eerste lijn: Servicedesk; tweede lijn: teamleider beheer; derde lijn: servicemanager; daarna de directies van beide partijen.'],
    ['Bijlage D: rapportage', 'Bijlage D', 'Maandelijks: aantal meldingen per prioriteit en vestiging, reactie- en oplostijden, beschikbaarheid per dag, uitgevoerd onderhoud, openstaande wijzigingsverzoeken en de status van de verbeterplannen.'],
    ['Bijlage E: verwerkersovereenkomst', 'Bijlage E', 'De verwerkersovereenkomst van 15 december 2025 is van toepassing op alle verwerking van persoonsgegevens onder deze SLA.'],
    ['Bijlage F: exitplan', 'Bijlage F', 'Bij beëindiging werkt Leverancier zes maanden mee aan de overdracht aan een opvolger tegen het uurtarief; gegevens worden in open formaten overgedragen.'],
    ['Bijlage G: piekperiode', 'Bijlage G', 'Van half november tot en met december geldt een wijzigingsbevriezing voor het warehouse management systeem; alleen urgent onderhoud en noodonderhoud.'],
];

/** The first date on or after `iso` that falls on weekday `dow` (0 = Sunday). */
function nextWeekday(iso: string, dow: number): string {
    let d = iso;
    while (new Date(`${d}T00:00:00Z`).getUTCDay() !== dow) d = addDays(d, 1);
    return d;
}

function scenarioComment(kind: string): string {
    switch (kind) {
        case 'late response': return 'Een reactie pas drie werkdagen later: de reactietijd is gemist, de oplostijd loopt vanaf de reactie.';
        case 'outage': return 'Tweeënhalf uur uitval in een maand: onder de 99,8%, dus de eerste compensatieband.';
        case 'planned maintenance': return 'Gepland onderhoud in het venster, ruim op tijd aangekondigd: telt niet mee.';
        case 'force majeure': return 'Overmacht en een storing bij een derde tellen niet mee (art. 9.3).';
        case 'quiet month': return 'Een rustige maand: alleen een vraag, geen uitval.';
        case 'on time': return 'Alles binnen de tijd: geen waarschuwing.';
        case 'slow resolution': return 'Twee weken voor een oplossing, een dag gepauzeerd in afwachting van Klant: gemist.';
        case 'heavy outage': return 'Een werkdag uitval: de oplostijd is gemist en de beschikbaarheid zakt naar de derde band.';
        case 'late announced maintenance': return 'Urgent onderhoud dezelfde ochtend aangekondigd: telt mee als onbeschikbaarheid.';
        case 'busy week': return 'Een drukke week: alles op tijd, een korte H1-storing blijft binnen de garantie.';
        default: return `Rekenvoorbeeld: ${kind}.`;
    }
}
