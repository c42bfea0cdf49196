import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeAvailability } from '../../language-server/src/engine/availability.js';
import type { Incident } from '../../language-server/src/engine/incident-log.js';
import { periodsBetween } from '../../language-server/src/engine/periods.js';
import type { DowntimeKind } from '../../language-server/src/model/types.js';
import { avetica, klik } from './fixtures.js';

const AMS = 'Europe/Amsterdam';
const months = periodsBetween('2026-01', '2026-12', 'month', AMS);
const YEAR_START = months[0].start;
const YEAR_MS = months[11].end - YEAR_START;
const KINDS: DowntimeKind[] = ['incident', 'planned-maintenance', 'urgent-maintenance', 'force-majeure', 'customer-caused'];

/** Outages anywhere in (and a little around) 2026, up to three days long, at whole seconds. */
const outage = fc.record({
    start: fc.integer({ min: -5 * 86400, max: YEAR_MS / 1000 + 5 * 86400 }),
    length: fc.integer({ min: 0, max: 3 * 86400 }),
    kind: fc.constantFrom(...KINDS),
    announcedBefore: fc.integer({ min: 0, max: 5 * 86400 }),
});
const toIncidents = (os: { start: number; length: number; kind: DowntimeKind; announcedBefore: number }[]): Incident[] =>
    os.map((o, i) => {
        const downFrom = YEAR_START + o.start * 1000;
        return { id: String(i), kind: o.kind, downFrom, downTo: downFrom + o.length * 1000, announced: downFrom - o.announcedBefore * 1000, paused: [] };
    });

describe('availability properties', () => {
    for (const [name, contract] of [['Klik', klik()], ['Avetica', avetica()]] as const) {
        it(`${name}: downtime and excluded time never exceed scheduled time; availability within 0..100`, () => {
            fc.assert(fc.property(fc.array(outage, { maxLength: 25 }), (os) => {
                for (const r of computeAvailability(contract, toIncidents(os), months, AMS)) {
                    assert.ok(r.downtimeMinutes >= 0 && r.downtimeMinutes + r.excludedMinutes <= r.scheduledMinutes + 1e-9);
                    assert.ok(r.availabilityPercent >= 0 && r.availabilityPercent <= 100);
                }
            }), { numRuns: 150 });
        });

        it(`${name}: splitting an outage into adjacent pieces leaves every figure unchanged`, () => {
            fc.assert(fc.property(fc.array(outage, { minLength: 1, maxLength: 10 }), fc.nat(), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
                (os, pick, cuts) => {
                    // Announced well ahead, so each piece of a maintenance is as timely as the whole.
                    const incidents = toIncidents(os.map((o) => ({ ...o, announcedBefore: 3 * 86400 })));
                    const victim = incidents[pick % incidents.length];
                    const span = victim.downTo! - victim.downFrom!;
                    const points = [...new Set(cuts.map((c) => victim.downFrom! + Math.floor(c * span)))].sort((a, b) => a - b);
                    const bounds = [victim.downFrom!, ...points, victim.downTo!];
                    const pieces = bounds.slice(1).map((to, i) => ({ ...victim, id: `${victim.id}.${i}`, downFrom: bounds[i], downTo: to }));
                    const split = [...incidents.filter((x) => x !== victim), ...pieces];
                    const a = computeAvailability(contract, incidents, months, AMS);
                    const b = computeAvailability(contract, split, months, AMS);
                    a.forEach((r, i) => {
                        assert.ok(Math.abs(r.downtimeMinutes - b[i].downtimeMinutes) < 1e-6, `${r.period} downtime`);
                        assert.ok(Math.abs(r.excludedMinutes - b[i].excludedMinutes) < 1e-6, `${r.period} excluded`);
                        assert.equal(r.availabilityPercent, b[i].availabilityPercent);
                    });
                }), { numRuns: 150 });
        });
    }

    it('overlapping copies of an outage count once', () => {
        fc.assert(fc.property(fc.array(outage, { minLength: 1, maxLength: 10 }), (os) => {
            const incidents = toIncidents(os.map((o) => ({ ...o, kind: 'incident' as const })));
            const twice = [...incidents, ...incidents.map((x) => ({ ...x, id: x.id + "'" }))];
            const a = computeAvailability(klik(), incidents, months, AMS);
            const b = computeAvailability(klik(), twice, months, AMS);
            a.forEach((r, i) => assert.equal(r.downtimeMinutes, b[i].downtimeMinutes));
        }), { numRuns: 100 });
    });
});
