/**
 * Quick fixes for findings whose fix is one small edit the message already names: "after
 * reported", 00:00, 150%, removing an unused definition, dropping "within window", a band
 * bound made exclusive. Built from the AST, never from a diagnostic's message.
 */
import type { Diagnostic } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { clauseAt, keyword, nodeAtRange, propertyRange, removal, replace, type ClauseFix, type FixInput } from './clause-fixes.js';

/** "after response" on a response clock: after the report. */
export function responseAfterReport(d: Diagnostic, input: FixInput): ClauseFix[] {
    const clock = clauseAt(input, ast.isClock) as ast.Clock | undefined;
    const start = clock && propertyRange(clock, 'start');
    return start ? [{ title: 'Start it at the report ("after reported")', edits: [replace(start, 'reported')], preferred: true }] : [];
}

/** 24:00 starting a range of hours: 00:00. */
export function midnightStart(d: Diagnostic, input: FixInput): ClauseFix[] {
    if (ast.isMoment(input.node)) return [];
    return [{ title: 'Write 00:00', edits: [replace(d.range, '00:00')], preferred: true }];
}

/** A surcharge of 50%: 150% (50% extra). */
export function surchargeAbove100(d: Diagnostic, input: FixInput): ClauseFix[] {
    const p = clauseAt(input, ast.isPercentage) as ast.Percentage | undefined;
    const value = p && propertyRange(p, 'value');
    if (!p || !value || !(p.value >= 0 && p.value < 100)) return [];
    return [{ title: `Write ${100 + p.value}% (${p.value}% extra)`, edits: [replace(value, String(100 + p.value))], preferred: true }];
}

/** A calendar or fee nothing refers to: remove it. */
export function removeUnused(d: Diagnostic, input: FixInput): ClauseFix[] {
    const node = clauseAt(input, (n) => ast.isCalendar(n) || ast.isFee(n)) as ast.Calendar | ast.Fee | undefined;
    const edit = node && removal(input.document, node);
    return node && edit ? [{ title: `Remove the unused ${ast.isCalendar(node) ? 'calendar' : 'fee'} ${node.name}`, edits: [edit] }] : [];
}

/** "within window" for a kind without a window: drop it, so the exclusion applies as written. */
export function dropWithinWindow(d: Diagnostic, input: FixInput): ClauseFix[] {
    const exclusion = clauseAt(input, ast.isExclusion) as ast.Exclusion | undefined;
    const within = exclusion && keyword(exclusion, 'within');
    const window = exclusion && keyword(exclusion, 'window');
    const kind = exclusion && propertyRange(exclusion, 'kind');
    if (!within || !window || !kind) return [];
    return [{ title: 'Drop "within window" (there is no window of this kind)', edits: [replace({ start: kind.end, end: window.range.end }, '')] }];
}

/** The highest band reaching the guarantee itself: "below" it. */
export function bandBelowGuarantee(d: Diagnostic, input: FixInput): ClauseFix[] {
    const band = clauseAt(input, ast.isBand) as ast.Band | undefined;
    const upper = band?.upper;
    const up = upper && keyword(upper, 'up');
    const to = upper && keyword(upper, 'to');
    if (!upper?.inclusive || !up || !to) return [];
    return [{ title: 'Stop the band below the guarantee ("below")', edits: [replace({ start: up.range.start, end: to.range.end }, 'below')], preferred: true }];
}

/** Two bands that share one value: this band starts above it. */
export function bandAboveShared(d: Diagnostic, input: FixInput): ClauseFix[] {
    const band = clauseAt(input, ast.isBand) as ast.Band | undefined;
    const lower = band?.lower;
    const from = lower && keyword(lower, 'from');
    const other = d.relatedInformation?.[0] && nodeAtRange(input, d.relatedInformation[0].location.range);
    const otherBand = other && (clauseAt({ ...input, node: other }, ast.isBand) as ast.Band | undefined);
    if (!lower?.inclusive || !from || !otherBand?.upper?.inclusive || otherBand.upper.value.value !== lower.value.value) return [];
    return [{ title: `Start this band above ${lower.value.value}% ("above"), so ${lower.value.value}% is in the other band only`, edits: [replace(from.range, 'above')], preferred: true }];
}
