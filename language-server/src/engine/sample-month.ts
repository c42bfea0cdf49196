/**
 * A plausible month of incidents for a contract, as an incident log in the documented CSV
 * schema (incident-log.ts), so a contract manager can try `simulate` before real data
 * exists. Deterministic: the same contract, month and seed give the same text.
 *
 * What a month holds:
 * - incidents per priority (the most urgent fewest), reported mostly on working days in
 *   office hours, some in the evening; responses and resolutions inside their deadlines,
 *   computed with the deadline engine;
 * - one missed deadline: the first incident with a response deadline answers late;
 * - outages: incidents of the most urgent priority take the service down until resolved;
 * - maintenance inside the contract's maintenance windows (one per window kind, at most
 *   two), announced with the window's notice and a day to spare.
 * Times are written as local wall-clock times in the contract's zone; a time the zone
 * cannot read back unambiguously (the repeated autumn hour) is written with its offset.
 */
import { DateTime } from 'luxon';
import type { ContractModel, DurationModel, MaintenanceWindowModel, PriorityModel } from '../model/types.js';
import { calendarsOf, computeDeadlines } from './deadlines.js';
import { LOG_FIELDS } from './incident-log.js';
import { contractZone, parseMonth } from './periods.js';
import { DAY_MS, MINUTE_MS, dayNumber, formatInZone, parseLocal, wallToEpoch, weekdayOf } from './time.js';
import { seededRandom } from './random.js';
import type { Incident } from './incident-log.js';

export interface SampleMonth {
    text: string;
    /** Number of records (incidents and maintenance). */
    incidents: number;
}

/** A record before ids are given: the log's incident fields, one pause at most. */
interface Row extends Pick<Incident, 'priority' | 'reported' | 'responded' | 'resolved' | 'downFrom' | 'downTo' | 'kind' | 'announced'> {
    paused?: { from: number; to: number };
    note: string;
    /** Sort key: the first moment of the record. */
    first: number;
    prefix: string;
}


export function generateSampleMonth(contract: ContractModel, month: string, seed = 1): SampleMonth {
    const m = parseMonth(month);
    if (typeof m === 'string') throw new RangeError(m);
    const zone = contractZone(contract);
    const rnd = seededRandom(seed * 2654435761 + m.year * 12 + m.month);
    const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
    const firstDay = dayNumber(m.year, m.month, 1);
    const lastDay = dayNumber(m.month === 12 ? m.year + 1 : m.year, m.month === 12 ? 1 : m.month + 1, 1) - 1;
    const at = (day: number, minute: number) => wallToEpoch(day, minute, zone);
    const toMinute = (t: number) => Math.ceil(t / MINUTE_MS) * MINUTE_MS;
    const office = [...calendarsOf(contract).values()].find((c) => c.hasOpenHours);
    const rows: Row[] = [];

    // Incidents per priority, reported in the first three weeks so most close inside the month.
    const lastReportDay = Math.max(firstDay, lastDay - 7);
    const priorities = [...contract.priorities].sort((a, b) => a.rank - b.rank);
    let missPlanned = false;
    priorities.forEach((p, rank) => {
        const count = rank === 0 ? int(1, 2) : rank === 1 ? int(2, 3) : int(2, 4);
        for (let n = 0; n < count; n++) {
            const evening = rnd() < 0.2;
            let day = int(firstDay, lastReportDay);
            // Office-hour reports on working days: move forward to the next open day.
            if (!evening) for (let k = 0; k < 7 && office && !office.isOpen(at(day, 11 * 60)); k++) day = Math.min(day + 1, lastDay);
            const minute = evening ? int(19 * 60, 22 * 60 + 45) : int(9 * 60, 16 * 60 + 30);
            const reported = at(day, Math.floor(minute / 5) * 5);
            const row = incident(p, rank, reported);
            if (!missPlanned && row.missed) missPlanned = true;
            rows.push(row.row);
        }
    });

    /**
     * A whole minute in (lo, hi], preferably while the office is open: people answer and
     * close tickets during working hours when the deadline leaves room for it.
     */
    function between(lo: number, hi: number): number {
        let fallback: number | undefined;
        for (let k = 0; k < 12; k++) {
            const t = Math.min(hi, toMinute(lo + Math.max(MINUTE_MS, (hi - lo) * (0.15 + 0.7 * rnd()))));
            fallback ??= t;
            if (!office || office.isOpen(t)) return t;
        }
        if (office) {
            const open = toMinute(office.nextOpen(lo + MINUTE_MS) + int(1, 6) * 5 * MINUTE_MS);
            if (open <= hi) return open;
        }
        return fallback!;
    }

    function incident(p: PriorityModel, rank: number, reported: number): { row: Row; missed: boolean } {
        const first = computeDeadlines(contract, p.name, reported);
        const dueResponse = first.response.deadline;
        const late = !missPlanned && dueResponse !== null;
        let responded: number;
        if (dueResponse === null) responded = between(reported, reported + int(1, 4) * 3_600_000);
        else if (late) responded = toMinute(dueResponse + int(15, 90) * MINUTE_MS);
        else responded = between(reported, dueResponse);
        // Now and then the provider waits for the customer for an hour after responding.
        const paused = rank === 1 && rnd() < 0.5 ? { from: responded + 30 * MINUTE_MS, to: responded + 90 * MINUTE_MS } : undefined;
        const d = computeDeadlines(contract, p.name, reported, { responded, paused: paused ? [paused] : [] });
        const dueResolution = d.resolution.deadline;
        let resolved: number;
        const start = paused ? paused.to : responded;
        if (dueResolution !== null && dueResolution > start + MINUTE_MS) resolved = between(start, dueResolution);
        else resolved = between(start, start + int(1, 5) * (dueResolution === null ? DAY_MS / 2 : 3_600_000));
        const down = rank === 0;
        const downFrom = down ? reported - int(0, 4) * 5 * MINUTE_MS : undefined;
        const notes = [`generated ${p.name} incident`];
        if (late) notes.push(`response ${Math.round((responded - dueResponse!) / MINUTE_MS)} min late`);
        if (dueResolution !== null && resolved > dueResolution) notes.push('resolved after the deadline');
        if (paused) notes.push('waiting for the customer for an hour');
        if (down) notes.push('the service was down until resolved');
        return {
            missed: late,
            row: {
                priority: p.name, reported, responded, resolved, downFrom, downTo: down ? resolved : undefined,
                kind: 'incident', paused, note: notes.join('; '), first: downFrom ?? reported, prefix: 'I',
            },
        };
    }

    // Maintenance inside the windows the contract allows.
    const windows = (['planned', 'urgent', 'emergency'] as const)
        .map((k) => contract.maintenance.find((w) => w.kind === k))
        .filter((w): w is MaintenanceWindowModel => w !== undefined)
        .slice(0, 2);
    const usedDays = new Set<number>();
    for (const w of windows) {
        const slot = pickSlot(w, firstDay + 7, lastDay - 1, usedDays, int);
        if (!slot) continue;
        usedDays.add(slot.day);
        const from = at(slot.day, slot.from);
        const to = at(slot.day, slot.to);
        // Emergencies come unannounced unless the contract asks for notice.
        const announced = w.kind === 'emergency' && !w.notice ? undefined : from - (w.notice ? noticeMs(w.notice) : 0) - DAY_MS;
        const ahead = announced === undefined ? 0 : Math.round((from - announced) / DAY_MS);
        const when = announced === undefined ? 'unannounced' : `announced ${ahead === 1 ? 'a day' : `${ahead} days`} ahead`;
        rows.push({
            kind: `${w.kind}-maintenance`, downFrom: from, downTo: to, announced, first: from, prefix: 'M',
            note: `${w.kind} maintenance${w.weekly ? ' inside its window' : ''}, ${when}${w.article ? ` (${w.article})` : ''}`,
        });
    }

    rows.sort((a, b) => a.first - b.first);
    const counters = new Map<string, number>();
    // The sample logs no milestones besides response and resolution, and names no services: their columns are left out.
    const fields = LOG_FIELDS.filter((f): f is SampleField => f !== 'acknowledged' && f !== 'work_started' && f !== 'workaround' && f !== 'service');
    const lines = [fields.join(',')];
    for (const r of rows) {
        const n = (counters.get(r.prefix) ?? 0) + 1;
        counters.set(r.prefix, n);
        const time = (t: number | undefined) => (t === undefined ? '' : writeTime(t, zone));
        const record: Record<SampleField, string> = {
            id: `${r.prefix}${n}`, priority: r.priority ?? '', reported: time(r.reported), responded: time(r.responded),
            resolved: time(r.resolved), down_from: time(r.downFrom), down_to: time(r.downTo),
            kind: r.kind, announced: time(r.announced),
            paused: r.paused ? `${time(r.paused.from)}/${time(r.paused.to)}` : '', note: r.note,
        };
        lines.push(fields.map((f) => csvField(record[f])).join(','));
    }
    return { text: lines.join('\n') + '\n', incidents: rows.length };
}

type SampleField = Exclude<(typeof LOG_FIELDS)[number], 'acknowledged' | 'work_started' | 'workaround' | 'service'>;

/** A day and a time range (minutes of the day) inside the window, on a day in [fromDay, toDay]. */
function pickSlot(
    w: MaintenanceWindowModel, fromDay: number, toDay: number, usedDays: Set<number>, int: (lo: number, hi: number) => number,
): { day: number; from: number; to: number } | undefined {
    const max = w.maxDuration?.minutes;
    const length = (room: number) => Math.max(5, Math.min(room, max ?? 60, int(4, 12) * 5));
    if (!w.weekly) {
        // Any time: early morning, clear of the hours daylight saving time moves.
        let day = int(fromDay, toDay);
        for (let k = 0; k < 7 && usedDays.has(day); k++) day = day < toDay ? day + 1 : fromDay;
        const start = int(5 * 12, 6 * 12) * 5;
        return { day, from: start, to: start + length(60) };
    }
    const candidates: number[] = [];
    for (let d = fromDay; d <= toDay; d++) if (!usedDays.has(d) && (w.weekly[weekdayOf(d)] ?? []).some((r) => r.to - r.from >= 10)) candidates.push(d);
    if (candidates.length === 0) return undefined;
    const day = candidates[int(0, candidates.length - 1)];
    const ranges = w.weekly[weekdayOf(day)].filter((r) => r.to - r.from >= 10);
    const range = ranges[int(0, ranges.length - 1)];
    const offset = Math.min(int(0, 3) * 5, Math.floor((range.to - range.from) / 4 / 5) * 5);
    const from = range.from + offset;
    return { day, from, to: from + length(range.to - from) };
}

/** A notice period as milliseconds, generous for units without a fixed length. */
function noticeMs(d: DurationModel): number {
    if (d.minutes !== undefined) return d.minutes * MINUTE_MS;
    const days = d.unit === 'working-day' ? Math.ceil(d.amount * 7 / 5) + 2 : d.unit === 'month' ? d.amount * 31 : d.amount * 366;
    return days * DAY_MS;
}

/** Local "yyyy-mm-dd hh:mm", or ISO with offset when the local text would read back differently. */
function writeTime(t: number, zone: string): string {
    const local = DateTime.fromMillis(t, { zone }).toFormat('yyyy-MM-dd HH:mm');
    return parseLocal(local, zone) === t ? local : formatInZone(t, zone);
}

function csvField(s: string): string {
    return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}
