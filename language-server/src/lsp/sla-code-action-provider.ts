/**
 * Quick fixes keyed on diagnostic codes (ast-codes.ts, model-codes.ts, Langium's
 * linking errors). Each fix is a plain text edit; the skeletons and bands it inserts are
 * built from the model, never from a diagnostic's message.
 */
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Range, type TextEdit,
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { CompensationBand } from '../model/types.js';
import type { BuiltModel } from '../model/build-model.js';
import type { SlaModelCache } from '../services/sla-model-cache.js';
import { bandGap, bandText } from './band-gap.js';
import { addImport, closeLibraries, librariesDefining, lineOf as importLine } from './import-fixes.js';
import { serviceNameFixes } from './service-fixes.js';
import type { ScenarioRuns } from '../services/scenario-runs.js';
import { boundExclusion, didYouMean, expectWhatHappened, keepOne, matchPeriods, reachableRemedy, type ClauseFix } from './clause-fixes.js';
import { bandAboveShared, bandBelowGuarantee, dropWithinWindow, midnightStart, removeUnused, responseAfterReport, surchargeAbove100 } from './small-fixes.js';

type Fix = (d: Diagnostic, ctx: FixContext) => CodeAction[];

interface FixContext {
    document: LangiumDocument;
    root: ast.Contract;
    model: () => BuiltModel;
}

/** The code a diagnostic carries: our checks set `code`, Langium's linker sets `data.code`. */
export function diagnosticCode(d: Diagnostic): string | undefined {
    if (d.code !== undefined) return String(d.code);
    return (d.data as { code?: string } | undefined)?.code;
}

export class SlaCodeActionProvider implements CodeActionProvider {
    constructor(private readonly models: SlaModelCache, private readonly documents: LangiumDocuments, private readonly runs: ScenarioRuns) {}

    private readonly fixes: Record<string, Fix> = {
        'missing-unit': (d, c) => this.missingUnit(d, c),
        'fixed-offset-zone': (d, c) => this.fixedOffsetZone(d, c),
        'linking-error': (d, c) => {
            const close = this.clauseFixes(d, c, didYouMean);
            return [...close, ...this.importDefinition(d, c), ...this.createDefinition(d, c, close.length === 0)];
        },
        'expectation-failed': (d, c) => this.clauseFixes(d, c, (x, i) => expectWhatHappened(x, i, this.runs)),
        'clock-contradiction': (d, c) => this.clauseFixes(d, c, (x, i) => keepOne(x, i, true)),
        'duplicate-clock': (d, c) => this.clauseFixes(d, c, (x, i) => keepOne(x, i, true)),
        'duplicate-clause': (d, c) => this.clauseFixes(d, c, (x, i) => keepOne(x, i, false)),
        'clock-never-decides': (d, c) => this.clauseFixes(d, c, (x, i) => keepOne(x, i, false)),
        'unbounded-exclusion': (d, c) => this.clauseFixes(d, c, boundExclusion),
        'period-mismatch': (d, c) => this.clauseFixes(d, c, matchPeriods),
        'remedy-unreachable': (d, c) => this.clauseFixes(d, c, reachableRemedy),
        'unknown-time-zone': (d, c) => this.suggested(d, c),
        'unknown-holiday-country': (d, c) => this.suggested(d, c),
        'unknown-holiday-region': (d, c) => this.suggested(d, c),
        'unknown-holiday-name': (d, c) => this.suggested(d, c),
        'response-after-response': (d, c) => this.clauseFixes(d, c, responseAfterReport),
        'time-24-not-end': (d, c) => this.clauseFixes(d, c, midnightStart),
        'multiplier-below-100': (d, c) => this.clauseFixes(d, c, surchargeAbove100),
        'unused-calendar': (d, c) => this.clauseFixes(d, c, removeUnused),
        'unused-fee': (d, c) => this.clauseFixes(d, c, removeUnused),
        'exclusion-without-window': (d, c) => this.clauseFixes(d, c, dropWithinWindow),
        'band-edge-at-guarantee': (d, c) => this.clauseFixes(d, c, bandBelowGuarantee),
        'remedy-band-overlap': (d, c) => this.clauseFixes(d, c, bandAboveShared),
        'import-duplicate': (d, c) => this.removeImport(d, c),
        'import-missing': (d, c) => this.correctImport(d, c),
        'remedy-band-gap': (d, c) => this.fillBandGap(d, c),
        'clock-basis-unspecified': (d, c) => this.clockBasis(d, c),
        'unknown-service': (d, c) => serviceNameFixes(d, c.document, c.root),
    };

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> | undefined {
        const root = document.parseResult.value;
        if (!ast.isContract(root)) return undefined;
        const ctx: FixContext = { document, root, model: () => this.models.built(root) };
        const out: CodeAction[] = [];
        for (const d of params.context.diagnostics) {
            const fix = this.fixes[diagnosticCode(d) ?? ''];
            try {
                if (fix) out.push(...fix(d, ctx));
            } catch {
                // Half-typed text the fix did not foresee: no fix for this finding, the others still come.
            }
        }
        return out;
    }

    private clauseFixes(d: Diagnostic, ctx: FixContext, make: (d: Diagnostic, input: Parameters<typeof didYouMean>[1]) => ClauseFix[]): CodeAction[] {
        const input = { document: ctx.document, root: ctx.root, model: ctx.model, node: this.nodeAt(ctx, d.range) };
        return make(d, input).map((f) => this.action(f.title, d, ctx, f.edits, f.preferred ?? false));
    }

    /** The check's own suggestions (diagnostic data), written in place of the flagged text. */
    private suggested(d: Diagnostic, ctx: FixContext): CodeAction[] {
        const suggestions = (d.data as { suggestions?: unknown } | undefined)?.suggestions;
        if (!Array.isArray(suggestions)) return [];
        return suggestions.filter((x): x is string => typeof x === 'string')
            .map((text, i) => this.action(`Did you mean ${text}?`, d, ctx, [{ range: d.range, newText: text }], i === 0));
    }

    private nodeAt(ctx: FixContext, range: Range): AstNode | undefined {
        const cst = ctx.root.$cstNode;
        return cst ? CstUtils.findLeafNodeAtOffset(cst, ctx.document.textDocument.offsetAt(range.start))?.astNode : undefined;
    }

    private action(title: string, d: Diagnostic, ctx: FixContext, edits: TextEdit[], preferred = false): CodeAction {
        return {
            title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred,
            edit: { changes: { [ctx.document.textDocument.uri]: edits } },
        };
    }

    private insertAfter(node: AstNode | undefined, text: string): TextEdit | undefined {
        const end = node?.$cstNode?.range.end;
        return end ? { range: { start: end, end }, newText: text } : undefined;
    }

    private missingUnit(d: Diagnostic, ctx: FixContext): CodeAction[] {
        const node = this.nodeAt(ctx, d.range);
        const value = { start: d.range.end, end: d.range.end };
        if (ast.isPercentage(node)) {
            return [this.action(`Add "%"`, d, ctx, [{ range: value, newText: '%' }], true)];
        }
        if (ast.isDuration(node)) {
            return ['hours', 'minutes', 'working days'].map((unit, i) =>
                this.action(`Add the unit "${unit}"`, d, ctx, [{ range: value, newText: ` ${unit}` }], i === 0));
        }
        return [];
    }

    private fixedOffsetZone(d: Diagnostic, ctx: FixContext): CodeAction[] {
        const node = this.nodeAt(ctx, d.range);
        const tz = ast.isTimeZone(node) ? node : undefined;
        if (!tz || !/^(CET|CEST|MET|MEST)$/i.test(tz.zone.trim())) return [];
        return [this.action('Use "Europe/Amsterdam" (follows summer time)', d, ctx, [{ range: d.range, newText: '"Europe/Amsterdam"' }], true)];
    }

    /** A name that a library in the workspace defines: import that library. */
    private importDefinition(d: Diagnostic, ctx: FixContext): CodeAction[] {
        const name = (d.data as { refText?: string } | undefined)?.refText;
        if (!name) return [];
        return librariesDefining(this.documents, ctx.document, name)
            .map((library) => addImport(ctx.document, ctx.root, library, name))
            .map((fix, i) => this.action(fix.title, d, ctx, fix.edits, i === 0 && fix.preferred));
    }

    private removeImport(d: Diagnostic, ctx: FixContext): CodeAction[] {
        const node = AstUtils.getContainerOfType(this.nodeAt(ctx, d.range), ast.isImport);
        const range = node && importLine(node);
        return range ? [this.action(`Remove the second import of "${node.path}"`, d, ctx, [{ range, newText: '' }], true)] : [];
    }

    private correctImport(d: Diagnostic, ctx: FixContext): CodeAction[] {
        const node = AstUtils.getContainerOfType(this.nodeAt(ctx, d.range), ast.isImport);
        const path = node && GrammarUtils.findNodeForProperty(node.$cstNode, 'path');
        if (!node || !path) return [];
        return closeLibraries(this.documents, ctx.document, node.path)
            .map((p, i) => this.action(`Did you mean "${p}"?`, d, ctx, [{ range: path.range, newText: JSON.stringify(p) }], i === 0));
    }

    private createDefinition(d: Diagnostic, ctx: FixContext, preferred = true): CodeAction[] {
        const data = d.data as { property?: string; refText?: string } | undefined;
        const name = data?.refText;
        if (!name || !/^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_\-\u00C0-\u024F]*$/.test(name)) return [];
        const kind = data.property === 'priority' || data.property === 'priorities' ? 'priority'
            : data.property === 'fee' ? 'fee' : 'calendar';
        const clauses = ctx.root.clauses;
        const cal = clauses.find(ast.isCalendar)?.name;
        const basis = kind === 'priority' && cal ? `of ${cal}` : 'around the clock';
        const skeleton: Record<typeof kind, string[]> = {
            calendar: [`calendar ${name} {`, '  Monday to Friday 09:00 to 17:00', '  closed on public holidays of NL', '}'],
            priority: [`priority ${name} {`, `  response within 4 hours ${basis} after reported`, `  resolution within 16 hours ${basis} after reported`, '}'],
            fee: [`fee ${name} per month`],
        };
        const same = clauses.filter(kind === 'calendar' ? ast.isCalendar : kind === 'priority' ? ast.isPriority : ast.isFee);
        const before = kind === 'calendar' ? clauses.find((c) => ast.isPriority(c) || ast.isAvailability(c) || ast.isScenario(c))
            : kind === 'priority' ? clauses.find((c) => ast.isCompliance(c) || ast.isAvailability(c) || ast.isScenario(c))
                : clauses.find((c) => ast.isCalendar(c) || ast.isPriority(c));
        const last = same[same.length - 1];
        const anchor = last ?? before;
        const indent = ' '.repeat(anchor?.$cstNode?.range.start.character ?? 2);
        const block = skeleton[kind].map((l) => indent + l).join('\n');
        let edit: TextEdit | undefined;
        if (last) {
            edit = this.insertAfter(last, `\n${kind === 'fee' ? '' : '\n'}${block}`);
        } else {
            const line = before?.$cstNode?.range.start.line ?? this.closingLine(ctx);
            if (line === undefined) return [];
            edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${block}\n\n` };
        }
        return edit ? [this.action(`Create ${kind} ${name}`, d, ctx, [edit], preferred)] : [];
    }

    /** Line of the contract's closing brace. */
    private closingLine(ctx: FixContext): number | undefined {
        const cst = ctx.root.$cstNode;
        if (!cst) return undefined;
        const leaves = [...CstUtils.flattenCst(cst)].filter((l) => l.text === '}');
        return leaves[leaves.length - 1]?.range.start.line;
    }

    private fillBandGap(d: Diagnostic, ctx: FixContext): CodeAction[] {
        // The diagnostic starts where its band starts.
        const node = AstUtils.getContainerOfType(this.nodeAt(ctx, d.range), ast.isBand);
        const start = node?.$cstNode?.range.start;
        if (!node || !start || start.line !== d.range.start.line || start.character !== d.range.start.character) return [];
        const { nodes } = ctx.model();
        const band = nodes.get(node);
        const remedy = nodes.get(node.$container);
        if (!band || remedy?.type !== 'compensation') return [];
        const gap = bandGap(remedy.bands, band);
        if (!gap) return [];
        if (gap.point && node.lower && !node.lower.inclusive) {
            // "above 95%" right after a band "below 95%": 95% itself is in no band.
            const kw = node.lower.$cstNode && CstUtils.flattenCst(node.lower.$cstNode).head();
            if (!kw) return [];
            return [this.action(`Include ${gap.text} in this band ("from")`, d, ctx, [{ range: kw.range, newText: 'from' }], true)];
        }
        const indent = ' '.repeat(node.$cstNode!.range.start.character);
        const filler: CompensationBand = { ...band, lower: gap.lower, upper: gap.upper, percent: gap.percent };
        const edit = this.insertAfter(node, `\n${indent}${bandText(filler)}`);
        return edit ? [this.action(`Add a band for ${gap.text}`, d, ctx, [edit], true)] : [];
    }

    private clockBasis(d: Diagnostic, ctx: FixContext): CodeAction[] {
        const clock = AstUtils.getContainerOfType(this.nodeAt(ctx, d.range), ast.isClock);
        if (!clock?.duration) return [];
        const options = [' around the clock', ...ctx.root.clauses.filter(ast.isCalendar).map((c) => ` of ${c.name}`)];
        return options.flatMap((text, i) => {
            const edit = this.insertAfter(clock.duration, text);
            return edit ? [this.action(`Count ${text.trim()}`, d, ctx, [edit], i === 1 || options.length === 1)] : [];
        });
    }
}
