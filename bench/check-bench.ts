/** Parse, link and check: a generated 5,000-line contract and each seed sample. */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../language-server/src/services/sla-module.js';
import { checkTexts } from '../language-server/src/services/diagnostics.js';
import { clearCheckerCaches } from '../language-server/src/checker/caches.js';
import { generateContract } from './generate-contract.js';
import { createStockSlaServices } from './stock-services.js';
import { median, ms, row, spread, timeRuns } from './stats.js';

export async function benchCheck(): Promise<string[]> {
    const services = createSlaCoreServices(EmptyFileSystem);
    const check = (file: string, text: string) => checkTexts(services, [{ file, text }]);
    const lines: string[] = [];

    const big = generateContract(5000);
    const bigLines = big.split('\n').length - 1;
    await check('warmup.sla', big);
    const [first] = await check('big.sla', big);
    // Two figures, runs interleaved so both see the same machine noise:
    // - re-check: the same text again with the same services, as an editor re-checks after
    //   an edit that changed little; the content-keyed caches of the checker and the engine
    //   (grid results per priority shape, holidays and days per calendar content) are warm;
    // - cold: the same check with those caches cleared just before it (clearCheckerCaches,
    //   not timed), as the first check of this contract in a fresh process-level cache
    //   (the JIT and Langium's services are warm).
    // - stock: the re-check with Langium's own services, in a block of its own afterwards
    //   (interleaved, its extra garbage would be collected during the other runs).
    const bigTimes: number[] = [];
    const coldTimes: number[] = [];
    for (let i = 0; i < 21; i++) {
        bigTimes.push(...await timeRuns(1, () => check('big.sla', big)));
        clearCheckerCaches();
        coldTimes.push(...await timeRuns(1, () => check('big.sla', big)));
    }
    // The peer: the same language and checks on Langium's own lexer, parser, linker, scoping,
    // indexing and validator, which this project's parser and traversal replace.
    const stock = createStockSlaServices();
    const stockCheck = () => checkTexts(stock, [{ file: 'big.sla', text: big }]);
    await timeRuns(2, stockCheck);
    const stockTimes = await timeRuns(21, stockCheck);
    lines.push(row(`re-check generated contract (${bigLines} lines, ${first.diagnostics.length} findings), same text, warm caches`, median(bigTimes), 150, spread(bigTimes)));
    lines.push(row(`first check of generated contract in a fresh process-level cache (caches cleared before each run)`, median(coldTimes), 150, spread(coldTimes)));
    lines.push(`${'  peer: the re-check on Langium 4.2\'s own lexer, parser, linker, scoping, indexing and validator'.padEnd(52)} median ${ms(median(stockTimes)).padStart(10)}   `
        + `(${(median(stockTimes) / median(bigTimes)).toFixed(1)}x the tuned re-check)`);

    for (const sample of ['samples/klik-onderwijs.sla', 'samples/avetica-moodle.sla']) {
        const text = readFileSync(sample, 'utf8');
        await timeRuns(20, () => check(sample, text));
        const times = await timeRuns(51, () => check(sample, text));
        lines.push(row(`check ${sample} (after warm-up)`, median(times), 15));
    }
    return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    for (const line of await benchCheck()) console.log(line);
}
