/** The testable part of "SLA: Generate a Sample Month". No vscode import. */

/** "2026-03" (also "2026-3" and "03/2026"), or why it is not a month. */
export function parseMonthInput(text: string): { month: string } | { error: string } {
    const s = text.trim();
    let m = /^(\d{4})-(\d{1,2})$/.exec(s);
    let year: string | undefined, month: number | undefined;
    if (m) { year = m[1]; month = Number(m[2]); }
    m = /^(\d{1,2})\/(\d{4})$/.exec(s);
    if (m) { year = m[2]; month = Number(m[1]); }
    if (year === undefined || month === undefined || month < 1 || month > 12) return { error: 'Write a month like 2026-03.' };
    return { month: `${year}-${String(month).padStart(2, '0')}` };
}

/** The month to prefill: the current one. */
export function defaultSampleMonth(now: Date): string {
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** A seed from the month, so asking twice for a month gives the same log. */
export function seedOf(month: string): number {
    return Number(month.replace('-', ''));
}
