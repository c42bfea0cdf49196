/**
 * The services of the language: Langium's defaults, the generated module, the language's
 * core (../language/) and what this layer adds: the contract model of a document, the
 * validation that runs the AST checks and the model checker, the scenario runs and the
 * checking of texts. The command line and the tests use these core services; the language
 * server adds its LSP module on top (../lsp/sla-lsp-module.ts).
 */
import {
    inject, type Module, type LangiumSharedCoreServices, type PartialLangiumCoreServices,
    type LangiumCoreServices, type DefaultSharedCoreModuleContext,
    createDefaultCoreModule, createDefaultSharedCoreModule,
} from 'langium';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from '../generated/module.js';
import { SlaLanguageModule } from '../language/sla-language-module.js';
import { SlaValidator, registerValidationChecks } from './validation/sla-validator.js';
import { SlaModelCache } from './sla-model-cache.js';
import { ScenarioRuns } from './scenario-runs.js';
import { SlaTextChecker } from './diagnostics.js';

/** Services this language adds to Langium's defaults, grouped by concern. */
export type SlaAddedServices = {
    validation: {
        SlaValidator: SlaValidator;
    };
    model: {
        ModelCache: SlaModelCache;
    };
    simulation: {
        ScenarioRuns: ScenarioRuns;
    };
    checking: {
        TextChecker: SlaTextChecker;
    };
};

export type SlaServices = LangiumCoreServices & SlaAddedServices;

export const SlaModule: Module<SlaServices, PartialLangiumCoreServices & SlaAddedServices> = {
    validation: {
        SlaValidator: (services) => new SlaValidator(services),
    },
    model: {
        ModelCache: () => new SlaModelCache(),
    },
    simulation: {
        ScenarioRuns: () => new ScenarioRuns(),
    },
    checking: {
        TextChecker: (services) => new SlaTextChecker(services),
    },
};

/**
 * The core services (parser, linker, checker) without any LSP part: used by the command
 * line and the tests. The language server adds its LSP modules on top of the same modules.
 */
export function createSlaCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Sla: SlaServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), SlaGeneratedSharedModule);
    const Sla = inject(createDefaultCoreModule({ shared }), SlaGeneratedModule, SlaLanguageModule, SlaModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    return { shared, Sla };
}
