/** Small helpers the model rules share: findings with their code's severity, and plain-language numbers. */
import { DateTime, Settings } from 'luxon';
import { formatInZone } from '../engine/time.js';
import type { Clause, DurationModel, LevelPeriod, Period } from '../model/types.js';
import { withArticle, type Finding, type RelatedClause } from './finding.js';
import { MODEL_CODES, type ModelCode } from './model-codes.js';

/**
 * A finding at a clause, its message prefixed with the clause's article; `related`: the
 * other clauses involved, each with a note (the note gets the clause's article too).
 */
export function finding(code: ModelCode, at: Clause, message: string, related: { at: Clause | undefined; note: string }[] = []): Finding {
    const f: Finding = { code, severity: MODEL_CODES[code].severity, message: withArticle(at.article, message), span: at.span };
    const others: RelatedClause[] = related.filter((r) => r.at && r.at !== at && r.at.span)
        .map((r) => ({ span: r.at!.span, message: withArticle(r.at!.article, r.note) }));
    if (others.length) f.related = others;
    return f;
}

/** " (art. 5.2)" or "". */
export function cite(c: { article?: string } | undefined): string {
    return c?.article ? ` (${c.article})` : '';
}

/** 0.9992 -> "99.92%". */
export function pct(decimal: number): string {
    return `${Number((decimal * 100).toFixed(4))}%`;
}

/** 104.832 -> "104.8 minutes"; whole hours are also given in hours. */
export function minutesText(m: number): string {
    const rounded = Math.round(m * 10) / 10;
    const text = `${rounded} minute${rounded === 1 ? '' : 's'}`;
    if (m >= 120) {
        const h = Math.round((m / 60) * 10) / 10;
        return `${text} (${h} hours)`;
    }
    return text;
}

const UNIT: Record<DurationModel['unit'], string> = {
    minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', 'working-day': 'working day',
};

export function durationText(d: DurationModel): string {
    return `${d.amount} ${UNIT[d.unit]}${d.amount === 1 ? '' : 's'}${d.calendar && d.unit !== 'working-day' ? ` of ${d.calendar}` : ''}`;
}

/** A rough length in minutes, for ordering only: months 30.44 days, years 365.25, working days 1.4 days. */
export function approxMinutes(d: DurationModel): number {
    if (d.minutes !== undefined) return d.minutes;
    const day = 1440;
    switch (d.unit) {
        case 'minute': return d.amount;
        case 'hour': return d.amount * 60;
        case 'day': return d.amount * day;
        case 'week': return d.amount * 7 * day;
        case 'month': return d.amount * 30.44 * day;
        case 'year': return d.amount * 365.25 * day;
        case 'working-day': return d.amount * 1.4 * day;
    }
}

/** How many periods of `inner` fit in one `outer`; 1 when inner is as long or longer. */
export function periodsIn(inner: Period, outer: Period): number {
    const months: Record<Period, number> = { month: 1, quarter: 3, year: 12 };
    return Math.max(1, Math.floor(months[outer] / months[inner]));
}

/**
 * Length in months; an hour is 1/744 month, a week 7/31 and a rolling window, judged once
 * a day, 1/31, so that countIn-style ratios round up to the most that fit in a month.
 */
export function periodLength(p: LevelPeriod): number {
    if (p === 'hour') return 1 / 744;
    if (p === 'week') return 7 / 31;
    if (p !== 'month' && p !== 'quarter' && p !== 'year') return 1 / 31;
    return { month: 1, quarter: 3, year: 12 }[p];
}

/** A level period in words: "hour", "week", "rolling-30-days" -> "rolling 30 days". */
export function periodWords(p: LevelPeriod): string {
    const m = /^rolling-(\d+)-days$/.exec(p);
    return m ? `rolling ${m[1]} days` : p;
}

/** "month" -> "a month", used in sentences. */
export function aPeriod(p: Period): string {
    return `a ${p}`;
}

/** "Fri 2026-11-06 16:55" in the zone. */
export function momentText(ms: number, zone: string): string {
    // Luxon writes the weekday and date (locale words) once per local day; the clock
    // time comes from formatInZone, whose digits luxon's were checked to match.
    const iso = formatInZone(ms, zone);
    if (iso.length !== 25) return DateTime.fromMillis(ms, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
    const clock = iso.slice(11, 16);
    const key = `${Settings.defaultLocale}|${Settings.defaultNumberingSystem}|${Settings.defaultOutputCalendar}|${zone}|${iso.slice(0, 10)}`;
    let head = dayHeads.get(key);
    if (head === undefined) {
        const full = DateTime.fromMillis(ms, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
        if (!full.endsWith(` ${clock}`)) return full;
        head = full.slice(0, full.length - clock.length);
        if (dayHeads.size >= 10_000) dayHeads.clear();
        dayHeads.set(key, head);
    }
    return head + clock;
}
// Pure memo tables of luxon's output per locale settings and day (capped at 10,000) and per
// locale settings (a handful): the same input always gives the same text.
const dayHeads = new Map<string, string>();

/** "16:55": the wall-clock time in the zone, as luxon's 'HH:mm'. */
export function clockText(ms: number, zone: string): string {
    const iso = formatInZone(ms, zone);
    return iso.length === 25 && asciiClock() ? iso.slice(11, 16) : DateTime.fromMillis(ms, { zone }).toFormat('HH:mm');
}

/** Whether luxon, with its current default locale settings, writes 'HH:mm' in ASCII digits. */
function asciiClock(): boolean {
    const key = `${Settings.defaultLocale}|${Settings.defaultNumberingSystem}|${Settings.defaultOutputCalendar}`;
    let ok = asciiClocks.get(key);
    if (ok === undefined) {
        ok = DateTime.fromMillis(Date.UTC(2026, 10, 6, 16, 55), { zone: 'UTC' }).toFormat('HH:mm') === '16:55';
        asciiClocks.set(key, ok);
    }
    return ok;
}
const asciiClocks = new Map<string, boolean>();

export function ordinal(n: number): string {
    const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
    return `${n}${s}`;
}
