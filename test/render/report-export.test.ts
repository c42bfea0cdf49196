import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { csvField, csvTablesOf, toCsv, toJson } from '../../language-server/src/render/report-export.js';
import type { ReportResult } from '../../language-server/src/render/report-data.js';
import { aveticaYear, hostile, HOSTILE } from './fixtures.js';

/**
 * Each table's CSV as records, read the strict way a spreadsheet import does: a byte order
 * mark, then the header row, then rows of exactly as many fields as the header.
 */
function sections(r: ReportResult): Record<string, Record<string, string>[]> {
    const out: Record<string, Record<string, string>[]> = {};
    for (const table of csvTablesOf(r)) {
        const csv = toCsv(r, table);
        assert.ok(csv.startsWith('\uFEFF'), 'a UTF-8 byte order mark for Excel');
        assert.doesNotMatch(csv, /\r\n\r\n/, 'no empty line: one table per file');
        const [header, ...data] = parse(csv, { bom: true }) as string[][];
        out[table] = data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    }
    return out;
}

describe('csvField', () => {
    it('quotes commas, quotes, line breaks and edge spaces; doubles quotes', () => {
        assert.equal(csvField('plain'), 'plain');
        assert.equal(csvField('a,b'), '"a,b"');
        assert.equal(csvField('say "hi"'), '"say ""hi"""');
        assert.equal(csvField('two\nlines'), '"two\nlines"');
        assert.equal(csvField(' padded'), '" padded"');
        assert.equal(csvField(`<script>alert(1)</script>"'&`), `"<script>alert(1)</script>""'&"`);
    });

    it('writes numbers, booleans and missing values plainly', () => {
        assert.equal(csvField(93.206522), '93.206522');
        assert.equal(csvField(-66.368), '-66.368');
        assert.equal(csvField(false), 'false');
        assert.equal(csvField(null), '');
        assert.equal(csvField(undefined), '');
    });

    it('defuses text a spreadsheet would run as a formula', () => {
        assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
        assert.equal(csvField('+1'), "'+1");
        assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
        assert.equal(csvField('-cmd'), "'-cmd");
        assert.equal(csvField('-5'), '-5');
    });
});

describe('toCsv and toJson', () => {
    let r: ReportResult;
    before(async () => { r = await aveticaYear(); });

    it('CSV: periods, incidents and remedies, a file each, with the simulated values', () => {
        const s = sections(r);
        assert.deepEqual(Object.keys(s), ['periods', 'incidents', 'remedies']);
        assert.deepEqual(s.periods.map((p) => [p.period, p.availability_percent, p.guarantee_met]),
            [['2026-Q1', '99.868766', 'false'], ['2026-Q2', '99.236874', 'false'], ['2026-Q3', '93.206522', 'false'], ['2026-Q4', '89.391882', 'false']]);
        assert.equal(s.periods[0].budget_left_minutes, '-66.368');
        const a1 = s.incidents.find((i) => i.id === 'A1')!;
        assert.deepEqual([a1.response_deadline, a1.responded, a1.response_met, a1.response_late_by, a1.resolution_late_by],
            ['2026-01-12T09:30:00+01:00', '2026-01-12T09:40:00+01:00', 'false', '10 min', '2 d 18 h']);
        assert.match(a1.note, /^Friday-afternoon crash: response due Mon 09:30 and the same-day cap \(art\. 5\.4\) ends Fri 17:00$/);
        const forty = s.remedies.find((m) => m.remedy === 'compensation' && m.percent === '40')!;
        assert.deepEqual([forty.period, forty.fee, forty.due, forty.clause, forty.article, forty.incidents],
            ['2026-Q3', 'Maandvergoeding', 'true', 'remedies Beschikbaarheid, art. 11.2', 'art. 11.2', 'A8']);
        assert.match(forty.because, /93\.2065% lies in band from 90% below 95% → 40%/);
    });

    it('CSV: hostile ids, notes and clauses survive a round trip', () => {
        const h = hostile(r);
        const s = sections(h);
        assert.equal(s.incidents[0].id, `A1${HOSTILE}`);
        assert.equal(s.incidents[0].note, `note ${HOSTILE} <img src=x onerror=alert(3)>`);
        assert.equal(s.remedies[0].clause, `remedies ${HOSTILE}`);
        assert.equal(s.remedies[0].incidents, `A1${HOSTILE}`);
    });

    it('JSON: the whole result with the logged times', () => {
        const back = JSON.parse(toJson(r));
        assert.deepEqual(back, JSON.parse(JSON.stringify(r)));
        assert.equal(back.periods[2].availabilityPercent, 93.206522);
        assert.equal(back.times.A1.responded, '2026-01-12T09:40:00+01:00');
        assert.ok(toJson(r).endsWith('}\n'));
    });
});
