/**
 * Records the figures of the tuned Langium 4.2.1 services into
 * bench/recorded/tuned-langium-4.2.1.json, so that the bench can print them beside the stock
 * figures once the tuning is removed. Each figure is measured in several fresh processes
 * (this machine's timings wander from one process to the next), and the file keeps every
 * process's median, their median and the load of the machine while it ran.
 * Run on the tuned code only: node --import tsx bench/record-tuned.ts [processes]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../language-server/src/services/sla-module.js';
import type { CheckMeasurement } from './check-bench.js';
import { RECORDED_TUNED, type Recorded, type RecordedFigure } from './recorded.js';
import { median, spread } from './stats.js';
import { langiumVersion, stockPeer } from './tuning.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROCESSES = Number(process.argv[2] ?? 5);

const peer = await stockPeer(createSlaCoreServices(EmptyFileSystem));
if (!('tuned' in peer) || !peer.tuned) {
    console.error('The project\'s services are Langium\'s own: there is no tuned code to record.');
    process.exit(1);
}

const node = (script: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, '--json'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim().split('\n').pop()!);

const WHAT: Record<string, string> = {
    'realistic': 'parse, link and check the realistic 1,000-line contract (bench/realistic-contract.ts), re-check, warm caches',
    'realistic-first': 'first check of the realistic contract (checker caches cleared before each run)',
    'big': 'parse, link and check the generated 5,006-line contract (bench/generate-contract.ts), re-check, warm caches',
    'big-first': 'first check of the generated 5,006-line contract (checker caches cleared before each run)',
    'seed-klik': 'check samples/klik-onderwijs.sla after warm-up',
    'seed-avetica': 'check samples/avetica-moodle.sla after warm-up',
    'lsp-edit': 'diagnostics after an edit of avetica-moodle.sla over LSP (bundled server, stdio)',
    'lsp-hover': 'hover over P1\'s response clock over LSP',
};

const runs: Record<string, Record<string, number[][]>> = {};
const add = (key: string, variant: string, times: number[] | undefined) => {
    if (!times) return;
    ((runs[key] ??= {})[variant] ??= []).push(times);
};
const loads: number[] = [];
let info: Record<string, string> = {};
for (let p = 0; p < PROCESSES; p++) {
    loads.push(loadavg()[0]);
    const check = node('bench/check-bench.ts') as CheckMeasurement;
    info = check.info;
    for (const [key, f] of Object.entries(check.figures)) {
        add(key, 'tuned', f.project);
        add(key, 'stock', f.stock);
    }
    loads.push(loadavg()[0]);
    const lsp = node('bench/lsp-bench.ts') as { edit: number[]; hover: number[] };
    add('lsp-edit', 'tuned', lsp.edit);
    add('lsp-hover', 'tuned', lsp.hover);
    console.log(`process ${p + 1}/${PROCESSES}: realistic ${median(check.figures.realistic.project).toFixed(1)} ms, big ${median(check.figures.big.project).toFixed(1)} ms, load ${loadavg()[0].toFixed(2)}`);
}
loads.push(loadavg()[0]);

const figures: Recorded['figures'] = {};
for (const [key, variants] of Object.entries(runs)) {
    figures[key] = {};
    for (const [variant, perProcess] of Object.entries(variants)) {
        const medians = perProcess.map((t) => Math.round(median(t) * 100) / 100);
        const figure: RecordedFigure = {
            what: variant === 'stock' ? `${WHAT[key]}, on Langium ${langiumVersion()}'s own lexer, parser, linker, scoping, indexing and validator` : WHAT[key],
            median: median(medians), medians, spreads: perProcess.map((t) => spread(t).replace('runs p25-p75 ', '')),
        };
        figures[key][variant] = figure;
    }
}
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const recorded: Recorded = {
    recorded: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD') + (dirty ? ' (with uncommitted changes)' : ''),
    langium: langiumVersion(),
    node: process.version,
    machine: `${type()}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB; `
        + 'the 2 cores are shared with two colleagues\' jobs, so the figures carry their load',
    load: `1-minute load average sampled before and after each bench process: ${loads.map((l) => l.toFixed(2)).join(', ')} `
        + `(min ${Math.min(...loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)} on 2 cores)`,
    method: `${PROCESSES} fresh processes, one after the other, each running bench/check-bench.ts --json (21 runs per contract figure, `
        + `51 per seed sample) and bench/lsp-bench.ts --json (30 edits, 50 hovers); per figure: the median of each process `
        + `(medians, in run order), the middle half of each process's runs (spreads), and median = the median of those medians. `
        + `Contracts: ${Object.entries(info).map(([k, v]) => `${k}: ${v}`).join('; ')}.`,
    figures,
};
mkdirSync(dirname(fileURLToPath(RECORDED_TUNED)), { recursive: true });
writeFileSync(RECORDED_TUNED, JSON.stringify(recorded, null, 2) + '\n');
console.log(`wrote ${fileURLToPath(RECORDED_TUNED)}`);
