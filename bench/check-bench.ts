/** Parse, link and check: a generated 5,000-line contract and each seed sample. */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../language-server/src/language/sla-module.js';
import { checkTexts } from '../language-server/src/language/diagnostics.js';
import { generateContract } from './generate-contract.js';
import { median, row, timeRuns } from './stats.js';

export async function benchCheck(): Promise<string[]> {
    const services = createSlaCoreServices(EmptyFileSystem);
    const check = (file: string, text: string) => checkTexts(services, [{ file, text }]);
    const lines: string[] = [];

    const big = generateContract(5000);
    const bigLines = big.split('\n').length - 1;
    await check('warmup.sla', big);
    const [first] = await check('big.sla', big);
    const bigTimes = await timeRuns(11, () => check('big.sla', big));
    lines.push(row(`check generated contract (${bigLines} lines, ${first.diagnostics.length} findings)`, median(bigTimes), 150));

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
