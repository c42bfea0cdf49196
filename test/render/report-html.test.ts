import assert from 'node:assert/strict';
import { renderReport } from '../../language-server/src/render/report-html.js';
import type { ReportResult } from '../../language-server/src/render/report-data.js';
import { aveticaYear, hostile, HOSTILE } from './fixtures.js';

const OPTS = { nonce: 'abc123XYZabc123XYZ', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', title: 'SLA Report: Avetica Moodle hosting' };
/** The HTML without the CSP source, which is the webview's own origin (given by VS Code). */
const withoutCspSource = (html: string) => html.split(OPTS.cspSource).join('CSP');

describe('renderReport', () => {
    let r: ReportResult;
    let html: string;
    before(async () => {
        r = await aveticaYear();
        html = renderReport(r, OPTS);
    });

    it('is a full document with a strict CSP carrying the nonce', () => {
        assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
        assert.ok(csp, 'a CSP meta');
        assert.equal(csp[1], `default-src 'none'; style-src ${OPTS.cspSource} 'nonce-${OPTS.nonce}'; script-src 'nonce-${OPTS.nonce}'; img-src ${OPTS.cspSource} data:;`);
        // Every style and script element carries the nonce; no inline handlers or style attributes.
        assert.equal((html.match(/<script/g) ?? []).length, (html.match(new RegExp(`<script nonce="${OPTS.nonce}">`, 'g')) ?? []).length);
        assert.equal((html.match(/<style/g) ?? []).length, 1);
        assert.match(html, new RegExp(`<style nonce="${OPTS.nonce}">`));
        assert.doesNotMatch(html, /\son[a-z]+=/i);
        assert.doesNotMatch(html, /\sstyle=/i);
    });

    it('loads nothing remote: no http:// or https:// URL', () => {
        assert.doesNotMatch(withoutCspSource(html), /https?:\/\//);
        assert.doesNotMatch(html, /<(link|iframe|img|object|embed)\b/);
    });

    it('says a big log lists only its first incidents, with the counts of all', () => {
        // What a million-row answer carries: its first rows listed, `totals` counting them all.
        const big = renderReport({ ...r, totals: { incidents: 1_000_000, missed: 98_765 } }, OPTS);
        assert.match(big, new RegExp(`1,000,000 incident\\(s\\), 98,765 with a missed deadline; the first ${r.incidents.length} are listed`));
        assert.doesNotMatch(html, /are listed/);
    });

    it('has the title and the element the end-to-end test looks for', () => {
        assert.match(html, /<title>SLA Report: Avetica Moodle hosting<\/title>/);
        assert.match(html, /<main id="sla-report" data-contract="Avetica Moodle hosting" data-from="2026-01" data-to="2026-12">/);
    });

    it('charts availability per quarter with a line for the guarantee', () => {
        assert.match(html, /<svg class="chart"[^>]*aria-label="Availability per quarter">/);
        assert.equal((html.match(/<rect class="bar missed"/g) ?? []).length >= 4, true);
        for (const v of ['99.8688%', '99.2369%', '93.2065%', '89.3919%']) assert.match(html, new RegExp(`<text class="value"[^>]*>${v.replace('.', '\\.')}</text>`));
        assert.match(html, /<line class="level guarantee"/);
        assert.match(html, /<text class="level-label guarantee"[^>]*>guarantee 99\.92%<\/text>/);
        assert.doesNotMatch(html, /class="level target"/, 'the Avetica contract has no target');
    });

    it('lists availability against the guarantee and the downtime budget per period', () => {
        assert.match(html, /<td>2026-Q3<\/td>\n<td class="num missed">93\.2065%<\/td>\n<td class="num">99\.92% <span class="missed">missed<\/span><\/td>/);
        // Q1: 170 min down of a 103.632-minute budget: 164% used, 66 min over.
        assert.match(html, /<td>2026-Q1<\/td>\n<td class="num">1 h 44 min<\/td>\n<td class="num">2 h 50 min<\/td>\n<td><svg class="budget"[^>]*>.*<\/svg> <span class="missed">164% used<\/span><\/td>\n<td class="num"><span class="missed">1 h 6 min over<\/span><\/td>/);
    });

    it('shows each incident with deadlines and by how much a miss was late', () => {
        const a1 = /<tr class="row-missed">\n<td>A1<\/td>[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
        assert.match(a1, /<time datetime="2026-01-12T09:30:00\+01:00">2026-01-12 09:30<\/time><\/td><td><span class="missed">missed by 10 min<\/span>/);
        assert.match(a1, /<time datetime="2026-01-09T17:00:00\+01:00">2026-01-09 17:00<\/time><\/td><td><span class="missed">missed by 2 d 18 h<\/span>/);
        assert.match(a1, /title="the same-day cap \(art\. 5\.4\) is earlier than 4 hours of Werkdag after response \(art\. 5\.2\)/);
        const a2 = /<tr class="">\n<td>A2<\/td>[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
        assert.equal((a2.match(/<span class="met">met<\/span>/g) ?? []).length, 2);
        const a10 = /<td>A10<\/td>[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
        assert.match(a10, /<td title="[^"]*" class="muted">none<\/td>/, 'P3 has no resolution deadline');
    });

    it('lists remedies with clause, article and the incidents that caused them', () => {
        assert.match(html, /<tr class="">\n<td>2026-Q3<\/td>\n<td class="missed">compensation 40% of Maandvergoeding<\/td>\n<td>remedies Beschikbaarheid, art\. 11\.2<\/td>\n<td>art\. 11\.2<\/td>\n<td>A8<\/td>/);
        assert.match(html, /Compensation due: 2026-Q2 20% of Maandvergoeding; 2026-Q3 40% of Maandvergoeding\./);
        assert.match(html, /<tr class="not-due">\n<td>2026-Q4<\/td>\n<td class="">compensation <span class="muted">\(not due\)<\/span>/);
        assert.match(html, /<td>2026-01<\/td>\n<td class="">warning<\/td>\n<td>remedies Reactietijd, art\. 6\.2<\/td>\n<td>art\. 6\.2<\/td>\n<td>A1<\/td>/);
    });

    it('has export buttons whose script only posts {type: export, format}', () => {
        assert.match(html, /<button type="button" id="export-json" data-format="json">Export JSON<\/button>/);
        assert.match(html, /<button type="button" id="export-csv" data-format="csv">Export CSV<\/button>/);
        assert.match(html, /vscode\.postMessage\(\{ type: 'export', format: button\.getAttribute\('data-format'\) \}\)/);
    });

    it('escapes hostile text from the contract and the log everywhere', () => {
        const evil = renderReport(hostile(r), { ...OPTS, title: `SLA Report: Evil ${HOSTILE}` });
        assert.doesNotMatch(evil, /<script>alert/);
        assert.doesNotMatch(evil, /<img/);
        assert.doesNotMatch(evil, /onmouseover="/);
        assert.doesNotMatch(evil, /<[^>]*\sonerror=/);
        assert.equal((evil.match(/<script/g) ?? []).length, 1, 'only the report\'s own script');
        const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;';
        assert.match(evil, new RegExp(`<title>SLA Report: Evil ${escaped.replace(/[()]/g, '\\$&')}</title>`));
        for (const needle of [`<td>A1${escaped}</td>`, `<td>remedies ${escaped}</td>`, `<td class="because">because ${escaped}</td>`,
            `note ${escaped} &lt;img src=x onerror=alert(3)&gt;`, `title="x&quot; onmouseover=&quot;alert(2)"`, `<td>2026-Q1${escaped}</td>`,
            `data-contract="Evil ${escaped}"`]) {
            assert.ok(evil.includes(needle), needle);
        }
    });

    it('refuses a nonce or CSP source that could break out of the meta tag', () => {
        assert.throws(() => renderReport(r, { ...OPTS, nonce: `x' 'unsafe-inline` }), /unsafe nonce/);
        assert.throws(() => renderReport(r, { ...OPTS, cspSource: `x; script-src *` }), /unsafe cspSource/);
        assert.throws(() => renderReport(r, { ...OPTS, cspSource: `x" http-equiv="refresh` }), /unsafe cspSource/);
        assert.throws(() => renderReport(r, { ...OPTS, cspSource: `'unsafe-inline'; x` }), /unsafe cspSource/);
        assert.throws(() => renderReport(r, { ...OPTS, cspSource: `'self' 'unsafe-eval'` }), /unsafe cspSource/);
    });

    it('accepts the CSP sources VS Code and code-server give, keywords included', () => {
        for (const cspSource of [`'self' https://*.vscode-cdn.net`, 'https://*.vscode-cdn.net', 'vscode-webview://abc123', `'self'`]) {
            const html = renderReport(r, { ...OPTS, cspSource });
            assert.ok(html.includes(`style-src ${cspSource} 'nonce-${OPTS.nonce}'`), cspSource);
        }
    });

    it('says so when there is nothing to show', () => {
        const empty = renderReport({ ...r, periods: [], incidents: [], compliance: [], remedies: [] }, OPTS);
        assert.match(empty, /The contract states no availability\./);
        assert.match(empty, /The log has no incidents\./);
        assert.match(empty, /None: no remedy of the contract applies\./);
    });
});
