/**
 * `npm run bench`: every speed figure of the project, printed as medians next to their
 * targets. Each part also runs alone (node --import tsx bench/<part>.ts).
 */
import { existsSync } from 'node:fs';

interface Part { title: string; module: string; fn: string }

const PARTS: Part[] = [
    { title: 'Language: parse, link and check', module: './check-bench.ts', fn: 'benchCheck' },
    { title: 'Engine: business-time deadlines', module: './deadlines-bench.ts', fn: 'benchDeadlines' },
    { title: 'Engine: simulation', module: './simulate-bench.ts', fn: 'benchSimulate' },
    { title: 'Incident logs: sla simulate end to end on generated CSV logs, against csv-parse alone', module: './log-bench.ts', fn: 'benchLogs' },
    { title: 'Desks\' exports: the same tickets as our columns, a Freshdesk and a TOPdesk export (--format), sla simulate end to end', module: './formats-bench.ts', fn: 'benchFormats' },
    { title: 'Editor: language server over stdio, activation in VS Code, .vsix', module: './lsp-bench.ts', fn: 'benchLsp' },
    { title: 'Workspace: a library and 50 contracts that import it, language server over stdio', module: './workspace-bench.ts', fn: 'benchWorkspace' },
];

console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
for (const part of PARTS) {
    console.log(`\n== ${part.title}`);
    if (!existsSync(new URL(part.module, import.meta.url))) {
        console.log('   (not built yet)');
        continue;
    }
    const mod = await import(part.module) as Record<string, () => Promise<string[]>>;
    for (const line of await mod[part.fn]()) console.log(`   ${line}`);
}
