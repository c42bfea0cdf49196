/**
 * The testable part of "SLA: Show Deadline Table of a Priority": the table as Markdown for
 * the preview, and the quick pick items. No vscode import. Contract texts are written
 * into Markdown, so characters Markdown would act on are escaped.
 */
import type { ContractInfo, DeadlineCell, DeadlineTable } from '../../../language-server/src/protocol/sla-protocol.js';

/** Escapes Markdown (and the HTML Markdown allows) in table cells. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+!|<>&~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
        .replace(/\r?\n/g, ' ');
}

/** "Fri 2026-03-06 16:30" from an ISO moment with offset (its own wall-clock time). */
export function shortMoment(iso: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
    if (!m) return iso;
    const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay();
    return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][day]} ${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`;
}

function cell(c: DeadlineCell): string {
    return c.deadline === null ? 'none' : shortMoment(c.deadline);
}

export function deadlineTableMarkdown(t: DeadlineTable): string {
    const e = escapeMarkdown;
    const out = [
        `# Deadlines of ${e(t.priority)}${t.title ? ` "${e(t.title)}"` : ''}`,
        '',
        `${e(t.contract)} · times in ${e(t.zone)}. Resolution clocks that run after the response count from the response deadline.`,
        '',
        '| Reported | Example | Response by | Resolution by |',
        '| --- | --- | --- | --- |',
        ...t.rows.map((r) => `| ${shortMoment(r.reported)} | ${e(r.label)} | ${cell(r.response)} | ${cell(r.resolution)} |`),
        '',
        '## Why',
        '',
    ];
    for (const r of t.rows) {
        out.push(`**${e(r.label)}** (${shortMoment(r.reported)})`, '');
        out.push(`- Response: ${e(r.response.explanation)}${r.response.clause ? ` — ${e(r.response.clause)}` : ''}`);
        out.push(`- Resolution: ${e(r.resolution.explanation)}${r.resolution.clause ? ` — ${e(r.resolution.clause)}` : ''}`, '');
    }
    return out.join('\n');
}

export interface PriorityItem {
    label: string;
    description?: string;
    name: string;
}

export function priorityItems(info: ContractInfo): PriorityItem[] {
    return info.priorities.map((p) => (p.title ? { label: p.name, description: p.title, name: p.name } : { label: p.name, name: p.name }));
}
