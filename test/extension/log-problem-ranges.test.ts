import assert from 'node:assert/strict';
import { csvDelimiter, csvField, problemRanges } from '../../extension/src/logs/log-problem-ranges.js';

describe('incident log errors as ranges in the log file', () => {
    it('CSV: the field with the column number of the header, on its line', () => {
        const text = 'id,priority,reported\nx,P9,2026-01-01 10:00\n"y,1",P1,yesterday\n';
        const r = problemRanges([
            { line: 2, column: 2, field: 'priority', message: "unknown priority 'P9'" },
            { line: 3, column: 3, field: 'reported', message: "cannot read 'yesterday' as a time" },
        ], text, 'csv');
        // Line 2 "x,P9,…": P9 is characters 2..4. Line 3 '"y,1",P1,yesterday': the quoted id
        // holds a comma, so the third field starts at 9 and ends at 18.
        assert.deepEqual(r.map((x) => [x.line, x.start, x.end]), [[1, 2, 4], [2, 9, 18]]);
        assert.equal(r[0].message, "column 'priority': unknown priority 'P9'");
    });

    it('semicolon and tab exports, a byte order mark', () => {
        assert.equal(csvDelimiter('id;priority;reported'), ';');
        assert.equal(csvDelimiter('id\tpriority\t"a;b"'), '\t');
        assert.deepEqual(csvField('a;bb;c', 1, ';'), { start: 2, end: 4 });
        const r = problemRanges([{ line: 1, column: 1, message: 'the header has no id' }], '\uFEFFnr;prio\n', 'csv');
        assert.deepEqual([r[0].line, r[0].start, r[0].end], [0, 0, 7]);
    });

    it('JSON: from the key to the end of its value', () => {
        const text = '[\n  {\n    "id": "A1",\n    "reported": "soon",\n  }\n]';
        const r = problemRanges([{ line: 4, column: 5, field: 'reported', message: 'x' }], text, 'json');
        // '    "reported": "soon",': the key starts at 4, the value ends before the comma at 22.
        assert.deepEqual([r[0].line, r[0].start, r[0].end], [3, 4, 22]);
    });

    it('a line beyond the text (an error at the end) stays on the last line', () => {
        const r = problemRanges([{ line: 9, column: 1, message: 'unterminated quote' }], 'id\n"x', 'csv');
        assert.equal(r[0].line, 1);
    });
});
