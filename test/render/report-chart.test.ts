import assert from 'node:assert/strict';
import { availabilityChart, renderReport } from '../../language-server/src/render/report-html.js';
import { isReportMessage } from '../../language-server/src/render/report-messages.js';
import type { ReportResult } from '../../language-server/src/render/report-data.js';
import { aveticaYear } from './fixtures.js';

/** Twelve (or n) monthly periods made from the sample's first quarter, availability 99.0%, 99.1%, … */
function months(r: ReportResult, n: number): ReportResult['periods'] {
    return Array.from({ length: n }, (_, i) => ({
        ...r.periods[0],
        period: `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        availabilityPercent: 99 + i / 100,
    }));
}

/** The x of each text of a class, and its transform. */
function texts(svg: string, cls: string): { x: number; transform: string | undefined; text: string }[] {
    return [...svg.matchAll(new RegExp(`<text class="${cls}" ([^>]*)>([^<]*)</text>`, 'g'))].map((m) => ({
        x: Number(/x="([\d.]+)"/.exec(m[1])?.[1]),
        transform: /transform="([^"]*)"/.exec(m[1])?.[1],
        text: m[2],
    }));
}

describe('report chart with many periods', () => {
    let r: ReportResult;
    before(async () => { r = await aveticaYear(); });

    for (const n of [12, 24]) {
        it(`${n} months: labels turned, 48 px apart, and the chart scrolls instead of shrinking`, () => {
            const svg = availabilityChart(months(r, n), 'month');
            assert.match(svg, /^<div class="chart-scroll">\n<svg class="chart wide"/);
            // 48 px per period plus 56 px left and 110 px right of the plot.
            assert.match(svg, new RegExp(`width="${48 * n + 166}" height="300"`));
            const names = texts(svg, 'axis period');
            assert.equal(names.length, n);
            assert.equal(names[0].text, '2026-01');
            assert.equal(names[n - 1].text, n === 12 ? '2026-12' : '2027-12');
            for (const t of names) assert.match(t.transform ?? '', /^rotate\(-45 /);
            const values = texts(svg, 'value');
            assert.equal(values.length, n);
            for (const t of values) assert.match(t.transform ?? '', /^rotate\(-90 /);
            // Neighbours 48 px apart: across a 45° slant that is 48 × sin 45° ≈ 33.9 px, and an
            // upright figure is one 11 px line wide, so no two labels touch.
            for (let i = 1; i < n; i++) {
                assert.ok(Math.abs(names[i].x - names[i - 1].x - 48) < 0.11, `${names[i].x} - ${names[i - 1].x}`);
                assert.ok(Math.abs(values[i].x - values[i - 1].x - 48) < 0.11);
            }
        });
    }

    it('up to six periods: the chart as before, scaled to the panel, labels level', () => {
        const svg = availabilityChart(months(r, 6), 'month');
        assert.match(svg, /^<svg class="chart" /);
        assert.equal(texts(svg, 'value').filter((t) => t.transform).length, 0);
    });
});

describe('report for printing', () => {
    let r: ReportResult;
    before(async () => { r = await aveticaYear(); });

    it('the webview has a Print button that only posts {type: print}; the page has a print stylesheet', () => {
        const html = renderReport(r, { nonce: 'abc123XYZabc123XYZ', cspSource: 'https://x.vscode-cdn.net', title: 'T' });
        assert.match(html, /<button type="button" id="print" data-action="print"[^>]*>Print…<\/button>/);
        assert.match(html, /vscode\.postMessage\(\{ type: 'print' \}\)/);
        assert.match(html, /@media print \{[^}]*body \{ background: #fff; color: #000;/);
        assert.match(html, /\.actions \{ display: none; \}/);
        // The state VS Code keeps for restoring the panel after a reload.
        assert.match(html, /vscode\.setState\(/);
    });

    it('printable: no script, no buttons, every explanation open, a CSP without any source', () => {
        const html = renderReport(r, { nonce: 'abc123XYZabc123XYZ', cspSource: '', title: 'SLA Report: Avetica Moodle hosting', printable: true });
        assert.doesNotMatch(html, /<script|<button/);
        assert.doesNotMatch(html, /<details>/);
        assert.match(html, /<details open><summary>How each figure was computed/);
        assert.match(html, /content="default-src 'none'; style-src 'nonce-abc123XYZabc123XYZ'; img-src data:;"/);
        assert.match(html, /<text class="value"[^>]*>93\.2065%<\/text>/);
    });

    it('accepts {type: print} and nothing else with it', () => {
        assert.ok(isReportMessage({ type: 'print' }));
        assert.equal(isReportMessage({ type: 'print', format: 'csv' }), false);
        assert.equal(isReportMessage({ type: 'prints' }), false);
    });
});
