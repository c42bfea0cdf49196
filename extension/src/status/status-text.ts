/**
 * What the "SLA" status bar item says, as a pure function (no vscode import, so it runs
 * under mocha): the server's state, a spinner while busy, and the active contract's findings.
 */
export type ServerState = 'starting' | 'ready' | 'stopped' | 'failed';

export interface FindingCounts { errors: number; warnings: number; infos: number }

/** Counts by vscode.DiagnosticSeverity (0 error, 1 warning, 2 information, 3 hint). */
export function findingCounts(severities: readonly number[]): FindingCounts {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const s of severities) {
        if (s === 0) counts.errors++;
        else if (s === 1) counts.warnings++;
        else counts.infos++;
    }
    return counts;
}

export interface StatusInput {
    state: ServerState;
    /** Title of a request that has run for a while, if any. */
    busy?: string;
    /** Name of the active .sla file, if one is active. */
    file?: string;
    counts?: FindingCounts;
}

const STATE_WORDS: Record<ServerState, string> = {
    starting: 'starting', ready: 'ready', stopped: 'stopped', failed: 'failed to start',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The item's text (with codicons), its tooltip (markdown) and its accessible label. */
export function statusText(input: StatusInput): { text: string; tooltip: string; label: string } {
    const { state, busy, file, counts } = input;
    const icon = busy || state === 'starting' ? '$(sync~spin)'
        : state === 'ready' ? '$(check)' : '$(circle-slash)';
    let text = `${icon} SLA`;
    if (state !== 'ready') text += ` ${STATE_WORDS[state]}`;
    if (counts && state === 'ready') text += ` $(error) ${counts.errors} $(warning) ${counts.warnings}`;

    const server = `SLA language server ${STATE_WORDS[state]}`;
    const findings = counts && file
        ? `${file}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}`
        : undefined;
    const label = [busy ? `${server}, ${busy.replace(/…$/, '')}` : server, findings].filter(Boolean).join('; ');
    const click = state === 'ready' ? 'Click to open the Problems panel.' : 'Click to show the language server\'s output.';
    const tooltip = [`**${server}**${busy ? ` (${busy})` : ''}`, findings, click].filter(Boolean).join('\n\n');
    return { text, tooltip, label };
}
