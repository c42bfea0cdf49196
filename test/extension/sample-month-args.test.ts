import assert from 'node:assert/strict';
import { defaultSampleMonth, parseMonthInput, seedOf } from '../../extension/src/commands/sample-month-args.js';

describe('sample month arguments', () => {
    it('reads a month', () => {
        assert.deepEqual(parseMonthInput('2026-03'), { month: '2026-03' });
        assert.deepEqual(parseMonthInput(' 2026-3 '), { month: '2026-03' });
        assert.deepEqual(parseMonthInput('11/2026'), { month: '2026-11' });
        assert.ok('error' in parseMonthInput('2026-13'));
        assert.ok('error' in parseMonthInput('March'));
    });

    it('prefills the current month and seeds by month', () => {
        assert.equal(defaultSampleMonth(new Date(2026, 0, 31)), '2026-01');
        assert.equal(defaultSampleMonth(new Date(2026, 11, 1)), '2026-12');
        assert.equal(seedOf('2026-03'), 202603);
    });
});
