/** `sla deadlines FILE --priority P1 --reported 2026-11-06T16:30 [--responded ...] [--acknowledged ...] [--work-started ...] [--workaround ...] [--json]` */
import { computeDeadlines } from '../engine/deadlines.js';
import { formatInZone, parseLocal } from '../engine/time.js';
import { deadlineRow } from '../services/deadline-rows.js';
import { loadContract } from './load-contract.js';
import { EXIT, type CommandIO } from './io.js';

export interface DeadlinesOptions {
    priority?: string;
    reported?: string;
    responded?: string;
    acknowledged?: string;
    'work-started'?: string;
    workaround?: string;
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
    // Clocks after these milestones start at the given moments (none given: no deadline for them).
    const moments: { acknowledged?: number; workStarted?: number; workaround?: number } = {};
    for (const [option, key] of [['acknowledged', 'acknowledged'], ['work-started', 'workStarted'], ['workaround', 'workaround']] as const) {
        const text = o[option];
        if (!text) continue;
        const t = parseLocal(text, zone);
        if (typeof t === 'string') return badTime(io, `--${option}`, t);
        if (t < reported) return badTime(io, `--${option}`, 'the moment is before the report');
        moments[key] = t;
    }
    const priority = o.priority;
    const d = computeDeadlines(model, priority, reported, { responded, ...moments });
    const result = {
        priority: o.priority,
        reported: formatInZone(reported, zone),
        response: deadlineRow(o.priority, d.response, zone),
        resolution: deadlineRow(o.priority, d.resolution, zone),
        // Other milestones, targets and share clocks: only for priorities that have them.
        ...(d.others ? {
            others: d.others.map((x) => ({
                milestone: x.milestone, standing: x.standing, ...(x.share ? { atLeastPercent: x.share.atLeast * 100, per: x.share.period ?? null } : {}),
                ...deadlineRow(priority, x.result, zone),
            })),
        } : {}),
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
        for (const x of result.others ?? []) {
            const name = `${x.milestone.replace(/-/g, ' ')}${x.standing === 'commitment' ? '' : ` (${x.standing})`}`;
            io.out(`  ${name}  ${x.deadline ?? 'no deadline'}${x.clause ? `   by ${x.clause}` : ''}`);
            io.out(`  ${''.padEnd(10)} ${x.explanation}`);
        }
    }
    return EXIT.ok;
}

function badTime(io: CommandIO, option: string, message: string): number {
    io.err(`sla: ${option}: ${message}`);
    return EXIT.usage;
}
