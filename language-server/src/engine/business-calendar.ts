/**
 * Business time of one calendar in one IANA zone, on epoch milliseconds.
 *
 * Each local calendar day is turned into its open intervals (epoch ms pairs) once, with
 * luxon consulted only for that day's offsets, and cached by day number. Everything
 * else is plain arithmetic on numbers, which keeps a million deadlines well under a
 * second.
 *
 * Semantics (all intervals half-open, [open, close)):
 * - Opening hours are wall-clock times in the zone. A range inside a DST gap loses the
 *   missing time (02:00-03:00 on 2026-03-29 Amsterdam has 0 minutes); a range over the
 *   repeated autumn hour counts it twice (real elapsed minutes, 00:00-24:00 on
 *   2026-10-25 is 25 hours). Bounds inside the repeated hour take the earlier offset.
 * - Holidays and closed days close the whole local day, including a 00:00-02:00 range
 *   that continues the previous evening. A range ending at 24:00 and one starting at
 *   00:00 the next day are adjacent: business time flows across midnight.
 * - A calendar's own rules (calendar-days.ts) decide a day's hours before they become
 *   instants: special openings and seasons replace the weekly hours of a date, part-day
 *   closings cut wall-clock minutes out of them. A calendar without such rules takes the
 *   weekly hours as before; either way each day is worked out once and cached.
 * - At the opening instant the calendar is open; at the closing instant it is closed.
 * - addBusinessMinutes(t, n) is the first moment x >= t with n business minutes in
 *   [t, x): the moment the n-th minute is used up. So a deadline can be a closing
 *   instant (17:00), never the next opening, and a clock started when closed starts
 *   at the next opening, also for n = 0 (a zero-minute clock on a closed day ends at
 *   the next opening, not at the report).
 * - endOfBusinessDay(t) is the end of the business day of nextOpen(t) (the business day
 *   that contains t, or when closed at t, the next one): the last closing instant of
 *   that local day. Hours that cross midnight belong to the day they start on: a day
 *   whose hours run to 24:00 ends when the next day's tail closes (22:00 to 02:00 ends
 *   at 02:00), and a moment inside such a tail belongs to the previous day's shift.
 */
import type { CalendarModel, MinuteRange, Season } from '../model/types.js';
import { holidaysInYear, type Holiday } from './holidays.js';
import { calendarHolidays, closedHoursOfYear, hasOwnRules, seasonOf, usualHours, withoutRange } from './calendar-days.js';
import { DAY_MS, MINUTE_MS, dayOfIsoDate, isoDate, offsetMs, wallToEpoch, weekdayOf } from './time.js';

interface DayInfo {
    start: number;
    end: number;
    /** Open intervals as flat pairs [open0, close0, open1, close1, ...]. */
    open: number[];
}

/** Searching further than this for open time means the calendar has none. */
const MAX_SCAN_DAYS = 3660;

/** Days and holidays worked out for one calendar content in one zone. */
interface DayStore {
    days: Map<number, DayInfo>;
    holidayYears: Map<number, Map<string, string>>;
    /** Part-day closings per year, by ISO date (calendars with own rules only). */
    closedHourYears: Map<number, Map<string, { hours: MinuteRange; name: string }[]>>;
}

/** A day that differs from the calendar's week: a holiday, closing, part-day closing or special opening. */
export interface SpecialDay {
    /** yyyy-mm-dd, local date. */
    date: string;
    kind: 'holiday' | 'closed' | 'closed-hours' | 'opening';
    name: string;
    /** Wall-clock minutes closed (closed-hours) or open (opening). */
    hours?: MinuteRange[];
}

/**
 * Day caches shared by calendars with the same content (hours, holiday rules, closed
 * days) and zone: every check of an edited contract builds a new model, and so new
 * BusinessCalendars, but their days come out the same. Names, spans and articles do
 * not affect a day, so they are not part of the key. A pure memo table (a calendar's days
 * follow from its content), capped at 64 contents of 100,000 days each.
 */
const stores = new Map<string, DayStore>();
function storeFor(model: CalendarModel, zone: string): DayStore {
    const key = JSON.stringify([zone, model.weekly, model.holidays.map((h) => [h.country, h.include, h.exclude, h.observed ?? null]),
        model.closed.map((c) => [c.from, c.to, c.label ?? null]), ...ownRulesKey(model)]);
    let store = stores.get(key);
    if (!store) {
        if (stores.size >= 64) stores.clear();
        store = { days: new Map(), holidayYears: new Map(), closedHourYears: new Map() };
        stores.set(key, store);
    }
    return store;
}

/** The own rules' part of a day store's key; nothing for a calendar without them (keys stay as they were). */
function ownRulesKey(model: CalendarModel): unknown[] {
    if (!hasOwnRules(model)) return [];
    return [
        (model.closedHours ?? []).map((c) => [c.date, c.hours, c.label ?? null]),
        (model.yearly ?? []).map((y) => [y.on, y.hours ?? null, y.label ?? null, y.observed ?? null]),
        (model.openings ?? []).map((o) => [o.date, o.hours]),
        (model.seasons ?? []).map((x) => [x.from, x.to, x.weekly]),
    ];
}

/** Forget the shared day caches (benchmarks: the first check of a calendar's content). */
export function clearCalendarStores(): void {
    stores.clear();
}

export class BusinessCalendar {
    readonly name: string;
    private readonly days: Map<number, DayInfo>;
    private readonly holidayYears: Map<number, Map<string, string>>;
    private readonly closedHourYears: DayStore['closedHourYears'];
    private readonly closed: { from: number; to: number; label: string }[];
    /** Whether the calendar has rules beyond weekly hours, holiday lists and closed dates. */
    private readonly ownRules: boolean;
    /** Estimate of the zone offset so dayOf usually hits the right day first. */
    private offsetGuess: number;

    constructor(readonly model: CalendarModel, readonly zone: string) {
        this.name = model.name;
        this.offsetGuess = offsetMs(Date.UTC(2026, 0, 1), zone);
        this.closed = model.closed.map((c) => ({
            from: dayOfIsoDate(c.from), to: dayOfIsoDate(c.to), label: c.label ?? 'closed',
        }));
        const store = storeFor(model, zone);
        this.days = store.days;
        this.holidayYears = store.holidayYears;
        this.closedHourYears = store.closedHourYears;
        this.ownRules = hasOwnRules(model);
    }

    /** True when the week, a season or a special opening has any opening hours at all. */
    get hasOpenHours(): boolean {
        const some = (weekly: readonly MinuteRange[][]) => weekly.some((ranges) => ranges && ranges.some((r) => r.to > r.from));
        return some(this.model.weekly) || (this.model.seasons ?? []).some((s) => some(s.weekly))
            || (this.model.openings ?? []).some((o) => o.hours.length > 0);
    }

    /** Holiday name or closed-days label of the local day containing t, if any. */
    closedReason(t: number): string | undefined {
        return this.dayClosedReason(this.dayOf(t));
    }

    isOpen(t: number): boolean {
        const open = this.dayInfo(this.dayOf(t)).open;
        for (let i = 0; i < open.length; i += 2) if (open[i] <= t && t < open[i + 1]) return true;
        return false;
    }

    /** t itself when open, else the next opening instant. */
    nextOpen(t: number): number {
        let day = this.dayOf(t);
        for (let n = 0; n < MAX_SCAN_DAYS; n++, day++) {
            const open = this.dayInfo(day).open;
            for (let i = 0; i < open.length; i += 2) if (open[i + 1] > t) return Math.max(open[i], t);
        }
        throw this.noOpenTime(t);
    }

    addBusinessMinutes(t: number, minutes: number): number {
        if (!(minutes >= 0)) throw new RangeError(`cannot add ${minutes} business minutes`);
        let remaining = minutes * MINUTE_MS;
        // Zero minutes still start the clock: when closed, that is the next opening.
        if (remaining === 0) return this.nextOpen(t);
        let day = this.dayOf(t);
        for (let n = 0; n < MAX_SCAN_DAYS; n++, day++) {
            const open = this.dayInfo(day).open;
            for (let i = 0; i < open.length; i += 2) {
                const close = open[i + 1];
                if (close <= t) continue;
                const from = open[i] > t ? open[i] : t;
                if (remaining <= close - from) return from + remaining;
                remaining -= close - from;
            }
        }
        throw this.noOpenTime(t);
    }

    /** Business minutes in [a, b); negative when b < a. */
    businessMinutesBetween(a: number, b: number): number {
        if (b < a) return -this.businessMinutesBetween(b, a);
        let total = 0;
        const last = this.dayOf(b);
        for (let day = this.dayOf(a); day <= last; day++) {
            const open = this.dayInfo(day).open;
            for (let i = 0; i < open.length; i += 2) {
                const from = Math.max(open[i], a);
                const to = Math.min(open[i + 1], b);
                if (to > from) total += to - from;
            }
        }
        return total / MINUTE_MS;
    }

    endOfBusinessDay(t: number): number {
        const start = this.nextOpen(t);
        const day = this.dayOf(start);
        const info = this.dayInfo(day);
        const open = info.open;
        // In the tail of the previous evening's hours (00:00-02:00 of "22:00 to 02:00"):
        // that shift is the business day, and it ends when the tail closes.
        if (this.isTail(day) && open[0] === info.start && start < open[1]) return open[1];
        const last = open[open.length - 1];
        // Hours running to midnight go on into the next day's tail: the day ends there.
        if (last === info.end && this.isTail(day + 1)) {
            const next = this.dayInfo(day + 1);
            if (next.open[0] === next.start) return next.open[1];
        }
        return last;
    }

    /**
     * Whether the weekly hours of `day` begin with the tail of the previous day's hours:
     * the previous weekday has a range up to 24:00 and this one a range from 00:00 that
     * ends before 24:00 ("Monday 22:00 to 02:00" is Mon 22:00-24:00 and Tue 00:00-02:00).
     * A whole day 00:00-24:00 is a day of its own, not a tail.
     */
    private isTail(day: number): boolean {
        const first = this.model.weekly[weekdayOf(day)]?.[0];
        const before = this.model.weekly[weekdayOf(day - 1)] ?? [];
        return !!first && first.from === 0 && first.to < 1440 && before.some((r) => r.to >= 1440);
    }

    /**
     * Same wall-clock time `days` business days later, starting from nextOpen(t); kept
     * within that day's opening hours (clamped to its first opening or last closing).
     */
    addBusinessDays(t: number, days: number): number {
        const start = this.nextOpen(t);
        let day = this.dayOf(start);
        const wallMinute = (start + offsetMs(start, this.zone) - day * DAY_MS) / MINUTE_MS;
        for (let left = days, n = 0; left > 0; n++) {
            if (n > MAX_SCAN_DAYS) throw this.noOpenTime(t);
            day++;
            if (this.dayInfo(day).open.length > 0) left--;
        }
        const open = this.dayInfo(day).open;
        const target = wallToEpoch(day, wallMinute, this.zone, 'shift');
        return Math.min(Math.max(target, open[0]), open[open.length - 1]);
    }

    /** Open intervals overlapping [from, to), clipped, with midnight-adjacent ones merged. */
    openIntervals(from: number, to: number): { from: number; to: number }[] {
        const out: { from: number; to: number }[] = [];
        if (to <= from) return out;
        const last = this.dayOf(to);
        for (let day = this.dayOf(from); day <= last; day++) {
            const open = this.dayInfo(day).open;
            for (let i = 0; i < open.length; i += 2) {
                const s = Math.max(open[i], from);
                const e = Math.min(open[i + 1], to);
                if (e <= s) continue;
                const prev = out[out.length - 1];
                if (prev && prev.to === s) prev.to = e;
                else out.push({ from: s, to: e });
            }
        }
        return out;
    }

    /** Holidays of all the calendar's rules between two ISO dates, inclusive. */
    holidaysBetween(fromDate: string, toDate: string): Holiday[] {
        const out: Holiday[] = [];
        for (let year = +fromDate.slice(0, 4); year <= +toDate.slice(0, 4); year++) {
            for (const [date, name] of this.holidaysOf(year)) {
                if (date >= fromDate && date <= toDate) out.push({ date, name });
            }
        }
        return out.sort((a, b) => a.date.localeCompare(b.date));
    }

    /**
     * The next n days on or after the local date of t that differ from the calendar's
     * week: holidays, closed dates, part-day closings and special openings, by date.
     */
    nextSpecialDays(t: number, n: number): SpecialDay[] {
        if (n <= 0) return [];
        const from = isoDate(this.dayOf(t));
        const out: SpecialDay[] = [];
        const firstYear = +from.slice(0, 4);
        for (let year = firstYear; out.length < n && year <= firstYear + 10; year++) {
            const found: SpecialDay[] = [];
            for (const [date, name] of this.holidaysOf(year)) found.push({ date, kind: 'holiday', name });
            for (const c of this.closed) {
                for (let day = Math.max(c.from, dayNumberOfYear(year)); day <= c.to && day < dayNumberOfYear(year + 1); day++) {
                    const date = isoDate(day);
                    if (!this.holidaysOf(year).has(date)) found.push({ date, kind: 'closed', name: c.label });
                }
            }
            if (this.ownRules) {
                // Part-day closings and openings of a day closed all day change nothing.
                const closedAllDay = (date: string) => this.dayClosedReason(dayOfIsoDate(date)) !== undefined;
                for (const [date, list] of this.closedHoursOf(year)) {
                    if (closedAllDay(date)) continue;
                    for (const c of list) found.push({ date, kind: 'closed-hours', name: c.name, hours: [c.hours] });
                }
                for (const o of this.model.openings ?? []) {
                    if (+o.date.slice(0, 4) === year && !closedAllDay(o.date)) {
                        found.push({ date: o.date, kind: 'opening', name: o.label ?? 'special opening', hours: o.hours });
                    }
                }
            }
            out.push(...found.filter((d) => d.date >= from).sort((a, b) => a.date.localeCompare(b.date)));
        }
        return out.slice(0, n);
    }

    /** The season the local date of t lies in, if the calendar has seasons. */
    seasonAt(t: number): Season | undefined {
        return seasonOf(this.model.seasons, isoDate(this.dayOf(t)));
    }

    /** The next n holidays on or after the local date of t. */
    nextHolidays(t: number, n: number): Holiday[] {
        if ((this.model.holidays.length === 0 && !this.model.yearly?.length) || n <= 0) return [];
        const from = isoDate(this.dayOf(t));
        const out: Holiday[] = [];
        for (let year = +from.slice(0, 4); out.length < n && year <= +from.slice(0, 4) + 10; year++) {
            out.push(...this.holidaysBetween(year === +from.slice(0, 4) ? from : `${year}-01-01`, `${year}-12-31`));
        }
        return out.slice(0, n);
    }

    /** Local day number containing t, found through the cached day boundaries. */
    dayOf(t: number): number {
        let day = Math.floor((t + this.offsetGuess) / DAY_MS);
        let info = this.dayInfo(day);
        while (t < info.start) info = this.dayInfo(--day);
        while (t >= info.end) info = this.dayInfo(++day);
        return day;
    }

    private dayInfo(day: number): DayInfo {
        let info = this.days.get(day);
        if (info) return info;
        const start = wallToEpoch(day, 0, this.zone, 'transition');
        const end = wallToEpoch(day + 1, 0, this.zone, 'transition');
        const open: number[] = [];
        if (this.dayClosedReason(day) === undefined) {
            for (const r of this.ownRules ? this.hoursOf(day) : this.model.weekly[weekdayOf(day)] ?? []) {
                const s = r.from === 0 ? start : wallToEpoch(day, r.from, this.zone, 'transition');
                const e = r.to >= 1440 ? end : wallToEpoch(day, r.to, this.zone, 'transition');
                if (e > s) open.push(s, e);
            }
        }
        info = { start, end, open };
        this.days.set(day, info);
        this.offsetGuess = day * DAY_MS - start;
        return info;
    }

    /** Wall-clock hours of a day no holiday or closed date closes, under the calendar's own rules. */
    private hoursOf(day: number): readonly MinuteRange[] {
        const date = isoDate(day);
        let hours = usualHours(this.model, date, weekdayOf(day)).hours;
        for (const c of this.closedHoursOf(+date.slice(0, 4)).get(date) ?? []) hours = withoutRange(hours, c.hours);
        return hours;
    }

    private closedHoursOf(year: number): Map<string, { hours: MinuteRange; name: string }[]> {
        let map = this.closedHourYears.get(year);
        if (!map) {
            map = closedHoursOfYear(this.model, year);
            this.closedHourYears.set(year, map);
        }
        return map;
    }

    private dayClosedReason(day: number): string | undefined {
        const date = isoDate(day);
        const holiday = this.holidaysOf(+date.slice(0, 4)).get(date);
        if (holiday) return holiday;
        return this.closed.find((c) => c.from <= day && day <= c.to)?.label;
    }

    private holidaysOf(year: number): Map<string, string> {
        let map = this.holidayYears.get(year);
        if (!map) {
            if (this.ownRules) {
                map = calendarHolidays(this.model, year);
            } else {
                map = new Map();
                for (const rule of this.model.holidays) {
                    for (const h of holidaysInYear(rule, year)) if (!map.has(h.date)) map.set(h.date, h.name);
                }
            }
            this.holidayYears.set(year, map);
        }
        return map;
    }

    private noOpenTime(t: number): RangeError {
        return new RangeError(`calendar ${this.name} has no open time within ten years after ${new Date(t).toISOString()}`);
    }
}

/** Day number of 1 January of a year. */
function dayNumberOfYear(year: number): number {
    return Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
}
