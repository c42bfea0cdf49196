/** The fenced code blocks of docs/language.md, by section, for the tests that check its examples. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const DOC = readFileSync(new URL('../../docs/language.md', import.meta.url), 'utf8');

/** The fenced blocks from a heading to the next heading of its level or above. */
function fenced(heading: string, what: string): string[] {
    const start = DOC.indexOf(`\n${heading}\n`);
    assert.ok(start >= 0, `no ${what} "${heading.replace(/^#+ /, '')}"`);
    const end = DOC.indexOf(heading.startsWith('### ') ? '\n##' : '\n## ', start + heading.length);
    return [...DOC.slice(start, end < 0 ? undefined : end).matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** The fenced blocks of one `## ` section. */
export function blocks(section: string): string[] {
    return fenced(`## ${section}`, 'section');
}

/** The fenced blocks of one `### ` subsection. */
export function subBlocks(sub: string): string[] {
    return fenced(`### ${sub}`, 'subsection');
}
