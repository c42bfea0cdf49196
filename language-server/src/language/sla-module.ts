import {
    inject, type Module, type LangiumSharedCoreServices, type PartialLangiumCoreServices,
    type LangiumCoreServices, type DefaultSharedCoreModuleContext,
    createDefaultCoreModule, createDefaultSharedCoreModule,
} from 'langium';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from '../generated/module.js';
import { SlaValidator, registerValidationChecks } from './validation/sla-validator.js';
import { SlaModelCache } from './sla-model-cache.js';
import { SlaScopeProvider } from './sla-scope-provider.js';
import { createSlaParser } from './parser/sla-langium-parser.js';
import { SlaLexer } from './parser/sla-lexer.js';
import { SlaLinker } from './traversal/sla-linker.js';
import { SlaScopeComputation } from './traversal/sla-scope-computation.js';
import { SlaReferenceDescriptionProvider } from './traversal/sla-reference-descriptions.js';
import { SlaDocumentValidator } from './traversal/sla-document-validator.js';
import { SlaValidationRegistry } from './traversal/sla-validation-registry.js';
import { SlaLexerErrorMessageProvider, SlaParserErrorMessageProvider } from './sla-error-messages.js';

/** Services this language adds to Langium's defaults, grouped by concern. */
export type SlaAddedServices = {
    validation: {
        SlaValidator: SlaValidator;
    };
    model: {
        ModelCache: SlaModelCache;
    };
};

export type SlaServices = LangiumCoreServices & SlaAddedServices;

export const SlaModule: Module<SlaServices, PartialLangiumCoreServices & SlaAddedServices> = {
    parser: {
        Lexer: (services) => new SlaLexer(services),
        LangiumParser: (services) => createSlaParser(services),
        ParserErrorMessageProvider: () => new SlaParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SlaLexerErrorMessageProvider(),
    },
    references: {
        ScopeProvider: (services) => new SlaScopeProvider(services),
        ScopeComputation: (services) => new SlaScopeComputation(services),
        Linker: (services) => new SlaLinker(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new SlaReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new SlaDocumentValidator(services),
        ValidationRegistry: (services) => new SlaValidationRegistry(services),
        SlaValidator: (services) => new SlaValidator(services),
    },
    model: {
        ModelCache: () => new SlaModelCache(),
    },
};

/**
 * The core services (parser, linker, checker) without any LSP part: used by the command
 * line and the tests. The language server adds its LSP modules on top of the same module.
 */
export function createSlaCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Sla: SlaServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), SlaGeneratedSharedModule);
    const Sla = inject(createDefaultCoreModule({ shared }), SlaGeneratedModule, SlaModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    return { shared, Sla };
}
