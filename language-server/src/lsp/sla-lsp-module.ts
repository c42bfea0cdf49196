/**
 * The full language server: Langium's LSP services on top of the same modules the command
 * line uses (../services/sla-module.ts), plus this language's editor features (this folder).
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from '../generated/module.js';
import { SlaLanguageModule, SlaSharedModule, type SlaLanguageAddedServices } from '../language/sla-language-module.js';
import { SlaModule, type SlaAddedServices } from '../services/sla-module.js';
import { registerValidationChecks } from '../services/validation/sla-validator.js';
import { SlaClock } from './example-moments.js';
import { SlaHoverProvider } from './sla-hover-provider.js';
import { SlaCodeActionProvider } from './sla-code-action-provider.js';
import { SlaCodeLensProvider } from './sla-code-lens-provider.js';
import { SlaInlayHintProvider } from './sla-inlay-hint-provider.js';
import { SlaFormatter } from './sla-formatter.js';
import { SlaCompletionProvider } from './sla-completion-provider.js';
import { SlaSemanticTokenProvider } from './sla-semantic-token-provider.js';
import { SlaRenameProvider } from './sla-rename-provider.js';
import { SlaDocumentLinkProvider } from './sla-document-link-provider.js';
import { SlaDocLinks } from './doc-links.js';
import { LinkedDocumentValidator } from './linked-document-validator.js';
import { SlaDocumentSymbolProvider } from './sla-document-symbol-provider.js';

/** Services only the editor needs. */
export type SlaLspAddedServices = {
    editor: {
        /** "Now" for hovers' example moments; tests fix it. */
        Clock: SlaClock;
        /** Links into docs/checker.md and docs/language.md (diagnostic codes, hovers). */
        DocLinks: SlaDocLinks;
    };
};

export type SlaLspServices = LangiumServices & SlaLanguageAddedServices & SlaAddedServices & SlaLspAddedServices;

/** Editor features; each provider lives in its own file under ../lsp/. */
export const SlaLspModule: Module<SlaLspServices, PartialLangiumServices & SlaLspAddedServices> = {
    editor: {
        Clock: () => new SlaClock(),
        DocLinks: () => new SlaDocLinks(),
    },
    validation: {
        DocumentValidator: (s) => new LinkedDocumentValidator(s, s.editor.DocLinks),
    },
    lsp: {
        HoverProvider: (s) => new SlaHoverProvider(s, s.model.ModelCache, s.editor.Clock, s.imports.Imports, s.checker.Memo, s.editor.DocLinks, s.simulation.ScenarioRuns),
        DocumentSymbolProvider: () => new SlaDocumentSymbolProvider(),
        CodeActionProvider: (s) => new SlaCodeActionProvider(s.model.ModelCache, s.shared.workspace.LangiumDocuments, s.simulation.ScenarioRuns),
        CodeLensProvider: (s) => new SlaCodeLensProvider(s.model.ModelCache, s.simulation.ScenarioRuns),
        InlayHintProvider: (s) => new SlaInlayHintProvider(s.model.ModelCache, s.simulation.ScenarioRuns),
        Formatter: () => new SlaFormatter(),
        CompletionProvider: (s) => new SlaCompletionProvider(s),
        SemanticTokenProvider: (s) => new SlaSemanticTokenProvider(s),
        RenameProvider: (s) => new SlaRenameProvider(s),
        DocumentLinkProvider: (s) => new SlaDocumentLinkProvider(s.imports.Imports),
    },
};

export function createSlaServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Sla: SlaLspServices;
} {
    const shared = inject(createDefaultSharedModule(context), SlaGeneratedSharedModule, SlaSharedModule);
    const Sla = inject(createDefaultModule({ shared }), SlaGeneratedModule, SlaLanguageModule, SlaModule, SlaLspModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    return { shared, Sla };
}
