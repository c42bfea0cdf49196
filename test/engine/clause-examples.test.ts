import { strict as assert } from 'node:assert';
import { allowedLate, backupsAt, latestStart, nextWindows } from '../../language-server/src/engine/clause-examples.js';
import { contract, modelOf } from '../support/sla.js';

const at = (iso: string) => Date.parse(iso);

describe('clause examples (engine)', () => {
    it('allowedLate: the most incidents that may be late while the share still holds', () => {
        // 90%: 9 of 10 (90%) holds, 8 of 10 does not; 18 of 20 holds; 4 of 5 (80%) does not.
        assert.equal(allowedLate(10, 0.9), 1);
        assert.equal(allowedLate(20, 0.9), 2);
        assert.equal(allowedLate(5, 0.9), 0);
        // 95% of 20: 19 of 20 is 95%, exactly enough.
        assert.equal(allowedLate(20, 0.95), 1);
        assert.equal(allowedLate(3, 0), 3);
    });

    it('latestStart: a week before a Saturday after the autumn change is the Saturday before at the same wall-clock time', async () => {
        const model = await modelOf(contract('  maintenance {\n    planned: Saturday 06:00 to 08:00 announced 1 week before\n  }'));
        // Saturday 31 October 2026 06:00 is winter time (UTC+1, since Sunday 25 October 03:00);
        // a calendar week earlier, Saturday 24 October 06:00, was summer time (UTC+2): 169 hours.
        const end = at('2026-10-31T06:00:00+01:00');
        assert.equal(new Date(latestStart(model, end, model.maintenance[0].notice!)).toISOString(), '2026-10-24T04:00:00.000Z');
        const windows = nextWindows(model, model.maintenance[0], at('2026-10-20T12:00:00+02:00'), 2);
        assert.deepEqual(windows.map((w) => [new Date(w.start).toISOString(), new Date(w.end).toISOString(), new Date(w.announceBy!).toISOString()]), [
            ['2026-10-24T04:00:00.000Z', '2026-10-24T06:00:00.000Z', '2026-10-17T04:00:00.000Z'],
            ['2026-10-31T05:00:00.000Z', '2026-10-31T07:00:00.000Z', '2026-10-24T04:00:00.000Z'],
        ]);
    });

    it('backupsAt: daily kept 1 week holds 7; weekly kept 1 month holds those of the last month', async () => {
        const model = await modelOf(contract('  backups {\n    daily, kept 1 week\n    weekly, kept 1 month\n  }'));
        const now = at('2026-11-02T08:00:00+01:00');
        const daily = backupsAt(model, model.backups[0], now);
        assert.equal(daily.made.length, 7);
        assert.equal(new Date(daily.made[6]).toISOString(), '2026-10-27T07:00:00.000Z');
        // Weekly, kept a month from 2 November (so after 2 October): 2 November, 26, 19, 12 and 5 October.
        const weekly = backupsAt(model, model.backups[1], now);
        assert.equal(weekly.made.length, 5);
        assert.equal(new Date(weekly.made[4]).toISOString().slice(0, 10), '2026-10-05');
    });
});
