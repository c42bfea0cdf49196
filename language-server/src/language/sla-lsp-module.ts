/**
 * The full language server: Langium's LSP services on top of the same core module the
 * command line uses, plus this language's editor features (see ../lsp/).
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from '../generated/module.js';
import { SlaModule, SlaSharedModule, type SlaAddedServices } from './sla-module.js';
import { registerValidationChecks } from './validation/sla-validator.js';
import { SlaClock } from '../lsp/example-moments.js';
import { SlaHoverProvider } from '../lsp/sla-hover-provider.js';
import { SlaCodeActionProvider } from '../lsp/sla-code-action-provider.js';
import { SlaCodeLensProvider } from '../lsp/sla-code-lens-provider.js';
import { SlaInlayHintProvider } from '../lsp/sla-inlay-hint-provider.js';
import { SlaFormatter } from '../lsp/sla-formatter.js';
import { SlaCompletionProvider } from '../lsp/sla-completion-provider.js';
import { SlaSemanticTokenProvider } from '../lsp/sla-semantic-token-provider.js';
import { SlaRenameProvider } from '../lsp/sla-rename-provider.js';
import { SlaDocumentLinkProvider } from '../lsp/sla-document-link-provider.js';

/** Services only the editor needs. */
export type SlaLspAddedServices = {
    editor: {
        /** "Now" for hovers' example moments; tests fix it. */
        Clock: SlaClock;
    };
};

export type SlaLspServices = LangiumServices & SlaAddedServices & SlaLspAddedServices;

/** Editor features; each provider lives in its own file under ../lsp/. */
export const SlaLspModule: Module<SlaLspServices, PartialLangiumServices & SlaLspAddedServices> = {
    editor: {
        Clock: () => new SlaClock(),
    },
    lsp: {
        HoverProvider: (s) => new SlaHoverProvider(s, s.model.ModelCache, s.editor.Clock, s.imports.Imports),
        CodeActionProvider: (s) => new SlaCodeActionProvider(s.model.ModelCache),
        CodeLensProvider: (s) => new SlaCodeLensProvider(s.model.ModelCache),
        InlayHintProvider: (s) => new SlaInlayHintProvider(s.model.ModelCache),
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
    const Sla = inject(createDefaultModule({ shared }), SlaGeneratedModule, SlaModule, SlaLspModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    return { shared, Sla };
}
