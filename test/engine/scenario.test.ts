import assert from 'node:assert/strict';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import type { Expectation, ScenarioModel } from '../../language-server/src/model/types.js';
import { avetica, klik, span } from './fixtures.js';

const badNovember: ScenarioModel = {
    name: 'A bad November', from: '2026-11', to: '2026-11', span,
    events: [
        { id: '1', kind: 'incident', priority: 'P1', reported: '2026-11-06 16:30', responded: '2026-11-09 09:40',
            resolved: '2026-11-09 12:00', downFrom: '2026-11-06 16:30', downTo: '2026-11-06T18:10', paused: [], span },
        { id: 'm1', kind: 'planned-maintenance', downFrom: '2026-11-13 22:00', downTo: '2026-11-13 22:25', paused: [], span },
    ],
    expectations: [
        { type: 'deadline', clock: 'response', met: false, incident: '1', span },
        { type: 'deadline', clock: 'resolution', met: true, incident: '1', span },
        { type: 'availability', above: false, level: 'guarantee', span },
        { type: 'availability', above: true, level: 'guarantee', period: '2026-Q4', span },
        { type: 'remedy', given: true, remedy: 'warning', period: '2026-11', span },
        { type: 'remedy', given: false, remedy: 'compensation', span },
    ],
};

describe('scenario', () => {
    const r = runScenario(avetica(), badNovember);

    it('reads local times in the contract zone and simulates the scenario months', () => {
        assert.deepEqual(r.errors, []);
        assert.equal(r.simulation.incidents[0].responseDeadline, '2026-11-09T09:30:00+01:00');
        assert.equal(r.simulation.periods[0].period, '2026-Q4');
    });

    it('checks each expectation and says what it found', () => {
        assert.deepEqual(r.expectations.map((e) => [e.passed, e.actual]), [
            [true, 'response of incident 1 was missed (due 2026-11-09T09:30:00+01:00)'],
            [true, 'resolution of incident 1 was met (due 2026-11-09T13:40:00+01:00)'],
            // The quarter as a whole still meets 99.92% (100 of 132540 minutes down).
            [false, '2026-Q4 99.924551% vs 99.92%'],
            [true, '2026-Q4 99.924551% vs 99.92%'],
            [true, 'warning in 2026-11'],
            [true, 'no compensation'],
        ]);
    });

    it('compares against a stated number, a target, and a compensation percent', () => {
        const c = klik();
        const s: ScenarioModel = {
            name: 'Klik November', from: '2026-11', to: '2026-11', span,
            events: [{ id: 'x', kind: 'incident', downFrom: '2026-11-02 10:00', downTo: '2026-11-02 11:00', paused: [], span }],
            expectations: [
                { type: 'availability', above: true, level: 'guarantee', span },
                { type: 'availability', above: false, level: 'target', span },
                { type: 'availability', above: true, level: 0.998, period: '2026-11', span },
                { type: 'remedy', given: true, remedy: 'compensation', percent: 0.2, span },
                { type: 'deadline', clock: 'response', met: true, incident: 'nope', span },
            ] as Expectation[],
        };
        const res = runScenario(c, s);
        assert.deepEqual(res.expectations.map((e) => e.passed), [true, true, true, false, false]);
        assert.equal(res.expectations[4].actual, 'no incident nope in the scenario');
    });

    it('reports unreadable times and leaves the event out', () => {
        const s: ScenarioModel = { ...badNovember, expectations: [], events: [{ ...badNovember.events[0], reported: '2026-11-31 10:00' }] };
        const res = runScenario(avetica(), s);
        assert.equal(res.errors.length, 1);
        assert.match(res.errors[0].message, /^reported: /);
        assert.equal(res.simulation.incidents.length, 0);
    });
});
