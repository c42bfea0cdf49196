/**
 * What the extension page and a fresh install rely on, checked without VS Code: the
 * contributions in package.json point at files that exist and are packed into the .vsix,
 * every command has a title, the walkthrough's links name real commands, the problem
 * matcher reads real `sla check` output, and the status bar text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingCounts, statusText } from '../../extension/src/status/status-text.js';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

/** The .vscodeignore patterns that let a file in (the file's own `!path` or `!dir/*.ext`). */
function packaged(path: string): boolean {
    const rules = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim());
    return rules.some((r) => new RegExp(`^${r.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(path));
}
const rel = (p: string) => p.replace(/^\.\//, '');

describe('marketplace: package.json contributions', () => {
    it('names an honest repository, bugs, homepage, license and a 128x128 PNG icon that are packed', () => {
        assert.match(pkg.repository.url, /^git\+https:\/\//);
        assert.match(pkg.bugs.url, /^https:\/\//);
        assert.match(pkg.homepage, /^https:\/\//);
        assert.equal(pkg.license, 'MIT');
        assert.ok(existsSync(join(ROOT, 'LICENSE')) && packaged('LICENSE'));
        const png = readFileSync(join(ROOT, pkg.icon));
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
        assert.ok(packaged(pkg.icon), pkg.icon);
        assert.ok(existsSync(join(ROOT, pkg.icon.replace(/\.png$/, '.svg'))), 'the icon\'s SVG source is committed');
    });

    it('leaves activation to VS Code (inferred from the languages and commands contributed) but for what it cannot infer', () => {
        // A workspace with contracts lists their scenarios in the Test Explorer before one is
        // opened; a report panel restored after a reload needs its serializer registered.
        assert.deepEqual(pkg.activationEvents, ['workspaceContains:**/*.sla', 'onWebviewPanel:sla.report']);
        assert.match(pkg.engines.vscode, /^\^1\.(7[4-9]|[89]\d|1\d\d)\./);
    });

    it('gives every command a title and category, and registers each in the extension', () => {
        const sources = [
            readFileSync(join(ROOT, 'extension/src/commands/index.ts'), 'utf8'),
            readFileSync(join(ROOT, 'extension/src/commands/open-sample.ts'), 'utf8'),
            readFileSync(join(ROOT, 'extension/src/status/status-bar.ts'), 'utf8'),
            readFileSync(join(ROOT, 'language-server/src/protocol/sla-protocol.ts'), 'utf8'),
        ].join('\n');
        for (const c of contributes.commands) {
            assert.ok(c.title && c.category === 'SLA', c.command);
            assert.ok(sources.includes(`'${c.command}'`), `${c.command} is not registered`);
        }
    });

    it('the .sla file icons exist as SVGs for light and dark themes and are packed', () => {
        const { icon } = contributes.languages.find((l: { id: string }) => l.id === 'sla');
        for (const theme of ['light', 'dark']) {
            const file = rel(icon[theme]);
            assert.match(readFileSync(join(ROOT, file), 'utf8'), /^<svg /);
            assert.ok(packaged(file), file);
        }
    });

    it('the walkthrough\'s media exist and are packed, and its links name contributed commands', () => {
        const commands = new Set<string>(contributes.commands.map((c: { command: string }) => c.command));
        const [walkthrough] = contributes.walkthroughs;
        assert.equal(walkthrough.steps.length, 4);
        for (const step of walkthrough.steps) {
            const media = rel(step.media.image ?? step.media.markdown);
            assert.ok(existsSync(join(ROOT, media)), media);
            assert.ok(packaged(media), media);
            if (step.media.image) assert.ok(step.media.altText, step.id);
            const links = [...step.description.matchAll(/\]\(command:([\w.]+)(?:\?([^)]*))?\)/g)];
            assert.ok(links.length > 0, `${step.id} has a command link`);
            for (const [, id, args] of links) {
                // VS Code's own: the Testing view (the command of its view container).
                assert.ok(commands.has(id) || id === 'workbench.view.testing', `${step.id}: ${id}`);
                if (args) assert.ok(Array.isArray(JSON.parse(decodeURIComponent(args))), args);
            }
            for (const e of step.completionEvents) assert.ok(commands.has(e.replace(/^onCommand:/, '')), e);
        }
        // The sample the first step opens comes with the extension, with the log Simulate finds beside it.
        assert.ok(packaged('samples/avetica-moodle.sla') && packaged('samples/avetica-moodle-2026.csv'));
    });

    it('the users\' README is the extension page and its images exist in the repository', () => {
        const script = readFileSync(join(ROOT, 'scripts/package-vsix.mjs'), 'utf8');
        assert.match(script, /'--readme-path', 'extension\/README\.md'/);
        // vsce makes the relative image paths URLs of the repository (VS Code shows no relative ones).
        assert.doesNotMatch(script, /'--no-rewrite-relative-links'|'--allow-missing-repository'/);
        const readme = readFileSync(join(ROOT, 'extension/README.md'), 'utf8');
        const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
        assert.ok(images.length >= 4);
        for (const image of images) {
            assert.ok(existsSync(join(ROOT, image)), image);
            assert.match(image, /^extension\/media\/[\w-]+\.(png|jpg)$/, 'relative to the repository root');
        }
        assert.doesNotMatch(readme, /npm test|test:e2e|\.ci\//, 'no developers\' instructions');
        for (const c of contributes.commands.filter((c: { command: string }) => c.command !== 'sla.runScenario')) {
            assert.ok(readme.includes(`SLA: ${c.title}`), `README lists ${c.title}`);
        }
        for (const setting of Object.keys(contributes.configuration.properties)) assert.ok(readme.includes(setting), setting);
    });
});

describe('marketplace: the $sla problem matcher', () => {
    const matcher = contributes.problemMatchers.find((m: { name: string }) => m.name === 'sla');
    const regexp = new RegExp(matcher.pattern.regexp);

    function check(files: string[], cwd = ROOT): string[] {
        const r = spawnSync(process.execPath, [join(ROOT, 'bin/sla.js'), 'check', ...files], { cwd, encoding: 'utf8' });
        assert.ok(r.status === 0 || r.status === 1, r.stderr);
        return r.stdout.split('\n').filter((l) => l.trim() !== '');
    }

    it('matches every line `sla check` prints for the samples, with file, position, severity, code and message', () => {
        const lines = check(['samples/avetica-moodle.sla', 'samples/klik-onderwijs.sla', 'samples/portfolio/school-b.sla']);
        assert.ok(lines.length >= 10, lines.join('\n'));
        for (const line of lines) {
            const m = regexp.exec(line);
            assert.ok(m, line);
            const { file, line: l, column, severity, code, message } = matcher.pattern;
            assert.match(m[file], /^samples\/.+\.sla$/);
            assert.ok(Number(m[l]) > 0 && Number(m[column]) > 0, line);
            assert.match(m[severity], /^(error|warning|info)$/);
            assert.match(m[code], /^[a-z][a-z0-9-]+$/);
            assert.ok(m[message].length > 10 && !m[message].startsWith(' '), line);
        }
        const first = regexp.exec(lines.find((l) => l.includes('remedy-unreachable'))!)!;
        assert.deepEqual([first[1], first[2], first[3], first[4], first[5]], ['samples/avetica-moodle.sla', '77', '5', 'warning', 'remedy-unreachable']);
    });

    it('matches errors, and absolute paths with colons in directory names', () => {
        const dir = mkdtempSync(join(tmpdir(), 'sla-matcher-a:b-'));
        try {
            const file = join(dir, 'broken.sla');
            writeFileSync(file, 'contract "X" {\n  provider "A"\n  priority P1 "Crash" { response within 1 hour of Nergens after reported }\n}\n');
            const lines = check([file]);
            const errors = lines.map((l) => regexp.exec(l)).filter((m) => m && m[4] === 'error');
            assert.ok(errors.length > 0, lines.join('\n'));
            assert.equal(errors[0]![1], file);
            assert.equal(errors[0]![2], '3');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('reads file names relative to the workspace folder, or absolute, and keeps its own owner', () => {
        assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
        assert.notEqual(matcher.owner, 'sla', 'the language client\'s diagnostics are owned by "sla"');
    });
});

describe('marketplace: the status bar text', () => {
    it('says starting with a spinner, then ready with the findings of the active contract', () => {
        assert.match(statusText({ state: 'starting' }).text, /^\$\(sync~spin\) SLA starting$/);
        const ready = statusText({ state: 'ready', file: 'a.sla', counts: findingCounts([1, 1, 2, 0, 3]) });
        assert.equal(ready.text, '$(check) SLA $(error) 1 $(warning) 2');
        assert.equal(ready.label, 'SLA language server ready; a.sla: 1 error, 2 warnings, 2 infos');
        assert.match(ready.tooltip, /Problems panel/);
    });

    it('spins while a long request runs and says stopped or failed, pointing at the output', () => {
        assert.match(statusText({ state: 'ready', busy: 'SLA: simulating…' }).text, /^\$\(sync~spin\) SLA$/);
        assert.equal(statusText({ state: 'ready', busy: 'SLA: simulating…' }).label, 'SLA language server ready, SLA: simulating');
        const stopped = statusText({ state: 'stopped', file: 'a.sla', counts: findingCounts([]) });
        assert.equal(stopped.text, '$(circle-slash) SLA stopped');
        assert.match(stopped.tooltip, /output/);
        assert.match(statusText({ state: 'failed' }).text, /failed to start/);
    });
});
