/**
 * Langium's core for this language: how contract texts are lexed, parsed, linked and
 * scoped, and how the libraries a contract imports are loaded with it. No contract model,
 * engine or checker here (those are wired in ../services/sla-module.ts).
 */
import type {
    LangiumCoreServices, LangiumSharedCoreServices, Module, PartialLangiumCoreServices, PartialLangiumSharedCoreServices,
} from 'langium';
import { SlaLexerErrorMessageProvider, SlaParserErrorMessageProvider } from './sla-error-messages.js';
import { SlaImports } from './imports/sla-imports.js';
import { SlaDocumentBuilder } from './imports/sla-document-builder.js';
import { SlaScopeComputation, SlaScopeProvider } from './imports/sla-scope.js';
import { SlaServiceRegistry } from './sla-service-registry.js';
import { SlaDocumentValidator } from './sla-document-validator.js';

/** Services the language's core adds to Langium's. */
export type SlaLanguageAddedServices = {
    imports: {
        Imports: SlaImports;
    };
};

export type SlaLanguageServices = LangiumCoreServices & SlaLanguageAddedServices;

/** Shared services this language replaces: imports are loaded with the documents that name them. */
export const SlaSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    ServiceRegistry: (shared) => new SlaServiceRegistry(shared),
    workspace: {
        DocumentBuilder: (shared) => new SlaDocumentBuilder(shared, () => importsOf(shared)),
    },
};

/** The one language's import service, found through the registry (shared services come first). */
function importsOf(shared: LangiumSharedCoreServices): SlaImports {
    return (shared.ServiceRegistry.all[0] as SlaLanguageServices).imports.Imports;
}

export const SlaLanguageModule: Module<SlaLanguageServices, PartialLangiumCoreServices & SlaLanguageAddedServices> = {
    parser: {
        ParserErrorMessageProvider: () => new SlaParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SlaLexerErrorMessageProvider(),
    },
    references: {
        ScopeComputation: (services) => new SlaScopeComputation(services),
        ScopeProvider: (services) => new SlaScopeProvider(services, () => services.imports.Imports),
    },
    validation: {
        DocumentValidator: (services) => new SlaDocumentValidator(services),
    },
    imports: {
        Imports: (services) => new SlaImports(services.shared),
    },
};
