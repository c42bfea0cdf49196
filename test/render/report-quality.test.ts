import assert from 'node:assert/strict';
import { escapeHtml } from '../../language-server/src/render/report-html.js';
import { qualitySection } from '../../language-server/src/render/report-quality.js';

describe('report: the data section', () => {
    it('rows read, used and ignored by reason with their first lines; outages merged; months with and without data', () => {
        const html = qualitySection({
            rowsRead: 1204, rowsUsed: 1198, rowsIgnored: 6,
            ignored: [
                { reason: "priority: unknown priority '…'", rows: 5, lines: [12, 40, 41, 300, 301] },
                { reason: 'duplicate id <b>', rows: 1, lines: [77] },
            ],
            outages: 14, outagesMerged: 3, periodsWithData: ['2026-01', '2026-02'], periodsWithoutData: ['2026-03'],
        }, undefined, escapeHtml);
        assert.match(html, /<li>1,204 rows read, 1,198 used, 6 ignored<\/li>/);
        assert.match(html, /<li>5 ignored: priority: unknown priority &#39;…&#39; \(lines 12, 40, 41, 300, 301\)<\/li>/);
        // A reason is escaped like every text of the report.
        assert.match(html, /<li>1 ignored: duplicate id &lt;b&gt; \(line 77\)<\/li>/);
        assert.match(html, /<li>14 outages in the log, 3 overlapping another \(counted once\)<\/li>/);
        assert.match(html, /<li>Months with data: 2026-01, 2026-02; without any: 2026-03<\/li>/);
        assert.doesNotMatch(html, /monitors|<table>/);
    });

    it('more rows of a reason than its lines listed end in an ellipsis; no summary, no section', () => {
        const html = qualitySection({ rowsRead: 9, rowsUsed: 2, rowsIgnored: 7, ignored: [{ reason: 'id: the id is missing', rows: 7, lines: [2, 3, 4, 5, 6] }],
            outages: 0, outagesMerged: 0, periodsWithData: [], periodsWithoutData: [] }, undefined, escapeHtml);
        assert.match(html, /7 ignored: id: the id is missing \(lines 2, 3, 4, 5, 6, …\)/);
        assert.match(html, /Months with data: none; without any: none/);
        assert.equal(qualitySection(undefined, undefined, escapeHtml), '');
    });
});
