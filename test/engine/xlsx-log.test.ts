import assert from 'node:assert/strict';
import writeExcelFile from 'write-excel-file/node';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLogError, type Incident, type LogError } from '../../language-server/src/engine/incident-log.js';
import { readXlsxRows } from '../../language-server/src/engine/log-formats/xlsx.js';
import { combineMappings, type LogMapping } from '../../language-server/src/engine/log-formats/mapping.js';
import { readLog } from '../../language-server/src/services/log/read-log.js';
import { avetica } from './fixtures.js';

const contract = avetica(); // Europe/Amsterdam; P1, P2, P3
const utc = (y: number, mo: number, d: number, h: number, mi: number) => Date.UTC(y, mo - 1, d, h, mi);
// A date cell: Excel keeps the wall clock; the library takes it from the Date's UTC fields.
const dateCell = (y: number, mo: number, d: number, h: number, mi: number) => ({ value: new Date(Date.UTC(y, mo - 1, d, h, mi)), type: Date, format: 'dd-mm-yyyy hh:mm' });

async function workbook(sheets: { sheet: string; data: unknown[][] }[]): Promise<Uint8Array> {
    return await writeExcelFile(sheets as never).toBuffer();
}

/** A workbook through the streaming reader, as `sla simulate` reads it: incidents in time order, errors by line. */
async function readWorkbook(bytes: Uint8Array, name: string, mapping?: LogMapping): Promise<{ incidents: Incident[]; errors: LogError[] }> {
    const dir = mkdtempSync(join(tmpdir(), 'sla-xlsx-'));
    try {
        const path = join(dir, name);
        writeFileSync(path, bytes);
        const pass = await readLog({ path, name, format: 'xlsx', mapping }, contract);
        try {
            const errors = [...pass.fileErrors, ...pass.rowErrors].sort((a, b) => a.line - b.line || a.column - b.column);
            return { incidents: [...pass.spill.sorted(pass.badSpilled)], errors };
        } finally {
            pass.spill.dispose();
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

describe('incident logs from Excel (.xlsx)', () => {
    it('reads the first sheet: header row, date cells, text times, serial numbers, sheet row numbers', async () => {
        const bytes = await workbook([{
            sheet: 'Meldingen',
            data: [
                [null, null, null, null],
                ['Meldingnummer', 'Aanmelddatum', 'Prioriteit', 'Datum gereed'],
                ['M1', dateCell(2026, 11, 6, 16, 30), 'Prioriteit 1 - Hoog', dateCell(2026, 11, 9, 12, 0)],
                [null, null, null, null],
                ['M2', '29-03-2026 02:30', 'Prioriteit 3 - Laag', 46111.4375],
            ],
        }, { sheet: 'Toelichting', data: [['niet lezen']] }]);
        const sheet = await readXlsxRows(bytes);
        assert.ok(sheet.ok);
        assert.equal(sheet.sheet, 'Meldingen');
        assert.equal(sheet.headerLine, 2);
        const { incidents, errors } = await readWorkbook(bytes, 'm.xlsx', combineMappings({ format: 'topdesk' }));
        assert.deepEqual(errors.map(formatLogError), []);
        // In order of report time (M2 in March before M1 in November), each with its sheet row.
        assert.deepEqual(incidents.map((i) => [i.id, i.priority, i.reported, i.resolved, i.line]), [
            // Text in the preset's format: 02:30 on 29 March is in the spring gap -> 03:30+02:00 = 01:30 UTC.
            // Serial 46111.4375: 46111 days after 1899-12-30 is 2026-03-30 (46115 is 3 April), .4375 day = 10:30;
            // summer time, so 08:30 UTC. Row 5 (row 4 is empty).
            ['M2', 'P3', utc(2026, 3, 29, 1, 30), utc(2026, 3, 30, 8, 30), 5],
            // 6 Nov 2026 16:30 in Amsterdam (+01:00) = 15:30 UTC; 9 Nov 12:00 = 11:00 UTC. Row 3 of the sheet.
            ['M1', 'P1', utc(2026, 11, 6, 15, 30), utc(2026, 11, 9, 11, 0), 3],
        ]);
    });

    it('--sheet picks another sheet by name; a missing one lists the sheets', async () => {
        const bytes = await workbook([
            { sheet: 'Info', data: [['export of 7 December']] },
            { sheet: 'Tickets', data: [['id', 'priority', 'reported'], ['t1', 'P2', '2026-01-05 10:00']] },
        ]);
        const sheet = await readXlsxRows(bytes, 'tickets');
        assert.ok(sheet.ok);
        const { incidents, errors } = await readWorkbook(bytes, 't.xlsx', { sheet: 'tickets' });
        assert.deepEqual(errors, []);
        assert.deepEqual([incidents[0].id, incidents[0].reported], ['t1', utc(2026, 1, 5, 9, 0)]);
        assert.deepEqual(await readXlsxRows(bytes, 'Incidents'), { ok: false, message: "the workbook has no sheet 'Incidents' (its sheets: 'Info', 'Tickets')" });
    });

    it('an empty sheet, a workbook without sheets and a file that is no workbook: one message each', async () => {
        assert.deepEqual(await readXlsxRows(await workbook([{ sheet: 'Leeg', data: [[]] }])),
            { ok: false, message: "sheet 'Leeg' is empty: it needs a header row and a row per incident" });
        // Take the sheet out of a real workbook's list of sheets.
        const files = unzipSync(await workbook([{ sheet: 'Weg', data: [['id']] }]));
        files['xl/workbook.xml'] = strToU8(strFromU8(files['xl/workbook.xml']).replace(/<sheet [^>]*\/>/g, ''));
        assert.deepEqual(await readXlsxRows(zipSync(files)), { ok: false, message: 'the workbook has no sheet' });
        const notXlsx = await readXlsxRows(strToU8('id,priority\n1,P1\n'));
        assert.equal(notXlsx.ok, false);
        assert.equal((notXlsx as { message: string }).message, "not an Excel workbook (.xlsx): it is not a zip archive (save it from Excel as .xlsx, or export CSV)");
    });

    it('a workbook in the 1904 date system (Excel for Mac before 2011): its serial numbers count from 1904', async () => {
        const plain = await workbook([{ sheet: 'S', data: [['id', 'priority', 'reported'], ['a', 'P1', 44649.4375]] }]);
        const files = unzipSync(plain);
        files['xl/workbook.xml'] = strToU8(strFromU8(files['xl/workbook.xml']).replace('<workbookPr/>', '<workbookPr date1904="1"/>'));
        const mac = zipSync(files);
        const sheet = await readXlsxRows(mac);
        assert.ok(sheet.ok && sheet.date1904);
        // 44649 days after 1904-01-01 is 2026-03-30 (1,462 days fewer than the 1900 system's 46111); .4375 day = 10:30 summer time = 08:30 UTC.
        assert.deepEqual((await readWorkbook(mac, 'mac.xlsx')).incidents.map((i) => i.reported), [utc(2026, 3, 30, 8, 30)]);
        // The same number in a 1900 workbook is 44649 days after 1899-12-30: 2022-03-29, 10:30 summer time.
        assert.deepEqual((await readWorkbook(plain, 'pc.xlsx')).incidents.map((i) => i.reported), [utc(2022, 3, 29, 8, 30)]);
    });

    it('bad cells are named by sheet row and column', async () => {
        const bytes = await workbook([{ sheet: 'S', data: [['id', 'priority', 'reported'], ['a', 'P7', 'gisteren'], ['a', 'P1', 12]] }]);
        const { errors } = await readWorkbook(bytes, 's.xlsx');
        assert.deepEqual(errors.map(formatLogError), [
            "s.xlsx:2:2: column 'priority': unknown priority 'P7' (the contract has P1, P2, P3)",
            "s.xlsx:2:3: column 'reported': cannot read 'gisteren' as a time",
            "s.xlsx:3:1: column 'id': duplicate id 'a' (first on line 2)",
            "s.xlsx:3:3: column 'reported': the number 12 is not an Excel date (format the cell as a date, or write the time as text)",
        ]);
    });
});
