/** Handlers of the custom requests in protocol.ts; each calls the engine, never computes itself. */
import type { Connection } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import type { SlaLspServices } from '../language/sla-lsp-module.js';

export function registerRequests(_connection: Connection, _shared: LangiumSharedServices, _sla: SlaLspServices): void {
    // Filled in by the editor features (simulate, deadline table, scenarios, sample month).
}
