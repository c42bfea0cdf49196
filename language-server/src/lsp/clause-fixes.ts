/**
 * Quick fixes that change or remove a clause: did-you-mean for a misspelt name, an `expect`
 * set to what the simulation found, keeping one side of a contradiction or a duplicate, a
 * window for an unbounded exclusion, a period that matches, a count that can be reached.
 * Each returns plain edits of the finding's own file, built from the AST and the model
 * (never from a diagnostic's message); the provider turns them into code actions.
 */
import { CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { Expectation, Period } from '../model/types.js';
import type { BuiltModel } from '../model/build-model.js';
import { checkExpectation } from '../engine/scenario.js';
import { contractZone } from '../engine/periods.js';
import { maxCompensations, maxWarnings } from '../checker/period-rules.js';
import { articleText } from '../model/values.js';
import { closeNames } from '../services/validation/edit-distance.js';
import { describeExpectation, type ScenarioRuns } from '../services/scenario-runs.js';

export interface ClauseFix {
    title: string;
    edits: TextEdit[];
    preferred?: boolean;
}

export interface FixInput {
    document: LangiumDocument;
    root: ast.Contract;
    model: () => BuiltModel;
    /** The innermost AST node at the diagnostic's start. */
    node: AstNode | undefined;
}

export const replace = (range: Range, newText: string): TextEdit => ({ range, newText });

/** A clause's whole lines (with its line break), or just its text when it shares a line. */
export function removal(doc: LangiumDocument, node: AstNode): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const text = doc.textDocument.getText();
    const { start, end } = cst.range;
    const lineStart = doc.textDocument.offsetAt({ line: start.line, character: 0 });
    const before = text.slice(lineStart, cst.offset);
    const afterEnd = text.indexOf('\n', cst.end);
    const after = text.slice(cst.end, afterEnd < 0 ? text.length : afterEnd);
    if (/^\s*$/.test(before) && /^\s*(\/\/.*)?$/.test(after)) {
        return replace({ start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } }, '');
    }
    return replace(cst.range, '');
}

export function propertyRange(node: AstNode, property: string): Range | undefined {
    return node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property)?.range : undefined;
}

export function keyword(node: AstNode, word: string): CstNode | undefined {
    return node.$cstNode ? GrammarUtils.findNodeForKeyword(node.$cstNode, word) : undefined;
}

/** A clause's name for a title: its article, or its first words. */
function clauseName(node: AstNode): string {
    const article = articleText((node as { article?: string }).article);
    const words = (node.$cstNode?.text ?? '').replace(/\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
    const short = words.length > 50 ? `${words.slice(0, 49)}…` : words;
    return article ? `${article} ("${short}")` : `"${short}"`;
}

/** Linking errors: the defined names one edit away. */
export function didYouMean(d: Diagnostic, input: FixInput): ClauseFix[] {
    const data = d.data as { property?: string; refText?: string } | undefined;
    const name = data?.refText;
    if (!name) return [];
    const clauses = input.root.clauses ?? [];
    const property = data.property ?? '';
    const names = property === 'priority' || property === 'priorities' ? clauses.filter(ast.isPriority).map((p) => p.name)
        : property === 'fee' ? clauses.filter(ast.isFee).map((f) => f.name)
            : clauses.filter(ast.isCalendar).map((c) => c.name);
    // Names brought in by imports are in the model too.
    const model = input.model().model;
    const imported = property === 'priority' || property === 'priorities' ? model.priorities.map((p) => p.name)
        : property === 'fee' ? model.fees.map((f) => f.name) : model.calendars.map((c) => c.name);
    return closeNames(name, [...names, ...imported]).map((n, i) => ({ title: `Did you mean ${n}?`, edits: [replace(d.range, n)], preferred: i === 0 }));
}

/** A failed `expect`: flip it to what the simulation found, when the flipped line holds. */
export function expectWhatHappened(d: Diagnostic, input: FixInput, runs: ScenarioRuns): ClauseFix[] {
    let node: AstNode | undefined = input.node;
    while (node && !ast.isExpectation(node)) node = node.$container;
    if (!node || !ast.isExpectation(node) || !ast.isScenario(node.$container)) return [];
    const expectation = node;
    const { model, nodes } = input.model();
    const scenario = nodes.get(node.$container);
    const run = scenario && runs.get(model, scenario);
    const line = (expectation.$cstNode?.range.start.line ?? -1) + 1;
    const x = scenario?.expectations.find((e) => e.span.line === line);
    if (!scenario || !run || !x) return [];
    const zone = contractZone(model);
    const candidates: { x: Expectation; edits: TextEdit[] }[] = [];
    const swap = (from: string, to: string, flipped: Expectation) => {
        const k = keyword(expectation, from);
        if (k) candidates.push({ x: flipped, edits: [replace(k.range, to)] });
    };
    if (x.type === 'deadline') swap(x.met ? 'met' : 'missed', x.met ? 'missed' : 'met', { ...x, met: !x.met });
    if (x.type === 'availability') swap(x.above ? 'above' : 'below', x.above ? 'below' : 'above', { ...x, above: !x.above });
    if (x.type === 'compliance') {
        const j = x.judge;
        if (j.type === 'met') swap(j.met ? 'met' : 'missed', j.met ? 'missed' : 'met', { ...x, judge: { type: 'met', met: !j.met } });
        else swap(j.above ? 'above' : 'below', j.above ? 'below' : 'above', { ...x, judge: { ...j, above: !j.above } });
    }
    if (x.type === 'remedy' && x.percent === undefined && !x.money) {
        const no = keyword(expectation, 'no');
        const remedy = propertyRange(expectation, 'remedy');
        if (x.given && remedy) candidates.push({ x: { ...x, given: false }, edits: [replace({ start: remedy.start, end: remedy.start }, 'no ')] });
        if (!x.given && no && remedy) candidates.push({ x: { ...x, given: true }, edits: [replace({ start: no.range.start, end: remedy.start }, '')] });
    }
    return candidates.filter((c) => checkExpectation(c.x, run.result.simulation, zone).passed)
        .map((c) => ({ title: `Expect what happened: ${describeExpectation(c.x)}`, edits: c.edits, preferred: true }));
}

/** The clause node a diagnostic range starts at (the innermost clause-like node). */
export function clauseAt(input: FixInput, is: (n: AstNode) => boolean): AstNode | undefined {
    let n = input.node;
    while (n && !is(n)) n = n.$container;
    return n;
}

export function nodeAtRange(input: FixInput, range: Range): AstNode | undefined {
    const cst = input.root.$cstNode;
    return cst ? CstUtils.findLeafNodeAtOffset(cst, input.document.textDocument.offsetAt(range.start))?.astNode : undefined;
}

const CLAUSE_LIKE = (n: AstNode) => ast.isClock(n) || ast.isClause(n) || ast.isAvailabilityItem(n) || ast.isRemedy(n);

/**
 * Two clauses that cannot both hold (a contradiction, a duplicate): keep one or the other.
 * The other clause is the diagnostic's related location.
 */
export function keepOne(d: Diagnostic, input: FixInput, bothWays: boolean): ClauseFix[] {
    const here = clauseAt(input, CLAUSE_LIKE);
    const otherLocation = d.relatedInformation?.find((r) => r.location.uri === input.document.uri.toString());
    const other = otherLocation && (() => {
        let n = nodeAtRange(input, otherLocation.location.range);
        while (n && !CLAUSE_LIKE(n)) n = n.$container;
        return n;
    })();
    if (!here || !other || here === other) return [];
    const fixes: ClauseFix[] = [];
    const dropHere = removal(input.document, here);
    if (dropHere) fixes.push({ title: `Keep ${clauseName(other)}: remove ${clauseName(here)}`, edits: [dropHere], preferred: !bothWays });
    const dropOther = bothWays ? removal(input.document, other) : undefined;
    if (dropOther) fixes.push({ title: `Keep ${clauseName(here)}: remove ${clauseName(other)}`, edits: [dropOther] });
    return fixes;
}

/**
 * "not counted: maintenance" with nothing to bound it: exclude only the kinds whose window
 * has hours or a notice period; without any, give a window a notice period (or add one).
 */
export function boundExclusion(d: Diagnostic, input: FixInput): ClauseFix[] {
    const exclusion = clauseAt(input, ast.isExclusion) as ast.Exclusion | undefined;
    if (!exclusion?.$cstNode) return [];
    const { model } = input.model();
    const written = exclusion.kind.replace(/\s+/g, ' ');
    const kinds = (['planned', 'urgent', 'emergency'] as const).filter((k) => written === 'maintenance' || written === `${k} maintenance`);
    if (kinds.length === 0) return [];
    const windowOf = (k: string) => model.maintenance.find((w) => w.kind === k);
    const bounded = kinds.filter((k) => windowOf(k)?.weekly || windowOf(k)?.notice);
    if (bounded.length) {
        const text = bounded.map((k) => `${k} maintenance within window${windowOf(k)?.notice ? ' if announced' : ''}`).join(', ');
        const dropped = kinds.filter((k) => !bounded.includes(k));
        return [{
            title: `Exclude only ${bounded.join(' and ')} maintenance, within its window${dropped.length ? ` (${dropped.join(' and ')} maintenance then counts as downtime)` : ''}`,
            edits: [replace(exclusion.$cstNode.range, text)], preferred: true,
        }];
    }
    const kind = kinds.find((k) => windowOf(k)) ?? kinds[0];
    const edits: TextEdit[] = [replace(exclusion.$cstNode.range, `${kind} maintenance within window if announced`)];
    const clauses = input.root.clauses ?? [];
    const windows = clauses.filter(ast.isMaintenance).flatMap((m) => m.windows);
    const existing = windows.find((w) => w.kind === kind);
    if (existing?.$cstNode) {
        // Its notice before the window's article, or at its end.
        const article = keyword(existing, 'announced') ? undefined : CstUtils.flattenCst(existing.$cstNode).toArray().find((l) => l.text.startsWith('['));
        const at = article ? article.range.start : existing.$cstNode.range.end;
        edits.push(replace({ start: at, end: at }, article ? 'announced 1 week before ' : ' announced 1 week before'));
        return [{ title: `Exclude ${kind} maintenance only within its window if announced 1 week before`, edits, preferred: true }];
    }
    const block = clauses.find(ast.isMaintenance);
    const line = `${kind}: Saturday 06:00 to 08:00 announced 1 week before`;
    const last = block?.windows[block.windows.length - 1]?.$cstNode;
    if (block && last) {
        const at = { line: last.range.end.line + 1, character: 0 };
        edits.push(replace({ start: at, end: at }, `${' '.repeat(last.range.start.character)}${line}\n`));
    } else {
        const availability = clauses.find(ast.isAvailability)?.$cstNode;
        if (!availability) return [];
        const indent = ' '.repeat(availability.range.start.character);
        const at = { line: availability.range.end.line + 1, character: 0 };
        edits.push(replace({ start: at, end: at }, ['maintenance {', `  ${line}`, '}'].map((l) => indent + l).join('\n') + '\n'));
    }
    return [{ title: `Exclude ${kind} maintenance only within a window if announced, and add a ${kind} window`, edits, preferred: true }];
}

const LONGER: Record<Period, Period[]> = { month: ['quarter', 'year'], quarter: ['year'], year: [] };

/** Period mismatches: the period of the one side or the other. */
export function matchPeriods(d: Diagnostic, input: FixInput): ClauseFix[] {
    const remedy = clauseAt(input, ast.isRemedy);
    const { model } = input.model();
    const level = model.availability?.guarantee;
    const levelNode = (input.root.clauses ?? []).filter(ast.isAvailability).flatMap((a) => a.items).find((i): i is ast.AvailabilityLevel => ast.isAvailabilityLevel(i) && i.level === 'guaranteed');
    const levelPeriod = levelNode && propertyRange(levelNode, 'period');
    if (ast.isWarning(remedy) && level && (level.period === 'month' || level.period === 'quarter' || level.period === 'year')) {
        const period = propertyRange(remedy, 'period');
        return period ? [{ title: `Count warnings per ${level.period} ("in a ${level.period}"), as availability is measured`, edits: [replace(period, level.period)], preferred: true }] : [];
    }
    if (!ast.isCompensation(remedy) || !level || !levelPeriod) return [];
    const fees = [...new Set(remedy.bands.map((b) => b.fee?.ref).filter((f): f is ast.Fee => !!f && f.per !== level.period && f.per !== 'hour' && f.per !== 'incident'))];
    const fixes: ClauseFix[] = [];
    // Warnings about availability count per the measured period: they move with it.
    const warnings = (input.root.clauses ?? []).filter(ast.isRemedies).flatMap((r) => r.remedies).filter(ast.isWarning)
        .filter((w) => w.trigger?.availability && w.trigger.level === 'guarantee' && w.period === level.period)
        .flatMap((w) => propertyRange(w, 'period') ?? []);
    for (const fee of fees) {
        const moved = warnings.map((r) => replace(r, fee.per));
        fixes.push({ title: `Measure availability per ${fee.per}, as the fee ${fee.name} is paid`, edits: [replace(levelPeriod, fee.per), ...moved], preferred: fixes.length === 0 });
        const per = propertyRange(fee, 'per');
        if (per && (level.period === 'month' || level.period === 'quarter' || level.period === 'year')) {
            fixes.push({ title: `Make ${fee.name} a fee per ${level.period}, as availability is measured`, edits: [replace(per, level.period)] });
        }
    }
    return fixes;
}

/** A remedy that can never be due: a longer counting period, or a count that can be reached. */
export function reachableRemedy(d: Diagnostic, input: FixInput): ClauseFix[] {
    const remedy = clauseAt(input, ast.isRemedy);
    const { model, nodes } = input.model();
    if (!remedy || !ast.isRemedies(remedy.$container)) return [];
    const group = nodes.get(remedy.$container);
    if (!group) return [];
    if (ast.isImprovementProposal(remedy)) {
        const period = propertyRange(remedy, 'period');
        const within = remedy.period as Period;
        if (!period) return [];
        const fixes: ClauseFix[] = LONGER[within]?.filter((p) => maxWarnings(model, group, p).max >= remedy.count)
            .map((p, i) => ({ title: `Count the warnings over a ${p} ("in a ${p}")`, edits: [replace(period, p)], preferred: i === 0 })) ?? [];
        // Or a warning for each missed deadline, so several can come in one period.
        for (const w of remedy.$container.remedies.filter(ast.isWarning)) {
            const trigger = w.trigger;
            if (!trigger?.deadline || !w.$cstNode) continue;
            const article = w.article ? ` ${w.article}` : '';
            fixes.push({ title: `Give a warning for each missed ${trigger.deadline} deadline`, edits: [replace(w.$cstNode.range, `warning for each missed ${trigger.deadline} deadline${article}`)] });
        }
        return fixes;
    }
    if (ast.isTerminationRight(remedy) && remedy.period && remedy.count !== undefined) {
        const count = remedy.$cstNode && GrammarUtils.findNodeForProperty(remedy.$cstNode, 'count');
        const max = maxCompensations(model, group, remedy.period as Period).max;
        if (!count || max < 1) return [];
        return [{ title: `Lower it to ${max} compensation${max === 1 ? '' : 's'} in a ${remedy.period}, the most there can be`, edits: [replace(count.range, String(max))], preferred: true }];
    }
    return [];
}
