import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { EmptyFileSystem, URI } from 'langium';
import { createSlaServices } from '../../language-server/src/lsp/sla-lsp-module.js';
import { handleSimulate, type RequestServices } from '../../language-server/src/lsp/requests.js';
import type { Answer, SimulateResult } from '../../language-server/src/protocol/sla-protocol.js';

const services: RequestServices = createSlaServices(EmptyFileSystem);
const uri = URI.parse('file:///mapping-ws/hosting.sla');
services.shared.workspace.LangiumDocuments.addDocument(
    services.shared.workspace.LangiumDocumentFactory.fromString(readFileSync('samples/avetica-moodle.sla', 'utf8'), uri));
const TOPDESK = readFileSync('test/fixtures/exports/topdesk-meldingen.csv', 'utf8');

function answer(a: Answer<SimulateResult>): SimulateResult | string {
    return a.ok ? a.result : a.message;
}

describe('the editor\'s simulation with the contract\'s mapping file', () => {
    const params = { uri: uri.toString(), logText: TOPDESK, logName: 'meldingen.csv', format: 'csv' as const, from: '', to: '' };

    it('reads a desk\'s export through the mapping the extension sends', async () => {
        const r = answer(await handleSimulate(services, { ...params, mapping: { name: 'hosting.mapping.json', text: '{ "format": "topdesk" }' } }));
        assert.equal(typeof r, 'object', String(r));
        const result = r as SimulateResult;
        assert.deepEqual(result.incidents.map((i) => [i.id, i.priority]).sort(), [['M2603 014', 'P3'], ['M2611 001', 'P1']]);
        // The log's months: March to November 2026.
        assert.deepEqual([result.from, result.to], ['2026-03', '2026-11']);
    });

    it('without it the Dutch columns are named, and a broken mapping file is named with its line', async () => {
        assert.match(String(answer(await handleSimulate(services, params))), /meldingen\.csv:1:1: column 'Meldingnummer': unknown column 'Meldingnummer'/);
        const m = String(answer(await handleSimulate(services, { ...params, mapping: { name: 'hosting.mapping.json', text: '{\n "format": "topdsk"\n}' } })));
        assert.match(m, /hosting\.mapping\.json has 1 error\(s\); nothing was simulated:\nhosting\.mapping\.json:2:2: unknown format "topdsk"/);
    });

    it('reads an .xlsx on disk through the same reader and mapping', async () => {
        const path = join(mkdtempSync(join(tmpdir(), 'sla-lsp-xlsx-')), 'meldingen.xlsx');
        writeFileSync(path, await writeExcelFile([{ sheet: 'Meldingen', data: [
            ['Meldingnummer', 'Prioriteit', 'Aanmelddatum'],
            ['M1', 'Prioriteit 2 - Middel', '06-11-2026 10:00'],
        ] }] as never).toBuffer());
        const r = answer(await handleSimulate(services, {
            uri: uri.toString(), logUri: URI.file(path).toString(), logName: 'meldingen.xlsx', format: 'csv', from: '', to: '',
            mapping: { name: 'hosting.mapping.json', text: '{ "format": "topdesk" }' },
        }));
        assert.equal(typeof r, 'object', String(r));
        // 'Prioriteit 2 - Middel' is P2 by the preset; 6 Nov 2026 10:00 in Amsterdam is 09:00 UTC.
        const row = (r as SimulateResult).incidents[0];
        assert.deepEqual([row.id, row.priority, (r as SimulateResult).from], ['M1', 'P2', '2026-11']);
    });
});
