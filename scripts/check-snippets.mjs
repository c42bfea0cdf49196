#!/usr/bin/env node
// Checks every snippet of extension/snippets/sla.json:
// - indented with 2 spaces per level (the house style), never tabs: VS Code turns a tab
//   into the editor's tab size, 4 by default;
// - no placeholder is a name a sample defines (Werkdag, Maandvergoeding, ...): snippets
//   that need the document's names come from the language server, with those as choices;
// - expanded with its default values (first choice, placeholder defaults, mirrors) in its
//   context (a contract alone, a clause inside a small host contract), `sla check` gives
//   no error and no warning.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const snippets = JSON.parse(readFileSync(join(root, 'extension/snippets/sla.json'), 'utf8'));

/** Expands TextMate snippet syntax with defaults; mirrors take the first default of their tab stop. */
export function expand(body) {
    const defaults = new Map();
    let text = Array.isArray(body) ? body.join('\n') : body;
    // Innermost first, so nested placeholders resolve.
    for (let guard = 0; guard < 50; guard++) {
        const next = text
            .replace(/\$\{(\d+)\|([^|}]*)\|\}/g, (_, n, choices) => remember(n, choices.split(',')[0]))
            .replace(/\$\{(\d+):([^${}]*)\}/g, (_, n, value) => remember(n, value));
        if (next === text) break;
        text = next;
    }
    return text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a, b) => defaults.get(a ?? b) ?? '').replace(/\t/g, '  ');
    function remember(n, value) {
        if (!defaults.has(n)) defaults.set(n, value);
        return value;
    }
}

/** Names the samples define: a snippet must not offer them as placeholders. */
export function sampleNames() {
    const files = ['samples', 'samples/portfolio'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.sla')).map((f) => join(root, d, f)));
    const names = new Set();
    for (const f of files) {
        for (const m of readFileSync(f, 'utf8').matchAll(/^\s*(?:calendar|fee|priority|remedies)\s+([A-Za-z_\u00C0-\u024F][\w\-\u00C0-\u024F]*)/gm)) names.add(m[1]);
    }
    return names;
}

/** Findings of the form: tabs, odd indentation, sample names. */
export function formProblems(snippet, names) {
    const lines = Array.isArray(snippet.body) ? snippet.body : [snippet.body];
    const problems = [];
    lines.forEach((l, i) => {
        if (/^\s*\t|\t/.test(l)) problems.push(`line ${i + 1} has a tab: indent with 2 spaces`);
        const indent = /^ */.exec(l)[0].length;
        if (indent % 2 !== 0) problems.push(`line ${i + 1} is indented ${indent} spaces: use steps of 2`);
        if (i > 0 && indent > (/^ */.exec(lines[i - 1])[0].length) + 2) problems.push(`line ${i + 1} is indented more than one step deeper than the line before`);
    });
    for (const n of names) if (new RegExp(`\\b${n}\\b`).test(lines.join('\n'))) problems.push(`hard-codes the sample name ${n}`);
    return problems;
}

const host = {
    calendar: '  calendar HostHours {\n    Monday to Friday 09:00 to 17:00\n  }',
    priority: '  priority P9 "Crash" {\n    response within 1 hour of HostHours after reported\n    resolution within 4 hours of HostHours after response\n  }',
};

function place(name, text) {
    if (text.startsWith('contract ')) return text;
    const kind = text.split(/\s/)[0];
    const parts = Object.values(host);
    let clause = text.split('\n').map(l => '  ' + l).join('\n');
    if (kind === 'response' || kind === 'resolution') {
        clause = `  priority P9 "Snippet" {\n    ${text}\n  }`;
    }
    return `contract "Host of snippet ${name}" {\n  time zone "Europe/Amsterdam"\n  currency EUR\n${parts.join('\n')}\n${clause}\n}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'sla-snippets-'));
let failed = 0;
const names = sampleNames();
try {
    for (const [name, snippet] of Object.entries(snippets)) {
        const form = formProblems(snippet, names);
        if (form.length) {
            failed++;
            console.log(`FAIL ${name}: ${form.join('; ')}`);
            continue;
        }
        const file = join(dir, `${name.toLowerCase()}.sla`);
        writeFileSync(file, place(name, expand(snippet.body)));
        let out = '';
        let code = 0;
        try {
            out = execFileSync(process.execPath, [join(root, 'bin/sla.js'), 'check', file], { encoding: 'utf8' });
        } catch (e) {
            code = e.status ?? 1;
            out = `${e.stdout ?? ''}${e.stderr ?? ''}`;
        }
        const codes = [...out.matchAll(/ (error|warning|info) ([a-z-]+) /g)].map(m => `${m[1]} ${m[2]}`);
        // A warning counts where the snippet stands, except that a definition alone is unused.
        const text = readFileSync(file, 'utf8').split('\n');
        const first = text.findIndex((l) => l.trim().startsWith(expand(snippet.body).split('\n')[0].trim())) + 1;
        const warned = [...out.matchAll(/:(\d+):\d+ warning ([a-z-]+) /g)]
            .filter((m) => Number(m[1]) >= first && !/^unused-/.test(m[2])).map((m) => m[2]);
        console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name}${codes.length ? `  (${codes.join(', ')})` : ''}`);
        if (code !== 0 || warned.length) {
            failed++;
            console.log(readFileSync(file, 'utf8'));
            console.log(out);
        }
    }
} finally {
    rmSync(dir, { recursive: true, force: true });
}
if (failed) {
    console.error(`${failed} snippet(s) are not in the house style or do not check cleanly`);
    process.exit(1);
}
