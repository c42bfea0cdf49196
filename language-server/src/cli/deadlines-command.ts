/** `sla deadlines FILE --priority P1 --reported 2026-11-06T16:30 [--responded ...] [--json]` */
import { computeDeadlines } from '../engine/deadlines.js';
import { formatInZone, parseLocal } from '../engine/time.js';
import { deadlineRow } from '../services/deadline-rows.js';
import { loadContract } from './load-contract.js';
import { EXIT, type CommandIO } from './io.js';

export interface DeadlinesOptions {
    priority?: string;
    reported?: string;
    responded?: string;
    json: boolean;
}

export async function deadlinesCommand(file: string, o: DeadlinesOptions, io: CommandIO): Promise<number> {
    if (!o.priority || !o.reported) {
        io.err('sla: deadlines needs --priority NAME and --reported TIME');
        return EXIT.usage;
    }
    const loaded = await loadContract(file, io);
    if (!loaded.ok) return loaded.exit;
    const { model, zone } = loaded;
    if (!model.priorities.some((p) => p.name === o.priority)) {
        io.err(`sla: ${file} has no priority '${o.priority}' (it has ${model.priorities.map((p) => p.name).join(', ') || 'none'})`);
        return EXIT.usage;
    }
    const reported = parseLocal(o.reported, zone);
    if (typeof reported === 'string') return badTime(io, '--reported', reported);
    let responded: number | undefined;
    if (o.responded) {
        const t = parseLocal(o.responded, zone);
        if (typeof t === 'string') return badTime(io, '--responded', t);
        if (t < reported) return badTime(io, '--responded', 'the response is before the report');
        responded = t;
    }
    const d = computeDeadlines(model, o.priority, reported, { responded });
    const result = {
        priority: o.priority,
        reported: formatInZone(reported, zone),
        response: deadlineRow(o.priority, d.response, zone),
        resolution: deadlineRow(o.priority, d.resolution, zone),
    };
    if (o.json) {
        io.out(JSON.stringify(result, null, 2));
    } else {
        io.out(`${result.priority} reported ${result.reported} (${zone})`);
        for (const kind of ['response', 'resolution'] as const) {
            const r = result[kind];
            io.out(`  ${kind.padEnd(10)} ${r.deadline ?? 'no deadline'}${r.clause ? `   by ${r.clause}` : ''}`);
            io.out(`  ${''.padEnd(10)} ${r.explanation}`);
        }
    }
    return EXIT.ok;
}

function badTime(io: CommandIO, option: string, message: string): number {
    io.err(`sla: ${option}: ${message}`);
    return EXIT.usage;
}
