/**
 * Hovers that show what a clause computes to: example deadlines on a clock, the allowed
 * downtime on an availability level, opening hours and next holidays on a calendar name,
 * exact bounds on a compensation band, the trigger of a remedy. Texts: sla-hover-text.ts.
 */
import { AstUtils, CstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { HoverProvider, LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { ContractModel } from '../model/types.js';
import type { SlaModelCache } from '../language/sla-model-cache.js';
import type { SlaClock } from './example-moments.js';
import type { SlaImports } from '../language/imports/sla-imports.js';
import { importHover } from './import-hover.js';
import { modelOf } from './scenario-results.js';
import {
    availabilityHover, bandHover, calendarHover, clockHover, priorityHover, remedyHover,
} from './sla-hover-text.js';

export class SlaHoverProvider implements HoverProvider {
    private readonly references: LangiumServices['references']['References'];
    private exampleCount = 4;

    constructor(services: LangiumServices, private readonly models: SlaModelCache, private readonly clock: SlaClock, private readonly imports: SlaImports) {
        this.references = services.references.References;
        // sla.hover.exampleCount: read once the client has sent its settings, and on every
        // change; until then (and without a client, as in tests) all examples are shown.
        const configuration = services.shared.workspace.ConfigurationProvider;
        configuration.onConfigurationSectionUpdate((update) => {
            if (update.section === 'sla') this.takeSettings(update.configuration);
        });
        void configuration.ready.then(async () => this.takeSettings({ hover: await configuration.getConfiguration('sla', 'hover') }));
    }

    private takeSettings(sla: unknown): void {
        const count = (sla as { hover?: { exampleCount?: unknown } } | undefined)?.hover?.exampleCount;
        if (typeof count === 'number') this.exampleCount = count;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        return this.hoverAt(document, params);
    }

    private hoverAt(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value;
        if (!ast.isContract(root) || !root.$cstNode) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root.$cstNode, offset);
        if (!leaf || leaf.hidden) return undefined;
        const imported = AstUtils.getContainerOfType(leaf.astNode, ast.isImport);
        if (imported) return { contents: { kind: 'markdown', value: importHover(this.imports, document, imported) }, range: leaf.range };
        const model = this.models.get(root);
        const value = this.named(leaf, model) ?? this.around(leaf.astNode, model);
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    /** On a name or a reference: calendars and priorities. */
    private named(leaf: CstNode, model: ContractModel): string | undefined {
        let targets: AstNode[] = [];
        try {
            targets = this.references.findDeclarations(leaf);
        } catch {
            return undefined;
        }
        for (const t of targets) {
            if (ast.isCalendar(t)) {
                const cal = model.calendars.find((c) => c.name === t.name);
                if (cal) return calendarHover(model, cal, this.clock.now());
            }
            if (ast.isPriority(t)) {
                const p = model.priorities.find((x) => x.name === t.name);
                if (p) return priorityHover(p);
            }
        }
        return undefined;
    }

    /** On any token of a clause: the innermost clause with a computed meaning. */
    private around(node: AstNode, model: ContractModel): string | undefined {
        const band = AstUtils.getContainerOfType(node, ast.isBand);
        if (band) {
            const b = model.remedyGroups.flatMap((g) => g.remedies).flatMap((r) => (r.type === 'compensation' ? r.bands : []));
            const m = modelOf(b, band);
            if (m) return bandHover(m, band);
        }
        const clock = AstUtils.getContainerOfType(node, ast.isClock);
        if (clock) {
            const priority = model.priorities.find((p) => p.name === clock.$container.name);
            const m = priority && modelOf(priority.clocks, clock);
            if (priority && m) return clockHover(model, priority, m, clock, this.clock.now(), this.exampleCount);
        }
        const level = AstUtils.getContainerOfType(node, ast.isAvailabilityLevel);
        if (level) return availabilityHover(model, level);
        const remedy = AstUtils.getContainerOfType(node, ast.isRemedy);
        if (remedy) {
            for (const g of model.remedyGroups) {
                const m = modelOf(g.remedies, remedy);
                if (m) return remedyHover(model, g, m, remedy);
            }
        }
        return undefined;
    }
}
