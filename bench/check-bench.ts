/**
 * Parse, link and check: a realistic 1,000-line contract, a generated 5,000-line contract
 * and each seed sample. Next to the project's figures: Langium's own services on the same
 * contracts (while the project runs tuned services, see tuning.ts) and the figures recorded
 * with the tuned services (recorded.ts). Run alone: node --import tsx bench/check-bench.ts
 * [--json] (--json prints the measured runs for record-tuned.ts).
 */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../language-server/src/services/sla-module.js';
import { checkTexts } from '../language-server/src/services/diagnostics.js';
import { clearCheckerCaches } from '../language-server/src/checker/caches.js';
import { generateContract } from './generate-contract.js';
import { generateRealisticContract } from './realistic-contract.js';
import { besideRecorded } from './recorded.js';
import { langiumVersion, stockPeer } from './tuning.js';
import { median, ms, row, spread, timeRuns } from './stats.js';

const RUNS = 21;
export const SAMPLES = { 'seed-klik': 'samples/klik-onderwijs.sla', 'seed-avetica': 'samples/avetica-moodle.sla' } as const;

/** The runs of one check (ms), by figure key and by whose services ran it. */
export interface CheckMeasurement {
    langium: string;
    /** True: the project's services are tuned and `stock` holds Langium's own beside them. */
    tuned: boolean;
    stockError?: string;
    figures: Record<string, { project: number[]; stock?: number[] }>;
    info: Record<string, string>;
}

type Services = ReturnType<typeof createSlaCoreServices>;

async function measureContract(project: Services, stock: Services | undefined, file: string, text: string,
    figures: CheckMeasurement['figures'], key: string): Promise<void> {
    const check = (s: Services) => checkTexts(s, [{ file, text }]);
    await timeRuns(2, () => check(project));
    // Two figures, runs interleaved so both see the same machine noise:
    // - re-check: the same text again with the same services, as an editor re-checks after
    //   an edit that changed little; the content-keyed caches of the checker and the engine
    //   (grid results per priority shape, holidays and days per calendar content) are warm;
    // - first check: the same check with those caches cleared just before it
    //   (clearCheckerCaches, not timed), as the first check of this contract in a fresh
    //   process-level cache (the JIT and Langium's services are warm).
    const again: number[] = [];
    const first: number[] = [];
    for (let i = 0; i < RUNS; i++) {
        again.push(...await timeRuns(1, () => check(project)));
        clearCheckerCaches(project.Sla.checker.Memo);
        first.push(...await timeRuns(1, () => check(project)));
    }
    figures[key] = { project: again };
    figures[`${key}-first`] = { project: first };
    if (stock) {
        // The re-check on Langium's own services, in a block of its own afterwards
        // (interleaved, its extra garbage would be collected during the other runs).
        await timeRuns(2, () => check(stock));
        figures[key].stock = await timeRuns(RUNS, () => check(stock));
    }
}

export async function measureCheck(): Promise<CheckMeasurement> {
    const services = createSlaCoreServices(EmptyFileSystem);
    const peer = await stockPeer(services);
    const tuned = 'tuned' in peer && peer.tuned;
    const stock = tuned ? peer.stock : undefined;
    const m: CheckMeasurement = { langium: langiumVersion(), tuned, figures: {}, info: {} };
    if ('error' in peer) m.stockError = peer.error;

    const realistic = generateRealisticContract();
    const [r] = await checkTexts(services, [{ file: 'realistic.sla', text: realistic }]);
    const count = (sev: string) => r.diagnostics.filter((d) => d.severity === sev).length;
    m.info.realistic = `${realistic.split('\n').length - 1} lines, ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos`;
    await measureContract(services, stock, 'realistic.sla', realistic, m.figures, 'realistic');

    const big = generateContract(5000);
    const [b] = await checkTexts(services, [{ file: 'big.sla', text: big }]);
    m.info.big = `${big.split('\n').length - 1} lines, ${b.diagnostics.length} findings`;
    await measureContract(services, stock, 'big.sla', big, m.figures, 'big');

    for (const [key, sample] of Object.entries(SAMPLES)) {
        const text = readFileSync(sample, 'utf8');
        const check = () => checkTexts(services, [{ file: sample, text }]);
        await timeRuns(20, check);
        m.figures[key] = { project: await timeRuns(51, check) };
    }
    return m;
}

function recordedLines(key: string, tuned: boolean): string[] {
    const out = [besideRecorded(key, 'tuned')];
    // Once the tuning is gone, the recorded stock peer shows what the Langium upgrade changed.
    if (!tuned) out.push(besideRecorded(key, 'stock'));
    return out.filter(Boolean).map((l) => `     ${l}`);
}

export async function benchCheck(): Promise<string[]> {
    const m = await measureCheck();
    const lines: string[] = [];
    const whose = m.tuned ? 'tuned services' : `Langium ${m.langium}'s own services`;
    const f = m.figures;
    const peerLine = (key: string) => {
        const stock = f[key].stock;
        if (!stock) return [];
        return [`${`  peer: the re-check on Langium ${m.langium}'s own lexer, parser, linker, scoping, indexing and validator`.padEnd(52)}`
            + ` median ${ms(median(stock)).padStart(10)}   (${(median(stock) / median(f[key].project)).toFixed(1)}x the tuned re-check)   ${spread(stock)}`];
    };

    lines.push(row(`parse, link and check a realistic 1,000-line contract (${m.info.realistic}; ${whose}), re-check`,
        median(f.realistic.project), 60, spread(f.realistic.project)));
    lines.push(...recordedLines('realistic', m.tuned));
    lines.push(row('first check of the realistic contract (caches cleared before each run)', median(f['realistic-first'].project), 60,
        spread(f['realistic-first'].project)));
    lines.push(...recordedLines('realistic-first', m.tuned));
    lines.push(...peerLine('realistic'));

    lines.push(row(`re-check generated contract (${m.info.big}; ${whose}), same text, warm caches`, median(f.big.project), 150, spread(f.big.project)));
    lines.push(...recordedLines('big', m.tuned));
    lines.push(row('first check of generated contract in a fresh process-level cache (caches cleared before each run)',
        median(f['big-first'].project), 150, spread(f['big-first'].project)));
    lines.push(...recordedLines('big-first', m.tuned));
    lines.push(...peerLine('big'));
    if (m.stockError) lines.push(`  peer: Langium's own services could not be built (${m.stockError})`);

    for (const [key, sample] of Object.entries(SAMPLES)) {
        lines.push(row(`check ${sample} (after warm-up)`, median(f[key].project), 15));
        lines.push(...recordedLines(key, m.tuned));
    }
    return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    if (process.argv.includes('--json')) console.log(JSON.stringify(await measureCheck()));
    else for (const line of await benchCheck()) console.log(line);
}
