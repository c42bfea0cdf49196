import * as assert from 'node:assert/strict';
import { check, none, one } from './helpers.js';

/** A calendar with the given rules beside Monday to Friday 09:00 to 17:00 and Dutch holidays. */
const office = (rules: string) => `
  calendar Office {
    Monday to Friday 09:00 to 17:00
    closed on public holidays of NL
${rules}
  }
  availability { measured during Office }`;

describe('model rules: a calendar\'s own rules', () => {
    it('opening-on-closed-day: an opening on Boxing Day, a holiday of the calendar', async () => {
        const c = await check(office(`    open on 2026-12-26 10:00 to 14:00 "Extra opening" [art. 1.4]`));
        assert.match(one(c, 'opening-on-closed-day', 'warning', 'open on 2026-12-26'),
            /^Art\. 1\.4: the special opening on 2026-12-26 changes nothing: that day is Boxing Day, a holiday of the calendar/);
    });

    it('opening-on-closed-day: an opening inside a closed range, and not on a Sunday that is merely not open', async () => {
        const c = await check(office(`    closed from 2026-12-28 to 2026-12-31 "Kerstsluiting"
    open on 2026-12-29 10:00 to 12:00
    open on 2026-12-27 10:00 to 14:00`));
        assert.match(one(c, 'opening-on-closed-day', 'warning', 'open on 2026-12-29'), /closed from 2026-12-28 to 2026-12-31 \("Kerstsluiting"\)/);
    });

    it('closing-outside-hours: after closing time, on a holiday, on a day without hours; quiet inside the hours', async () => {
        const c = await check(office(`    closed on 2026-12-24 from 18:00 "Kerstavond"`));
        assert.match(one(c, 'closing-outside-hours', 'warning', 'closed on 2026-12-24'),
            /closing 2026-12-24 from 18:00 has no effect: on Thursday 2026-12-24 the calendar is open 09:00 to 17:00 only/);
        const holiday = await check(office(`    closed on 2026-12-25 from 12:00`));
        assert.match(one(holiday, 'closing-outside-hours', 'warning', 'closed on 2026-12-25'), /that day is Christmas Day, a holiday of the calendar/);
        const sunday = await check(office(`    closed on 2026-12-27 from 12:00`));
        assert.match(one(sunday, 'closing-outside-hours', 'warning', 'closed on 2026-12-27'), /no hours on Sunday 2026-12-27/);
        none(await check(office(`    closed on 2026-12-24 from 12:00 "Kerstavond"
    closed every 31 December from 16:00`)), 'closing-outside-hours');
    });

    it('closing-outside-hours: a yearly closing that no year\'s hours reach', async () => {
        const c = await check(office(`    from 1 December to 28 February: Monday to Friday 10:00 to 16:00
    closed every 31 December from 16:00`));
        assert.match(one(c, 'closing-outside-hours', 'warning', 'closed every 31 December'),
            /closing every 31 December from 16:00 has no effect: on 31 December the calendar is open at most between 10:00 and 16:00/);
        const nth = await check(office(`    closed on the last Monday of May from 18:00 "Evening"`));
        assert.match(one(nth, 'closing-outside-hours', 'warning', 'last Monday of May'), /on the last Monday of May the calendar is open at most between 09:00 and 17:00/);
    });

    it('empty-season: a season that opens on no day', async () => {
        const c = await check(office(`    from 20 July to 10 August: Saturday 10:00 to 10:00`));
        assert.match(one(c, 'empty-season', 'warning', 'from 20 July'), /the season 20 July to 10 August opens on no day/);
        none(await check(office(`    from 20 July to 10 August: Saturday 10:00 to 12:00`)), 'empty-season');
    });

    it('overlapping-seasons: shared days are named; seasons written with the same days are one season', async () => {
        const c = await check(office(`    from 1 June to 31 August: Monday to Friday 09:00 to 16:00
    from 15 August to 15 September: Monday to Friday 09:00 to 15:00`));
        assert.match(one(c, 'overlapping-seasons', 'warning', 'from 15 August'),
            /shares 17 days of the year \(from 15 August\) with the season 1 June to 31 August, which is written first/);
        none(await check(office(`    from 1 June to 31 August: Monday to Friday 09:00 to 16:00
    from 1 June to 31 August: Saturday 10:00 to 12:00
    from 1 December to 28 February: Monday to Friday 10:00 to 16:00`)), 'overlapping-seasons');
        const winter = await check(office(`    from 1 December to 28 February: Monday to Friday 10:00 to 16:00
    from 15 February to 31 March: Monday to Friday 10:00 to 17:00`));
        assert.match(one(winter, 'overlapping-seasons', 'warning', 'from 15 February'), /shares 14 days of the year \(from 15 February\)/);
    });
});
