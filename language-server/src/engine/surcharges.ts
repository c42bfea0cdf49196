/**
 * Surcharges for a stretch of work: how many minutes fall under each multiplier.
 *
 * Precedence when bands overlap: public-holiday minutes take the multiplier of the
 * holiday band, whatever else covers them (Avetica art. 3.3 lists "Sundays and public
 * holidays: 200%" as the top rate, and a holiday Monday is also "outside Werkdag" at
 * 150%; the holiday rate is the one meant). Other overlaps take the highest multiplier.
 * Minutes no band covers are at 100% (multiplier 1).
 *
 * "Monday to Friday outside Werkdag" is the closed time of that calendar on those days,
 * so a holiday on a weekday is outside Werkdag from midnight to midnight.
 */
import type { ContractModel, MinuteRange, SurchargeBand, SurchargeModel, WeeklyHours } from '../model/types.js';
import type { BusinessCalendar } from './business-calendar.js';
import { calendarsOf } from './deadlines.js';
import {
    type Interval, contractZone, intersectIntervals, mergeIntervals, subtractIntervals, totalMinutes, weeklyIntervals,
} from './periods.js';
import { dayOfIsoDate, isoDate, localDay, wallToEpoch } from './time.js';

export interface SurchargeMinutes {
    multiplier: number;
    minutes: number;
}

export function surchargeBands(contract: ContractModel, surcharge: SurchargeModel, start: number, end: number): SurchargeMinutes[] {
    if (end <= start) return [];
    const zone = contractZone(contract);
    const calendars = calendarsOf(contract);
    const work: Interval[] = [[start, end]];
    const minutes = new Map<number, number>();
    const add = (m: number, ivs: Interval[]) => {
        const n = totalMinutes(ivs);
        if (n > 0) minutes.set(m, (minutes.get(m) ?? 0) + n);
    };

    const holidayBands = surcharge.bands.filter((b) => b.holidaysOf);
    let remaining = work;
    if (holidayBands.length > 0) {
        const holidays = mergeIntervals(holidayBands.flatMap((b) => holidayIntervals(calendars.get(b.holidaysOf!), start, end, zone)));
        const onHoliday = intersectIntervals(work, holidays);
        add(Math.max(...holidayBands.map((b) => b.multiplier)), onHoliday);
        remaining = subtractIntervals(work, onHoliday);
    }
    const byRate = [...surcharge.bands].filter((b) => b.days.length > 0).sort((a, b) => b.multiplier - a.multiplier);
    for (const band of byRate) {
        const piece = intersectIntervals(remaining, covered(band, start, end, zone, calendars));
        add(band.multiplier, piece);
        remaining = subtractIntervals(remaining, piece);
    }
    add(1, remaining);
    return [...minutes].map(([multiplier, m]) => ({ multiplier, minutes: m })).sort((a, b) => a.multiplier - b.multiplier);
}

/** The stretches a band covers on its weekdays (holidays are handled before). */
function covered(band: SurchargeBand, start: number, end: number, zone: string, calendars: Map<string, BusinessCalendar>): Interval[] {
    if (band.outside) {
        const days = weeklyIntervals(weekly(band.days, [{ from: 0, to: 1440 }]), start, end, zone);
        const cal = calendars.get(band.outside);
        if (!cal) return days;
        return subtractIntervals(days, cal.openIntervals(start, end).map((iv): Interval => [iv.from, iv.to]));
    }
    return weeklyIntervals(weekly(band.days, band.ranges ?? [{ from: 0, to: 1440 }]), start, end, zone);
}

function holidayIntervals(cal: BusinessCalendar | undefined, start: number, end: number, zone: string): Interval[] {
    if (!cal) return [];
    return cal.holidaysBetween(isoDate(localDay(start, zone)), isoDate(localDay(end, zone))).map((h): Interval => {
        const day = dayOfIsoDate(h.date);
        return [wallToEpoch(day, 0, zone, 'transition'), wallToEpoch(day + 1, 0, zone, 'transition')];
    });
}

function weekly(days: number[], ranges: MinuteRange[]): WeeklyHours {
    const w: WeeklyHours = [[], [], [], [], [], [], [], []];
    for (const d of days) w[d] = ranges;
    return w;
}
