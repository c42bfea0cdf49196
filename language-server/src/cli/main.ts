/**
 * The `sla` command line. Subcommands share exit codes and never print a stack trace:
 * an unexpected failure is reported in one line and exits 2.
 */
import { parseArgs } from 'node:util';
import { checkCommand } from './check-command.js';
import { deadlinesCommand } from './deadlines-command.js';
import { simulateCommand } from './simulate-command.js';
import { testCommand } from './test-command.js';
import { codesCommand } from './codes-command.js';
import { EXIT, processIO, type CommandIO } from './io.js';

const USAGE = `usage:
  sla check FILE... [--json]          check contracts for consistency
  sla deadlines FILE --priority P --reported TIME [--responded TIME] [--acknowledged TIME] [--work-started TIME] [--workaround TIME] [--json]
                                      response and resolution deadlines, with the clause that set each
  sla simulate FILE --incidents LOG [--from YYYY-MM --to YYYY-MM] [--json] [--skip-bad-rows] [--quiet]
               [--format jira|servicenow|zendesk|topdesk|freshdesk] [--map FIELD=COLUMN]... [--date-format FORMAT]
               [--value FIELD:THEIRS=OURS]... [--sheet NAME] [--mapping FILE]
               [--outages MONITOR.json]... [--step SECONDS] [--monitor ID]
                                      availability, deadlines and remedies per period from an incident log
                                      (CSV, JSON or .xlsx; FILE.mapping.json next to the contract is read too)
  sla test FILE... [--json]           run the scenarios in contracts; exit 1 when an expectation fails
  sla codes [--markdown]              every diagnostic code with its severity and meaning
  sla --help                          this text`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        io.out(USAGE);
        return command ? EXIT.ok : EXIT.usage;
    }
    try {
        switch (command) {
            case 'check': {
                const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean' } } });
                if (!positionals.length) return usage(io, 'check needs at least one FILE');
                return await checkCommand(positionals, !!values.json, io);
            }
            case 'deadlines': {
                const { values, positionals } = parseArgs({
                    args: rest, allowPositionals: true,
                    options: {
                        json: { type: 'boolean' }, priority: { type: 'string' }, reported: { type: 'string' }, responded: { type: 'string' },
                        acknowledged: { type: 'string' }, 'work-started': { type: 'string' }, workaround: { type: 'string' },
                    },
                });
                if (positionals.length !== 1) return usage(io, 'deadlines needs exactly one FILE');
                return await deadlinesCommand(positionals[0], { ...values, json: !!values.json }, io);
            }
            case 'simulate': {
                const { values, positionals } = parseArgs({
                    args: rest, allowPositionals: true,
                    options: {
                        json: { type: 'boolean' }, incidents: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
                        'skip-bad-rows': { type: 'boolean' }, quiet: { type: 'boolean' },
                        // How to read a desk's export, and monitors' outages.
                        format: { type: 'string' }, map: { type: 'string', multiple: true }, 'date-format': { type: 'string' },
                        value: { type: 'string', multiple: true }, sheet: { type: 'string' }, mapping: { type: 'string' },
                        outages: { type: 'string', multiple: true }, step: { type: 'string' }, monitor: { type: 'string' },
                    },
                });
                if (positionals.length !== 1) return usage(io, 'simulate needs exactly one FILE');
                const { 'skip-bad-rows': skipBadRows, 'date-format': dateFormat, ...flags } = values;
                // SLA_SORT_CHUNK: incidents held in memory while sorting; tests and the bench make it small.
                const chunk = Number(process.env.SLA_SORT_CHUNK);
                return await simulateCommand(positionals[0], { ...flags, dateFormat, json: !!values.json, skipBadRows: !!skipBadRows,
                    ...(chunk > 0 ? { chunkSize: chunk } : {}) }, io);
            }
            case 'test': {
                const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean' } } });
                if (!positionals.length) return usage(io, 'test needs at least one FILE');
                return await testCommand(positionals, !!values.json, io);
            }
            case 'codes': {
                const { values } = parseArgs({ args: rest, options: { markdown: { type: 'boolean' } } });
                return codesCommand(!!values.markdown, io);
            }
            default:
                return usage(io, `unknown command '${command}'`);
        }
    } catch (e) {
        const err = e as { code?: string; message?: string };
        if (err.code?.startsWith('ERR_PARSE_ARGS')) return usage(io, err.message ?? 'bad arguments');
        io.err(`sla: internal error: ${err.message ?? String(e)}`);
        return EXIT.usage;
    }
}

function usage(io: CommandIO, problem: string): number {
    io.err(`sla: ${problem}\n${USAGE}`);
    return EXIT.usage;
}

// Run only as the program, not when imported by tests.
if (process.argv[1] && /(^|[\\/])(sla(\.js)?|cli\.mjs|main\.ts)$/.test(process.argv[1])) {
    // A reader that stops early (`sla codes | head`) is not an error worth a stack trace.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));
    }
    const crash = (e: unknown) => {
        process.stderr.write(`sla: internal error: ${(e as Error)?.message ?? String(e)}\n`);
        process.exit(EXIT.usage);
    };
    process.on('uncaughtException', crash);
    // Ctrl+C ends through process.exit, so the 'exit' handlers remove temporary files; so does a
    // SIGTERM (a `kill`, or bin/heap-limits.js passing one on), which left them behind before.
    process.once('SIGINT', () => process.exit(130));
    process.once('SIGTERM', () => process.exit(143));
    process.on('unhandledRejection', crash);
    // The bench's measure of peak memory where /usr/bin/time is missing.
    if (process.env.SLA_REPORT_MAX_RSS) process.on('exit', () => process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`));
    run(process.argv.slice(2), processIO).then((code) => { process.exitCode = code; }, crash);
}
