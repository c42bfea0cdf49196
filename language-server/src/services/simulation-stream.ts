/**
 * `sla simulate` and the editor's simulation over a log on disk, as a stream: the log read
 * once (log/read-log.ts: checked, put in order on disk), then its incidents simulated one by
 * one and handed to a sink as they are computed, the period summaries first (they need only
 * the outages), the compliance and remedies at the end, with a summary of the data's quality.
 * When any row is bad nothing is simulated, unless bad rows are to be skipped.
 */
import type { ContractModel } from '../model/types.js';
import type { Incident, LogError } from '../engine/incident-log.js';
import { parseMonth, periodsBetween } from '../engine/periods.js';
import type { ComplianceRow } from '../engine/remedies.js';
import type { DataQuality } from '../engine/data-quality.js';
import type { IncidentResult, PeriodResult, RemedyResult, ServiceResult } from '../engine/simulate.js';
import { SimulationRun } from '../engine/simulation-run.js';
import { formatInZone } from '../engine/time.js';
import { compareIncidents } from '../engine/incident-order.js';
import { downtimeSources, monitorOutsideTickets, type DowntimeSources } from '../engine/monitors/downtime-sources.js';
import { type LogSource, type ReadOptions, readLog } from './log/read-log.js';
import type { FieldMap } from './log/log-fields.js';

export type { LogSource } from './log/read-log.js';

export type { DataQuality } from '../engine/data-quality.js';

export interface SimulationHead {
    contract: string;
    zone: string;
    from: string;
    to: string;
    periods: PeriodResult[];
    /** The contract names services: the periods are the contract as a whole, each service comes in the tail. */
    withServices: boolean;
}

export interface SimulationSink {
    head(h: SimulationHead): void | Promise<void>;
    /** One incident's row, in report-time-then-id order; a promise holds the stream back (a slow reader). */
    incident(row: IncidentResult, inc: Incident): void | Promise<void>;
    tail(t: {
        compliance: ComplianceRow[]; remedies: RemedyResult[]; services?: ServiceResult[]; outagesWithoutService?: string[];
        /** With monitors' outages: per period, the minutes of tickets only, the monitors only and both. */
        downtimeSources?: DowntimeSources[];
        quality: DataQuality;
    }): void | Promise<void>;
}

export interface StreamProgress {
    phase: 'reading' | 'simulating';
    rows: number;
    /** Rows of the log (known once it is read). */
    totalRows?: number;
    bytesRead: number;
    bytes: number;
}

export interface StreamOptions {
    skipBadRows?: boolean;
    chunkSize?: number;
    errorCap?: number;
    fields?: FieldMap;
    /**
     * Outages seen by uptime monitors (engine/monitors), as incidents without priority: they
     * add the minutes no ticket's outage covers, and each period says where its minutes came from.
     */
    monitors?: readonly Incident[];
    /** Where the temporary files go; the system's temp folder by default. */
    tempDir?: string;
    /** The sink shows each deadline's explanation (JSON, the report); the command line's text does not. True by default. */
    explanations?: boolean;
    /** Keep the incidents' notes for the sink (the report shows them). */
    keepNotes?: boolean;
    /** Hears progress every few thousand rows. */
    onProgress?: (p: StreamProgress) => void;
}

export type StreamOutcome =
    /** `inOrder`: whether the log came in time order (else it was sorted on disk); not in `quality`, which is the same for any order. */
    | { ok: true; quality: DataQuality; skipped: LogError[]; skippedCount: number; inOrder: boolean }
    /** `errors`: the first few by line; `count`: all of them. `fatal`: the file as a whole could not be read. */
    | { ok: false; problem: 'log-errors'; errors: LogError[]; count: number; fatal: boolean; quality: DataQuality }
    | { ok: false; problem: 'no-times' }
    | { ok: false; problem: 'not-a-month'; month: string }
    | { ok: false; problem: 'reversed'; from: string; to: string };

export async function simulateLogStream(
    model: ContractModel, zone: string, source: LogSource, range: { from?: string; to?: string }, sink: SimulationSink, o: StreamOptions = {},
): Promise<StreamOutcome> {
    const readOptions: ReadOptions = {
        chunkSize: o.chunkSize, errorCap: o.errorCap, fields: o.fields, tempDir: o.tempDir, keepNotes: o.keepNotes,
        onRows: o.onProgress && ((rows, p) => o.onProgress!({ phase: 'reading', rows, bytesRead: p.bytesRead, bytes: p.bytes ?? 0 })),
    };
    const pass = await readLog(source, model, readOptions);
    try {
        const month = (t: number) => formatInZone(t, zone).slice(0, 7);
        const monitors = o.monitors ?? [];
        let first = pass.first;
        let last = pass.last;
        for (const m of monitors) {
            if (first === undefined || m.downFrom! < first) first = m.downFrom;
            if (last === undefined || m.downTo! > last) last = m.downTo;
        }
        const from = range.from ?? (first === undefined ? undefined : month(first));
        const to = range.to ?? range.from ?? (last === undefined ? undefined : month(last));
        // Where a ticket logs the outage the ticket decides; the monitors add only the minutes outside every ticket's outage.
        const outside = monitors.length > 0 ? monitorOutsideTickets(pass.outages, monitors).sort(compareIncidents) : [];
        const quality = qualityOf(pass, from, to, zone);
        if (pass.fileErrors.length > 0) {
            const errors = [...pass.fileErrors, ...pass.rowErrors].sort((a, b) => a.line - b.line || a.column - b.column);
            return { ok: false, problem: 'log-errors', errors, count: pass.fileErrors.length + pass.rowErrorCount, fatal: true, quality };
        }
        if (pass.rowErrorCount > 0 && !o.skipBadRows) {
            return { ok: false, problem: 'log-errors', errors: pass.rowErrors, count: pass.rowErrorCount, fatal: false, quality };
        }
        if (!from || !to) return { ok: false, problem: 'no-times' };
        for (const m of [from, to]) if (typeof parseMonth(m) === 'string') return { ok: false, problem: 'not-a-month', month: m };
        if (from > to) return { ok: false, problem: 'reversed', from, to };
        const run = new SimulationRun(model, [...pass.outages, ...outside], { from, to }, { explanations: o.explanations });
        const sources = monitors.length > 0 ? downtimeSources(model, pass.outages, monitors, outside, { from, to }) : undefined;
        if (sources) quality.monitors = monitorQuality(monitors.length, sources);
        await sink.head({ contract: model.name, zone: run.zone, from, to, periods: run.periods, withServices: (model.services?.length ?? 0) > 0 });
        let rows = 0;
        const total = pass.spill.size - pass.badSpilled.size + outside.length;
        for (const inc of merged(pass.spill.sorted(pass.badSpilled), outside)) {
            const wait = sink.incident(run.add(inc), inc);
            if (wait) await wait;
            if ((++rows & 4095) === 0) o.onProgress?.({ phase: 'simulating', rows, totalRows: total, bytesRead: pass.bytes, bytes: pass.bytes });
        }
        const { compliance, remedies, ...perService } = run.finish();
        await sink.tail({ compliance, remedies, ...perService, ...(sources ? { downtimeSources: sources } : {}), quality });
        return { ok: true, quality, skipped: pass.rowErrors, skippedCount: pass.rowErrorCount, inOrder: pass.spill.inOrder };
    } finally {
        pass.spill.dispose();
    }
}

function qualityOf(pass: Awaited<ReturnType<typeof readLog>>, from: string | undefined, to: string | undefined, zone: string): DataQuality {
    // Overlapping outages are one: count the groups of outages sorted by start.
    const spans = pass.outages.map((o) => [o.downFrom!, o.downTo!] as const).sort((a, b) => a[0] - b[0]);
    let groups = 0;
    let end = -Infinity;
    for (const [s, e] of spans) {
        if (s > end) groups++;
        end = Math.max(end, e);
    }
    const months = from && to && typeof parseMonth(from) !== 'string' && typeof parseMonth(to) !== 'string' && from <= to
        ? periodsBetween(from, to, 'month', zone).map((p) => p.label) : [];
    return {
        rowsRead: pass.rowsRead, rowsUsed: pass.rowsRead - pass.badRows, rowsIgnored: pass.badRows, ignored: pass.ignored,
        outages: pass.outages.length, outagesMerged: pass.outages.length - groups,
        periodsWithData: months.filter((m) => pass.months.has(m)), periodsWithoutData: months.filter((m) => !pass.months.has(m)),
    };
}

/** The log's incidents (in order) with the monitors' outages (sorted) put in their places. */
function* merged(log: Iterable<Incident>, extra: readonly Incident[]): Generator<Incident> {
    let k = 0;
    for (const inc of log) {
        while (k < extra.length && compareIncidents(extra[k], inc) < 0) yield extra[k++];
        yield inc;
    }
    while (k < extra.length) yield extra[k++];
}

function monitorQuality(outages: number, sources: readonly DowntimeSources[]): NonNullable<DataQuality['monitors']> {
    // A contract judged per month and per quarter has both in its periods: the finest kind alone covers the range once.
    const shape = (s: DowntimeSources) => s.period.replace(/\d/g, '9');
    const count = new Map<string, number>();
    for (const s of sources) count.set(shape(s), (count.get(shape(s)) ?? 0) + 1);
    const finest = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
    const once = sources.filter((s) => shape(s) === finest);
    const sum = (f: (s: DowntimeSources) => number) => Math.round(once.reduce((x, s) => x + f(s), 0) * 1000) / 1000;
    return {
        outages, ticketsOnlyMinutes: sum((s) => s.ticketsOnlyMinutes), monitorOnlyMinutes: sum((s) => s.monitorOnlyMinutes), bothMinutes: sum((s) => s.bothMinutes),
    };
}
