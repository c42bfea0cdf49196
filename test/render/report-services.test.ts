import assert from 'node:assert/strict';
import { renderReport } from '../../language-server/src/render/report-html.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import { modelOf } from '../support/sla.js';
import { CLOUD } from '../engine/services.test.js';

const OPTS = { nonce: 'abc123XYZabc123XYZ', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', title: 'Cloud' };

describe('report: a section per service', () => {
    it('shows each service with its availability, credits with amount, claim-by, clause and incidents', async () => {
        const m = await modelOf(CLOUD);
        const html = renderReport(runScenario(m, m.scenarios[0]).simulation, OPTS);
        const section = html.slice(html.indexOf('<section id="services">'));
        assert.match(section, /<h3>Droplets <span class="muted">§ 2<\/span><\/h3>\n<p>guaranteed 99\.99% per month; events D1, M1, R1\.<\/p>/);
        // 44,581 / 44,640 = 99.8678%
        assert.match(section, /<td class="num missed">99\.8678%<\/td>/);
        assert.match(section, /credit 15% of DropletFee = 7\.20 USD/);
        assert.match(section, /credit 4\.00 USD<br><span class="muted">on request, claim by <time datetime="2026-05-31T23:59:59\+00:00">2026-05-31 23:59<\/time><\/span>/);
        assert.match(section, /<td>remedies Volumes<\/td>\n<td>V1, R1<\/td>/);
        assert.doesNotMatch(section, /name no service/);
        // The incidents table says which services each hit.
        assert.match(html, /<td>R1<\/td>\n<td><\/td>\n<td>incident<br><span class="muted">Droplets, Volumes<\/span><\/td>/);
    });

    it('says which outages name no service', async () => {
        const m = await modelOf(CLOUD.replace('outage service "Droplets" id D1', 'outage id D1'));
        const html = renderReport(runScenario(m, m.scenarios[0]).simulation, OPTS);
        assert.match(html, /<p class="warn">1 outage\(s\) name no service \(D1\): counted for the contract as a whole, against none of its services\.<\/p>/);
    });

    it('escapes a service name written by someone else; a contract without services has no section', async () => {
        const m = await modelOf(CLOUD.replaceAll('"Volumes"', '"<b>Vol</b>"'));
        const html = renderReport(runScenario(m, m.scenarios[0]).simulation, OPTS);
        assert.doesNotMatch(html, /<b>Vol/);
        assert.match(html, /&lt;b&gt;Vol&lt;\/b&gt;/);
        const plain = await modelOf('contract "X" {\n  time zone "UTC"\n  scenario "S" in 2026-03 {\n    outage from 2026-03-02 10:00 to 11:00\n  }\n}\n');
        assert.doesNotMatch(renderReport(runScenario(plain, plain.scenarios[0]).simulation, OPTS), /id="services"/);
    });
});

describe('report export: services', () => {
    it('CSV: a table of service periods and one of service remedies, offered only in a contract with services', async () => {
        const { csvTablesOf, toCsv } = await import('../../language-server/src/render/report-export.js');
        const m = await modelOf(CLOUD);
        const r = runScenario(m, m.scenarios[0]).simulation;
        assert.deepEqual(csvTablesOf(r), ['periods', 'incidents', 'remedies', 'service periods', 'service remedies']);
        const periods = toCsv(r, 'service periods');
        assert.match(periods, /^\uFEFFservice,period,availability_percent,/);
        // 44,581 / 44,640 = 99.867832%
        assert.match(periods, /\r\nDroplets,2026-03,99\.867832,99\.99,false,44640,59,40,D1 R1\r\n/);
        assert.match(toCsv(r, 'service remedies'), /\r\nVolumes,2026-03,credit,,,4,USD,true,2026-05-31T23:59:59\+00:00,true,remedies Volumes,,V1 R1,/);
        const plain = await modelOf('contract "X" {\n  time zone "UTC"\n  scenario "S" in 2026-03 {\n    outage from 2026-03-02 10:00 to 11:00\n  }\n}\n');
        assert.deepEqual(csvTablesOf(runScenario(plain, plain.scenarios[0]).simulation), ['periods', 'incidents', 'remedies']);
    });
});
