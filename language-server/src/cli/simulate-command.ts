/** `sla simulate FILE --incidents LOG [--from 2026-01 --to 2026-12] [--json]` */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatLogError, parseIncidentLog, type Incident } from '../engine/incident-log.js';
import { simulate } from '../engine/simulate.js';
import { formatSimulation } from '../render/simulation-text.js';
import { parseMonth } from '../engine/periods.js';
import { loadContract } from './load-contract.js';
import { EXIT, type CommandIO } from './io.js';
import { DateTime } from 'luxon';

export interface SimulateOptions {
    incidents?: string;
    from?: string;
    to?: string;
    json: boolean;
}

/** Without --from/--to the simulation covers the months the log touches. */
function monthsOf(incidents: Incident[], zone: string): { from: string; to: string } | undefined {
    const times = incidents.flatMap((i) => [i.reported, i.downFrom, i.downTo, i.resolved].filter((t): t is number => t !== undefined));
    if (!times.length) return undefined;
    const month = (t: number) => DateTime.fromMillis(t, { zone }).toFormat('yyyy-MM');
    return { from: month(Math.min(...times)), to: month(Math.max(...times)) };
}

export async function simulateCommand(file: string, o: SimulateOptions, io: CommandIO): Promise<number> {
    if (!o.incidents) {
        io.err('sla: simulate needs --incidents LOG (a .csv or .json incident log)');
        return EXIT.usage;
    }
    for (const [name, value] of [['--from', o.from], ['--to', o.to]] as const) {
        if (value !== undefined && typeof parseMonth(value) === 'string') {
            io.err(`sla: ${name}: '${value}' is not a month like 2026-01`);
            return EXIT.usage;
        }
    }
    const loaded = await loadContract(file, io);
    if (!loaded.ok) return loaded.exit;
    let text: string;
    try {
        text = await readFile(o.incidents, 'utf8');
    } catch (e) {
        io.err(`sla: cannot read ${o.incidents}: ${(e as Error).message}`);
        return EXIT.usage;
    }
    const format = extname(o.incidents).toLowerCase() === '.json' ? 'json' : 'csv';
    const { incidents, errors } = parseIncidentLog(text, o.incidents, format, loaded.model);
    if (errors.length) {
        for (const e of errors) io.err(formatLogError(e));
        io.err(`sla: ${o.incidents} has ${errors.length} error(s); nothing was simulated`);
        return EXIT.errors;
    }
    const span = monthsOf(incidents, loaded.zone);
    const from = o.from ?? span?.from, to = o.to ?? o.from ?? span?.to;
    if (!from || !to) {
        io.err('sla: the log has no times; give the period with --from and --to');
        return EXIT.usage;
    }
    if (from > to) {
        io.err(`sla: --from ${from} is after --to ${to}`);
        return EXIT.usage;
    }
    const result = simulate(loaded.model, incidents, { from, to });
    io.out(o.json ? JSON.stringify(result, null, 2) : formatSimulation(result));
    return EXIT.ok;
}
