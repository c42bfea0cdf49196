#!/usr/bin/env node
// Renders the extension's images with Debian's Chromium (playwright-core), since the
// machine has no ImageMagick: extension/media/icon.svg -> icon.png (128x128, transparent
// corners), and, with --screenshots DIR, the e2e screenshots named in SHOTS from DIR
// (e.g. test-artifacts/e2e/vscode-1.139.1) scaled to 1000 px wide into extension/media/ as JPEG (a third of the PNG's size, the .vsix stays small).
// Run by hand after changing the icon or to refresh the screenshots; the PNGs are committed.
//   node scripts/render-media.mjs [--screenshots test-artifacts/e2e/vscode-1.139.1]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const media = join(root, 'extension/media');
/** Screenshot name in the e2e folder (without its NN- prefix) -> file in extension/media. */
const SHOTS = {
    'problems.png': 'problems.jpg',
    'hover-response-clock.png': 'hover.jpg',
    'simulation-report.png': 'report.jpg',
    'scenario-code-lens.png': 'scenario-lens.jpg',
    'marketplace-status-bar.png': 'status-bar.jpg',
};
const dir = process.argv.includes('--screenshots') ? process.argv[process.argv.indexOf('--screenshots') + 1] : undefined;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    const svg = readFileSync(join(media, 'icon.svg'), 'utf8');
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: join(media, 'icon.png'), omitBackground: true });
    console.log('extension/media/icon.png');

    if (dir) {
        const files = readdirSync(dir);
        for (const [name, out] of Object.entries(SHOTS)) {
            const found = files.filter((f) => f.replace(/^\d+-/, '') === name).sort().pop();
            if (!found) {
                console.log(`no ${name} in ${dir}`);
                continue;
            }
            const data = readFileSync(join(dir, found)).toString('base64');
            const shot = await browser.newPage({ viewport: { width: 1000, height: 643 } });
            await shot.setContent(`<html><body style="margin:0"><img style="width:1000px;display:block" src="data:image/png;base64,${data}"></body></html>`);
            await shot.locator('img').screenshot({ path: join(media, out), type: 'jpeg', quality: 80 });
            await shot.close();
            console.log(`extension/media/${out} from ${found}`);
        }
    }
} finally {
    await browser.close();
}
