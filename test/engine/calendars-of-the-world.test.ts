/**
 * Calendars of regions and a contract's own rules, read from contract text and computed
 * with real dates: regional holiday lists (date-holidays), weekend holidays observed on a
 * weekday, yearly closings, part-day closings, special openings, seasons, DST.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { contract, modelOf, validate } from '../support/sla.js';
import { BusinessCalendar } from '../../language-server/src/engine/business-calendar.js';
import { formatInZone, parseLocal } from '../../language-server/src/engine/time.js';

/** The first calendar of a contract in `zone` with the given rules. */
async function calendar(zone: string, rules: string): Promise<BusinessCalendar> {
    const model = await modelOf(contract(`  calendar Office {\n${rules}\n  }`, `  time zone "${zone}"`));
    return new BusinessCalendar(model.calendars[0], zone);
}

function at(cal: BusinessCalendar, local: string): number {
    const ms = parseLocal(local, cal.zone);
    if (typeof ms === 'string') throw new Error(ms);
    return ms;
}

/** Open hours of a local date as "09:00-17:00, ...", or "closed". */
function hours(cal: BusinessCalendar, date: string): string {
    const start = at(cal, `${date} 00:00`);
    const next = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + 1)).toISOString().slice(0, 10);
    const end = at(cal, `${next} 00:00`);
    const parts = cal.openIntervals(start, end).map((i) => `${formatInZone(i.from, cal.zone).slice(11, 16)}-${i.to === end ? '24:00' : formatInZone(i.to, cal.zone).slice(11, 16)}`);
    return parts.join(', ') || 'closed';
}

const deadline = (cal: BusinessCalendar, reported: string, minutes: number) => formatInZone(cal.addBusinessMinutes(at(cal, reported), minutes), cal.zone);
const WEEK = '    Monday to Friday 09:00 to 17:00';

describe('calendars of the world: regions', () => {
    it('GB-SCT: St Andrew\'s Day, and its substitute Monday when it falls in a weekend', async () => {
        const cal = await calendar('Europe/London', `${WEEK}\n    closed on public holidays of GB-SCT`);
        assert.equal(cal.closedReason(at(cal, '2026-11-30 12:00')), 'St Andrew’s Day');
        assert.equal(cal.closedReason(at(cal, '2025-12-01 12:00')), 'St Andrew’s Day (substitute day)');
        assert.equal(cal.closedReason(at(cal, '2030-12-02 12:00')), 'St Andrew’s Day (substitute day)');
        assert.equal(cal.closedReason(at(cal, '2026-01-02 12:00')), 'January 2nd');
        assert.equal(cal.closedReason(at(cal, '2026-08-03 12:00')), 'Summer bank holiday'); // first Monday, not the last
        assert.equal(hours(cal, '2026-08-31'), '09:00-17:00');
        // Friday 28 November 2025 15:00 + 4 hours: 2 on Friday, Monday is the substitute day.
        assert.equal(deadline(cal, '2025-11-28 15:00', 240), '2025-12-02T11:00:00+00:00');
        const england = await calendar('Europe/London', `${WEEK}\n    closed on public holidays of GB-ENG`);
        assert.equal(hours(england, '2026-11-30'), '09:00-17:00');
        assert.equal(england.closedReason(at(england, '2026-08-31 12:00')), 'Summer bank holiday');
    });

    it('US-CA: César Chávez Day (and its 2024 substitute), the day after Thanksgiving; Christmas Eve is optional', async () => {
        const cal = await calendar('America/Los_Angeles', `${WEEK}\n    closed on public holidays of US-CA`);
        assert.equal(cal.closedReason(at(cal, '2026-03-31 12:00')), 'César Chávez Day');
        assert.equal(cal.closedReason(at(cal, '2024-04-01 12:00')), 'César Chávez Day (substitute day)');
        assert.equal(cal.closedReason(at(cal, '2026-11-27 12:00')), 'Day after Thanksgiving Day');
        assert.equal(hours(cal, '2026-12-24'), '09:00-17:00');
        const national = await calendar('America/Los_Angeles', `${WEEK}\n    closed on public holidays of US`);
        assert.equal(hours(national, '2026-03-31'), '09:00-17:00');
        // Monday 30 March 16:00 + 2 hours skips César Chávez Day.
        assert.equal(deadline(cal, '2026-03-30 16:00', 120), '2026-04-01T10:00:00-07:00');
    });

    it('DE-BY: Heilige Drei Könige is statutory; Mariä Himmelfahrt only when included (date-holidays types it "observance" for the state)', async () => {
        const cal = await calendar('Europe/Berlin', `${WEEK}\n    closed on public holidays of DE-BY`);
        assert.equal(cal.closedReason(at(cal, '2026-01-06 12:00')), 'Epiphany');
        assert.equal(cal.closedReason(at(cal, '2026-06-04 12:00')), 'Corpus Christi');
        assert.equal(hours(cal, '2025-08-15'), '09:00-17:00');
        const catholic = await calendar('Europe/Berlin', `${WEEK}\n    closed on public holidays of DE-BY including "Assumption"`);
        assert.equal(catholic.closedReason(at(catholic, '2025-08-15 12:00')), 'Assumption');
        const germany = await calendar('Europe/Berlin', `${WEEK}\n    closed on public holidays of DE`);
        assert.equal(hours(germany, '2026-01-06'), '09:00-17:00');
    });

    it('AU-NSW: Easter Saturday, King\'s Birthday, Labour Day, Boxing Day\'s substitute; the bank holiday is for banks only', async () => {
        const cal = await calendar('Australia/Sydney', `    Monday to Saturday 09:00 to 17:00\n    closed on public holidays of AU-NSW`);
        assert.equal(cal.closedReason(at(cal, '2026-04-04 12:00')), 'Easter Saturday');
        assert.equal(cal.closedReason(at(cal, '2026-06-08 12:00')), "King's Birthday");
        assert.equal(cal.closedReason(at(cal, '2026-10-05 12:00')), 'Labour Day');
        assert.equal(cal.closedReason(at(cal, '2026-12-28 12:00')), 'Boxing Day (substitute day)');
        assert.equal(hours(cal, '2026-08-03'), '09:00-17:00');
        // Thursday 2 April 16:00 + 3 hours: Good Friday to Easter Monday are closed, and
        // daylight saving ends on Sunday 5 April (+11:00 -> +10:00).
        assert.equal(deadline(cal, '2026-04-02 16:00', 180), '2026-04-07T11:00:00+10:00');
    });
});

describe('calendars of the world: one-off statutory days', () => {
    it('GB-ENG: the Platinum Jubilee and the state funeral of 2022 are statutory days of the list', async () => {
        const cal = await calendar('Europe/London', `${WEEK}\n    closed on public holidays of GB-ENG`);
        assert.equal(cal.closedReason(at(cal, '2022-06-03 12:00')), 'Queen’s Platinum Jubilee');
        assert.equal(cal.closedReason(at(cal, '2022-09-19 12:00')), "Queen Elizabeth's Funeral Day");
        assert.equal(hours(cal, '2023-06-02'), '09:00-17:00');
    });
});

describe('calendars of the world: a contract\'s own rules', () => {
    it('the last Monday of August, 2024 to 2030, matches the Summer bank holiday of England', async () => {
        const cal = await calendar('Europe/London', `${WEEK}\n    closed on the last Monday of August "Summer bank holiday"`);
        const england = await calendar('Europe/London', `${WEEK}\n    closed on public holidays of GB-ENG`);
        const expected = ['2024-08-26', '2025-08-25', '2026-08-31', '2027-08-30', '2028-08-28', '2029-08-27', '2030-08-26'];
        for (const date of expected) {
            assert.equal(cal.closedReason(at(cal, `${date} 12:00`)), 'Summer bank holiday', date);
            assert.equal(england.closedReason(at(england, `${date} 12:00`)), 'Summer bank holiday', date);
        }
        assert.deepEqual(cal.holidaysBetween('2024-01-01', '2030-12-31').map((h) => h.date), expected);
        assert.equal(hours(cal, '2026-08-24'), '09:00-17:00');
    });

    it('the first Monday of May, and a day without a name reads as written', async () => {
        const cal = await calendar('Europe/London', `${WEEK}\n    closed on the first Monday of May`);
        assert.deepEqual(cal.holidaysBetween('2026-01-01', '2027-12-31'), [
            { date: '2026-05-04', name: 'first Monday of May' }, { date: '2027-05-03', name: 'first Monday of May' },
        ]);
    });

    it('observed on the nearest weekday: Saturday to Friday (over the turn of the year too), Sunday to Monday', async () => {
        const cal = await calendar('America/New_York', `${WEEK}
    closed every 1 January "New Year's Day" observed on the nearest weekday
    closed every 25 December "Christmas Day" observed on the nearest weekday`);
        assert.equal(cal.closedReason(at(cal, '2027-12-24 12:00')), 'Christmas Day (observed)');
        assert.equal(cal.closedReason(at(cal, '2027-12-31 12:00')), "New Year's Day (observed)"); // 1 January 2028 is a Saturday
        assert.equal(cal.closedReason(at(cal, '2022-12-26 12:00')), 'Christmas Day (observed)');
        assert.equal(cal.closedReason(at(cal, '2027-12-25 12:00')), 'Christmas Day'); // the day itself stays a holiday
        assert.equal(hours(cal, '2026-12-24'), '09:00-17:00'); // Friday 25th: nothing to observe
    });

    it('observed on the next weekday: two weekend holidays take Monday and Tuesday; a list\'s own substitutes make way', async () => {
        const nl = await calendar('Europe/Amsterdam', `${WEEK}\n    closed on public holidays of NL observed on the next weekday`);
        assert.equal(nl.closedReason(at(nl, '2027-12-27 12:00')), 'Christmas Day (observed)');
        assert.equal(nl.closedReason(at(nl, '2027-12-28 12:00')), 'Boxing Day (observed)');
        assert.equal(hours(nl, '2027-12-29'), '09:00-17:00');
        const plain = await calendar('Europe/Amsterdam', `${WEEK}\n    closed on public holidays of NL`);
        assert.equal(hours(plain, '2027-12-27'), '09:00-17:00');
        // GB-SCT with the contract's rule instead of date-holidays' substitute days: the same Mondays, named so.
        const sct = await calendar('Europe/London', `${WEEK}\n    closed on public holidays of GB-SCT observed on the next weekday`);
        assert.equal(sct.closedReason(at(sct, '2025-12-01 12:00')), 'St Andrew’s Day (observed)');
        assert.equal(sct.closedReason(at(sct, '2027-01-04 12:00')), 'January 2nd (observed)');
        assert.equal(sct.closedReason(at(sct, '2027-12-27 12:00')), 'Christmas Day (observed)');
        assert.equal(sct.closedReason(at(sct, '2027-12-28 12:00')), 'Boxing Day (observed)');
        assert.deepEqual(sct.holidaysBetween('2027-12-01', '2027-12-31').map((h) => h.date), ['2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28']);
    });
});

describe('calendars of the world: part-day closings, special openings, seasons', () => {
    it('a part-day closing on a date: deadlines run up to it and resume at the next opening', async () => {
        const cal = await calendar('Europe/Amsterdam', `${WEEK}
    closed on public holidays of NL
    closed on 2026-12-24 from 12:00 "Kerstavond"`);
        assert.equal(hours(cal, '2026-12-24'), '09:00-12:00');
        assert.equal(deadline(cal, '2026-12-24 10:00', 120), '2026-12-24T12:00:00+01:00'); // used up exactly at the closing
        assert.equal(deadline(cal, '2026-12-24 10:00', 240), '2026-12-28T11:00:00+01:00');
        assert.equal(cal.isOpen(at(cal, '2026-12-24 11:59')), true);
        assert.equal(cal.isOpen(at(cal, '2026-12-24 12:00')), false); // half-open: closed from 12:00
        assert.equal(formatInZone(cal.nextOpen(at(cal, '2026-12-24 12:00')), cal.zone), '2026-12-28T09:00:00+01:00');
        assert.equal(cal.businessMinutesBetween(at(cal, '2026-12-24 00:00'), at(cal, '2026-12-25 00:00')), 180);
        assert.equal(formatInZone(cal.endOfBusinessDay(at(cal, '2026-12-24 10:00')), cal.zone), '2026-12-24T12:00:00+01:00');
    });

    it('yearly part-day closings: every 24 December from 12:00, every 31 December from 16:00, and a middle part', async () => {
        const cal = await calendar('Europe/Amsterdam', `${WEEK}
    closed every 24 December from 12:00 "Christmas Eve afternoon"
    closed every 31 December from 16:00
    closed every 5 May from 12:00 to 13:30 "Lunch"`);
        assert.equal(hours(cal, '2026-12-24'), '09:00-12:00');
        assert.equal(hours(cal, '2027-12-24'), '09:00-12:00');
        assert.equal(hours(cal, '2026-12-31'), '09:00-16:00');
        assert.equal(hours(cal, '2026-05-05'), '09:00-12:00, 13:30-17:00');
        assert.equal(deadline(cal, '2026-05-05 11:30', 60), '2026-05-05T14:00:00+02:00');
    });

    it('a special opening on a Sunday: a report on Saturday is answered on Sunday', async () => {
        const cal = await calendar('Europe/Amsterdam', `${WEEK}
    closed on public holidays of NL
    open on 2026-12-27 10:00 to 14:00 "Extra opening"
    open on 2026-12-28 10:00 to 12:00 "Short Monday"`);
        assert.equal(hours(cal, '2026-12-27'), '10:00-14:00');
        assert.equal(hours(cal, '2026-12-28'), '10:00-12:00'); // instead of 09:00-17:00
        assert.equal(deadline(cal, '2026-12-26 15:00', 60), '2026-12-27T11:00:00+01:00');
        assert.equal(deadline(cal, '2026-12-27 13:00', 120), '2026-12-28T11:00:00+01:00');
        assert.equal(hours(cal, '2027-12-26'), 'closed'); // one date, not every year
    });

    it('a special opening does not reopen a holiday', async () => {
        const cal = await calendar('Europe/Amsterdam', `${WEEK}
    closed on public holidays of NL
    open on 2026-12-26 10:00 to 14:00`);
        assert.equal(hours(cal, '2026-12-26'), 'closed');
    });

    it('a summer season: its hours replace the week, deadlines cross its first and last day', async () => {
        const cal = await calendar('Europe/Amsterdam', `${WEEK}
    closed on public holidays of NL
    from 1 June to 31 August: Monday to Friday 09:00 to 16:00`);
        assert.equal(hours(cal, '2026-05-29'), '09:00-17:00');
        assert.equal(hours(cal, '2026-06-01'), '09:00-16:00');
        assert.equal(hours(cal, '2026-08-31'), '09:00-16:00');
        assert.equal(hours(cal, '2026-09-01'), '09:00-17:00');
        assert.equal(deadline(cal, '2026-05-29 16:30', 60), '2026-06-01T09:30:00+02:00');
        assert.equal(deadline(cal, '2026-08-31 15:00', 120), '2026-09-01T10:00:00+02:00');
        assert.equal(cal.seasonAt(at(cal, '2026-07-15 12:00'))?.from.month, 6);
        assert.equal(cal.seasonAt(at(cal, '2026-09-15 12:00')), undefined);
    });

    it('a season over the new year, and a weekday the season does not name is closed', async () => {
        const cal = await calendar('Europe/Amsterdam', `    Monday to Saturday 09:00 to 17:00
    from 1 December to 29 February: Monday to Friday 10:00 to 16:00`);
        assert.equal(hours(cal, '2026-11-30'), '09:00-17:00');
        assert.equal(hours(cal, '2026-12-05'), 'closed'); // a Saturday in the season
        assert.equal(hours(cal, '2027-01-04'), '10:00-16:00');
        assert.equal(hours(cal, '2027-02-26'), '10:00-16:00');
        assert.equal(hours(cal, '2027-03-01'), '09:00-17:00');
        assert.equal(hours(cal, '2028-02-29'), '10:00-16:00'); // leap day inside the season
        assert.equal(deadline(cal, '2027-02-26 15:00', 120), '2027-03-01T10:00:00+01:00');
    });

    it('across DST: part-day closings are wall-clock times and count real minutes', async () => {
        const cal = await calendar('Europe/Amsterdam', `    every day all day
    closed on 2026-03-29 from 01:00 to 04:00
    closed on 2026-10-25 from 02:30 to 03:30`);
        // Spring: 01:00+01:00 to 04:00+02:00 is two real hours of a 23-hour day.
        assert.equal(cal.businessMinutesBetween(at(cal, '2026-03-29 00:00'), at(cal, '2026-03-30 00:00')), 21 * 60);
        // Autumn: 02:30 is read with the earlier offset (+02:00), 03:30 is +01:00: two real hours of a 25-hour day.
        assert.equal(cal.businessMinutesBetween(at(cal, '2026-10-25 00:00'), at(cal, '2026-10-26 00:00')), 23 * 60);
        assert.equal(deadline(cal, '2026-10-25 02:00', 31), '2026-10-25T03:31:00+01:00');
    });

    it('across DST: a season starting on the day summer time begins', async () => {
        const cal = await calendar('Europe/Amsterdam', `${WEEK}
    from 29 March to 30 September: every day 01:00 to 05:00`);
        assert.equal(hours(cal, '2026-03-29'), '01:00-05:00');
        assert.equal(cal.businessMinutesBetween(at(cal, '2026-03-29 00:00'), at(cal, '2026-03-30 00:00')), 180);
        assert.equal(hours(cal, '2026-03-28'), 'closed');
    });

    it('nextSpecialDays lists holidays, closings, part-day closings and openings in date order', async () => {
        const cal = await calendar('Europe/Amsterdam', `${WEEK}
    closed on public holidays of NL
    closed on 2026-12-24 from 12:00 "Kerstavond"
    open on 2026-12-27 10:00 to 14:00 "Extra opening"
    closed from 2026-12-29 to 2026-12-30 "Inventaris"
    closed every 31 December from 16:00`);
        assert.deepEqual(cal.nextSpecialDays(at(cal, '2026-12-20 12:00'), 8).map((d) => `${d.date} ${d.kind} ${d.name}`), [
            '2026-12-24 closed-hours Kerstavond',
            '2026-12-25 holiday Christmas Day',
            '2026-12-26 holiday Boxing Day',
            '2026-12-27 opening Extra opening',
            '2026-12-29 closed Inventaris',
            '2026-12-30 closed Inventaris',
            '2026-12-31 closed-hours 31 December',
            "2027-01-01 holiday New Year's Day",
        ]);
    });
});

describe('calendars of the world: docs/language.md', () => {
    it('the example of the Calendars section checks without errors or warnings', async () => {
        const doc = readFileSync('docs/language.md', 'utf8');
        const example = /## Calendars[\s\S]*?```\n(calendar [\s\S]*?)```/.exec(doc)![1];
        const text = `contract "Doc" {\n  provider "P"\n  customer "C"\n  time zone "Europe/London"\n${example}  availability { measured during Kantoor }\n}\n`;
        const { diagnostics } = await validate(text);
        assert.deepEqual(diagnostics.filter((d) => d.severity! <= 2).map((d) => d.message), []);
    });
});
