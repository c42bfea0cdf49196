import assert from 'node:assert/strict';
import { formatMinutes, lateness, withTimes } from '../../language-server/src/render/report-data.js';
import { isReportMessage } from '../../language-server/src/render/report-messages.js';
import { formatInZone } from '../../language-server/src/engine/time.js';
import type { SimulationResult } from '../../language-server/src/engine/simulate.js';

describe('report data', () => {
    it('writes logged times like the engine does, on both sides of a DST change', () => {
        const base: SimulationResult = { contract: 'c', zone: 'Europe/Amsterdam', from: '2026-10', to: '2026-10', periods: [], incidents: [], compliance: [], remedies: [] };
        const moments = [Date.parse('2026-10-25T00:30:00Z'), Date.parse('2026-10-25T01:30:00Z'), Date.parse('2026-03-29T01:00:00Z'), Date.parse('2026-07-01T22:15:00Z')];
        const r = withTimes(base, moments.map((t, i) => ({ id: `i${i}`, kind: 'incident', reported: t, paused: [] })));
        moments.forEach((t, i) => assert.equal(r.times![`i${i}`].reported, formatInZone(t, 'Europe/Amsterdam')));
        assert.equal(r.times!.i0.responded, null);
    });

    it('says how late a moment was, or null when in time', () => {
        assert.equal(lateness('2026-01-12T09:30:00+01:00', '2026-01-12T09:40:00+01:00'), '10 min');
        assert.equal(lateness('2026-01-12T09:30:00+01:00', '2026-01-12T09:30:00+01:00'), null);
        assert.equal(lateness('2026-01-12T09:30:00+01:00', '2026-01-12T09:00:00+01:00'), null);
        assert.equal(lateness(null, '2026-01-12T09:00:00+01:00'), null);
        assert.equal(formatMinutes(125), '2 h 5 min');
        assert.equal(formatMinutes(60), '1 h');
        assert.equal(formatMinutes(1440 * 3 + 60 * 18 + 20), '3 d 18 h');
    });

    it('accepts only well-formed export messages from the webview', () => {
        assert.ok(isReportMessage({ type: 'export', format: 'csv' }));
        assert.ok(isReportMessage({ type: 'export', format: 'json' }));
        for (const bad of [null, 'export', {}, { type: 'export' }, { type: 'export', format: 'exe' }, { type: 'open', format: 'csv' }]) {
            assert.equal(isReportMessage(bad), false, JSON.stringify(bad));
        }
    });
});
