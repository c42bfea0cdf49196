/**
 * The services of the language: Langium's defaults, the generated module, the language's
 * core (../language/) and what this layer adds: the contract model of a document, the
 * validation that runs the AST checks and the model checker,, the scenario runs and the checker's memo. The command line and the tests use these core services; the language
 * server adds its LSP module on top (../lsp/sla-lsp-module.ts).
 */
import {
    inject, type Module, type LangiumSharedCoreServices, type PartialLangiumCoreServices,
    type DefaultSharedCoreModuleContext, createDefaultCoreModule, createDefaultSharedCoreModule,
} from 'langium';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from '../generated/module.js';
import { SlaLanguageModule, SlaSharedModule, type SlaLanguageServices } from '../language/sla-language-module.js';
import { SlaValidator, registerValidationChecks } from './validation/sla-validator.js';
import { SlaModelCache } from './sla-model-cache.js';
import { ScenarioRuns } from './scenario-runs.js';
import { CheckerMemo } from '../checker/checker-memo.js';

/** Services this layer adds to the language's core, grouped by concern. */
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
    checker: {
        /** What the model rules keep between checks of these services' documents. */
        Memo: CheckerMemo;
    };
};

export type SlaServices = SlaLanguageServices & SlaAddedServices;

export const SlaModule: Module<SlaServices, PartialLangiumCoreServices & SlaAddedServices> = {
    validation: {
        SlaValidator: (services) => new SlaValidator(services),
    },
    model: {
        ModelCache: (services) => new SlaModelCache(services.shared, () => services.imports.Imports),
    },
    simulation: {
        ScenarioRuns: () => new ScenarioRuns(),
    },
    checker: {
        Memo: () => new CheckerMemo(),
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
    const shared = inject(createDefaultSharedCoreModule(context), SlaGeneratedSharedModule, SlaSharedModule);
    const Sla = inject(createDefaultCoreModule({ shared }), SlaGeneratedModule, SlaLanguageModule, SlaModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    return { shared, Sla };
}
