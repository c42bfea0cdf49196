/**
 * Hovers that show what a clause computes to: example deadlines on a clock, the allowed
 * downtime on an availability level, opening hours and next holidays on a calendar name,
 * exact bounds on a compensation band, the trigger of a remedy. Texts: sla-hover-text.ts.
 */
import { AstUtils, CstUtils, isReference, type AstNode, type CstNode, type LangiumDocument, type Reference } from 'langium';
import type { HoverProvider, LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { Clause, ContractModel } from '../model/types.js';
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
import {
    acceptanceHover, backupsHover, blockHover, factHover, changeClassHover, commitmentHover, complianceHover, exclusionsHover, feeHover, maintenanceHover,
    measuredHover, minimumOutageHover, minimumTermHover, noteHover, noticeHover, surchargeHover, timeZoneHover, unresolvedText,
} from './clause-hover-text.js';
import type { LanguageSection, SlaDocLinks } from './doc-links.js';
import { articleText } from '../model/values.js';
import { closeNames } from '../services/validation/edit-distance.js';
import type { ScenarioRuns } from '../services/scenario-runs.js';
import { expectationHover, incidentHover, scenarioHover } from './scenario-hover-text.js';

export class SlaHoverProvider implements HoverProvider {
    private readonly references: LangiumServices['references']['References'];
    private exampleCount = 4;

    constructor(services: LangiumServices, private readonly models: SlaModelCache, private readonly clock: SlaClock,
        private readonly imports: SlaImports, private readonly memo: CheckerMemo, private readonly links: SlaDocLinks,
        private readonly runs?: ScenarioRuns) {
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
        try {
            return this.hoverAt(document, params);
        } catch {
            // Half-typed text: no hover rather than an error in the editor.
            return undefined;
        }
    }

    private hoverAt(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value;
        if (!ast.isContract(root) || !root.$cstNode) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root.$cstNode, offset);
        if (!leaf || leaf.hidden) return undefined;
        const imported = AstUtils.getContainerOfType(leaf.astNode, ast.isImport);
        if (imported) return this.hover(importHover(this.imports, document, imported), 'imports', leaf);
        const { model, nodes } = this.models.built(root);
        const unresolved = this.unresolvedAt(leaf, model);
        if (unresolved) return { contents: { kind: 'markdown', value: unresolved }, range: leaf.range };
        const service = serviceNameHover(leaf, model, this.memo);
        if (service) return this.hover(service, 'services', leaf);
        const named = this.named(leaf, model, nodes);
        if (named) return this.hover(named.text, named.section, leaf);
        const around = this.around(leaf.astNode, model, nodes);
        return around ? this.hover(around.text, around.section, leaf) : undefined;
    }

    /** The text, then the link to the construct's section of the language reference. */
    private hover(text: string, section: LanguageSection, leaf: CstNode): Hover {
        return { contents: { kind: 'markdown', value: `${text}\n\n---\n${this.links.sectionMarkdown(section)}` }, range: leaf.range };
    }

    /** On a name that refers to nothing: only that it is unresolved, and the names it may mean. */
    private unresolvedAt(leaf: CstNode, model: ContractModel): string | undefined {
        const found = referenceAt(leaf);
        if (!found || found.ref.ref) return undefined;
        const { ref, property } = found;
        const kind = property === 'priority' || property === 'priorities' ? 'priority' : property === 'fee' ? 'fee' : 'calendar';
        const names = kind === 'priority' ? model.priorities.map((p) => p.name) : kind === 'fee' ? model.fees.map((f) => f.name) : model.calendars.map((c) => c.name);
        return unresolvedText(ref.$refText, kind, names);
    }

    /** On a name or a reference: calendars, priorities and fees. */
    private named(leaf: CstNode, model: ContractModel, nodes: ModelNodes): Found | undefined {
        let targets: AstNode[] = [];
        try {
            targets = this.references.findDeclarations(leaf);
        } catch {
            return undefined;
        }
        for (const t of targets) {
            const cal = ast.isCalendar(t) ? nodes.get(t) : undefined;
            if (cal) return { text: calendarHover(model, cal, this.clock.now()), section: 'calendars' };
            const p = ast.isPriority(t) ? nodes.get(t) : undefined;
            if (p) return { text: priorityHover(p), section: 'priorities' };
            const fee = ast.isFee(t) ? model.fees.find((f) => f.name === t.name) : undefined;
            if (fee) return { text: feeHover(model, fee), section: 'facts' };
        }
        return undefined;
    }

    /** On any token of a clause: the innermost clause with a computed meaning. */
    private around(node: AstNode, contract: ContractModel, nodes: ModelNodes): Found | undefined {
        const now = this.clock.now();
        // Inside a service, its own availability and remedies.
        const model = scopedModel(node, contract, nodes);
        const service = serviceHoverAt(node, contract, nodes, this.memo);
        if (service) return { text: service, section: 'services' };
        const band = AstUtils.getContainerOfType(node, ast.isBand);
        const bandModel = band && nodes.get(band);
        if (band && bandModel) return { text: bandHover(bandModel, band), section: ast.isCredit(band.$container) ? 'credits' : 'remedies' };
        const clock = AstUtils.getContainerOfType(node, ast.isClock);
        if (clock) {
            const missing = unresolvedIn(clock);
            if (missing) return { text: this.unresolvedClause(missing, model, 'this clock has no deadlines until it does'), section: 'priorities' };
            const priority = nodes.get(clock.$container);
            const m = nodes.get(clock);
            if (priority && m) return { text: clockHover(model, priority, m, clock, now, this.exampleCount), section: 'priorities' };
        }
        const level = AstUtils.getContainerOfType(node, ast.isAvailabilityLevel);
        if (level) {
            const measured = level.$container.items.find(ast.isMeasuredDuring);
            if (measured?.calendar && !measured.calendar.ref) {
                return { text: this.unresolvedClause(measured.calendar.$refText, model, 'the allowed downtime is not computed until it does'), section: 'levels' };
            }
            const text = availabilityHover(model, level, this.memo);
            if (text) return { text, section: 'levels' };
        }
        const remedy = AstUtils.getContainerOfType(node, ast.isRemedy);
        const group = remedy && nodes.get(remedy.$container);
        const remedyModel = remedy && nodes.get(remedy);
        if (remedy && group && remedyModel) return { text: remedyHover(model, group, remedyModel, remedy, now), section: ast.isCredit(remedy) ? 'credits' : ast.isTerminationRight(remedy) && remedy.window ? 'chronic' : 'remedies' };
        return this.clause(node, model, nodes, now);
    }

    /** The clauses without a model node of their own: found by their place in the contract's lists. */
    private clause(node: AstNode, model: ContractModel, nodes: ModelNodes, now: number): Found | undefined {
        // The model element written at the clause's place (imported clauses carry their file, so they never match).
        const at = <T extends AstNode, M extends Clause>(is: (n: unknown) => n is T, list: readonly M[]): { node: T; model: M | undefined } | undefined => {
            const found = AstUtils.getContainerOfType(node, is);
            const start = found?.$cstNode?.range.start;
            return found && start ? { node: found, model: list.find((m) => !m.span.file && m.span.line === start.line + 1 && m.span.column === start.character + 1) } : undefined;
        };
        const window = at(ast.isMaintenanceWindow, model.maintenance)?.model;
        if (window) return { text: maintenanceHover(model, window, now), section: 'maintenance' };
        const surcharges = at(ast.isSurcharges, model.surcharges);
        const surchargeModel = surcharges?.model;
        if (surcharges && surchargeModel) {
            const missing = unresolvedIn(surcharges.node);
            if (missing) return { text: this.unresolvedClause(missing, model, 'its bands are not computed until it does'), section: 'surcharges' };
            const band = AstUtils.getContainerOfType(node, ast.isSurchargeBand);
            const title = band ? sourceWords(band) : 'surcharges' + (surchargeModel.fee ? ` of ${surchargeModel.fee}` : '');
            return { text: surchargeHover(model, surchargeModel, now, title, band ? articleText(band.article) : undefined), section: 'surcharges' };
        }
        const fee = at(ast.isFee, model.fees)?.model;
        if (fee) return { text: feeHover(model, fee), section: 'facts' };
        const commitment = at(ast.isCommitment, model.commitments)?.model;
        if (commitment) return { text: commitmentHover(model, commitment, now), section: 'changes' };
        const notice = at(ast.isNotice, model.notices)?.model;
        if (notice) return { text: noticeHover(model, notice, now), section: 'changes' };
        const compliance = at(ast.isCompliance, model.compliance);
        if (compliance) {
            const missing = unresolvedIn(compliance.node);
            if (missing) return { text: this.unresolvedClause(missing, model, 'the share is not judged until it does'), section: 'commitments' };
            if (compliance.model) return { text: complianceHover(model, compliance.model), section: 'commitments' };
        }
        const measured = AstUtils.getContainerOfType(node, ast.isMeasuredDuring);
        if (measured) return { text: measuredHover(model, measured, now), section: 'measured' };
        const notCounted = AstUtils.getContainerOfType(node, ast.isNotCounted);
        if (notCounted) return { text: exclusionsHover(model, notCounted), section: 'exclusions' };
        const minimum = AstUtils.getContainerOfType(node, ast.isMinimumOutage);
        if (minimum) return { text: minimumOutageHover(model, minimum), section: 'exclusions' };
        const backup = at(ast.isBackup, model.backups)?.model;
        if (backup) return { text: backupsHover(model, backup, now), section: 'backups' };
        const note = AstUtils.getContainerOfType(node, ast.isNote);
        if (note) return { text: noteHover(note), section: 'backups' };
        const changeClass = at(ast.isChangeClass, model.changeRequests?.classes ?? [])?.model;
        if (changeClass) return { text: changeClassHover(model, changeClass, now), section: 'changes' };
        const acceptance = model.changeRequests?.acceptance;
        if (AstUtils.getContainerOfType(node, ast.isAcceptance) && acceptance) return { text: acceptanceHover(model, acceptance.after, acceptance.article, now), section: 'changes' };
        if (AstUtils.getContainerOfType(node, ast.isMinimumTerm)) {
            const text = minimumTermHover(model, now);
            if (text) return { text, section: 'facts' };
        }
        if (AstUtils.getContainerOfType(node, ast.isTimeZone)) {
            const text = timeZoneHover(model, now);
            if (text) return { text, section: 'facts' };
        }
        const scenario = AstUtils.getContainerOfType(node, ast.isScenario);
        const scenarioModel = scenario && nodes.get(scenario);
        const run = scenarioModel && this.runs?.get(model, scenarioModel);
        if (scenario && scenarioModel && run) {
            const expectation = AstUtils.getContainerOfType(node, ast.isExpectation);
            const line = (expectation?.$cstNode?.range.start.line ?? -2) + 1;
            const result = run.result.expectations.find((r) => r.expectation.span.line === line);
            if (result) return { text: expectationHover(result), section: 'scenarios' };
            const incident = AstUtils.getContainerOfType(node, ast.isScenarioIncident);
            const row = incident && run.result.simulation.incidents.find((i) => i.id === String(incident.id));
            if (incident && row) {
                return { text: incidentHover(row, run.incidents.get(row.id), model.zone ?? 'UTC'), section: 'scenarios' };
            }
            if (!AstUtils.getContainerOfType(node, ast.isScenarioEvent)) return { text: scenarioHover(scenarioModel, run), section: 'scenarios' };
        }
        const fact = AstUtils.getContainerOfType(node, (n): n is ast.Party | ast.Version | ast.ContractDate | ast.Currency =>
            ast.isParty(n) || ast.isVersion(n) || ast.isContractDate(n) || ast.isCurrency(n));
        if (fact) return { text: factHover(model, fact), section: 'facts' };
        const calendar = AstUtils.getContainerOfType(node, ast.isCalendar);
        const calendarModel = calendar && nodes.get(calendar);
        if (calendarModel) return { text: calendarHover(model, calendarModel, now), section: 'calendars' };
        const priority = AstUtils.getContainerOfType(node, ast.isPriority);
        const priorityModel = priority && nodes.get(priority);
        if (priorityModel) return { text: priorityHover(priorityModel), section: 'priorities' };
        return this.block(node, model, nodes);
    }

    /** On a block's own words (its keyword, name or article): one line per clause in it. */
    private block(node: AstNode, model: ContractModel, nodes: ModelNodes): Found | undefined {
        const item = (n: AstNode) => {
            const found = this.around(firstLeaf(n) ?? n, model, nodes);
            return { words: sourceWords(n).split('{')[0].trim(), meaning: found?.text ?? '' };
        };
        const article = (n: { article?: string }) => articleText(n.article);
        if (ast.isRemedies(node)) return { text: blockHover(node.name ? `remedies ${node.name}` : 'remedies', article(node), node.remedies.map(item)), section: 'remedies' };
        if (ast.isAvailability(node)) return { text: blockHover('availability', article(node), node.items.map(item)), section: 'availability' };
        if (ast.isMaintenance(node)) return { text: blockHover('maintenance', article(node), node.windows.map(item)), section: 'maintenance' };
        if (ast.isBackups(node)) return { text: blockHover('backups', article(node), node.items.map(item)), section: 'backups' };
        if (ast.isChangeRequests(node)) {
            return { text: blockHover('change requests', article(node), [...node.classes, ...(node.acceptance ? [node.acceptance] : [])].map(item)), section: 'changes' };
        }
        return undefined;
    }

    private unresolvedClause(name: string, model: ContractModel, consequence: string): string {
        const close = closeNames(name, [...model.calendars.map((c) => c.name), ...model.priorities.map((p) => p.name), ...model.fees.map((f) => f.name)]);
        return [`**${name}** is not defined: ${consequence}.`, ...(close.length ? ['', `Did you mean ${close.map((c) => `\`${c}\``).join(' or ')}?`] : [])].join('\n');
    }
}

interface Found {
    text: string;
    section: LanguageSection;
}

/** The reference whose name the leaf is, if any. */
function referenceAt(leaf: CstNode): { ref: Reference; property: string } | undefined {
    const node = leaf.astNode as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        for (const v of Array.isArray(value) ? value : [value]) {
            if (isReference(v) && v.$refNode && v.$refNode.offset <= leaf.offset && leaf.end <= v.$refNode.end) return { ref: v, property: key };
        }
    }
    return undefined;
}

/** The first name inside a clause that refers to nothing. */
function unresolvedIn(node: AstNode): string | undefined {
    for (const n of [node, ...AstUtils.streamAllContents(node)]) {
        for (const info of AstUtils.streamReferences(n)) {
            const r = info.reference;
            if (isReference(r) && !r.ref) return r.$refText;
        }
    }
    return undefined;
}

/** The first token of a node, to ask for its hover as if the cursor were there. */
function firstLeaf(node: AstNode): AstNode | undefined {
    const cst = node.$cstNode;
    return cst ? CstUtils.findLeafNodeAtOffset(cst, cst.offset)?.astNode : undefined;
}

/** A clause's own words on one line, without its article. */
function sourceWords(node: AstNode): string {
    return (node.$cstNode?.text ?? '').replace(/\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
}
