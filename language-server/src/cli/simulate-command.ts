/**
 * `sla simulate FILE --incidents LOG [--from 2026-01 --to 2026-12] [--json] [--skip-bad-rows] [--quiet]`, with a desk's
 * columns (`--format`, `--map`, `--date-format`, `--value`, `--sheet`, a mapping file beside the contract) and monitors' outages (`--outages`).
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatLogError, type LogError } from '../engine/incident-log.js';
import { parseMonth } from '../engine/periods.js';
import { incidentText, simulationHeadText, simulationTailText } from '../render/simulation-text.js';
import { jsonHead, jsonIncident, jsonTail } from '../render/simulation-json.js';
import { type DataQuality, type SimulationSink, simulateLogStream } from '../services/simulation-stream.js';
import { loadContract } from './load-contract.js';
import { EXIT, type CommandIO } from './io.js';
import { OutputStream } from './output-stream.js';
import { loadMapping, readOutages, type LogFlags } from './log-input.js';
import { formatDowntimeSources } from '../render/downtime-sources-text.js';
import { ProgressLine } from './progress-line.js';

export interface SimulateOptions extends LogFlags {
    incidents?: string;
    from?: string;
    to?: string;
    json: boolean;
    /** Simulate the good rows of a log with bad ones, and list what was left out. */
    skipBadRows?: boolean;
    /** No progress line. */
    quiet?: boolean;
    /** Incidents held in memory while sorting a log that is not in time order (tests set it small). */
    chunkSize?: number;
}

/** Errors printed of a log with many; the rest are counted. */
const PRINTED_ERRORS = 50;

export async function simulateCommand(file: string, o: SimulateOptions, io: CommandIO): Promise<number> {
    if (!o.incidents) {
        io.err('sla: simulate needs --incidents LOG (a .csv, .json or .xlsx incident log)');
        return EXIT.usage;
    }
    for (const [name, value] of [['--from', o.from], ['--to', o.to]] as const) {
        const month = value === undefined ? undefined : parseMonth(value);
        if (typeof month === 'string') {
            io.err(`sla: ${name}: ${month}; give a month like 2026-01`);
            return EXIT.usage;
        }
    }
    const loaded = await loadContract(file, io);
    if (!loaded.ok) return loaded.exit;
    try {
        if (!(await stat(o.incidents)).isFile()) throw new Error('not a file');
    } catch (e) {
        io.err(`sla: cannot read ${o.incidents}: ${(e as Error).message}`);
        return EXIT.usage;
    }
    const ext = extname(o.incidents).toLowerCase();
    if (ext === '.xls') {
        io.err(`sla: ${o.incidents}: the old Excel format (.xls) is not read; save it as .xlsx or CSV`);
        return EXIT.usage;
    }
    const format = ext === '.json' ? 'json' : ext === '.xlsx' || ext === '.xlsm' ? 'xlsx' : 'csv';
    const mapping = await loadMapping(file, o, io);
    if (!mapping.ok) return mapping.exit;
    if (mapping.value.mapping.sheet !== undefined && format !== 'xlsx') io.err(`sla: --sheet applies to .xlsx workbooks; ${o.incidents} is read as ${format === 'json' ? 'JSON' : 'CSV'}`);
    const monitors = await readOutages(o, io, mapping.value.outages);
    if (!monitors.ok) return monitors.exit;
    const out = new OutputStream(io);
    const progress = new ProgressLine(io, !!o.quiet);
    let rows = 0;
    const sink: SimulationSink = o.json
        ? {
            head: (h) => out.write(jsonHead(h)),
            incident: (row) => out.write(jsonIncident(row, rows++ === 0)),
            tail: (t) => out.write(jsonTail(rows, {
                compliance: t.compliance, remedies: t.remedies, ...(t.services ? { services: t.services } : {}),
                ...(t.outagesWithoutService ? { outagesWithoutService: t.outagesWithoutService } : {}),
                ...(t.downtimeSources ? { downtimeSources: t.downtimeSources } : {}), quality: t.quality,
            })),
        }
        : {
            head: (h) => out.write(simulationHeadText(h)),
            incident: (row) => out.write(incidentText(row, rows++ === 0)),
            tail: (t) => out.write(t.downtimeSources ? `${simulationTailText(t)}\n${formatDowntimeSources(t.downtimeSources)}\n` : simulationTailText(t)),
        };
    // Without --from/--to the simulation covers the months the log touches.
    let sim: Awaited<ReturnType<typeof simulateLogStream>>;
    try {
        sim = await simulateLogStream(loaded.model, loaded.zone, { path: o.incidents, name: o.incidents, format, mapping: mapping.value.mapping },
            { from: o.from, to: o.to }, sink, { skipBadRows: o.skipBadRows, explanations: o.json, monitors: monitors.value, chunkSize: o.chunkSize, onProgress: (p) => progress.update(p) });
    } catch (e) {
        // A disk that fills up under the temporary files, a log that vanishes while read: one line, no stack.
        progress.clear();
        await out.end();
        io.err(`sla: the simulation of ${o.incidents} stopped: ${(e as Error)?.message ?? String(e)}`);
        return EXIT.usage;
    }
    progress.clear();
    await out.end();
    if (sim.ok) {
        if (sim.skippedCount > 0) printErrors(io, sim.skipped, sim.skippedCount, 'skipped: ');
        if (!o.json) printQuality(io, sim.quality, sim.inOrder);
        return EXIT.ok;
    }
    switch (sim.problem) {
        case 'log-errors':
            printErrors(io, sim.errors, sim.count, '');
            if (!sim.fatal) printQuality(io, sim.quality);
            io.err(`sla: ${o.incidents} has ${sim.count} error(s); nothing was simulated${sim.fatal ? '' : ' (--skip-bad-rows simulates the other rows)'}`);
            return EXIT.errors;
        case 'no-times':
            io.err('sla: the log has no times; give the period with --from and --to');
            return EXIT.usage;
        case 'not-a-month': // --from and --to were read above; the log's own months always are
            io.err(`sla: '${sim.month}' is not a month like 2026-01`);
            return EXIT.usage;
        case 'reversed':
            io.err(`sla: --from ${sim.from} is after --to ${sim.to}`);
            return EXIT.usage;
    }
}

function printErrors(io: CommandIO, errors: LogError[], count: number, prefix: string): void {
    for (const e of errors.slice(0, PRINTED_ERRORS)) io.err(prefix + formatLogError(e));
    if (count > PRINTED_ERRORS) io.err(`sla: … and ${count - PRINTED_ERRORS} more error(s)`);
}

/** The data-quality summary, on stderr so the report on stdout stays as it was. */
export function qualityText(q: DataQuality, inOrder = true): string[] {
    const lines = [`sla: data: ${q.rowsRead} row(s) read, ${q.rowsUsed} used, ${q.rowsIgnored} ignored${inOrder ? '' : ' (not in time order: sorted)'}`];
    for (const x of q.ignored) {
        lines.push(`  ${x.rows} row(s) ignored: ${x.reason} (line${x.lines.length > 1 ? 's' : ''} ${x.lines.join(', ')}${x.rows > x.lines.length ? ', …' : ''})`);
    }
    lines.push(`  outages: ${q.outages}${q.outagesMerged > 0 ? ` (${q.outagesMerged} overlapping another, counted once)` : ''}`);
    if (q.monitors) {
        const m = q.monitors;
        lines.push(`  monitors' outages: ${m.outages}; downtime minutes by source: ${m.ticketsOnlyMinutes} tickets only, ${m.monitorOnlyMinutes} monitor only, ${m.bothMinutes} both`);
    }
    const months = q.periodsWithData.length + q.periodsWithoutData.length;
    if (months > 0) {
        lines.push(`  months with data: ${q.periodsWithData.length} of ${months}${q.periodsWithoutData.length ? `; without any: ${q.periodsWithoutData.join(', ')}` : ''}`);
    }
    return lines;
}

function printQuality(io: CommandIO, q: DataQuality, inOrder?: boolean): void {
    for (const l of qualityText(q, inOrder)) io.err(l);
}
