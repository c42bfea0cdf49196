#!/usr/bin/env node
// `npm run package` (after the build): packs the extension into sla-language-<version>.vsix
// with vsce. The bundles in out/ hold every dependency, so node_modules stay out
// (--no-dependencies); .vscodeignore lists what goes in. The extension page shows the users'
// README (extension/README.md, --readme-path; packed as the .vsix's readme.md at the
// package root, so its image paths are relative to the repository root). vsce turns its
// relative image paths into URLs of the repository (package.json `repository`, .../raw/HEAD/...):
// VS Code shows no relative image of a README, neither on the marketplace nor for a .vsix
// installed locally. Fails above 2 MB.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const LIMIT = 2 * 1024 * 1024;
const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const file = join(root, `${pkg.name}-${pkg.version}.vsix`);
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');

execFileSync(process.execPath, [vsce, 'package', '--no-dependencies',
    '--readme-path', 'extension/README.md', '--out', file], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

const size = statSync(file).size;
console.log(`${file.slice(root.length)}: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes, limit 2 MB)`);
if (size > LIMIT) {
    console.error('The .vsix is larger than 2 MB.');
    process.exit(1);
}
