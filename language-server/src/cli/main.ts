/**
 * The `sla` command line. Subcommands share exit codes and never print a stack trace:
 * an unexpected failure is reported in one line and exits 2.
 */
import { parseArgs } from 'node:util';
import { checkCommand } from './check-command.js';
import { EXIT, processIO, type CommandIO } from './io.js';

const USAGE = `usage:
  sla check FILE... [--json]          check contracts for consistency
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
    run(process.argv.slice(2), processIO).then((code) => { process.exitCode = code; });
}
