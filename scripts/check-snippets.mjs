#!/usr/bin/env node
// Expands every snippet of extension/snippets/sla.json with its default values (first
// choice, placeholder defaults, mirrors) and runs `sla check` on the result: a snippet
// must parse and link without errors. Snippets of a clause are placed in a small host
// contract that defines what they refer to (calendar Werkdag, fee Maandvergoeding, P1).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const host = {
    fee: '  fee Maandvergoeding "monthly fee" per month',
    calendar: '  calendar Werkdag {\n    Monday to Friday 09:00 to 17:00\n  }',
    priority: '  priority P1 "Crash" {\n    response within 1 hour of Werkdag after reported\n    resolution within 4 hours of Werkdag after response\n  }',
    maintenance: '  maintenance {\n    planned: Friday 22:00 to 24:00 announced 1 week before\n  }',
    availability: '  availability {\n    guaranteed 99.5% per month\n  }',
};

function place(name, text) {
    if (text.startsWith('contract ')) return text;
    const kind = text.split(/\s/)[0];
    const parts = Object.entries(host).filter(([k]) => k !== kind).map(([, v]) => v);
    let clause = text.split('\n').map(l => '  ' + l).join('\n');
    if (kind === 'response' || kind === 'resolution') {
        clause = `  priority P9 "Snippet" {\n    ${text}\n  }`;
    }
    return `contract "Host of snippet ${name}" {\n  time zone "Europe/Amsterdam"\n  currency EUR\n${parts.join('\n')}\n${clause}\n}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'sla-snippets-'));
let failed = 0;
try {
    for (const [name, snippet] of Object.entries(snippets)) {
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
        console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name}${codes.length ? `  (${codes.join(', ')})` : ''}`);
        if (code !== 0) {
            failed++;
            console.log(readFileSync(file, 'utf8'));
            console.log(out);
        }
    }
} finally {
    rmSync(dir, { recursive: true, force: true });
}
if (failed) {
    console.error(`${failed} snippet(s) do not check cleanly`);
    process.exit(1);
}
