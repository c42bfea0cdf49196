import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseIncidentLog, formatLogError } from '../../language-server/src/engine/incident-log.js';
import { generateSampleMonth } from '../../language-server/src/engine/sample-month.js';
import { simulate } from '../../language-server/src/engine/simulate.js';
import { weekdayOf, localDay } from '../../language-server/src/engine/time.js';
import { rangeSpan } from '../../language-server/src/engine/periods.js';
import type { ContractModel } from '../../language-server/src/model/types.js';
import { modelOf } from '../support/sla.js';

const load = (file: string) => modelOf(readFileSync(file, 'utf8'));

function parsed(contract: ContractModel, text: string) {
    const r = parseIncidentLog(text, 'sample.csv', 'csv', contract);
    assert.deepEqual(r.errors.map(formatLogError), []);
    return r.incidents;
}

describe('generateSampleMonth', () => {
    let avetica: ContractModel;
    let klik: ContractModel;
    before(async () => {
        avetica = await load('samples/avetica-moodle.sla');
        klik = await load('samples/klik-onderwijs.sla');
    });

    it('is deterministic for a seed and differs between seeds', () => {
        const a = generateSampleMonth(avetica, '2026-03', 7).text;
        assert.equal(generateSampleMonth(avetica, '2026-03', 7).text, a);
        assert.notEqual(generateSampleMonth(avetica, '2026-03', 8).text, a);
    });

    it('writes the documented CSV header', () => {
        const text = generateSampleMonth(avetica, '2026-03', 1).text;
        assert.equal(text.split('\n')[0], 'id,priority,reported,responded,resolved,down_from,down_to,kind,announced,paused,note');
    });

    for (const [name, month] of [['avetica', '2026-03'], ['avetica', '2026-10'], ['klik', '2026-11'], ['klik', '2026-02']] as const) {
        it(`${name} ${month}: every seed parses back without errors, simulates and misses a deadline`, () => {
            const contract = name === 'avetica' ? avetica : klik;
            for (let seed = 1; seed <= 25; seed++) {
                const { text, incidents: count } = generateSampleMonth(contract, month, seed);
                const incidents = parsed(contract, text);
                assert.equal(incidents.length, count);
                const byPriority = new Set(incidents.map((i) => i.priority).filter(Boolean));
                assert.deepEqual([...byPriority].sort(), ['P1', 'P2', 'P3'], `seed ${seed}`);
                assert.ok(incidents.some((i) => i.downFrom !== undefined && i.kind === 'incident'), `seed ${seed}: an outage`);
                const r = simulate(contract, incidents, { from: month, to: month });
                assert.ok(r.incidents.some((i) => i.responseMet === false || i.resolutionMet === false), `seed ${seed}: a missed deadline`);
                assert.ok(r.periods.length > 0);
                // Reports and outages start inside the month.
                const [start, end] = rangeSpan(month, month, 'Europe/Amsterdam');
                for (const i of incidents) {
                    const first = i.reported ?? i.downFrom!;
                    assert.ok(first >= start && first < end, `seed ${seed}: ${i.id} starts inside ${month}`);
                }
            }
        });
    }

    it('Klik: planned maintenance inside Friday 22:00-24:00 and urgent inside weekdays 22:00-24:00, announced, so excluded', () => {
        for (let seed = 1; seed <= 20; seed++) {
            const { text } = generateSampleMonth(klik, '2026-11', seed);
            const incidents = parsed(klik, text);
            const planned = incidents.filter((i) => i.kind === 'planned-maintenance');
            const urgent = incidents.filter((i) => i.kind === 'urgent-maintenance');
            assert.equal(planned.length, 1);
            assert.equal(urgent.length, 1);
            for (const m of [...planned, ...urgent]) {
                const from = new Date(m.downFrom! + 3_600_000); // Amsterdam in November is UTC+1
                const to = new Date(m.downTo! + 3_600_000);
                assert.ok(from.getUTCHours() >= 22, `seed ${seed}: starts ${from.toISOString()}`);
                assert.ok(m.downTo! - m.downFrom! <= (m.kind === 'planned-maintenance' ? 20 : 120) * 60_000, `seed ${seed}`);
                assert.ok(to.getTime() <= Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1), `seed ${seed}: ends by midnight`);
                assert.ok(m.announced! < m.downFrom!);
                const wd = weekdayOf(localDay(m.downFrom!, 'Europe/Amsterdam'));
                assert.ok(m.kind === 'planned-maintenance' ? wd === 5 : wd <= 5, `seed ${seed}: weekday ${wd}`);
            }
            const r = simulate(klik, incidents, { from: '2026-11', to: '2026-11' });
            const p = r.periods[0];
            assert.ok(p.excludedMinutes > 0, `seed ${seed}: maintenance excluded`);
        }
    });

    it('Avetica: urgent maintenance announced a week and a day ahead', () => {
        const incidents = parsed(avetica, generateSampleMonth(avetica, '2026-03', 3).text);
        const urgent = incidents.find((i) => i.kind === 'urgent-maintenance')!;
        assert.equal(urgent.downFrom! - urgent.announced!, 8 * 86_400_000);
    });

    it('refuses a malformed month', () => {
        assert.throws(() => generateSampleMonth(avetica, '2026-13', 1), /month/);
    });
});
