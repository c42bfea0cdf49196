/**
 * Shared time helpers: local wall-clock times in an IANA zone <-> epoch milliseconds.
 *
 * Engines work on epoch ms (plain numbers) for speed. Luxon is only asked for zone
 * offsets, and only at day granularity, so callers can cache per calendar day.
 *
 * Wall-clock times that do not map to exactly one instant are resolved like this,
 * so that a contract reads the same way everywhere in the engine:
 * - In a DST gap (Europe/Amsterdam 2026-03-29 02:00-03:00 does not exist), a reported
 *   moment is shifted forward by the gap length, as luxon does (02:30 -> 03:30+02:00).
 *   Opening-hour bounds instead snap to the transition instant (02:30 -> 03:00+02:00),
 *   so a range 02:00-03:00 has 0 minutes on that day and 02:30-04:00 has 60.
 * - In a DST overlap (2026-10-25 02:00-03:00 occurs twice), the earlier offset
 *   (+02:00, the first occurrence) is taken. Luxon itself picks the later one, which
 *   is why this is hand-written rather than delegated to DateTime.fromObject.
 */
import { DateTime, IANAZone } from 'luxon';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

// Memo tables of this file: pure functions of their keys (a zone's data does not change
// while the process runs), bounded (valid IANA names only; the text tables are capped or
// have a few hundred keys at most) and never handed out for writing. They live here, not
// in a service, because the engine is plain TypeScript that every layer calls directly.
const zones = new Map<string, IANAZone>();

/** A validated luxon zone; throws on unknown IANA names so bad zones fail loudly. */
export function zoneOf(name: string): IANAZone {
    let zone = zones.get(name);
    if (!zone) {
        zone = IANAZone.create(name);
        if (!zone.isValid) throw new RangeError(`unknown time zone "${name}"`);
        zones.set(name, zone);
    }
    return zone;
}

/** A transition inside one UTC day: `before` applies to instants < `at`, `after` from `at` on. */
interface DayTransition { at: number; before: number; after: number }

/**
 * Offsets of one zone, cached per UTC day. Luxon's lookup goes through
 * Intl.DateTimeFormat.formatToParts (microseconds each); engines ask millions of times.
 *
 * Exactness: a day whose first and last millisecond have the same offset is taken to have
 * that offset throughout (no zone changes its offset and back within 24 hours; the file
 * already assumes at most one change in ~52 hours). A day whose ends differ gets its
 * transition instant by bisection to the millisecond, then verified; if the day turns
 * out to hold more than one change it is not cached and luxon answers every call.
 */
class ZoneOffsets {
    private readonly days = new Map<number, number | DayTransition | null>();
    constructor(private readonly zone: IANAZone) {}

    /** Luxon's answer, in ms; NaN for instants outside the Date range. */
    raw(t: number): number {
        return this.zone.offset(t) * MINUTE_MS;
    }

    at(ms: number): number {
        // Date (and so luxon) truncates toward zero; the same instant is looked up here.
        const t = Math.trunc(ms);
        if (!(t >= -MAX_CACHED && t <= MAX_CACHED)) return this.raw(ms);
        const day = Math.floor(t / DAY_MS);
        let e = this.days.get(day);
        if (e === undefined) e = this.fill(day);
        if (typeof e === 'number') return e;
        if (e === null) return this.raw(t);
        return t < e.at ? e.before : e.after;
    }

    private fill(day: number): number | DayTransition | null {
        const lo = day * DAY_MS;
        const hi = lo + DAY_MS - 1;
        const a = this.raw(lo);
        const b = this.raw(hi);
        let e: number | DayTransition | null;
        if (a === b) e = a;
        else {
            let l = lo;
            let h = hi; // raw(l) === a, raw(h) !== a
            while (h - l > 1) {
                const mid = Math.floor((l + h) / 2);
                if (this.raw(mid) === a) l = mid;
                else h = mid;
            }
            e = this.raw(h) === b ? { at: h, before: a, after: b } : null;
        }
        if (this.days.size >= 100_000) this.days.clear();
        this.days.set(day, e);
        return e;
    }
}
/** Caching stops a little inside the Date range (+-8.64e15), where luxon may give NaN. */
const MAX_CACHED = 8.6e15;
const offsetCaches = new Map<string, ZoneOffsets>();

function offsetsOf(zone: string): ZoneOffsets {
    let c = offsetCaches.get(zone);
    if (!c) {
        c = new ZoneOffsets(zoneOf(zone));
        offsetCaches.set(zone, c);
    }
    return c;
}

/** Zone offset at an instant, in milliseconds (UTC+2 -> 7_200_000). Cached per UTC day, exact. */
export function offsetMs(ms: number, zone: string): number {
    return offsetsOf(zone).at(ms);
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian). */
export function dayNumber(year: number, month: number, day: number): number {
    return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** "yyyy-mm-dd" of a day number. */
export function isoDate(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of "yyyy-mm-dd", or NaN when malformed. */
export function dayOfIsoDate(date: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    return m ? dayNumber(+m[1], +m[2], +m[3]) : NaN;
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
    return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** How a wall-clock time inside a DST gap is resolved; see the file comment. */
export type GapPolicy = 'shift' | 'transition';

/**
 * The instant of wall-clock `minute` (may be fractional or 1440) on local day `day`.
 * At most one offset change is assumed within the ~52 hours that can show that date.
 */
export function wallToEpoch(day: number, minute: number, zone: string, gap: GapPolicy = 'shift'): number {
    const wall = day * DAY_MS + minute * MINUTE_MS;
    // Offsets range -12..+14 hours, so every instant showing this wall time lies here.
    const lo = wall - 15 * 3_600_000;
    const hi = wall + 15 * 3_600_000;
    const o1 = offsetMs(lo, zone);
    const o2 = offsetMs(hi, zone);
    if (o1 === o2) return wall - o1;
    const t = transitionBetween(lo, hi, o1, zone);
    const before = wall - o1; // valid if it lies before the transition
    const after = wall - o2; // valid if it lies on or after it
    if (before < t) return before; // covers the overlap: earlier offset wins
    if (after >= t) return after;
    return gap === 'shift' ? before : t;
}

/** First instant (to the millisecond) in (lo, hi] whose offset differs from `o1`. */
function transitionBetween(lo: number, hi: number, o1: number, zone: string): number {
    while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMs(mid, zone) === o1) lo = mid;
        else hi = mid;
    }
    return hi;
}

/** Units counted on the calendar rather than in elapsed minutes. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

/**
 * The moment `amount` days, weeks, months or years after t, counted on the calendar in
 * `zone`: the same wall-clock time on the date that much later, as Dutch and EU law count
 * periods (Algemene termijnenwet; Regulation 1182/71). So a week's notice given on
 * Friday 2026-03-27 10:00 in Amsterdam runs to Friday 2026-04-03 10:00, 167 real hours
 * over the spring change, and a day around the clock from Saturday 12:00 ends Sunday
 * 12:00 whatever the offsets. Months and years are luxon's calendar arithmetic and clamp
 * to the month's last day: 31 January + 1 month = 28 (29) February, 29 February + 1 year
 * = 28 February. A wall-clock result in a DST gap moves forward by the gap (02:30 ->
 * 03:30), one in the overlap takes the earlier offset, as everywhere in the engine. A
 * fractional amount adds its rest as wall-clock time (1.5 days = 1 day and 12 hours).
 */
export function addCalendarPeriod(t: number, amount: number, unit: CalendarUnit, zone: string): number {
    const local = t + offsetMs(t, zone);
    let wall: number;
    if (unit === 'day' || unit === 'week') {
        // Plain day arithmetic on the wall clock: no luxon needed (simulations call this often).
        wall = local + amount * (unit === 'week' ? 7 : 1) * DAY_MS;
    } else {
        wall = DateTime.fromMillis(local, { zone: 'utc' }).plus({ [`${unit}s`]: amount }).toMillis();
    }
    const day = Math.floor(wall / DAY_MS);
    return wallToEpoch(day, (wall - day * DAY_MS) / MINUTE_MS, zone, 'shift');
}

/** Local day number containing an instant. */
export function localDay(ms: number, zone: string): number {
    return Math.floor((ms + offsetMs(ms, zone)) / DAY_MS);
}

/** "2026-11-06T16:30:00+01:00", "2026-11-06T15:30Z": an exact instant. */
const EXACT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Reads "2026-11-06T16:30", "2026-11-06 16:30" (optionally with seconds) as wall-clock
 * time in `zone`, or an ISO string with an explicit offset or Z as that exact instant.
 * Returns epoch ms, or an error message string.
 */
export function parseLocal(text: string, zone: string): number | string {
    const fast = quickParse(text, zone);
    if (fast !== undefined) return fast;
    const s = text.trim();
    const m = LOCAL.exec(s);
    if (m) {
        const [y, mo, d, h, mi, sec] = [+m[1], +m[2], +m[3], +m[4], +m[5], m[6] ? +m[6] : 0];
        const day = dayNumber(y, mo, d);
        const back = new Date(day * DAY_MS);
        if (back.getUTCMonth() + 1 !== mo || back.getUTCDate() !== d || h > 23 || mi > 59 || sec > 59) {
            return `"${text}" is not a valid date and time`;
        }
        try {
            return wallToEpoch(day, h * 60 + mi + sec / 60, zone, 'shift');
        } catch (e) {
            return (e as Error).message;
        }
    }
    // The common exact form (what exports and formatInZone write) by arithmetic: luxon's
    // general ISO reader took most of the time of reading a million-row log.
    const x = EXACT.exec(s);
    if (x) {
        const [y, mo, d, h, mi, sec] = [+x[1], +x[2], +x[3], +x[4], +x[5], x[6] ? +x[6] : 0];
        const day = dayNumber(y, mo, d);
        const back = new Date(day * DAY_MS);
        const offset = x[7] === 'Z' ? 0 : (x[8] === '-' ? -1 : 1) * (+x[9] * 60 + +x[10]) * MINUTE_MS;
        if (back.getUTCMonth() + 1 === mo && back.getUTCDate() === d && h <= 23 && mi <= 59 && sec <= 59 && +x[9] <= 23 && +x[10] <= 59 && y >= 1000) {
            return day * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 - offset;
        }
    }
    if (/(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
        const dt = DateTime.fromISO(s, { setZone: true });
        if (dt.isValid) return dt.toMillis();
    }
    return `"${text}" is not a date and time like 2026-11-06T16:30`;
}

/**
 * The two forms logs hold by the million, "2026-11-06 16:30[:ss]" (wall clock in `zone`) and
 * "2026-11-06T16:30[:ss]" with Z or an offset, read by character codes and calendar
 * arithmetic: regular expressions and Date objects took most of the time of reading a big
 * log. Anything else (or anything invalid) is undefined and goes the general way, which
 * gives the same instants and the messages.
 */
function quickParse(s: string, zone: string): number | undefined {
    const n = s.length;
    if (n < 16 || n > 25) return undefined;
    const dig = (i: number) => { const c = s.charCodeAt(i) - 48; return c >= 0 && c <= 9 ? c : NaN; };
    const sep = s.charCodeAt(10);
    if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (sep !== 84 && sep !== 32) || s.charCodeAt(13) !== 58) return undefined;
    const y = dig(0) * 1000 + dig(1) * 100 + dig(2) * 10 + dig(3);
    const mo = dig(5) * 10 + dig(6);
    const d = dig(8) * 10 + dig(9);
    const h = dig(11) * 10 + dig(12);
    const mi = dig(14) * 10 + dig(15);
    let at = 16;
    let sec = 0;
    if (at < n && s.charCodeAt(at) === 58) { sec = dig(17) * 10 + dig(18); at = 19; }
    if (!(y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h <= 23 && mi <= 59 && sec <= 59)) return undefined;
    const day = civilDay(y, mo, d);
    if (at === n) {
        // An unknown zone throws; the general way turns that into its message.
        try { return wallToEpoch(day, h * 60 + mi + sec / 60, zone, 'shift'); } catch { return undefined; }
    }
    if (sep !== 84) return undefined;
    let offset: number;
    if (at + 1 === n && s.charCodeAt(at) === 90) offset = 0;
    else if (at + 6 === n && s.charCodeAt(at + 3) === 58 && (s.charCodeAt(at) === 43 || s.charCodeAt(at) === 45)) {
        const oh = dig(at + 1) * 10 + dig(at + 2);
        const om = dig(at + 4) * 10 + dig(at + 5);
        if (!(oh <= 23 && om <= 59)) return undefined;
        offset = (s.charCodeAt(at) === 45 ? -1 : 1) * (oh * 60 + om) * MINUTE_MS;
    } else return undefined;
    return day * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 - offset;
}

function daysInMonth(y: number, m: number): number {
    if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (the days-from-civil algorithm). */
function civilDay(y: number, m: number, d: number): number {
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** ISO 8601 in `zone` with its offset, seconds precision: "2026-11-09T09:30:00+01:00". */
export function formatInZone(ms: number, zone: string): string {
    // Simulations format two deadlines per incident, each twice (field and explanation):
    // a small memo hands out the same string, and the rest is arithmetic, not luxon.
    const slot = (ms & 7) >>> 0;
    if (memoMs[slot] === ms && memoZone[slot] === zone) return memoText[slot];
    const off = offsetMs(ms, zone);
    const local = Math.trunc(ms + off); // as new Date(ms + off) reads it
    // Luxon's own formatting for odd years (padding, signs) and fractional (LMT) offsets.
    if (!(local >= YEAR_1000 && local < YEAR_10000) || off % MINUTE_MS !== 0) {
        return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
    }
    const day = Math.floor(local / DAY_MS);
    const s = (local - day * DAY_MS) / 1000 | 0;
    const text = datePrefix(day) + TWO[(s / 3600) | 0] + ':' + TWO[((s % 3600) / 60) | 0] + ':' + TWO[s % 60] + offsetText(off);
    memoMs[slot] = ms;
    memoZone[slot] = zone;
    memoText[slot] = text;
    return text;
}

const YEAR_1000 = Date.UTC(1000, 0, 1);
const YEAR_10000 = Date.UTC(10000, 0, 1);
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const memoMs = new Float64Array(8).fill(NaN);
const memoZone: string[] = new Array<string>(8).fill('');
const memoText: string[] = new Array<string>(8).fill('');
const datePrefixes = new Map<number, string>();
const offsetTexts = new Map<number, string>();

/** "2026-11-09T" of a day number (years 1000-9999), cached. */
function datePrefix(day: number): string {
    let text = datePrefixes.get(day);
    if (text === undefined) {
        text = `${isoDate(day)}T`;
        if (datePrefixes.size >= 20_000) datePrefixes.clear();
        datePrefixes.set(day, text);
    }
    return text;
}

/** "+01:00" of a whole-minute offset in ms. */
function offsetText(off: number): string {
    let text = offsetTexts.get(off);
    if (text === undefined) {
        const abs = Math.abs(off) / MINUTE_MS;
        text = `${off < 0 ? '-' : '+'}${TWO[Math.floor(abs / 60)] ?? String(Math.floor(abs / 60))}:${TWO[abs % 60]}`;
        offsetTexts.set(off, text);
    }
    return text;
}
