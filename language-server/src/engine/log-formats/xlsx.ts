/**
 * An Excel workbook (.xlsx) as rows of cells, with the row numbers Excel shows, through
 * read-excel-file: maintained, on the npm registry, small (fflate and an XML reader), and it
 * turns date-formatted cells into Dates whose UTC fields are the wall clock Excel shows.
 * (SheetJS's current versions are published only on its own site, not on the npm registry;
 * exceljs has had no release since 2023.)
 *
 * The header is the first row with any text in it; rows with no value at all are skipped,
 * as the CSV reader skips empty lines.
 */
import readExcelFile from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';

export type SheetRows =
    /** `date1904`: the workbook counts days from 1904 (Excel for Mac before 2011 did): its serial numbers read that way. */
    | { ok: true; sheet: string; headerLine: number; header: unknown[]; rows: { line: number; cells: unknown[] }[]; date1904: boolean }
    | { ok: false; message: string };

const empty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export async function readXlsxRows(bytes: Uint8Array, sheet?: string): Promise<SheetRows> {
    // The library fails on a workbook without sheets with an internal error; fflate (its own
    // unzipper) looks at the list of sheets first, so that case gets its own message.
    let date1904: boolean;
    try {
        const book = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' })['xl/workbook.xml'];
        if (!book) return { ok: false, message: 'not an Excel workbook (.xlsx): the archive has no xl/workbook.xml' };
        const xml = strFromU8(book);
        if (!/<(?:\w+:)?sheet\b/.test(xml)) return { ok: false, message: 'the workbook has no sheet' };
        // The library reads date cells in the workbook's date system; numbers not formatted as dates are ours to read.
        date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(xml);
    } catch {
        return { ok: false, message: 'not an Excel workbook (.xlsx): it is not a zip archive (save it from Excel as .xlsx, or export CSV)' };
    }
    let sheets: { sheet: string; data: unknown[][] }[];
    try {
        sheets = await readExcelFile(Buffer.from(bytes)) as unknown as typeof sheets;
    } catch (e) {
        const err = e as Error & { code?: string };
        return { ok: false, message: `cannot read it as an Excel workbook (.xlsx): ${err.message}` };
    }
    if (sheets.length === 0) return { ok: false, message: 'the workbook has no sheet' };
    const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet) ?? sheets.find((s) => s.sheet.toLowerCase() === sheet.toLowerCase());
    if (!chosen) return { ok: false, message: `the workbook has no sheet '${sheet}' (its sheets: ${sheets.map((s) => `'${s.sheet}'`).join(', ')})` };
    const at = chosen.data.findIndex((row) => row.some((v) => !empty(v)));
    if (at < 0) return { ok: false, message: `sheet '${chosen.sheet}' is empty: it needs a header row and a row per incident` };
    const rows: { line: number; cells: unknown[] }[] = [];
    for (let i = at + 1; i < chosen.data.length; i++) {
        const cells = chosen.data[i];
        if (cells.some((v) => !empty(v))) rows.push({ line: i + 1, cells: cells.map((v) => (v === null ? undefined : v)) });
    }
    return { ok: true, sheet: chosen.sheet, headerLine: at + 1, header: chosen.data[at], rows, date1904 };
}
