// Bundles each entry point into out/. The CLI is bundled so `npx sla` starts fast and
// does not depend on a TypeScript loader at run time.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    sourcemap: true,
    logLevel: 'warning',
};

const builds = [
    { ...common, entryPoints: ['language-server/src/cli/main.ts'], outfile: 'out/cli.mjs', format: 'esm',
      banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" } },
    // Langium is ESM-only; VS Code loads extensions as CommonJS, so both are bundled to CJS.
    { ...common, entryPoints: ['language-server/src/main.ts'], outfile: 'out/server.cjs', format: 'cjs', minify: !watch },
    // The protocol's request objects need only vscode-jsonrpc's message classes; the package's
    // entry would bring the whole JSON-RPC connection into the activation bundle (the client
    // bundle has it anyway).
    { ...common, entryPoints: ['extension/src/extension.ts'], outfile: 'out/extension.cjs', format: 'cjs', external: ['vscode'], minify: !watch,
      alias: { 'vscode-jsonrpc': './node_modules/vscode-jsonrpc/lib/common/messages.js' } },
    // The language client, loaded by the extension just after it activates (see extension.ts).
    { ...common, entryPoints: ['extension/src/client/start-client.ts'], outfile: 'out/client.cjs', format: 'cjs', external: ['vscode'], minify: !watch },
];

if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
} else {
    await Promise.all(builds.map(b => esbuild.build(b)));
}
