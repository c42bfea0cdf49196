/**
 * Outages as uptime monitors export them, recognised by their shape:
 *
 * - Prometheus, a range query of `up` (GET /api/v1/query_range?query=up{...}&start=&end=&step=),
 *   the response saved as JSON: {"status": "success", "data": {"resultType": "matrix",
 *   "result": [{"metric": {...}, "values": [[<unix seconds>, "<value>"], ...]}]}}
 *   (prometheus.io/docs/prometheus/latest/querying/api/#range-queries, looked up 7 December
 *   2026). A sample of 0 means down for its step: from its timestamp to the next step. The
 *   step is the query's; the response does not repeat it, so it is the smallest distance
 *   between two samples (give --step where samples are missing everywhere). A step with no
 *   sample at all (the target was not scraped) is not counted as down: the monitor saw
 *   nothing. One series only: several (one per instance) could mean "down when any is
 *   down" or "when all are", so the message asks for the query that says which
 *   (`min(up{job="moodle"})` or `max(...)`).
 * - UptimeRobot, the getMonitors response of its API with logs=1 saved as JSON:
 *   {"stat": "ok", "monitors": [{"id", "friendly_name", "logs": [{"type": 1, "datetime":
 *   <unix seconds>, "duration": <seconds>, "reason": {...}}]}]} where log type 1 is down,
 *   2 up, 98 started, 99 paused (uptimerobot.com/api, v2, looked up 7 December 2026). Each
 *   type-1 log is an outage of its duration. One monitor, or the one named with --monitor.
 *
 * Overlapping and touching outages are merged; they are moments (epoch ms), no zone needed.
 */
import { mergeRanges } from '../../model/values.js';

export interface MonitorOutage {
    from: number;
    to: number;
}

export interface MonitorProblem {
    message: string;
    line?: number;
}

export type MonitorExport =
    | { ok: true; kind: 'prometheus' | 'uptimerobot'; series: string; outages: MonitorOutage[]; stepSeconds?: number }
    | { ok: false; problems: MonitorProblem[] };

export interface MonitorOptions {
    /** Prometheus: the query's step in seconds. */
    stepSeconds?: number;
    /** UptimeRobot: the monitor (id or friendly name) when the export holds several. */
    monitor?: string;
}

export function readMonitorExport(text: string, options: MonitorOptions = {}): MonitorExport {
    let data: unknown;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
        return fail(`not valid JSON: ${(e as Error).message}; expected a Prometheus query_range response or an UptimeRobot getMonitors response`);
    }
    const o = data as Record<string, unknown> | null;
    if (o && typeof o === 'object' && !Array.isArray(o)) {
        if (o.status === 'error') return fail(`the Prometheus query failed: ${String(o.errorType ?? '')} ${String(o.error ?? '')}`.trim());
        const d = (o.data ?? o) as Record<string, unknown>;
        if (d && typeof d === 'object' && 'resultType' in d) return readPrometheus(d, options);
        if (Array.isArray(o.monitors)) return readUptimeRobot(o.monitors as unknown[], options);
        if (o.stat === 'fail') return fail(`the UptimeRobot request failed: ${JSON.stringify(o.error ?? {})}`);
    }
    return fail('not a monitor export: expected a Prometheus query_range response ({"data": {"resultType": "matrix", ...}}) or an UptimeRobot getMonitors response with logs ({"monitors": [{"logs": [...]}]})');
}

function fail(message: string): MonitorExport {
    return { ok: false, problems: [{ message }] };
}

function readPrometheus(d: Record<string, unknown>, options: MonitorOptions): MonitorExport {
    if (d.resultType !== 'matrix') {
        return fail(`a Prometheus result of type '${String(d.resultType)}'; outages need a range query (/api/v1/query_range), whose result is a matrix`);
    }
    const result = Array.isArray(d.result) ? d.result as { metric?: Record<string, string>; values?: unknown }[] : [];
    const label = (m: Record<string, string> | undefined) => {
        const { __name__: name, ...rest } = m ?? {};
        return `${name ?? ''}{${Object.entries(rest).map(([k, v]) => `${k}="${v}"`).join(', ')}}`;
    };
    if (result.length === 0) return fail('the Prometheus result has no series: the query matched nothing in its range');
    if (result.length > 1) {
        return fail(`the Prometheus result has ${result.length} series (${result.slice(0, 4).map((r) => label(r.metric)).join(', ')}${result.length > 4 ? ', ...' : ''}); `
            + 'query one: min(up{...}) for down when any instance is down, max(up{...}) for down only when all are');
    }
    const series = result[0];
    const values = Array.isArray(series.values) ? series.values as unknown[] : [];
    const problems: MonitorProblem[] = [];
    const samples: { t: number; v: number }[] = [];
    values.forEach((s, i) => {
        const [t, v] = Array.isArray(s) ? s as unknown[] : [];
        const value = typeof v === 'string' ? Number(v) : NaN;
        if (typeof t !== 'number' || !Number.isFinite(t) || !Number.isFinite(value)) {
            problems.push({ message: `sample ${i + 1} of ${label(series.metric)} is not [<unix seconds>, "<value>"]: ${JSON.stringify(s)}` });
        } else samples.push({ t: Math.round(t * 1000), v: value });
    });
    if (problems.length > 0) return { ok: false, problems };
    if (samples.length === 0) return fail(`the series ${label(series.metric)} has no samples`);
    samples.sort((a, b) => a.t - b.t);
    let step = options.stepSeconds !== undefined ? options.stepSeconds * 1000 : Infinity;
    if (options.stepSeconds === undefined) for (let i = 1; i < samples.length; i++) step = Math.min(step, samples[i].t - samples[i - 1].t);
    if (!Number.isFinite(step) || step <= 0) return fail('one sample does not say how long it lasts: give the query\'s step with --step SECONDS');
    const outages = mergeRanges(samples.filter((s) => s.v === 0).map((s) => ({ from: s.t, to: s.t + step })));
    return { ok: true, kind: 'prometheus', series: label(series.metric), outages, stepSeconds: step / 1000 };
}

function readUptimeRobot(monitors: unknown[], options: MonitorOptions): MonitorExport {
    type Monitor = { id?: unknown; friendly_name?: unknown; logs?: unknown };
    const list = monitors as Monitor[];
    const name = (m: Monitor) => `${String(m.friendly_name ?? '')} (id ${String(m.id ?? '?')})`;
    let chosen: Monitor | undefined;
    if (options.monitor !== undefined) {
        chosen = list.find((m) => String(m.id) === options.monitor || String(m.friendly_name).toLowerCase() === options.monitor!.toLowerCase());
        if (!chosen) return fail(`no monitor '${options.monitor}' in the export (its monitors: ${list.map(name).join(', ')})`);
    } else if (list.length === 1) chosen = list[0];
    else if (list.length === 0) return fail('the UptimeRobot export has no monitors');
    else return fail(`the UptimeRobot export has ${list.length} monitors (${list.map(name).join(', ')}); name one with --monitor ID`);
    if (!Array.isArray(chosen.logs)) return fail(`monitor ${name(chosen)} has no logs: request getMonitors with logs=1`);
    const problems: MonitorProblem[] = [];
    const outages: MonitorOutage[] = [];
    (chosen.logs as Record<string, unknown>[]).forEach((log, i) => {
        if (log?.type !== 1) return;
        const { datetime, duration } = log;
        if (typeof datetime !== 'number' || typeof duration !== 'number' || duration < 0) {
            problems.push({ message: `log ${i + 1} of ${name(chosen)} (type 1, down) needs datetime and duration in seconds: ${JSON.stringify(log)}` });
        } else outages.push({ from: datetime * 1000, to: (datetime + duration) * 1000 });
    });
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, kind: 'uptimerobot', series: name(chosen), outages: mergeRanges(outages) };
}
