import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { createSlaServices } from '../../language-server/src/lsp/sla-lsp-module.js';
import {
    handleContractInfo, handleDeadlineTable, handleGenerateSampleMonth, handleRunScenarios, handleSimulate, type RequestServices,
} from '../../language-server/src/lsp/requests.js';
import type { Answer } from '../../language-server/src/protocol/sla-protocol.js';

const services: RequestServices = createSlaServices(EmptyFileSystem);
const AVETICA = readFileSync('samples/avetica-moodle.sla', 'utf8');
const LOG = readFileSync('samples/avetica-moodle-2026.csv', 'utf8');

let n = 0;
/** Adds a document as the editor would have it open; returns its uri. */
function open(text: string, name = 'avetica-moodle.sla'): string {
    const uri = URI.parse(`file:///ws${++n}/${name}`);
    const doc = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(doc);
    return uri.toString();
}

function ok<T>(a: Answer<T>): T {
    if (!a.ok) assert.fail(a.message);
    return a.result;
}
function refused<T>(a: Answer<T>): string {
    assert.equal(a.ok, false);
    return (a as { message: string }).message;
}

describe('custom requests', () => {
    const uri = open(AVETICA);

    it('contractInfo: name, zone, priorities and scenarios', async () => {
        const info = ok(await handleContractInfo(services, { uri }));
        assert.equal(info.name, 'Avetica Moodle hosting');
        assert.equal(info.zone, 'Europe/Amsterdam');
        assert.deepEqual(info.priorities, [{ name: 'P1', title: 'Crash' }, { name: 'P2', title: 'Major' }, { name: 'P3', title: 'Minor' }]);
        assert.deepEqual(info.scenarios.map((s) => [s.name, s.from, s.to])[0], ['Vrijdagmiddag-crash', '2026-11', '2026-11']);
        assert.ok(info.scenarios.every((s) => s.line > 100));
    });

    it('simulate: the sample year as the CLI computes it', async () => {
        const r = ok(await handleSimulate(services, { uri, logText: LOG, logName: 'avetica-moodle-2026.csv', format: 'csv', from: '2026-01', to: '2026-12' }));
        assert.deepEqual(r.periods.map((p) => p.availabilityPercent), [99.868766, 99.236874, 93.206522, 89.391882]);
        assert.equal(r.incidents.find((i) => i.id === 'A1')!.responseMet, false);
        assert.deepEqual(r.remedies.filter((m) => m.kind === 'compensation' && m.due).map((m) => [m.period, m.percent]), [['2026-Q2', 20], ['2026-Q3', 40]]);
    });

    it('simulate: without a period, the months of the log', async () => {
        const r = ok(await handleSimulate(services, { uri, logText: LOG, logName: 'log.csv', format: 'csv', from: '', to: '' }));
        assert.deepEqual([r.from, r.to], ['2026-01', '2026-12']);
    });

    it('simulate: every log error, formatted, and nothing simulated', async () => {
        const bad = 'id,priority,reported\nx,P9,2026-01-01 10:00\ny,P1,yesterday\n';
        const m = refused(await handleSimulate(services, { uri, logText: bad, logName: 'bad.csv', format: 'csv', from: '2026-01', to: '2026-01' }));
        assert.match(m, /bad\.csv has 2 error\(s\); nothing was simulated/);
        assert.match(m, /bad\.csv:2:2: column 'priority': unknown priority 'P9'/);
        assert.match(m, /bad\.csv:3:3: column 'reported': cannot read 'yesterday'/);
    });

    it('simulate: refuses a bad period', async () => {
        assert.match(refused(await handleSimulate(services, { uri, logText: LOG, logName: 'l.csv', format: 'csv', from: '2026-13', to: '2026-12' })), /not a month/);
        assert.match(refused(await handleSimulate(services, { uri, logText: LOG, logName: 'l.csv', format: 'csv', from: '2026-05', to: '2026-02' })), /after it ends/);
    });

    it('refuses a contract with errors, and one without a zone', async () => {
        const broken = open(AVETICA.replace('priority P3 "Minor"', 'priority P3 "Minor" {{'));
        assert.match(refused(await handleContractInfo(services, { uri: broken })), /has \d+ error\(s\); fix them first \(line \d+:/);
        const noZone = open(AVETICA.replace(/^\s*time zone .*$/m, ''), 'nozone.sla');
        const m = refused(await handleSimulate(services, { uri: noZone, logText: LOG, logName: 'l.csv', format: 'csv', from: '2026-01', to: '2026-01' }));
        assert.match(m, /nozone\.sla (names no valid time zone|has \d+ error)/);
    });

    it('refuses an unknown document', async () => {
        assert.match(refused(await handleContractInfo(services, { uri: 'file:///nowhere/x.sla' })), /x\.sla is not open and cannot be read/);
    });

    it('deadlineTable: the standard example moments with deadlines, clause and explanation', async () => {
        const now = () => Date.parse('2026-03-04T12:00:00+01:00');
        const t = ok(await handleDeadlineTable(services, { uri, priority: 'P1' }, { now }));
        assert.equal(t.title, 'Crash');
        assert.deepEqual(t.rows.map((r) => [r.label, r.reported, r.response.deadline, r.resolution.deadline]), [
            ['next weekday morning (Thursday)', '2026-03-05T10:00:00+01:00', '2026-03-05T11:00:00+01:00', '2026-03-05T15:00:00+01:00'],
            ['next Friday afternoon', '2026-03-06T16:30:00+01:00', '2026-03-09T09:30:00+01:00', '2026-03-06T17:00:00+01:00'],
            ['next Saturday', '2026-03-07T11:00:00+01:00', '2026-03-09T10:00:00+01:00', '2026-03-09T14:00:00+01:00'],
            ['the afternoon before Easter Sunday', '2026-04-04T16:30:00+02:00', '2026-04-07T10:00:00+02:00', '2026-04-07T14:00:00+02:00'],
        ]);
        assert.match(t.rows[1].resolution.clause!, /^P1 resolution \(art\. 5\.4\), line \d+$/);
        assert.match(t.rows[1].resolution.explanation, /same-day cap \(art\. 5\.4\) is earlier than 4 hours of Werkdag after response/);
    });

    it('deadlineTable: given moments, and an unknown priority', async () => {
        const t = ok(await handleDeadlineTable(services, { uri, priority: 'P3', moments: ['2026-12-24 16:00'] }));
        assert.equal(t.rows[0].response.deadline, '2026-12-29T16:00:00+01:00');
        assert.equal(t.rows[0].resolution.deadline, null);
        assert.match(refused(await handleDeadlineTable(services, { uri, priority: 'P7' })), /no priority 'P7' \(it has P1, P2, P3\)/);
        assert.match(refused(await handleDeadlineTable(services, { uri, priority: 'P1', moments: ['soon'] })), /not a date and time/);
    });

    it('runScenarios: all, one, and an unknown one', async () => {
        const all = ok(await handleRunScenarios(services, { uri }));
        assert.equal(all.passed, all.total);
        assert.equal(all.total, all.scenarios.reduce((n, s) => n + s.expectations.length, 0));
        assert.deepEqual(all.scenarios[0].expectations.map((x) => [x.expect, x.passed]),
            [['response missed for incident 1', true], ['resolution missed for incident 1', true]]);
        const one = ok(await handleRunScenarios(services, { uri, scenario: 'Vrijdagmiddag-crash' }));
        assert.equal(one.scenarios.length, 1);
        assert.match(refused(await handleRunScenarios(services, { uri, scenario: 'Nope' })), /no scenario "Nope" \(it has "Vrijdagmiddag-crash"/);
    });

    it('runScenarios: a failing expectation counts as failed', async () => {
        const u = open(AVETICA.replace('expect response missed for incident 1', 'expect response met for incident 1'), 'failing.sla');
        const r = ok(await handleRunScenarios(services, { uri: u, scenario: 'Vrijdagmiddag-crash' }));
        assert.deepEqual([r.passed, r.total], [1, 2]);
        assert.equal(r.scenarios[0].failed, 1);
        assert.match(r.scenarios[0].expectations[0].actual, /response of incident 1 was missed/);
        // The other requests still work on a contract whose scenario fails.
        ok(await handleContractInfo(services, { uri: u }));
    });

    it('generateSampleMonth: a CSV named after the contract that simulates', async () => {
        const s = ok(await handleGenerateSampleMonth(services, { uri, month: '2026-03', seed: 4 }));
        assert.equal(s.fileName, 'avetica-moodle-2026-03.csv');
        const r = ok(await handleSimulate(services, { uri, logText: s.text, logName: s.fileName, format: 'csv', from: '2026-03', to: '2026-03' }));
        assert.equal(r.incidents.length, s.incidents);
        assert.match(refused(await handleGenerateSampleMonth(services, { uri, month: 'March' })), /not a month/);
    });
});
