import {
    inject, type Module, type LangiumSharedCoreServices, type PartialLangiumCoreServices,
    type LangiumCoreServices, type DefaultSharedCoreModuleContext,
    createDefaultCoreModule, createDefaultSharedCoreModule,
} from 'langium';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from '../generated/module.js';
import { SlaValidator, registerValidationChecks } from './validation/sla-validator.js';
import { SlaModelCache } from './sla-model-cache.js';
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
        ParserErrorMessageProvider: () => new SlaParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SlaLexerErrorMessageProvider(),
    },
    references: {
    },
    validation: {
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
