import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { CalendarModel, ContractModel, MinuteRange } from '../../language-server/src/model/types.js';
import { BusinessCalendar } from '../../language-server/src/engine/business-calendar.js';
import { makeDeadlineFunction } from '../../language-server/src/engine/deadlines.js';

const ZONE = 'Europe/Amsterdam';
const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const NL = [{ country: 'NL', include: [], exclude: [], span }];

function cal(name: string, days: Record<number, MinuteRange[]>): CalendarModel {
    const weekly: MinuteRange[][] = [[], [], [], [], [], [], [], []];
    for (const [d, r] of Object.entries(days)) weekly[+d] = r;
    return { name, span, weekly, holidays: NL, closed: [] };
}
const day = { from: 540, to: 1020 };
const calendars: CalendarModel[] = [
    cal('Werkdag', { 1: [day], 2: [day], 3: [day], 4: [day], 5: [day] }),
    // Split days, a shift over midnight, a 24:00 end and a range inside the DST hours.
    cal('Shifts', { 1: [{ from: 480, to: 720 }, { from: 780, to: 1020 }, { from: 1320, to: 1440 }], 2: [{ from: 0, to: 180 }],
        6: [{ from: 60, to: 240 }], 7: [{ from: 90, to: 200 }] }),
    cal('Always', { 1: [{ from: 0, to: 1440 }], 2: [{ from: 0, to: 1440 }], 3: [{ from: 0, to: 1440 }], 4: [{ from: 0, to: 1440 }],
        5: [{ from: 0, to: 1440 }], 6: [{ from: 0, to: 1440 }], 7: [{ from: 0, to: 1440 }] }),
];

const year2026 = fc.integer({ min: Date.UTC(2025, 11, 20), max: Date.UTC(2027, 0, 10) });
const anyCalendar = fc.constantFrom(...calendars.map((c) => new BusinessCalendar(c, ZONE)));
const minutes = fc.integer({ min: 0, max: 5000 });

describe('deadline properties (fast-check)', () => {
    it('businessMinutesBetween(t, addBusinessMinutes(t, n)) == n', () => {
        fc.assert(fc.property(anyCalendar, year2026, minutes, (c, t, n) => {
            assert.equal(c.businessMinutesBetween(t, c.addBusinessMinutes(t, n)), n);
        }), { numRuns: 2000 });
    });

    // A deadline x after n > 0 minutes ends an open minute: the calendar is open just
    // before x (x - 1 ms). So x is either open itself or exactly a closing instant.
    it('a business-time deadline never falls in closed time, except exactly at a closing instant', () => {
        fc.assert(fc.property(anyCalendar, year2026, fc.integer({ min: 1, max: 5000 }), (c, t, n) => {
            const x = c.addBusinessMinutes(t, n);
            assert.ok(c.isOpen(x - 1), `open just before ${new Date(x).toISOString()}`);
            assert.ok(x > t);
        }), { numRuns: 2000 });
    });

    it('adding is additive: add(t, a + b) == add(add(t, a), b) for b > 0', () => {
        fc.assert(fc.property(anyCalendar, year2026, minutes, fc.integer({ min: 1, max: 3000 }), (c, t, a, b) => {
            assert.equal(c.addBusinessMinutes(t, a + b), c.addBusinessMinutes(c.addBusinessMinutes(t, a), b));
        }), { numRuns: 1000 });
    });

    it('a later report never gets an earlier deadline', () => {
        const contract: ContractModel = {
            name: 'Avetica', span, zone: ZONE, calendars,
            priorities: [{
                name: 'P1', rank: 0, span, clocks: [
                    { kind: 'resolution', span, rule: { type: 'within', duration: { amount: 4, unit: 'hour', minutes: 240 }, basis: { type: 'calendar', calendar: 'Werkdag' }, from: 'reported' } },
                    { kind: 'resolution', span, rule: { type: 'same-day', calendar: 'Shifts' } },
                ],
            }],
            compliance: [], maintenance: [], fees: [], remedyGroups: [], surcharges: [], notices: [],
            commitments: [], backups: [], notes: [], scenarios: [],
        };
        const deadline = makeDeadlineFunction(contract, 'P1', 'resolution');
        fc.assert(fc.property(year2026, fc.integer({ min: 0, max: 7 * 86_400_000 }), (t, dt) => {
            assert.ok(deadline(t + dt)! >= deadline(t)!);
        }), { numRuns: 3000 });
    });
});
