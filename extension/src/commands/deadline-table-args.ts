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

/** "2026-03-06 16:30": the wall-clock time of `now` in the contract's time zone, to prefill the report moment. */
export function momentNow(now: Date, zone: string): string {
    let parts: Intl.DateTimeFormatPart[];
    try {
        parts = new Intl.DateTimeFormat('en-CA', {
            timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
        }).formatToParts(now);
    } catch {
        parts = new Intl.DateTimeFormat('en-CA', {
            year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
        }).formatToParts(now);
    }
    const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '00';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/**
 * The report moment typed in the input box: "2026-03-06 16:30" (or with a T), read in the
 * contract's time zone by the server. Empty: the standard example moments. A date that
 * does not exist (2026-02-30, 24:00) is refused here, while typing.
 */
export function parseMomentInput(text: string): { moments: string[] } | { error: string } {
    const s = text.trim();
    if (s === '') return { moments: [] };
    const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})$/.exec(s);
    if (!m) return { error: 'Write a date and time like 2026-03-06 16:30 (or leave empty for the standard examples).' };
    const [y, mo, d, h, mi] = [+m[1], +m[2], +m[3], +m[4], +m[5]];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (mo < 1 || mo > 12 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { error: `${m[1]}-${m[2]}-${m[3]} is not a date.` };
    if (h > 23 || mi > 59) return { error: `${m[4]}:${m[5]} is not a time of day (00:00 to 23:59).` };
    return { moments: [`${m[1]}-${m[2]}-${m[3]}T${String(h).padStart(2, '0')}:${m[5]}`] };
}
