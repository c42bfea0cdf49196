/**
 * The SLA language on Langium's own lexer, parser, linker, scoping, indexing and validator: the
 * peer the tuned services are measured against (bench) and held equal to (tests).
 */
import {
    DefaultDocumentValidator, DefaultLexer, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation,
    EmptyFileSystem, ValidationRegistry, createDefaultCoreModule, createDefaultSharedCoreModule,
    createLangiumParser, inject, type LangiumCoreServices,
} from 'langium';
import { type createSlaCoreServices, SlaModule } from '../language-server/src/services/sla-module.js';
import { registerValidationChecks } from '../language-server/src/services/validation/sla-validator.js';
import { SlaLanguageModule } from '../language-server/src/language/sla-language-module.js';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from '../language-server/src/generated/module.js';

export function createStockSlaServices(): ReturnType<typeof createSlaCoreServices> {
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), SlaGeneratedSharedModule);
    const Sla = inject(createDefaultCoreModule({ shared }), SlaGeneratedModule, SlaLanguageModule, SlaModule, {
        parser: {
            Lexer: (s: LangiumCoreServices) => new DefaultLexer(s),
            LangiumParser: (s: LangiumCoreServices) => createLangiumParser(s),
        },
        references: {
            Linker: (s: LangiumCoreServices) => new DefaultLinker(s),
            ScopeComputation: (s: LangiumCoreServices) => new DefaultScopeComputation(s),
        },
        workspace: { ReferenceDescriptionProvider: (s: LangiumCoreServices) => new DefaultReferenceDescriptionProvider(s) },
        validation: {
            DocumentValidator: (s: LangiumCoreServices) => new DefaultDocumentValidator(s),
            ValidationRegistry: (s: LangiumCoreServices) => new ValidationRegistry(s),
        },
    });
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    return { shared, Sla };
}
