/**
 * Conversions of written values (times of day, weekdays, durations, percentages) into
 * normalised model values. Each returns undefined for a value it cannot read, so the
 * model stays total; the checker reports why at the value's place.
 */
import type * as ast from '../generated/ast.js';
import type { ClockStart, DurationModel, Milestone, MinuteRange, Weekday, WeeklyHours } from './types.js';

export const WEEKDAYS: readonly string[] = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayNumber(name: string | undefined): Weekday | undefined {
    const n = name ? WEEKDAYS.indexOf(name) : -1;
    return n >= 1 ? (n as Weekday) : undefined;
}

/** "09:30" -> 570; "24:00" -> 1440 (only meaningful as an end); undefined when out of range. */
export function minutesOfDay(text: string | undefined): number | undefined {
    const m = text ? /^(\d{1,2}):(\d{2})$/.exec(text) : null;
    if (!m) return undefined;
    const h = Number(m[1]), min = Number(m[2]);
    if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
    return h * 60 + min;
}

export function daysOf(spec: ast.DaySpec | undefined): Weekday[] {
    if (!spec) return [];
    if (spec.all) return [1, 2, 3, 4, 5, 6, 7];
    const days: Weekday[] = [];
    for (const range of spec.ranges) {
        const from = weekdayNumber(range.from);
        if (!from) continue;
        const to = weekdayNumber(range.to) ?? from;
        // "Friday to Monday" wraps over the weekend, as a reader would take it.
        for (let d = from, i = 0; i < 7; i++) {
            if (!days.includes(d)) days.push(d);
            if (d === to) break;
            d = ((d % 7) + 1) as Weekday;
        }
    }
    return days;
}

/** A range as written, before splitting at midnight; undefined when unreadable or empty. */
export function timeRange(range: ast.TimeRange): MinuteRange | undefined {
    if (range.whole) return { from: 0, to: 1440 };
    const from = minutesOfDay(range.from);
    const to = minutesOfDay(range.to);
    if (from === undefined || to === undefined || from === 1440 || from === to) return undefined;
    return { from, to };
}

export function emptyWeek(): WeeklyHours {
    return [[], [], [], [], [], [], [], []];
}

/** Adds ranges on the given days; a range that ends before it starts runs into the next day. */
export function addToWeek(week: WeeklyHours, days: Weekday[], ranges: MinuteRange[]): void {
    for (const day of days) {
        for (const r of ranges) {
            if (r.to > r.from) {
                week[day].push({ ...r });
            } else {
                week[day].push({ from: r.from, to: 1440 });
                if (r.to > 0) week[(day % 7) + 1].push({ from: 0, to: r.to });
            }
        }
    }
}

/** Sorts and merges each day's ranges so engines can rely on disjoint, ordered ranges. */
export function normaliseWeek(week: WeeklyHours): WeeklyHours {
    return week.map(mergeRanges);
}

/**
 * Copies of the ranges, sorted by start, with overlapping or touching ones merged; the
 * input is left as it was. Used for opening hours here and for incident pauses.
 */
export function mergeRanges<R extends { from: number; to: number }>(ranges: readonly R[]): R[] {
    const sorted = [...ranges].sort((a, b) => a.from - b.from);
    const merged: R[] = [];
    for (const r of sorted) {
        const last = merged[merged.length - 1];
        if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
        else merged.push({ ...r });
    }
    return merged;
}

export function weekOf(hours: ast.WeeklyHours[]): WeeklyHours {
    const week = emptyWeek();
    for (const h of hours) {
        addToWeek(week, daysOf(h.days), h.ranges.map(timeRange).filter((r): r is MinuteRange => !!r));
    }
    return normaliseWeek(week);
}

const UNIT: Record<string, DurationModel['unit']> = {
    minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day',
    week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
    workingday: 'working-day', workingdays: 'working-day',
};

const FIXED_MINUTES: Partial<Record<DurationModel['unit'], number>> = {
    minute: 1, hour: 60, day: 1440, week: 7 * 1440,
};

/** Datatype rules of several keywords arrive joined without spaces ("workingdays"). */
export function durationUnit(text: string | undefined): DurationModel['unit'] | undefined {
    return text ? UNIT[text.replace(/\s+/g, '').toLowerCase()] : undefined;
}

export function duration(d: ast.Duration | undefined): DurationModel | undefined {
    if (!d || typeof d.value !== 'number' || !Number.isFinite(d.value)) return undefined;
    let unit = durationUnit(d.unit);
    if (!unit || d.value < 0) return undefined;
    // "2 days of Werkdag" means two working days, not 48 business hours.
    if (unit === 'day' && d.calendar?.ref) unit = 'working-day';
    const per = FIXED_MINUTES[unit];
    const model: DurationModel = { amount: d.value, unit };
    if (per !== undefined) model.minutes = d.value * per;
    if (d.calendar?.ref) model.calendar = d.calendar.ref.name;
    return model;
}

/** 99.92% -> 0.9992. A value without its % sign is still read, the checker flags it. */
export function percentage(p: ast.Percentage | undefined): number | undefined {
    if (!p || typeof p.value !== 'number' || !Number.isFinite(p.value)) return undefined;
    return p.value / 100;
}

/** "[art. 5.2]" -> "art. 5.2"; the writer's own wording inside the brackets is kept. */
export function articleText(tag: string | undefined): string | undefined {
    if (!tag) return undefined;
    const inner = tag.replace(/^\[/, '').replace(/\]$/, '').trim();
    return inner.length ? inner : undefined;
}

/** The milestones in their natural order (an incident is acknowledged before it is resolved). */
export const MILESTONES: readonly Milestone[] = ['acknowledgement', 'response', 'start-of-work', 'workaround', 'resolution'];

/** The moment each milestone is reached, as a clock's start ("after workaround"). */
export const MILESTONE_START: Record<Milestone, ClockStart> = {
    acknowledgement: 'acknowledged', response: 'responded', 'start-of-work': 'work-started', workaround: 'worked-around', resolution: 'resolved',
};

/** A milestone as the contract writes it: "start of work", "acknowledgement". */
export function milestoneWords(m: Milestone): string {
    return m === 'start-of-work' ? 'start of work' : m;
}

/** A ClockKind of the grammar (its words run together, "startofwork") as a milestone. */
export function milestone(kind: string): Milestone {
    const k = kind.replace(/[\s-]+/g, '');
    return k === 'startofwork' ? 'start-of-work' : (k as Milestone);
}
