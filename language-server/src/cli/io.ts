/** Exit codes shared by every command: 0 clean, 1 findings of severity error, 2 usage or unreadable input. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

/** Where a command writes; the tests pass collectors, the binary passes the process streams. */
export interface CommandIO {
    out(line: string): void;
    err(line: string): void;
    /**
     * Output as it is computed, without an added newline; false when the reader is behind,
     * and then `drained` says when to go on. Without it a command collects its output for `out`.
     */
    write?(text: string): boolean;
    drained?(): Promise<void>;
    /** Only when stderr is a terminal: a line of progress drawn over itself ("\r…"). */
    progress?(text: string): void;
}

export const processIO: CommandIO = {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    write: (text) => process.stdout.write(text),
    drained: () => new Promise((resolve) => process.stdout.once('drain', resolve)),
    ...(process.stderr.isTTY ? { progress: (text: string) => { process.stderr.write(text); } } : {}),
};
