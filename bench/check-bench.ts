/**
 * Parse, link and check: a realistic 1,000-line contract, a generated 5,000-line contract
 * and each seed sample, on the services the project runs: Langium's own, overridden only
 * through its public extension points (scoping for imports, a document builder that loads
 * them, a document validator that caps syntax errors). Beside each figure: the figures
 * recorded on the tuned Langium 4.2.1 services before they were removed, and where recorded,
 * Langium 4.2.1's own services on the same contract (recorded.ts).
 * Run alone: node --import tsx bench/check-bench.ts
 */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../language-server/src/services/sla-module.js';
import { checkTexts } from '../language-server/src/services/diagnostics.js';
import { clearCheckerCaches } from '../language-server/src/checker/caches.js';
import { generateContract } from './generate-contract.js';
import { generateRealisticContract } from './realistic-contract.js';
import { besideRecorded, langiumVersion } from './recorded.js';
import { median, ms, row, spread, timeRuns } from './stats.js';

const RUNS = 21;
export const SAMPLES = { 'seed-klik': 'samples/klik-onderwijs.sla', 'seed-avetica': 'samples/avetica-moodle.sla' } as const;

type Services = ReturnType<typeof createSlaCoreServices>;

/**
 * Two figures of one contract, runs interleaved so both see the same machine noise:
 * - re-check: the same text again with the same services, as an editor re-checks after an
 *   edit that changed little; the content-keyed caches of the checker and the engine (grid
 *   results per priority shape, holidays and days per calendar content) are warm;
 * - first check: the same check with those caches cleared just before it
 *   (clearCheckerCaches, not timed), as the first check of this contract in a fresh
 *   process-level cache (the JIT and Langium's services are warm).
 */
async function measureContract(services: Services, file: string, text: string): Promise<{ again: number[]; first: number[] }> {
    const check = () => checkTexts(services, [{ file, text }]);
    await timeRuns(2, check);
    const again: number[] = [];
    const first: number[] = [];
    for (let i = 0; i < RUNS; i++) {
        again.push(...await timeRuns(1, check));
        clearCheckerCaches(services.Sla.checker.Memo);
        first.push(...await timeRuns(1, check));
    }
    return { again, first };
}

async function describe(services: Services, file: string, text: string, what: (d: { severity: string }[]) => string): Promise<string> {
    const [r] = await checkTexts(services, [{ file, text }]);
    return `${text.split('\n').length - 1} lines, ${what(r.diagnostics)}`;
}

/** The recorded figures of one key, indented under the live row. */
function recorded(key: string): string[] {
    return [besideRecorded(key, 'tuned'), besideRecorded(key, 'stock')].filter(Boolean).map((l) => `     ${l}`);
}

export async function benchCheck(): Promise<string[]> {
    const services = createSlaCoreServices(EmptyFileSystem);
    const lines: string[] = [`live: Langium ${langiumVersion()} (stock, with the project's public overrides), node ${process.version}`];

    const realistic = generateRealisticContract();
    const count = (ds: { severity: string }[], sev: string) => ds.filter((d) => d.severity === sev).length;
    const realisticInfo = await describe(services, 'realistic.sla', realistic,
        (ds) => `${count(ds, 'error')} errors, ${count(ds, 'warning')} warnings, ${count(ds, 'info')} infos`);
    const r = await measureContract(services, 'realistic.sla', realistic);
    lines.push(row(`parse, link and check a realistic 1,000-line contract (${realisticInfo}), re-check`, median(r.again), 60, spread(r.again)));
    lines.push(...recorded('realistic'));
    lines.push(row('first check of the realistic contract (checker caches cleared before each run)', median(r.first), 60, spread(r.first)));
    lines.push(...recorded('realistic-first'));

    // Informational only: its former 150 ms target belonged to the removed tuning of
    // Langium's lexer, parser and linker; the realistic contract above carries the target.
    const big = generateContract(5000);
    const bigInfo = await describe(services, 'big.sla', big, (ds) => `${ds.length} findings`);
    const b = await measureContract(services, 'big.sla', big);
    lines.push(`${`stress, no target: re-check a generated contract (${bigInfo})`.padEnd(52)} median ${ms(median(b.again)).padStart(10)}   ${spread(b.again)}`);
    lines.push(...recorded('big'));
    lines.push(`${'stress, no target: its first check (checker caches cleared before each run)'.padEnd(52)} median ${ms(median(b.first)).padStart(10)}   ${spread(b.first)}`);
    lines.push(...recorded('big-first'));

    for (const [key, sample] of Object.entries(SAMPLES)) {
        const text = readFileSync(sample, 'utf8');
        const check = () => checkTexts(services, [{ file: sample, text }]);
        await timeRuns(20, check);
        const times = await timeRuns(51, check);
        lines.push(row(`check ${sample} (after warm-up)`, median(times), 15, spread(times)));
        lines.push(...recorded(key));
    }
    return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    for (const line of await benchCheck()) console.log(line);
}
