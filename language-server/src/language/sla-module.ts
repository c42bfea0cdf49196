import {
    inject, type Module, type LangiumSharedCoreServices, type PartialLangiumCoreServices,
    type LangiumCoreServices, type DefaultSharedCoreModuleContext, type PartialLangiumSharedCoreServices,
    createDefaultCoreModule, createDefaultSharedCoreModule,
} from 'langium';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from '../generated/module.js';
import { SlaValidator, registerValidationChecks } from './validation/sla-validator.js';
import { SlaModelCache } from './sla-model-cache.js';
import { SlaLexerErrorMessageProvider, SlaParserErrorMessageProvider } from './sla-error-messages.js';
import { SlaImports } from './imports/sla-imports.js';
import { SlaDocumentBuilder } from './imports/sla-document-builder.js';
import { SlaScopeComputation, SlaScopeProvider } from './imports/sla-scope.js';
import { SlaServiceRegistry } from './sla-service-registry.js';
import { SlaDocumentValidator } from './sla-document-validator.js';

/** Services this language adds to Langium's defaults, grouped by concern. */
export type SlaAddedServices = {
    validation: {
        SlaValidator: SlaValidator;
    };
    model: {
        ModelCache: SlaModelCache;
    };
    imports: {
        Imports: SlaImports;
    };
};

/** Shared services this language replaces: imports are loaded with the documents that name them. */
export const SlaSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    ServiceRegistry: (shared) => new SlaServiceRegistry(shared),
    workspace: {
        DocumentBuilder: (shared) => new SlaDocumentBuilder(shared, () => importsOf(shared)),
    },
};

/** The one language's import service, found through the registry (shared services come first). */
function importsOf(shared: LangiumSharedCoreServices): SlaImports {
    return (shared.ServiceRegistry.all[0] as SlaServices).imports.Imports;
}

export type SlaServices = LangiumCoreServices & SlaAddedServices;

export const SlaModule: Module<SlaServices, PartialLangiumCoreServices & SlaAddedServices> = {
    parser: {
        ParserErrorMessageProvider: () => new SlaParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SlaLexerErrorMessageProvider(),
    },
    references: {
        ScopeComputation: (services) => new SlaScopeComputation(services),
        ScopeProvider: (services) => new SlaScopeProvider(services, () => services.imports.Imports),
    },
    validation: {
        SlaValidator: (services) => new SlaValidator(services),
        DocumentValidator: (services) => new SlaDocumentValidator(services),
    },
    model: {
        ModelCache: (services) => new SlaModelCache(services.shared, () => services.imports.Imports),
    },
    imports: {
        Imports: (services) => new SlaImports(services.shared),
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
    const shared = inject(createDefaultSharedCoreModule(context), SlaGeneratedSharedModule, SlaSharedModule);
    const Sla = inject(createDefaultCoreModule({ shared }), SlaGeneratedModule, SlaModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    return { shared, Sla };
}
