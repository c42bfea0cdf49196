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
import { SlaModule, type SlaAddedServices } from './sla-module.js';
import { registerValidationChecks } from './validation/sla-validator.js';

export type SlaLspServices = LangiumServices & SlaAddedServices;

/** Editor features; each provider lives in its own file under ../lsp/. */
export const SlaLspModule: Module<SlaLspServices, PartialLangiumServices> = {
    lsp: {},
};

export function createSlaServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Sla: SlaLspServices;
} {
    const shared = inject(createDefaultSharedModule(context), SlaGeneratedSharedModule);
    const Sla = inject(createDefaultModule({ shared }), SlaGeneratedModule, SlaModule, SlaLspModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    return { shared, Sla };
}
