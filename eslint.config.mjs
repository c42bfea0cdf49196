// Lint: typed rules on every TypeScript file, the one-way layers of language-server/src
// (see README, "Layout"), and imports only of packages that package.json declares.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import n from 'eslint-plugin-n';

/**
 * The layers of language-server/src, lowest first. A folder may import only from the
 * folders before it (and from itself); `extension/src` only from `protocol/` and `render/`.
 */
const LAYERS = [
    ['generated'],
    ['language'],
    ['model'],
    ['engine'],
    ['checker', 'render'],
    ['protocol'],
    ['services'],
    ['lsp', 'cli'],
];
const ALL = LAYERS.flat();

/** Import patterns (relative, gitignore-style) that reach into the given folders. */
const into = (folders) => folders.flatMap((f) => [`**/${f}/*`, `**/${f}/**`, `./${f}/*`, `./${f}/**`]);

const layerRules = LAYERS.flatMap((layer, i) => {
    const allowed = new Set(LAYERS.slice(0, i + 1).flat());
    return layer.map((folder) => {
        // Same layer, other folder (lsp and cli, checker and render): not each other either.
        const banned = ALL.filter((f) => !allowed.has(f) || (f !== folder && layer.includes(f)));
        const patterns = banned.length ? [{ group: into(banned), message: `${folder}/ may import only from ${[...allowed].filter((f) => f === folder || !layer.includes(f)).join(', ')} (the layers below it).` }] : [];
        if (['language', 'model', 'engine', 'checker', 'render', 'protocol'].includes(folder)) {
            // Below the surfaces nothing knows about the editor.
            patterns.push({ group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'only the extension talks to VS Code.' });
        }
        if (['engine', 'checker', 'render'].includes(folder)) {
            patterns.push({
                group: ['langium', 'langium/*', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', ...into(['generated', 'language'])],
                message: `${folder}/ is plain TypeScript over the model: no Langium, no AST, no LSP.`,
            });
        }
        return {
            files: [`language-server/src/${folder}/**/*.ts`],
            rules: { 'no-restricted-imports': ['error', { patterns }] },
        };
    });
});

export default defineConfig(
    // What .gitignore leaves out: build output, generated code, installed tools and test artifacts.
    { ignores: ['out/**', 'node_modules/**', 'language-server/src/generated/**', 'test-artifacts/**', '.bench/**', '.cache/**'] },
    {
        files: ['**/*.ts'],
        languageOptions: {
            parser: tseslint.parser,
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
        },
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: {
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-misused-promises': 'error',
            '@typescript-eslint/await-thenable': 'error',
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
            '@typescript-eslint/no-import-type-side-effects': 'error',
        },
    },
    {
        // Declared dependencies only. `vscode` is the API VS Code itself provides at run time
        // (its types come from @types/vscode).
        files: ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.cjs'],
        plugins: { n },
        rules: {
            'n/no-extraneous-import': ['error', { allowModules: ['vscode'] }],
            'n/no-extraneous-require': ['error', { allowModules: ['vscode'] }],
        },
    },
    ...layerRules,
    {
        // The extension bundles the protocol: from the server's folders it takes types only.
        files: ['language-server/src/protocol/**/*.ts'],
        rules: {
            '@typescript-eslint/no-restricted-imports': ['error', {
                patterns: [{ group: into(ALL.filter((f) => f !== 'protocol')), allowTypeImports: true, message: 'the protocol imports types only from the server.' }],
            }],
        },
    },
    {
        // The extension shares the protocol with the server, and shows the simulation report
        // with the renderers (pure functions of the simulation result, no Langium or LSP).
        files: ['extension/src/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                patterns: [{
                    group: [...ALL.filter((f) => f !== 'protocol' && f !== 'render').map((f) => `**/language-server/src/${f}/**`), '**/language-server/src/*.js'],
                    message: 'the extension shares only the protocol (and the report renderers) with the language server.',
                }],
            }],
        },
    },
);
