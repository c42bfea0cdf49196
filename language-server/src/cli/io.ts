/** Exit codes shared by every command: 0 clean, 1 findings of severity error, 2 usage or unreadable input. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

/** Where a command writes; the tests pass collectors, the binary passes the process streams. */
export interface CommandIO {
    out(line: string): void;
    err(line: string): void;
}

export const processIO: CommandIO = {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
};
