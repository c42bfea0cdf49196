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
import type { ModelNodes } from '../model/model-nodes.js';
import type { SlaModelCache } from '../services/sla-model-cache.js';
import type { CheckerMemo } from '../checker/checker-memo.js';
import type { SlaClock } from './example-moments.js';
import type { SlaImports } from '../language/imports/sla-imports.js';
import { importHover } from './import-hover.js';
import { scopedModel, serviceHoverAt, serviceNameHover } from './service-hover.js';
import {
    availabilityHover, bandHover, calendarHover, clockHover, priorityHover, remedyHover,
} from './sla-hover-text.js';

export class SlaHoverProvider implements HoverProvider {
    private readonly references: LangiumServices['references']['References'];
    private exampleCount = 4;

    constructor(services: LangiumServices, private readonly models: SlaModelCache, private readonly clock: SlaClock,
        private readonly imports: SlaImports, private readonly memo: CheckerMemo) {
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
        const { model, nodes } = this.models.built(root);
        const value = serviceNameHover(leaf, model, this.memo) ?? this.named(leaf, model, nodes) ?? this.around(leaf.astNode, model, nodes);
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    /** On a name or a reference: calendars and priorities. */
    private named(leaf: CstNode, model: ContractModel, nodes: ModelNodes): string | undefined {
        let targets: AstNode[] = [];
        try {
            targets = this.references.findDeclarations(leaf);
        } catch {
            return undefined;
        }
        for (const t of targets) {
            const cal = ast.isCalendar(t) ? nodes.get(t) : undefined;
            if (cal) return calendarHover(model, cal, this.clock.now());
            const p = ast.isPriority(t) ? nodes.get(t) : undefined;
            if (p) return priorityHover(p);
        }
        return undefined;
    }

    /** On any token of a clause: the innermost clause with a computed meaning. */
    private around(node: AstNode, contract: ContractModel, nodes: ModelNodes): string | undefined {
        // Inside a service, its own availability and remedies.
        const model = scopedModel(node, contract, nodes);
        const service = serviceHoverAt(node, contract, nodes, this.memo);
        if (service) return service;
        const band = AstUtils.getContainerOfType(node, ast.isBand);
        const bandModel = band && nodes.get(band);
        if (band && bandModel) return bandHover(bandModel, band);
        const clock = AstUtils.getContainerOfType(node, ast.isClock);
        if (clock) {
            const priority = nodes.get(clock.$container);
            const m = nodes.get(clock);
            if (priority && m) return clockHover(model, priority, m, clock, this.clock.now(), this.exampleCount);
        }
        const level = AstUtils.getContainerOfType(node, ast.isAvailabilityLevel);
        if (level) return availabilityHover(model, level, this.memo);
        const remedy = AstUtils.getContainerOfType(node, ast.isRemedy);
        const group = remedy && nodes.get(remedy.$container);
        const remedyModel = remedy && nodes.get(remedy);
        if (remedy && group && remedyModel) return remedyHover(model, group, remedyModel, remedy, this.clock.now());
        return undefined;
    }
}
