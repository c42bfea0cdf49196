/**
 * Simulates a year of an Avetica-like contract with 100,000 generated incidents.
 * Target: median of 5 runs <= 1 s. Run: node --import tsx bench/simulate-bench.ts
 */
import { pathToFileURL } from 'node:url';
import type { Incident } from '../language-server/src/engine/incident-log.js';
import { simulate } from '../language-server/src/engine/simulate.js';
import { parseLocal } from '../language-server/src/engine/time.js';
import { avetica } from '../test/engine/fixtures.js';
import { seededRandom } from '../language-server/src/engine/random.js';

const COUNT = 100_000;
const RUNS = 5;


function generate(count: number): Incident[] {
    const rnd = seededRandom(42);
    const start = parseLocal('2026-01-01 00:00', 'Europe/Amsterdam') as number;
    const end = parseLocal('2027-01-01 00:00', 'Europe/Amsterdam') as number;
    const minute = 60_000;
    const out: Incident[] = [];
    for (let i = 0; i < count; i++) {
        const reported = start + Math.floor(rnd() * (end - start));
        const responded = reported + Math.floor(rnd() * 600) * minute;
        const resolved = responded + Math.floor(rnd() * 1800) * minute;
        const r = rnd();
        const kind = r < 0.9 ? 'incident' : r < 0.97 ? 'planned-maintenance' : 'force-majeure';
        const down = rnd() < 0.3 || kind !== 'incident';
        out.push({
            id: `i${i}`, kind, priority: kind === 'incident' ? `P${1 + Math.floor(rnd() * 3)}` : undefined,
            reported: kind === 'incident' ? reported : undefined, responded, resolved,
            downFrom: down ? reported : undefined, downTo: down ? reported + Math.floor(rnd() * 120) * minute : undefined,
            paused: rnd() < 0.05 ? [{ from: responded, to: responded + 60 * minute }] : [],
        });
    }
    return out;
}

export async function benchSimulate(): Promise<string[]> {
    const contract = avetica();
    const incidents = generate(COUNT);
    let peakRss = process.memoryUsage().rss;
    let peakHeap = process.memoryUsage().heapUsed;
    const times: number[] = [];
    let summary = '';
    for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const r = simulate(contract, incidents, { from: '2026-01', to: '2026-12' });
        times.push(performance.now() - t0);
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
        summary = `${r.periods.length} periods, ${r.incidents.length} incidents, ${r.remedies.length} remedies`;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)];
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    return [
        `simulate: ${COUNT.toLocaleString('en')} incidents over 2026 (${summary})`,
        `simulate: median of ${RUNS} runs ${median.toFixed(0)} ms (target <= 1000 ms${median <= 1000 ? ', met' : ', MISSED'}); runs ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
        `simulate: peak rss ${mb(peakRss)}, peak heap used ${mb(peakHeap)}`,
    ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    for (const line of await benchSimulate()) console.log(line);
}
