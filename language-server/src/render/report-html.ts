/**
 * The simulation report as one HTML document for a VS Code webview. Pure (no vscode
 * import) so it is tested like any other function.
 *
 * Safety: a strict Content-Security-Policy (nothing loads but the nonce'd style and
 * script; images only from the webview's own source or data: URLs), no remote URL
 * anywhere, and every text that comes from a contract or a log goes through escapeHtml —
 * incident ids, notes, clause names and explanations are written by other people.
 * The only script posts export requests; the extension validates them (report-messages.ts).
 */
import type { PeriodResult } from '../engine/simulate.js';
import { formatMinutes, lateness, type ReportResult } from './report-data.js';
import { REPORT_ELEMENT_ID } from './report-messages.js';
import { servicesSection } from './report-services.js';
import { qualitySection } from './report-quality.js';

export interface RenderOptions {
    /** Fresh per render: only the style and script carrying it may run. */
    nonce: string;
    /** webview.cspSource: the origin of the webview's own resources. */
    cspSource: string;
    title: string;
    /**
     * A file to open in a browser and print: no script, no buttons, every explanation open.
     * Its CSP allows only the nonce'd style and data: images (cspSource is not used).
     */
    printable?: boolean;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values (always double-quoted here) safe for HTML. */
export function escapeHtml(value: unknown): string {
    return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A nonce or CSP source may only hold what cannot end the directive or break out of the meta tag. */
function checkToken(name: string, value: string, allowed: RegExp): string {
    if (!allowed.test(value) || /'unsafe-/i.test(value)) throw new Error(`renderReport: unsafe ${name} '${value}'`);
    return value;
}

const pct = (n: number | null, digits = 4) => (n === null ? '–' : `${Number(n.toFixed(digits))}%`);
const pct4 = (n: number) => `${n.toFixed(4)}%`;

export function renderReport(result: ReportResult, opts: RenderOptions): string {
    const nonce = checkToken('nonce', opts.nonce, /^[A-Za-z0-9+/=_-]{8,}$/);
    const print = opts.printable === true;
    let policy = `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:;`;
    if (!print) {
        // One or more source expressions: hosts/schemes, or quoted keywords such as 'self' (code-server).
        const csp = checkToken('cspSource', opts.cspSource.trim(), /^(?:'[a-z0-9-]+'|[^\s;,'"<>]+)(?:\s+(?:'[a-z0-9-]+'|[^\s;,'"<>]+))*$/i);
        policy = `default-src 'none'; style-src ${csp} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${csp} data:;`;
    }
    const e = escapeHtml;
    const actions = print ? '' : `<div class="actions">
<button type="button" id="export-json" data-format="json">Export JSON</button>
<button type="button" id="export-csv" data-format="csv">Export CSV</button>
<button type="button" id="print" data-action="print" title="Opens the report as a page to print in your browser">Print…</button>
</div>
`;
    const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(opts.title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="${REPORT_ELEMENT_ID}" data-contract="${e(result.contract)}" data-from="${e(result.from)}" data-to="${e(result.to)}">
<header>
<h1>${e(opts.title)}</h1>
<p class="sub">${e(result.contract)} · ${e(result.from)} to ${e(result.to)} · times in ${e(result.zone)}</p>
${actions}</header>
${availabilitySection(result)}
${budgetSection(result)}
${incidentSection(result)}
${complianceSection(result)}
${remedySection(result)}
${servicesSection(result, escapeHtml)}
${qualitySection(result.quality, result.downtimeSources, escapeHtml)}
</main>
${print ? '' : `<script nonce="${nonce}">${SCRIPT}</script>\n`}</body>
</html>
`;
    // Printed, the explanations a reader would otherwise click open are all shown.
    return print ? html.replace(/<details>/g, '<details open>') : html;
}

function periodKind(label: string): string {
    return /^\d{4}$/.test(label) ? 'year' : /Q\d$/.test(label) ? 'quarter' : 'month';
}

function availabilitySection(r: ReportResult): string {
    if (r.periods.length === 0) {
        return '<section id="availability"><h2>Availability</h2><p class="muted">The contract states no availability.</p></section>';
    }
    const kinds = [...new Set(r.periods.map((p) => periodKind(p.period)))];
    const charts = kinds.map((k) => availabilityChart(r.periods.filter((p) => periodKind(p.period) === k), k)).join('\n');
    const rows = r.periods.map((p) => `<tr>
<td>${escapeHtml(p.period)}</td>
<td class="num ${p.guaranteeMet === false ? 'missed' : p.targetMet === false ? 'warn' : ''}">${pct4(p.availabilityPercent)}</td>
<td class="num">${pct(p.guaranteePercent)}${verdict(p.guaranteeMet)}</td>
<td class="num">${pct(p.targetPercent)}${verdict(p.targetMet)}</td>
<td class="num">${p.scheduledMinutes}</td>
<td class="num">${p.downtimeMinutes}</td>
<td class="num">${p.excludedMinutes}</td>
<td>${escapeHtml(p.incidents.join(', '))}</td>
</tr>`).join('\n');
    return `<section id="availability">
<h2>Availability</h2>
${charts}
<table>
<thead><tr><th>Period</th><th>Availability</th><th>Guarantee</th><th>Target</th><th>Scheduled min</th><th>Down min</th><th>Excluded min</th><th>Incidents</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<details><summary>How each figure was computed</summary><ul>${r.periods.map((p) => `<li>${escapeHtml(p.explanation)}</li>`).join('')}</ul></details>
</section>`;
}

function verdict(met: boolean | null): string {
    return met === null ? '' : met ? ' <span class="met">met</span>' : ' <span class="missed">missed</span>';
}

/** With more periods than this the chart keeps its size and scrolls, and its labels turn. */
const MANY_PERIODS = 6;

/**
 * Bars per period from a floor below the lowest figure, with lines for guarantee and
 * target. Up to six periods the chart scales to the panel. With more (a year of months)
 * scaling would shrink the labels into each other, so each period gets a 48 px slot, the
 * chart scrolls sideways instead of shrinking, the figures stand upright above their bars
 * and the period names are turned 45°: two labels of neighbouring periods are then 48 px
 * apart along the axis and 34 px apart across their slant, wider than a line of 11 px text.
 */
export function availabilityChart(periods: PeriodResult[], kind: string): string {
    const values = periods.flatMap((p) => [p.availabilityPercent, p.guaranteePercent, p.targetPercent]).filter((v): v is number => v !== null);
    const floor = Math.max(0, Math.min(99, Math.floor(Math.min(...values) - 0.5)));
    const top = 100;
    const many = periods.length > MANY_PERIODS;
    const slot = many ? 48 : 90;
    const left = 56, right = 110;
    const width = many ? slot * periods.length + left + right : Math.max(320, slot * periods.length + 140);
    // Upright figures need room above the highest bar; turned names below the axis.
    const plotTop = many ? 64 : 24;
    const height = many ? 300 : 240;
    const plotBottom = height - (many ? 56 : 36);
    const barSlot = (width - left - right) / periods.length;
    const y = (v: number) => plotBottom - ((Math.max(floor, Math.min(top, v)) - floor) / (top - floor)) * (plotBottom - plotTop);
    const out: string[] = [];
    out.push(`<svg class="chart${many ? ' wide' : ''}" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-label="Availability per ${kind}">`);
    out.push(`<title>Availability per ${kind}</title>`);
    for (const tick of [floor, (floor + top) / 2, top]) {
        out.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}"/>`);
        out.push(`<text class="axis" x="${left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end">${Number(tick.toFixed(2))}%</text>`);
    }
    periods.forEach((p, i) => {
        const x = left + i * barSlot + barSlot * 0.2;
        const w = barSlot * 0.6;
        const cx = (x + w / 2).toFixed(1);
        const yv = y(p.availabilityPercent);
        const state = p.guaranteeMet === false ? 'missed' : p.targetMet === false ? 'warn' : 'met';
        out.push(`<rect class="bar ${state}" x="${x.toFixed(1)}" y="${yv.toFixed(1)}" width="${w.toFixed(1)}" height="${(plotBottom - yv).toFixed(1)}"><title>${escapeHtml(p.period)}: ${pct4(p.availabilityPercent)}</title></rect>`);
        if (many) {
            const vy = (yv - 5).toFixed(1);
            out.push(`<text class="value" x="${cx}" y="${vy}" transform="rotate(-90 ${cx} ${vy})" text-anchor="start" dominant-baseline="middle">${pct4(p.availabilityPercent)}</text>`);
            const ly = plotBottom + 14;
            out.push(`<text class="axis period" x="${cx}" y="${ly}" transform="rotate(-45 ${cx} ${ly})" text-anchor="end">${escapeHtml(p.period)}</text>`);
        } else {
            out.push(`<text class="value" x="${cx}" y="${(yv - 5).toFixed(1)}" text-anchor="middle">${pct4(p.availabilityPercent)}</text>`);
            out.push(`<text class="axis" x="${cx}" y="${plotBottom + 18}" text-anchor="middle">${escapeHtml(p.period)}</text>`);
        }
    });
    for (const [name, key] of [['guarantee', 'guaranteePercent'], ['target', 'targetPercent']] as const) {
        const levels = [...new Set(periods.map((p) => p[key]).filter((v): v is number => v !== null))];
        for (const level of levels) {
            const yl = y(level).toFixed(1);
            out.push(`<line class="level ${name}" x1="${left}" x2="${width - right}" y1="${yl}" y2="${yl}"/>`);
            out.push(`<text class="level-label ${name}" x="${width - right + 6}" y="${(+yl + 4).toFixed(1)}">${name} ${pct(level)}</text>`);
        }
    }
    out.push(`<line class="axis-line" x1="${left}" x2="${width - right}" y1="${plotBottom}" y2="${plotBottom}"/>`);
    out.push('</svg>');
    return many ? `<div class="chart-scroll">\n${out.join('\n')}\n</div>` : out.join('\n');
}

function budgetSection(r: ReportResult): string {
    const withBudget = r.periods.filter((p) => p.budgetMinutes !== null);
    if (withBudget.length === 0) return '';
    const rows = withBudget.map((p) => {
        const budget = p.budgetMinutes!;
        const used = budget > 0 ? (p.downtimeMinutes / budget) * 100 : p.downtimeMinutes > 0 ? Infinity : 0;
        const shown = Math.min(100, used);
        const state = used > 100 ? 'missed' : used > 80 ? 'warn' : 'met';
        const usedText = Number.isFinite(used) ? `${Math.round(used)}%` : 'all';
        return `<tr>
<td>${escapeHtml(p.period)}</td>
<td class="num">${formatMinutes(budget)}</td>
<td class="num">${formatMinutes(p.downtimeMinutes)}</td>
<td><svg class="budget" viewBox="0 0 200 14" width="200" height="14" role="img" aria-label="${usedText} used"><rect class="track" x="0" y="0" width="200" height="14"/><rect class="bar ${state}" x="0" y="0" width="${(shown * 2).toFixed(1)}" height="14"/></svg> <span class="${state}">${usedText} used</span></td>
<td class="num">${p.budgetLeftMinutes! < 0 ? `<span class="missed">${formatMinutes(-p.budgetLeftMinutes!)} over</span>` : `${formatMinutes(p.budgetLeftMinutes!)} left`}</td>
</tr>`;
    }).join('\n');
    return `<section id="budget">
<h2>Downtime budget</h2>
<p class="muted">The downtime the guarantee allows in each period, and how much of it the counted downtime used.</p>
<table>
<thead><tr><th>Period</th><th>Allowed</th><th>Down</th><th>Used</th><th>Left</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function deadlineCell(deadline: string | null, met: boolean | null, actual: string | null, explanation: string): string {
    if (deadline === null) return `<td title="${escapeHtml(explanation)}" class="muted">none</td><td></td>`;
    const shown = `${escapeHtml(deadline.slice(0, 10))} ${escapeHtml(deadline.slice(11, 16))}`;
    let state: string;
    if (met === null) state = '<span class="muted">open</span>';
    else if (met) state = '<span class="met">met</span>';
    else {
        const late = lateness(deadline, actual);
        state = `<span class="missed">missed${late ? ` by ${escapeHtml(late)}` : ''}</span>`;
    }
    return `<td title="${escapeHtml(explanation)}"><time datetime="${escapeHtml(deadline)}">${shown}</time></td><td>${state}</td>`;
}

function incidentSection(r: ReportResult): string {
    if (r.incidents.length === 0) return '<section id="incidents"><h2>Incidents</h2><p class="muted">The log has no incidents.</p></section>';
    const rows = r.incidents.map((i) => {
        const t = r.times?.[i.id];
        const missed = i.responseMet === false || i.resolutionMet === false;
        return `<tr class="${missed ? 'row-missed' : ''}">
<td>${escapeHtml(i.id)}</td>
<td>${escapeHtml(i.priority ?? '')}</td>
<td>${escapeHtml(i.kind)}${i.services ? `<br><span class="muted">${escapeHtml(i.services.join(', '))}</span>` : ''}</td>
${deadlineCell(i.responseDeadline, i.responseMet, t?.responded ?? null, i.responseExplanation)}
${deadlineCell(i.resolutionDeadline, i.resolutionMet, t?.resolved ?? null, i.resolutionExplanation)}
<td class="note">${escapeHtml(t?.note ?? '')}</td>
</tr>`;
    }).join('\n');
    const missed = r.incidents.filter((i) => i.responseMet === false || i.resolutionMet === false).length;
    const count = (n: number) => n.toLocaleString('en-US');
    // A big log's answer lists only its first rows; the counts are of all of them.
    const summary = r.totals
        ? `${count(r.totals.incidents)} incident(s), ${count(r.totals.missed)} with a missed deadline; the first ${count(r.incidents.length)} are listed (<code>sla simulate</code> lists them all).`
        : `${r.incidents.length} incident(s), ${missed} with a missed deadline.`;
    return `<section id="incidents">
<h2>Incidents and deadlines</h2>
<p class="muted">${summary} Hover a deadline for the clause that sets it.</p>
<table>
<thead><tr><th>ID</th><th>Priority</th><th>Kind</th><th>Response due</th><th>Response</th><th>Resolution due</th><th>Resolution</th><th>Note</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function complianceSection(r: ReportResult): string {
    if (r.compliance.length === 0) return '';
    const rows = r.compliance.map((c) => `<tr>
<td>${escapeHtml(c.period)}</td><td>${escapeHtml(c.clock)}</td>
<td>${escapeHtml(c.priorities?.length ? c.priorities.join(', ') : 'all')}</td>
<td>${escapeHtml(c.clause ?? '')}</td>
<td class="num">${c.inTime} of ${c.total}</td>
<td class="num">${pct(c.sharePercent, 2)}</td>
<td class="num">at least ${pct(c.atLeastPercent, 2)}</td>
<td>${c.met ? '<span class="met">met</span>' : '<span class="missed">missed</span>'}</td>
<td>${escapeHtml(c.missed.join(', '))}</td>
</tr>`).join('\n');
    return `<section id="compliance">
<h2>Deadlines met per period</h2>
<table>
<thead><tr><th>Period</th><th>Clock</th><th>Priorities</th><th>Clause</th><th>In time</th><th>Share</th><th>Required</th><th></th><th>Not in time</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

const REMEDY_NAMES: Record<string, string> = {
    warning: 'warning', 'improvement-proposal': 'improvement proposal', compensation: 'compensation', credit: 'credit', 'termination-right': 'right to terminate',
};

/** "10% of Maandbedrag = 120.00 EUR" for a compensation or credit. */
function creditSize(m: ReportResult['remedies'][number]): string {
    const share = m.percent !== null && (m.fee || typeof m.amount !== 'number') ? `${Number(m.percent.toFixed(4))}%${m.fee ? ` of ${m.fee}` : ''}` : '';
    const money = typeof m.amount === 'number' ? `${m.amount.toFixed(2)}${m.currency ? ` ${m.currency}` : ''}` : '';
    return [share, money].filter(Boolean).join(' = ');
}

function remedySection(r: ReportResult): string {
    if (r.remedies.length === 0) return '<section id="remedies"><h2>Remedies</h2><p>None: no remedy of the contract applies.</p></section>';
    const rows = r.remedies.map((m) => {
        const paid = (m.kind === 'compensation' || m.kind === 'credit') && m.due;
        const what = paid ? `${m.kind} ${escapeHtml(creditSize(m))}` : escapeHtml(REMEDY_NAMES[m.kind] ?? m.kind);
        const claim = paid && (m.claimBy || m.onRequest)
            ? `<br><span class="muted">${m.onRequest ? 'on request' : ''}${m.onRequest && m.claimBy ? ', ' : ''}${m.claimBy ? `claim by <time datetime="${escapeHtml(m.claimBy)}">${escapeHtml(m.claimBy.slice(0, 10))} ${escapeHtml(m.claimBy.slice(11, 16))}</time>` : ''}</span>`
            : '';
        return `<tr class="${m.due ? '' : 'not-due'}">
<td>${escapeHtml(m.period)}</td>
<td class="${paid ? 'missed' : ''}">${what}${claim}${m.due ? '' : ' <span class="muted">(not due)</span>'}</td>
<td>${escapeHtml(m.clause)}</td>
<td>${escapeHtml(m.article ?? '')}</td>
<td>${escapeHtml(m.incidents.join(', '))}</td>
<td class="because">${escapeHtml(m.because)}</td>
</tr>`;
    }).join('\n');
    const due = r.remedies.filter((m) => (m.kind === 'compensation' || m.kind === 'credit') && m.due);
    const credits = due.some((m) => m.kind === 'credit');
    const summary = due.length === 0 ? 'No compensation is due.'
        : `${credits ? 'Compensation and credits' : 'Compensation'} due: ${due.map((m) => `${escapeHtml(m.period)} ${m.kind === 'credit' ? 'credit ' : ''}${escapeHtml(creditSize(m))}`).join('; ')}.`;
    return `<section id="remedies">
<h2>Remedies</h2>
<p>${summary}</p>
<table>
<thead><tr><th>Period</th><th>Remedy</th><th>Clause</th><th>Article</th><th>Caused by</th><th>Because</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family, sans-serif); font-size: var(--vscode-font-size, 13px); color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); padding: 0 1.5em 2em; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid var(--vscode-panel-border, #ccc); padding-bottom: 0.2em; }
.sub, .muted { color: var(--vscode-descriptionForeground, #666); }
.actions { margin: 0.8em 0; }
button { font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0e639c); border: none; padding: 0.35em 0.9em; margin-right: 0.5em; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground, #1177bb); }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { text-align: left; padding: 0.25em 0.7em; border-bottom: 1px solid var(--vscode-panel-border, #ddd); vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.because, td.note { max-width: 36em; }
td time, td span.met, td span.missed, td span.warn { white-space: nowrap; }
.met { color: var(--vscode-testing-iconPassed, #388a34); }
.warn { color: var(--vscode-editorWarning-foreground, #bf8803); }
.missed { color: var(--vscode-errorForeground, #c72e0f); font-weight: 600; }
tr.not-due td { opacity: 0.7; }
svg.chart { display: block; margin: 0.5em 0 1em; max-width: 100%; height: auto; }
svg text { fill: var(--vscode-foreground, #222); font-size: 11px; }
svg .grid { stroke: var(--vscode-panel-border, #ddd); stroke-width: 1; }
svg .axis-line { stroke: var(--vscode-foreground, #222); stroke-width: 1; }
svg .bar.met { fill: var(--vscode-testing-iconPassed, #388a34); }
svg .bar.warn { fill: var(--vscode-editorWarning-foreground, #bf8803); }
svg .bar.missed { fill: var(--vscode-errorForeground, #c72e0f); }
svg .track { fill: var(--vscode-input-background, #eee); }
svg .level { stroke-width: 1.5; stroke-dasharray: 6 4; }
svg .level.guarantee { stroke: var(--vscode-errorForeground, #c72e0f); }
svg .level.target { stroke: var(--vscode-editorInfo-foreground, #1a85ff); }
svg .level-label.guarantee { fill: var(--vscode-errorForeground, #c72e0f); }
svg .level-label.target { fill: var(--vscode-editorInfo-foreground, #1a85ff); }
svg.budget { vertical-align: middle; }
.chart-scroll { overflow-x: auto; max-width: 100%; }
svg.chart.wide { max-width: none; }
@media print {
  body { background: #fff; color: #000; padding: 0; font-size: 10pt; }
  .actions { display: none; }
  .chart-scroll { overflow: visible; }
  svg.chart, svg.chart.wide { max-width: 100%; height: auto; }
  svg text { fill: #000; }
  h2 { break-after: avoid; }
  tr, svg.chart { break-inside: avoid; }
  thead { display: table-header-group; }
  .met { color: #1e6b1b; } .missed { color: #a01c00; } .warn { color: #7a5600; }
}
`;

/**
 * Posts {type: 'export', format} when an export button is pressed and {type: 'print'} for
 * Print; keeps which report this is as the webview's state, so VS Code restores the panel
 * after a window reload (the extension keeps the report itself).
 */
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('${REPORT_ELEMENT_ID}');
  vscode.setState({ contract: main.getAttribute('data-contract'), from: main.getAttribute('data-from'), to: main.getAttribute('data-to') });
  for (const button of document.querySelectorAll('button[data-format]')) {
    button.addEventListener('click', function () {
      vscode.postMessage({ type: 'export', format: button.getAttribute('data-format') });
    });
  }
  document.getElementById('print').addEventListener('click', function () {
    vscode.postMessage({ type: 'print' });
  });
})();
`;
