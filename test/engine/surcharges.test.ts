import assert from 'node:assert/strict';
import { surchargeBands } from '../../language-server/src/engine/surcharges.js';
import { parseLocal } from '../../language-server/src/engine/time.js';
import { avetica, span } from './fixtures.js';

const c = avetica();
const t = (s: string) => parseLocal(s, 'Europe/Amsterdam') as number;
const bands = (from: string, to: string) =>
    surchargeBands(c, c.surcharges[0], t(from), t(to)).map((b) => [b.multiplier, b.minutes]);

describe('surcharges (Avetica art. 3.3)', () => {
    it('splits a weekday at the end of Werkdag: 60 min at 100%, 120 min at 150%', () => {
        assert.deepEqual(bands('2026-11-09 16:00', '2026-11-09 19:00'), [[1, 60], [1.5, 120]]);
    });

    it('runs from Friday afternoon into Saturday', () => {
        // Fri 16:00-17:00 normal, 17:00-24:00 outside Werkdag, Sat 00:00-01:00 Saturday rate.
        assert.deepEqual(bands('2026-11-13 16:00', '2026-11-14 01:00'), [[1, 60], [1.5, 480]]);
    });

    it('charges Sunday at 200% and Saturday-to-Sunday across midnight', () => {
        assert.deepEqual(bands('2026-11-14 23:00', '2026-11-15 02:00'), [[1.5, 60], [2, 120]]);
    });

    it('gives holidays precedence: King\'s Day (Monday 27 April 2026) and Christmas are 200% all day', () => {
        assert.deepEqual(bands('2026-04-27 08:00', '2026-04-27 10:00'), [[2, 120]]);
        assert.deepEqual(bands('2026-12-25 10:00', '2026-12-25 12:00'), [[2, 120]]);
    });

    it('counts real minutes on the DST night (Saturday 24 October to Sunday 25 October 2026)', () => {
        // Sat 22:00-24:00 is 120 min; Sun 00:00-04:00 local is 5 real hours.
        assert.deepEqual(bands('2026-10-24 22:00', '2026-10-25 04:00'), [[1.5, 120], [2, 300]]);
    });

    it('uses ranges when a band names hours, and the highest of overlapping bands', () => {
        const s = { span, exceptFor: [], bands: [
            { days: [1 as const], ranges: [{ from: 1080, to: 1440 }], multiplier: 1.25, span },
            { days: [1 as const], ranges: [{ from: 1320, to: 1440 }], multiplier: 1.75, span },
        ] };
        const out = surchargeBands(c, s, t('2026-11-09 17:00'), t('2026-11-09 23:00')).map((b) => [b.multiplier, b.minutes]);
        assert.deepEqual(out, [[1, 60], [1.25, 240], [1.75, 60]]);
    });
});
