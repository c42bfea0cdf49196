/** `sla simulate FILE --incidents LOG [--from 2026-01 --to 2026-12] [--json]` */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatLogError } from '../engine/incident-log.js';
import { formatSimulation } from '../render/simulation-text.js';
import { parseMonth } from '../engine/periods.js';
import { simulateLog } from '../services/simulation.js';
import { loadContract } from './load-contract.js';
import { EXIT, type CommandIO } from './io.js';

export interface SimulateOptions {
    incidents?: string;
    from?: string;
    to?: string;
    json: boolean;
}

export async function simulateCommand(file: string, o: SimulateOptions, io: CommandIO): Promise<number> {
    if (!o.incidents) {
        io.err('sla: simulate needs --incidents LOG (a .csv or .json incident log)');
        return EXIT.usage;
    }
    for (const [name, value] of [['--from', o.from], ['--to', o.to]] as const) {
        const month = value === undefined ? undefined : parseMonth(value);
        if (typeof month === 'string') {
            io.err(`sla: ${name}: ${month}; give a month like 2026-01`);
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
    // Without --from/--to the simulation covers the months the log touches.
    const sim = simulateLog(loaded.model, loaded.zone, { text, name: o.incidents, format }, { from: o.from, to: o.to });
    if (sim.ok) {
        io.out(o.json ? JSON.stringify(sim.result, null, 2) : formatSimulation(sim.result));
        return EXIT.ok;
    }
    switch (sim.problem) {
        case 'log-errors':
            for (const e of sim.errors) io.err(formatLogError(e));
            io.err(`sla: ${o.incidents} has ${sim.errors.length} error(s); nothing was simulated`);
            return EXIT.errors;
        case 'no-times':
            io.err('sla: the log has no times; give the period with --from and --to');
            return EXIT.usage;
        case 'not-a-month': // --from and --to were read above; the log's own months always are
            io.err(`sla: '${sim.month}' is not a month like 2026-01`);
            return EXIT.usage;
        case 'reversed':
            io.err(`sla: --from ${sim.from} is after --to ${sim.to}`);
            return EXIT.usage;
    }
}
