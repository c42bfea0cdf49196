import assert from 'node:assert/strict';
import { escapeHtml } from '../../language-server/src/render/report-html.js';

describe('escapeHtml', () => {
    it('escapes the five characters that matter in text and quoted attributes', () => {
        assert.equal(escapeHtml(`<script>alert(1)</script>`), '&lt;script&gt;alert(1)&lt;/script&gt;');
        assert.equal(escapeHtml(`a & b "c" 'd'`), 'a &amp; b &quot;c&quot; &#39;d&#39;');
    });

    it('escapes an ampersand once, so entities in the input stay visible as written', () => {
        assert.equal(escapeHtml('&lt;'), '&amp;lt;');
    });

    it('turns null, undefined and numbers into text', () => {
        assert.equal(escapeHtml(null), '');
        assert.equal(escapeHtml(undefined), '');
        assert.equal(escapeHtml(99.92), '99.92');
    });

    it('leaves no way out of a double-quoted attribute', () => {
        const attr = `<td title="${escapeHtml(`x" onmouseover="alert(1)`)}">`;
        assert.equal(attr, '<td title="x&quot; onmouseover=&quot;alert(1)">');
    });
});
