import { createSlaCoreServices } from '../services/sla-module.js';
import { checkTexts, type PlainDiagnostic } from '../services/diagnostics.js';
import { NodeFileSystem } from 'langium/node';
import { readInput } from './read-inputs.js';
import { EXIT, type CommandIO } from './io.js';

export function formatDiagnostic(d: PlainDiagnostic): string {
    return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.replace(/\s*\n\s*/g, ' ')}`;
}

/** `sla check FILE... [--json]` */
export async function checkCommand(files: string[], json: boolean, io: CommandIO): Promise<number> {
    const inputs = await Promise.all(files.map(readInput));
    const unreadable = inputs.filter((i) => i.kind === 'unreadable');
    for (const u of unreadable) io.err(`sla: cannot read ${u.file}: ${u.reason}`);
    if (unreadable.length) return EXIT.usage;

    const services = createSlaCoreServices(NodeFileSystem);
    const texts = inputs.flatMap((i) => (i.kind === 'text' ? [{ file: i.file, text: i.text }] : []));
    const checked = await checkTexts(services, texts);
    const byFile = new Map(checked.map((c) => [c.file, c.diagnostics]));
    const all: PlainDiagnostic[] = inputs.flatMap((i) =>
        i.kind === 'rejected' ? [i.diagnostic] : byFile.get(i.file) ?? []);

    if (json) io.out(JSON.stringify(all, null, 2));
    else for (const d of all) io.out(formatDiagnostic(d));
    return all.some((d) => d.severity === 'error') ? EXIT.errors : EXIT.ok;
}
