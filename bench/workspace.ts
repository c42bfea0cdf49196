/**
 * A workspace for the workspace bench: one library of standard terms and 50 contracts
 * that import it, as a provider keeps them in one folder. The library holds the realistic
 * contract's calendars (six countries' holidays) and priorities (realistic-contract.ts),
 * its fees, maintenance windows and remedies: about 230 lines. Each contract (about 100 to
 * 200 lines) adds what is its own: parties, a fee, an office calendar, a priority and a
 * remedy under names no other file uses, its availability, and 10 to 21 scenarios that use
 * both its own names and the library's. Deterministic; checks without errors
 * (test/bench/workspace.test.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../language-server/src/engine/random.js';
import { CALENDARS, PRIORITIES } from './realistic-contract.js';

export const LIBRARY_FILE = 'standaardvoorwaarden.sla';
export const WORKSPACE_SEED = 20261129;

/** Weekdays of 2026 on which no office of any of the six countries is closed, by month. */
const SAFE_DAYS: Record<string, string[]> = {
    '02': ['2026-02-10', '2026-02-18'], '03': ['2026-03-10', '2026-03-18'], '06': ['2026-06-09', '2026-06-17'],
    '09': ['2026-09-15', '2026-09-23'], '10': ['2026-10-13', '2026-10-21'], '11': ['2026-11-17', '2026-11-25'],
};
/** A Sunday of each of those months, for planned maintenance (the library's window is Sunday night). */
const SUNDAYS: Record<string, string> = {
    '02': '2026-02-15', '03': '2026-03-15', '06': '2026-06-14', '09': '2026-09-20', '10': '2026-10-18', '11': '2026-11-22',
};
const COUNTRIES = ['NL', 'BE', 'DE', 'GB', 'FR', 'LU'];
const TOWNS = ['Alkmaar', 'Breda', 'Culemborg', 'Deventer', 'Emmen', 'Franeker', 'Goes', 'Hoorn', 'IJsselstein', 'Joure'];
const TRADES = ['Logistiek', 'Zorggroep', 'Bouw', 'Onderwijs', 'Retail'];

function addDays(iso: string, days: number): string {
    return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function libraryText(): string {
    const out: string[] = [
        '// Standaardvoorwaarden van Noordwijk IT Services: de kalenders, vergoedingen, prioriteiten,',
        '// onderhoudsvensters en remedies die elk klantcontract importeert. Generated for the',
        '// workspace bench (bench/workspace.ts): names and figures are invented.',
        'library "Standaardvoorwaarden Noordwijk IT Services" [Algemene voorwaarden 2026] {',
        '  time zone "Europe/Amsterdam"',
        '  currency EUR',
        '',
        '  fee Hosting "maandelijkse vergoeding hosting en platformbeheer" per month [art. 12.1]',
        '  fee Uurtarief "uurtarief technisch consultant" per hour amount 118 EUR [art. 12.3]',
        '',
    ];
    for (const cal of CALENDARS) {
        for (const c of cal.comment) out.push(`  // ${c}`);
        out.push(`  calendar ${cal.name} [${cal.article}] {`, ...cal.rules.map((r) => `    ${r}`), '  }', '');
    }
    for (const p of PRIORITIES) {
        out.push(`  priority ${p.name} "${p.title}" [art. 4.1] {`, `    means "${p.means}"`, ...p.clocks.map((c) => `    ${c}`), '  }', '');
    }
    out.push(
        '  maintenance [art. 10] {',
        '    planned: Sunday 02:00 to 06:00 lasting at most 4 hours announced 1 week before [art. 10.1]',
        '    urgent: Monday to Friday 22:00 to 24:00 lasting at most 2 hours announced 24 hours before [art. 10.2]',
        '    emergency: any time [art. 10.3]',
        '  }',
        '',
        '  // Art. 11: een waarschuwing per maand onder de garantie van het klantcontract, compensatie',
        '  // vanaf de eerste waarschuwing, ontbinding na drie compensaties in een kalenderjaar.',
        '  remedies Beschikbaarheid [art. 11] {',
        '    warning when availability is below the guarantee in a month [art. 11.1]',
        '    improvement proposal after 2 warnings in a year [art. 11.2]',
        '    compensation from the 1st warning counted per year [art. 11.3] {',
        '      availability from 99.5% below 99.8%: 5% of Hosting',
        '      availability from 99% below 99.5%: 10% of Hosting',
        '      availability from 97% below 99%: 20% of Hosting',
        '      availability below 97%: 30% of Hosting',
        '      capped at 50% per quarter',
        '    }',
        '    right to terminate after 3 compensations in a calendar year [art. 11.4]',
        '  }',
        '}',
    );
    return out.join('\n') + '\n';
}

/** Contract number `k` (1-based): its own names end in k, so no two files share one. */
export function contractText(k: number, seed = WORKSPACE_SEED): string {
    const rnd = seededRandom(seed + k);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const town = TOWNS[k % TOWNS.length];
    const customer = `${TRADES[k % TRADES.length]} ${town} ${k}`;
    const country = COUNTRIES[k % COUNTRIES.length];
    const office = `Vestiging${k}`;
    const own = `K${k}`;
    const opens = 7 + (k % 3);
    const responseHours = 1 + (k % 3);
    const out: string[] = [
        `// Klantcontract ${k}: ${customer}, op de standaardvoorwaarden. Eigen kalender, vergoeding,`,
        '// prioriteit en remedie; de rest komt uit de bibliotheek.',
        `import "${LIBRARY_FILE}"`,
        '',
        `contract "Beheer en hosting ${customer}" [SLA 2026-${String(k).padStart(3, '0')}] {`,
        '  provider "Noordwijk IT Services B.V."',
        `  customer "${customer} B.V."`,
        `  version "2026.${k}"`,
        '  dated 2026-01-01',
        '',
        `  fee Licenties${k} "licenties van de eigen applicatie" per month amount ${900 + 37 * k} EUR [art. 2]`,
        '',
        `  // Art. 3: de vestiging in ${town} werkt van ${opens}:00 tot ${opens + 10}:30 uur.`,
        `  calendar ${office} [art. 3] {`,
        `    Monday to Friday ${String(opens).padStart(2, '0')}:00 to ${opens + 10}:30`,
        `    closed on public holidays of ${country}`,
        '    closed on 2026-12-24 "Kerstavond"',
        '  }',
        '',
        `  priority ${own} "Eigen applicatie ${customer}" [art. 4] {`,
        `    means "De eigen applicatie van ${customer} werkt niet of onvoldoende."`,
        `    response within ${responseHours} hours of ${office} after reported [art. 4.1]`,
        `    resolution within ${1 + (k % 2)} working days of ${office} after response [art. 4.2]`,
        '  }',
        '',
        `  availability [art. 5] {`,
        '    guaranteed 99.8% per month [art. 5.1]',
        `    target 99.9${k % 10}% per month [art. 5.1]`,
        '    measured around the clock [art. 5.2]',
        '    not counted: planned maintenance within window if announced, urgent maintenance within window if announced, force majeure [art. 5.3]',
        '  }',
        '',
        `  remedies Applicatie${k} [art. 6] {`,
        '    warning for each missed resolution deadline [art. 6.1]',
        `    improvement proposal after ${2 + (k % 3)} warnings in a month [art. 6.2]`,
        '  }',
    ];
    const scenarios = 10 + Math.floor(rnd() * 12);
    const kinds = ['own on time', 'outage', 'own late response', 'planned maintenance', 'force majeure', 'library on time'] as const;
    const months = Object.keys(SAFE_DAYS);
    let incident = 0;
    for (let s = 0; s < scenarios; s++) {
        const kind = kinds[(s + k) % kinds.length];
        const month = pick(months);
        const day = pick(SAFE_DAYS[month]);
        const m = 5 * Math.floor(rnd() * 6);
        const at = (h: number, plus: number) => {
            const t = h * 60 + m + plus;
            return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
        };
        const body: string[] = [];
        let comment = '';
        switch (kind) {
            case 'own on time':
                comment = `Een melding van ${own} op een werkdag, op tijd opgepakt en opgelost.`;
                body.push(`incident ${++incident} ${own} reported ${day} ${at(10, 0)} responded ${at(10, 20)} resolved ${at(10, 50)}`,
                    `expect response met for incident ${incident}`, `expect resolution met for incident ${incident}`, 'expect no warning');
                break;
            case 'outage':
                comment = 'Tweeënhalf uur uitval: onder de garantie van 99,8%, dus de eerste compensatieband.';
                body.push(`incident ${++incident} H1 reported ${day} ${at(10, 0)} responded ${at(10, 10)} resolved ${at(10, 150)}`,
                    `    down from ${day} ${at(10, 0)} to ${at(10, 150)}`,
                    `expect resolution met for incident ${incident}`, 'expect availability below guarantee',
                    `expect warning in 2026-${month}`, `expect compensation 5% in 2026-${month}`);
                break;
            case 'own late response':
                comment = `Een reactie op ${own} pas drie dagen later: de reactietijd is gemist.`;
                body.push(`incident ${++incident} ${own} reported ${day} ${at(10, 0)} responded ${addDays(day, 3)} ${at(10, 0)} resolved ${at(10, 40)}`,
                    `expect response missed for incident ${incident}`);
                break;
            case 'planned maintenance': {
                const sunday = SUNDAYS[month];
                comment = 'Gepland onderhoud in het venster, ruim op tijd aangekondigd: telt niet mee.';
                body.push(`maintenance planned id M${s + 1} ${sunday} 02:00 for 3 hours announced ${addDays(sunday, -9)} 14:00`,
                    'expect availability above guarantee', 'expect no compensation');
                break;
            }
            case 'force majeure':
                comment = 'Overmacht telt niet mee voor de beschikbaarheid.';
                body.push(`outage force majeure from ${day} 14:00 to ${addDays(day, 1)} 02:00`,
                    'expect availability above guarantee', 'expect no warning');
                break;
            case 'library on time': {
                const p = pick(PRIORITIES.filter((x) => !x.down && x.deadlines.length === 2));
                comment = `Een melding van ${p.name} uit de standaardvoorwaarden, op tijd afgehandeld.`;
                body.push(`incident ${++incident} ${p.name} reported ${day} ${at(10, 0)} responded ${at(10, 5)} resolved ${at(10, 45)}`,
                    `expect response met for incident ${incident}`, `expect resolution met for incident ${incident}`);
                break;
            }
        }
        out.push('', `  // ${comment}`, `  scenario "S${s + 1} ${kind}" in 2026-${month} [bijlage ${s + 1}] {`, ...body.map((b) => `    ${b}`), '  }');
    }
    out.push('}');
    return out.join('\n') + '\n';
}

/** Writes the library and `contracts` contracts into `dir`; returns the contracts' file names. */
export function writeWorkspace(dir: string, contracts = 50): string[] {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, LIBRARY_FILE), libraryText());
    const names: string[] = [];
    for (let k = 1; k <= contracts; k++) {
        const name = `klant-${String(k).padStart(2, '0')}.sla`;
        writeFileSync(join(dir, name), contractText(k));
        names.push(name);
    }
    return names;
}
