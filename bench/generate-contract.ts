/**
 * A large synthetic contract for the checker benchmark: many calendars, priorities,
 * remedies and notes, shaped like the samples so every rule has work to do.
 */
export function generateContract(targetLines: number): string {
    const out: string[] = ['contract "Generated" [bench] {', '  time zone "Europe/Amsterdam"', '  currency EUR',
        '  fee Maand "maandvergoeding" per month'];
    let i = 0;
    while (out.length < targetLines - 1) {
        i++;
        out.push(
            `  calendar Cal${i} [art. ${i}.1] {`,
            '    Monday to Friday 09:00 to 17:00',
            '    Saturday 10:00 to 12:00, 13:00 to 15:00',
            '    closed on public holidays of NL including "Good Friday"',
            `    closed on 2026-12-24 "Kerstavond ${i}"`,
            '  }',
            `  priority P${i} "Priority ${i}" [art. ${i}.2] {`,
            `    means "Generated priority number ${i}."`,
            `    response within ${1 + (i % 4)} hours of Cal${i} after reported [art. ${i}.3]`,
            `    resolution within ${8 + (i % 8)} hours of Cal${i} after response [art. ${i}.4]`,
            `    resolution by end of the same day of Cal${i} if reported during Cal${i} [art. ${i}.5]`,
            '  }',
            `  remedies Group${i} [art. ${i}.6] {`,
            '    warning when availability is below the guarantee in a month',
            '    compensation from the 2nd warning counted per year {',
            '      availability from 95% below 99.5%: 10% of Maand',
            '      availability from 90% below 95%: 25% of Maand',
            '    }',
            '  }',
            `  note "Note ${i}" [art. ${i}.7] "Prose that has no computable meaning, kept so nothing of the contract is lost."`,
        );
    }
    out.push('  availability { guaranteed 99.5% per month measured around the clock }', '}');
    return out.join('\n') + '\n';
}
