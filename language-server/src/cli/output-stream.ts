/**
 * Output written as it is computed, in blocks of some 64 KB, waiting when the reader is
 * behind (a pipe into `less` holds the simulation back instead of filling memory). Where
 * the command's io has no raw writer (tests), the text is collected and given to `out`.
 */
import type { CommandIO } from './io.js';

export class OutputStream {
    private parts: string[] = [];
    private size = 0;

    constructor(private readonly io: CommandIO) {}

    /** Adds text; a promise when a block was written and the reader must catch up. */
    write(text: string): Promise<void> | undefined {
        this.parts.push(text);
        this.size += text.length;
        if (!this.io.write || this.size < 64 * 1024) return undefined;
        return this.flush();
    }

    private flush(): Promise<void> | undefined {
        const text = this.parts.join('');
        this.parts = [];
        this.size = 0;
        if (text === '' || this.io.write!(text) || !this.io.drained) return undefined;
        return this.io.drained();
    }

    async end(): Promise<void> {
        if (this.io.write) { await this.flush(); return; }
        const text = this.parts.join('');
        this.parts = [];
        if (text !== '') this.io.out(text.replace(/\n$/, ''));
    }
}
