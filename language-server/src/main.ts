/**
 * Language server entry. Started by the VS Code extension over IPC, and runnable on its
 * own over stdio (`node out/server.cjs --stdio`) for other editors.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSlaServices } from './lsp/sla-lsp-module.js';
import { registerRequests } from './lsp/requests.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Sla } = createSlaServices({ connection, ...NodeFileSystem });
registerRequests(connection, shared, Sla);
startLanguageServer(shared);
