/**
 * Language server entry. Started by the VS Code extension over IPC, and runnable on its
 * own over stdio (`node out/server.cjs --stdio`) for other editors. The same bundle is the
 * worker thread that runs simulations (lsp/background-simulation.ts).
 */
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSlaServices } from './lsp/sla-lsp-module.js';
import { registerRequests } from './lsp/requests.js';
import { SIMULATION_WORKER, WorkerSimulation, serveSimulation } from './lsp/background-simulation.js';

if (!isMainThread && parentPort && (workerData as { role?: string } | undefined)?.role === SIMULATION_WORKER) {
    serveSimulation(parentPort);
} else {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Sla } = createSlaServices({ connection, ...NodeFileSystem });
    // This bundle's own file: CommonJS gives it as __filename; the script path otherwise.
    const script = typeof __filename === 'string' ? __filename : process.argv[1];
    // The docs ship beside the bundle (out/server.cjs → docs/): diagnostics and hovers link to them.
    Sla.editor.DocLinks.setFolder(join(dirname(script), '..', 'docs'));
    registerRequests(connection, shared, Sla, new WorkerSimulation(script));
    startLanguageServer(shared);
}
