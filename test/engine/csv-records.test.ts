import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CsvRecords, csvRecords, type CsvProblem } from '../../language-server/src/engine/csv-records.js';
import { seededRandom } from '../../language-server/src/engine/random.js';

/** The records of `text` pushed in the pieces cut at `cuts`. */
function inPieces(text: string, cuts: number[], delimiter = ',') {
    const records: { fields: string[]; line: number }[] = [];
    const problems: CsvProblem[] = [];
    const r = new CsvRecords({ delimiter }, (fields, line) => records.push({ fields, line }), (p) => problems.push(p));
    let at = 0;
    for (const c of [...cuts, text.length]) { r.push(text.slice(at, c)); at = c; }
    r.end();
    return { records, problems };
}

const fieldsOf = (text: string, d = ',') => csvRecords(text, d).records.map((r) => r.fields);
const linesOf = (text: string, d = ',') => csvRecords(text, d).records.map((r) => r.line);

describe('CSV records (engine/csv-records.ts)', () => {
    it('fields, quotes, doubled quotes, empty fields and a last line without a line break', () => {
        assert.deepEqual(fieldsOf('a,b,c\n1,"x, y","say ""hi"""\n,,\n"",z'), [['a', 'b', 'c'], ['1', 'x, y', 'say "hi"'], ['', '', ''], ['', 'z']]);
    });

    it('records by the line they start on, as an editor counts: quoted CRLF is one line, blank lines skipped but counted', () => {
        const text = 'h1;h2\r\n1;"two\r\nlines"\r\n\r\n2;"three\nlines\nhere"\r\n3;x';
        assert.deepEqual(fieldsOf(text, ';'), [['h1', 'h2'], ['1', 'two\r\nlines'], ['2', 'three\nlines\nhere'], ['3', 'x']]);
        assert.deepEqual(linesOf(text, ';'), [1, 2, 5, 8]);
    });

    it('a BOM is not part of the first field; CR alone ends lines when the text breaks lines that way', () => {
        assert.deepEqual(fieldsOf('\uFEFFid,x\r1,2\r3,"a\rb"\r4,5'), [['id', 'x'], ['1', '2'], ['3', 'a\rb'], ['4', '5']]);
        assert.deepEqual(linesOf('id,x\r1,2\r3,"a\rb"\r4,5'), [1, 2, 3, 5]);
        // With LF line breaks a CR inside a line is a character of its field.
        assert.deepEqual(fieldsOf('a,b\nx\ry,z\n'), [['a', 'b'], ['x\ry', 'z']]);
    });

    it('a quote never closed is fatal at the place it opens; text after a closing quote is fatal at its place', () => {
        const open = csvRecords('id,note\n1,ok\n2,"never\n3,x\n', ',');
        assert.deepEqual(open.records.map((r) => r.fields), [['id', 'note'], ['1', 'ok']]);
        assert.deepEqual(open.problems, [{ line: 3, column: 3, fatal: true, message: 'a quote opened on line 3, column 3 is never closed' }]);
        const after = csvRecords('id,note\n1,"a"b\n', ',');
        assert.deepEqual(after.problems.map((p) => [p.line, p.column, p.fatal]), [[2, 6, true]]);
        assert.match(after.problems[0].message, /'b' after the closing quote/);
    });

    it('a stray quote inside a field is a problem of its row, which is still read', () => {
        const r = csvRecords('id,note\n1,5" disk\n2,x\n', ',');
        assert.deepEqual(r.records.map((x) => x.fields), [['id', 'note'], ['1', '5" disk'], ['2', 'x']]);
        assert.deepEqual(r.problems.map((p) => [p.line, p.column, p.fatal]), [[2, 4, false]]);
    });

    it('a record longer than the limit ends the reading instead of holding the rest of the file', () => {
        const problems: CsvProblem[] = [];
        const r = new CsvRecords({ delimiter: ',', maxRecord: 1000 }, () => undefined, (p) => problems.push(p));
        r.push('id,note\n1,"open');
        for (let i = 0; i < 10; i++) r.push('x'.repeat(200));
        r.end();
        assert.equal(problems.length, 1);
        assert.equal(problems[0].fatal, true);
        assert.equal(problems[0].line, 2);
        assert.equal(r.done, true);
    });

    it('the same records and lines whatever the pieces the text comes in (every cut of a tricky text)', () => {
        const text = '\uFEFFid;note;x\r\n1;"a;""b""\r\nc";\r\n\r\n2;plain;"q"\r\n3;"";\r\n4;"end"';
        const whole = csvRecords(text, ';');
        assert.equal(whole.records.length, 5);
        for (let a = 0; a <= text.length; a++) {
            for (let b = a; b <= text.length; b += 3) assert.deepEqual(inPieces(text, [a, b], ';'), whole, `cut at ${a} and ${b}`);
        }
    });

    it('agrees with csv-parse on thousands of random texts; each record named by the line its row was written on', () => {
        const rnd = seededRandom(11);
        const alphabet = ['a', 'b', ' ', ',', ';', '"', '\n', '\r\n', 'é', '€', '\t'];
        const field = () => {
            const n = Math.floor(rnd() * 6);
            let s = '';
            for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
            return s;
        };
        for (let k = 0; k < 3000; k++) {
            const d = [',', ';', '\t'][k % 3];
            const eol = k % 2 ? '\r\n' : '\n';
            const rows: string[][] = [];
            const nRows = 1 + Math.floor(rnd() * 5);
            for (let i = 0; i < nRows; i++) rows.push(Array.from({ length: 1 + Math.floor(rnd() * 4) }, field));
            const quote = (f: string) => (/[",;\t\r\n]/.test(f) || rnd() < 0.2 ? `"${f.replace(/"/g, '""')}"` : f);
            const lines = rows.map((r) => r.map(quote).join(d));
            const text = lines.join(eol) + (rnd() < 0.5 ? eol : '');
            const theirs = parse(text, { delimiter: d, relax_column_count: true, skip_empty_lines: true }) as string[][];
            const ours = csvRecords(text, d);
            assert.deepEqual(ours.problems, [], text);
            assert.deepEqual(ours.records.map((r) => r.fields), theirs, JSON.stringify(text));
            const cut = Math.floor(rnd() * text.length);
            assert.deepEqual(inPieces(text, [cut, cut + Math.floor(rnd() * (text.length - cut))], d), ours, `${JSON.stringify(text)} cut at ${cut}`);
            // Where each written row starts, in an editor's lines (quoted line breaks included); an empty row is skipped.
            const starts: number[] = [];
            let line = 1;
            for (const l of lines) {
                if (l !== '') starts.push(line);
                line += (l.match(/\n/g) ?? []).length + 1;
            }
            assert.deepEqual(ours.records.map((r) => r.line), starts, JSON.stringify(text));
        }
    });
});
