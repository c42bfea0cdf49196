import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { EmptyFileSystem, URI } from 'langium';
import { createSlaServices } from '../../language-server/src/lsp/sla-lsp-module.js';
import { handleSimulate, type RequestServices } from '../../language-server/src/lsp/requests.js';
import type { Answer, SimulateResult } from '../../language-server/src/protocol/sla-protocol.js';
import { renderReport } from '../../language-server/src/render/report-html.js';

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

describe('the editor\'s simulation with the monitor exports the mapping file names', () => {
    const s = (iso: string) => Date.parse(iso) / 1000;
    // The contract on disk in a folder of its own, the monitor export below it.
    const folder = mkdtempSync(join(tmpdir(), 'sla-lsp-monitors-'));
    const contract = URI.file(join(folder, 'hosting.sla'));
    services.shared.workspace.LangiumDocuments.addDocument(
        services.shared.workspace.LangiumDocumentFactory.fromString(readFileSync('samples/avetica-moodle.sla', 'utf8'), contract));
    mkdirSync(join(folder, 'monitors'));
    // UptimeRobot: down 16:05-16:15 UTC on Friday 6 November; the ticket's outage is 15:30-16:00 UTC.
    writeFileSync(join(folder, 'monitors', 'robot.json'), JSON.stringify({ stat: 'ok', monitors: [{ id: 777, friendly_name: 'Moodle', logs: [
        { type: 1, datetime: s('2026-11-06T16:05:00Z'), duration: 600 },
    ] }] }));
    const params = {
        uri: contract.toString(), logText: 'id,priority,reported,down_from,down_to\nt1,P1,2026-11-06 16:30,2026-11-06 16:30,2026-11-06 17:00\nt2,P7,2026-11-09 10:00,,\n',
        logName: 'tickets.csv', format: 'csv' as const, from: '', to: '',
    };

    it('merges them with the tickets\' outages; the answer and the report say where each period\'s minutes came from', async () => {
        const good = { ...params, logText: params.logText.split('\n').slice(0, 2).join('\n') + '\n' };
        const r = answer(await handleSimulate(services, { ...good, mapping: { name: 'hosting.mapping.json', text: '{ "outages": ["monitors/robot.json"] }' } }));
        assert.equal(typeof r, 'object', String(r));
        const result = r as SimulateResult;
        // 30 min from the ticket only, 10 from the monitor only: 40 min down in 2026-Q4.
        assert.deepEqual(result.downtimeSources, [{ period: '2026-Q4', downtimeMinutes: 40, ticketsOnlyMinutes: 30, monitorOnlyMinutes: 10, bothMinutes: 0 }]);
        assert.equal(result.periods.find((p) => p.period === '2026-Q4')!.downtimeMinutes, 40);
        assert.deepEqual(result.quality?.monitors, { outages: 1, ticketsOnlyMinutes: 30, monitorOnlyMinutes: 10, bothMinutes: 0 });
        const html = renderReport(result, { nonce: 'abc123XYZabc123XYZ', cspSource: 'https://x.vscode-cdn.net', title: 'T' });
        const data = html.slice(html.indexOf('<section id="data">'));
        assert.match(data, /1 row read, 1 used, 0 ignored/);
        assert.match(data, /1 outage seen by uptime monitors; downtime minutes: 30 from tickets only, 10 from monitors only, 0 seen by both/);
        assert.match(data, /<tr><td>2026-Q4<\/td><td class="num">40<\/td><td class="num">30<\/td><td class="num">10<\/td><td class="num">0<\/td><\/tr>/);
        // Without the mapping file: the ticket's 30 minutes, and no table of sources.
        const alone = answer(await handleSimulate(services, good)) as SimulateResult;
        assert.equal(alone.periods.find((p) => p.period === '2026-Q4')!.downtimeMinutes, 30);
        assert.equal(alone.downtimeSources, undefined);
    });

    it('a file outside the contract\'s folder, or one not there, is refused with its name; nothing is simulated', async () => {
        const outside = String(answer(await handleSimulate(services, { ...params, mapping: { name: 'hosting.mapping.json', text: '{\n  "outages": ["../elsewhere.json"]\n}' } })));
        assert.match(outside, /hosting\.mapping\.json:2:3: "outages": '\.\.\/elsewhere\.json' is outside the mapping file's folder/);
        const gone = String(answer(await handleSimulate(services, { ...params, mapping: { name: 'hosting.mapping.json', text: '{ "outages": ["monitors/gone.json"] }' } })));
        assert.match(gone, /A monitor export that hosting\.mapping\.json names cannot be read; nothing was simulated:\nmonitors\/gone\.json:1:1: cannot read it: ENOENT/);
    });
});
