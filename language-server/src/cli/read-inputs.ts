/**
 * Reads contract files for the command line. Unreadable files are usage problems (exit 2);
 * files that are readable but cannot be contracts (binary, too large) become diagnostics,
 * so they show up in the same report as every other finding.
 */
import { open, stat } from 'node:fs/promises';
import type { PlainDiagnostic } from '../services/diagnostics.js';

/** Above this size a file is reported instead of parsed: no real contract comes near it. */
export const MAX_CONTRACT_BYTES = 4 * 1024 * 1024;

export type InputResult =
    | { kind: 'text'; file: string; text: string }
    | { kind: 'rejected'; file: string; diagnostic: PlainDiagnostic }
    | { kind: 'unreadable'; file: string; reason: string };

function at(file: string, line: number, column: number, code: string, message: string): PlainDiagnostic {
    return { file, line, column, endLine: line, endColumn: column + 1, severity: 'error', code, message };
}

/** Line and column (1-based) of a byte offset, for pointing at the first bad byte. */
function position(bytes: Buffer, offset: number): { line: number; column: number } {
    let line = 1, start = 0;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; start = i + 1; }
    return { line, column: offset - start + 1 };
}

export async function readInput(file: string): Promise<InputResult> {
    let bytes: Buffer;
    try {
        const info = await stat(file);
        if (info.isDirectory()) return { kind: 'unreadable', file, reason: 'is a directory' };
        // The size a device or pipe reports says nothing (/dev/zero: 0, and endless): read
        // at most one byte past the limit, whatever kind of file it is.
        bytes = await readAtMost(file, MAX_CONTRACT_BYTES + 1);
        if (bytes.length > MAX_CONTRACT_BYTES) {
            const size = info.isFile() ? `The file is ${(info.size / 1048576).toFixed(1)} MB` : 'The input goes on past 4 MB';
            return {
                kind: 'rejected', file,
                diagnostic: at(file, 1, 1, 'file-too-large',
                    `${size}; contracts are checked up to ${MAX_CONTRACT_BYTES / 1048576} MB. Split it or check that it is the right file.`),
            };
        }
    } catch (e) {
        const err = e as NodeJS.ErrnoException;
        return { kind: 'unreadable', file, reason: err.code === 'ENOENT' ? 'no such file' : err.message };
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const p = position(bytes, nul);
        return { kind: 'rejected', file, diagnostic: at(file, p.line, p.column, 'binary-file', 'This is a binary file, not a contract text (it contains a NUL byte here).') };
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0 && !bytes.includes(Buffer.from('\uFFFD'))) {
        const p = position(bytes, Buffer.byteLength(text.slice(0, bad)));
        return { kind: 'rejected', file, diagnostic: at(file, p.line, p.column, 'not-utf8', 'The file is not UTF-8 text here; save the contract as UTF-8.') };
    }
    return { kind: 'text', file, text: text.replace(/^\uFEFF/, '') };
}

async function readAtMost(file: string, limit: number): Promise<Buffer> {
    const handle = await open(file, 'r');
    try {
        const chunks: Buffer[] = [];
        let total = 0;
        while (total < limit) {
            const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0) break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
        }
        return Buffer.concat(chunks, total);
    } finally {
        await handle.close();
    }
}
