/** `sla simulate FILE --incidents LOG [--from 2026-01 --to 2026-12] [--json]` */
import { formatLogError } from '../engine/incident-log.js';
import { formatSimulation } from '../render/simulation-text.js';
import { parseMonth } from '../engine/periods.js';
import type { LogSimulation } from '../services/simulation.js';
import { loadContract } from './load-contract.js';
import { EXIT, type CommandIO } from './io.js';
// log-formats hook: desks' columns, .xlsx, a mapping next to the contract, monitor outages.
import { loadMapping, readLog, readOutages, type LogFlags } from './log-input.js';
import { simulateIncidents } from '../services/log-sources.js';
import { formatDowntimeSources } from '../render/downtime-sources-text.js';

export interface SimulateOptions extends LogFlags {
    incidents?: string;
    from?: string;
    to?: string;
    json: boolean;
}

export async function simulateCommand(file: string, o: SimulateOptions, io: CommandIO): Promise<number> {
    if (!o.incidents) {
        io.err('sla: simulate needs --incidents LOG (a .csv, .json or .xlsx incident log)');
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
    // log-formats hook: the log read through its mapping (or as an .xlsx), with monitors' outages.
    const mapping = await loadMapping(file, o, io);
    if (!mapping.ok) return mapping.exit;
    const log = await readLog(o.incidents, loaded.model, mapping.value, io);
    if (!log.ok) return log.exit;
    const outages = await readOutages(o, io);
    if (!outages.ok) return outages.exit;
    const sim = simulateIncidents(loaded.model, loaded.zone, log.value, outages.value, { from: o.from, to: o.to });
    if (sim.ok) {
        if (o.json) io.out(JSON.stringify(sim.sources ? { ...sim.result, downtimeSources: sim.sources } : sim.result, null, 2));
        else io.out(sim.sources ? `${formatSimulation(sim.result)}\n\n${formatDowntimeSources(sim.sources)}` : formatSimulation(sim.result));
        return EXIT.ok;
    }
    return simulationProblem(sim, o, io);
}

function simulationProblem(sim: Exclude<LogSimulation, { ok: true }>, o: SimulateOptions, io: CommandIO): number {
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
