import assert from 'node:assert/strict';
import { readMonitorExport } from '../../language-server/src/engine/monitors/monitor-export.js';
import { mergeRanges } from '../../language-server/src/model/values.js';
import { subtract } from '../../language-server/src/engine/monitors/downtime-sources.js';

const s = (iso: string) => Date.parse(iso) / 1000;
const ms = (iso: string) => Date.parse(iso);
const matrix = (values: [number, string][], metric: Record<string, string> = { __name__: 'up', job: 'moodle' }) =>
    JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric, values }] } });

describe('monitor exports', () => {
    it('Prometheus: a 0 sample is down for its step; the step is the samples\' smallest distance; missing samples are not down', () => {
        // 5-minute step; 10:05 and 10:10 are 0; 10:20 has no sample (a gap of 10 minutes); 10:25 is 0.
        const r = readMonitorExport(matrix([
            [s('2026-05-01T10:00:00Z'), '1'], [s('2026-05-01T10:05:00Z'), '0'], [s('2026-05-01T10:10:00Z'), '0'],
            [s('2026-05-01T10:15:00Z'), '1'], [s('2026-05-01T10:25:00Z'), '0'], [s('2026-05-01T10:30:00Z'), '1'],
        ]));
        assert.ok(r.ok);
        assert.equal(r.stepSeconds, 300);
        assert.deepEqual(r.outages, [
            { from: ms('2026-05-01T10:05:00Z'), to: ms('2026-05-01T10:15:00Z') },
            { from: ms('2026-05-01T10:25:00Z'), to: ms('2026-05-01T10:30:00Z') },
        ]);
    });

    it('Prometheus: --step for a single sample; an instant query and failed or empty results are named', () => {
        const one = matrix([[s('2026-05-01T10:00:00Z'), '0']]);
        assert.deepEqual(readMonitorExport(one), { ok: false, problems: [{ message: 'one sample does not say how long it lasts: give the query\'s step with --step SECONDS' }] });
        const r = readMonitorExport(one, { stepSeconds: 60 });
        assert.ok(r.ok);
        assert.deepEqual(r.outages, [{ from: ms('2026-05-01T10:00:00Z'), to: ms('2026-05-01T10:01:00Z') }]);
        const problem = (text: string) => { const x = readMonitorExport(text); return x.ok ? '' : x.problems[0].message; };
        assert.match(problem(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } })), /type 'vector'; outages need a range query/);
        assert.match(problem(JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error' })), /the Prometheus query failed: bad_data parse error/);
        assert.match(problem(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } })), /no series/);
        assert.match(problem(matrix([[s('2026-05-01T10:00:00Z'), 'up']])), /sample 1 of up\{job="moodle"\} is not \[<unix seconds>, "<value>"\]/);
        assert.match(problem('id,down\n'), /not valid JSON/);
        assert.match(problem('[]'), /not a monitor export/);
    });

    it('UptimeRobot: type 1 logs are outages of their duration; several monitors need --monitor', () => {
        const text = JSON.stringify({ stat: 'ok', monitors: [
            { id: 1, friendly_name: 'Moodle', logs: [{ type: 1, datetime: s('2026-05-01T10:00:00Z'), duration: 900 }, { type: 98, datetime: s('2026-04-01T00:00:00Z'), duration: 0 }] },
            { id: 2, friendly_name: 'Mail', logs: [] },
        ] });
        const none = readMonitorExport(text);
        assert.deepEqual(none, { ok: false, problems: [{ message: 'the UptimeRobot export has 2 monitors (Moodle (id 1), Mail (id 2)); name one with --monitor ID' }] });
        const r = readMonitorExport(text, { monitor: 'moodle' });
        assert.ok(r.ok);
        assert.deepEqual(r.outages, [{ from: ms('2026-05-01T10:00:00Z'), to: ms('2026-05-01T10:15:00Z') }]);
    });

    it('a monitor export given as the incident log says to give it with --outages', async () => {
        const { parseIncidentLog, formatLogError } = await import('../../language-server/src/engine/incident-log.js');
        const { avetica } = await import('./fixtures.js');
        const { errors } = parseIncidentLog(matrix([[s('2026-05-01T10:00:00Z'), '1']]), 'up.json', 'json', avetica());
        assert.deepEqual(errors.map(formatLogError), ["up.json:1:1: expected a JSON array of incident records; this is an uptime monitor's export: give it with --outages"]);
    });

    it('what a monitor saw outside the tickets\' outages', () => {
        // [0,10) minus [2,4) and [3,5) and [8,12): [0,2), [5,8).
        assert.deepEqual(subtract([{ from: 0, to: 10 }], [{ from: 3, to: 5 }, { from: 2, to: 4 }, { from: 8, to: 12 }]), [{ from: 0, to: 2 }, { from: 5, to: 8 }]);
        assert.deepEqual(subtract([{ from: 0, to: 10 }], [{ from: 0, to: 10 }]), []);
        assert.deepEqual(subtract([{ from: 0, to: 10 }], [{ from: 10, to: 20 }]), [{ from: 0, to: 10 }]);
    });

    it('merges overlapping and touching outages (the ranges merge of the model, shared with opening hours and pauses)', () => {
        assert.deepEqual(mergeRanges([{ from: 5, to: 8 }, { from: 0, to: 3 }, { from: 3, to: 4 }, { from: 6, to: 7 }]), [{ from: 0, to: 4 }, { from: 5, to: 8 }]);
    });
});
