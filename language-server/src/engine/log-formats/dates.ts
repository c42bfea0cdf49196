/**
 * Times as service desks write them, turned into the two forms the incident log reads:
 * a local wall-clock time "yyyy-MM-ddTHH:mm:ss" (read later in the contract's zone, with the
 * engine's own rules for the DST gap and overlap) or ISO 8601 with the offset the export
 * wrote. Nothing here picks a zone: a time without an offset stays a wall-clock time.
 *
 * - With formats (luxon tokens, `dd-MM-yyyy HH:mm`), a value must match one of them.
 * - Without, ISO-like values go through unchanged, and a day and month written as numbers
 *   (`13-04-2026 10:00`, `04/13/2026`) are read only when they can be read one way: a value
 *   like `03-04-2026` is 3 April or 4 March, and the error names both; never a guess.
 * - Excel keeps no zone: its date cells (a Date whose UTC fields are the wall clock, as the
 *   xlsx reader gives them) and serial day numbers are wall-clock times too.
 */
import { DateTime } from 'luxon';

export type TimeReading = { ok: true; text: string } | { ok: false; message: string; order?: DayOrder };
export type DayOrder = 'day-first' | 'month-first';

const WALL = "yyyy-MM-dd'T'HH:mm:ss";
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether a luxon format carries an offset or zone (outside quoted literals). */
export function formatHasOffset(format: string): boolean {
    return /[Zz]/.test(format.replace(/'[^']*'/g, ''));
}

// Luxon compiles a format into a parser on every fromFormat call; a log has one format and
// many rows, so each format's parser is built once (this made a 100,000-row export 2x faster).
const parsers = new Map<string, ReturnType<typeof DateTime.buildFormatParser>>();

function parserOf(format: string, locale: string) {
    const key = `${locale}\u0000${format}`;
    let p = parsers.get(key);
    if (!p) {
        p = DateTime.buildFormatParser(format, { locale });
        if (parsers.size > 100) parsers.clear();
        parsers.set(key, p);
    }
    return p;
}

const two = (n: number) => (n < 10 ? '0' : '') + n;

/** A value read with the first of `formats` that fits it. */
export function readWithFormats(text: string, formats: readonly string[], locale = 'en-US'): TimeReading {
    const s = text.trim();
    for (const format of formats) {
        const offset = formatHasOffset(format);
        const dt = DateTime.fromFormatParser(s, parserOf(format, locale), offset ? { setZone: true, locale } : { zone: 'UTC', locale });
        if (!dt.isValid) continue;
        if (offset) return { ok: true, text: dt.toISO({ suppressMilliseconds: true })! };
        if (dt.year < 1000 || dt.year > 9999) return { ok: true, text: dt.toFormat(WALL) };
        return { ok: true, text: `${dt.year}-${two(dt.month)}-${two(dt.day)}T${two(dt.hour)}:${two(dt.minute)}:${two(dt.second)}` };
    }
    const which = formats.length === 1 ? `the date format '${formats[0]}'` : `any of the date formats ${formats.map((f) => `'${f}'`).join(', ')}`;
    return { ok: false, message: `cannot read '${s}' with ${which}` };
}

/**
 * A value with no format given. Day/month numbers are read only when unambiguous; what the
 * value proves about the order is returned so a column can be checked for consistency.
 */
export function readWithoutFormat(text: string): TimeReading & { order?: DayOrder } {
    const s = text.trim();
    const m = NUMERIC.exec(s);
    if (!m) {
        // Two-digit years (4/3/26) add a third reading (yy-MM-dd): only a format can say.
        if (/^\d{1,2}([-/.])\d{1,2}\1\d{2}(?!\d)/.test(s)) {
            return { ok: false, message: `'${s}' has a two-digit year: give its format, e.g. --date-format 'd/M/yy H:mm' or 'M/d/yy h:mm a'` };
        }
        return { ok: true, text: s };
    }
    const [a, b, year] = [+m[1], +m[3], +m[4]];
    const [h, mi, sec] = [m[5] ? +m[5] : 0, m[6] ? +m[6] : 0, m[7] ? +m[7] : 0];
    if (m[5] === undefined) return { ok: false, message: `'${s}' has a date but no time of day` };
    const sep = m[2];
    const dayFirst = wall(year, b, a, h, mi, sec);
    const monthFirst = wall(year, a, b, h, mi, sec);
    if (a === b && dayFirst) return { ok: true, text: dayFirst };
    if (dayFirst && monthFirst) {
        const fmt = (order: string) => `${order}${sep}yyyy HH:mm${m[7] ? ':ss' : ''}`;
        return {
            ok: false,
            message: `'${s}' is ambiguous: ${a} ${MONTHS[b - 1]} ${year} (day first) or ${MONTHS[a - 1]} ${b}, ${year} (month first); `
                + `give the date format, e.g. --date-format '${fmt(`dd${sep}MM`)}' or '${fmt(`MM${sep}dd`)}'`,
        };
    }
    if (dayFirst) return { ok: true, text: dayFirst, order: 'day-first' };
    if (monthFirst) return { ok: true, text: monthFirst, order: 'month-first' };
    return { ok: false, message: `'${s}' is not a date and time (neither day nor month first)` };
}

function wall(year: number, month: number, day: number, h: number, mi: number, sec: number): string | undefined {
    if (month < 1 || month > 12 || h > 23 || mi > 59 || sec > 59) return undefined;
    const dt = DateTime.fromObject({ year, month, day, hour: h, minute: mi, second: sec }, { zone: 'UTC' });
    return dt.isValid && dt.day === day ? dt.toFormat(WALL) : undefined;
}

/** An Excel date cell as the xlsx reader gives it: the wall clock in the Date's UTC fields. */
export function excelDateToWall(d: Date): string | undefined {
    const ms = d.getTime();
    if (!Number.isFinite(ms)) return undefined;
    // Excel stores days as binary fractions: 10:15 comes back as 10:14:59.999.
    return DateTime.fromMillis(Math.round(ms / 1000) * 1000, { zone: 'UTC' }).toFormat(WALL);
}

/**
 * An Excel serial day number (days since 1899-12-30, the 1900 date system with its
 * phantom 29 February 1900 folded in; 1904 system: days since 1904-01-01).
 */
export function excelSerialToWall(serial: number, date1904 = false): string | undefined {
    if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1)) return undefined;
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    // Serials 1 to 59 (January and February 1900) sit one day off the real calendar in
    // the 1900 system; no incident log reaches back that far, so they are refused.
    if (!date1904 && serial < 61) return undefined;
    return excelDateToWall(new Date(epoch + serial * 86_400_000));
}
