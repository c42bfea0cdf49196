/**
 * Langium's core for this language: how contract texts are lexed, parsed, linked and scoped.
 * No contract model, engine or checker here (those are wired in ../services/sla-module.ts).
 */
import type { LangiumCoreServices, Module, PartialLangiumCoreServices } from 'langium';
import { SlaLexerErrorMessageProvider, SlaParserErrorMessageProvider } from './sla-error-messages.js';

export const SlaLanguageModule: Module<LangiumCoreServices, PartialLangiumCoreServices> = {
    parser: {
        ParserErrorMessageProvider: () => new SlaParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SlaLexerErrorMessageProvider(),
    },
};
