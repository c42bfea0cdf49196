/**
 * JSON logs read as a stream: a top-level array of records, each element cut out by a small
 * incremental scanner and parsed on its own with JSON.parse. A library such as stream-json
 * would tokenize too, but it keeps no line or column, and messages must point at the record
 * and the key; JSON.parse of one element at a time keeps the parsing exact and the memory
 * at one record. A BOM is allowed; a file that is not an array is one message.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { LogError } from '../../engine/incident-log.js';
import type { Place, RawRecord, ReadProgress } from './raw-record.js';

interface KeyMark { start: number; end: number; line: number; column: number }

const enum At { Start, BeforeElement, InElement, AfterElement, End }

/** Yields the elements of the top-level array that are objects, in batches, keyed as written; other problems go to `errors`. */
export async function* readJsonRecords(
    src: { path: string; name: string }, errors: (e: LogError) => void, progress?: ReadProgress,
): AsyncGenerator<RawRecord[]> {
    const file = src.name;
    const input = createReadStream(src.path, { highWaterMark: 256 * 1024 });
    let line = 1;
    let column = 0;
    let state: At = At.Start;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let index = 0;
    // The element being read: its text so far, where it starts, its candidate keys.
    let parts: string[] = [];
    let partStart = 0;
    let length = 0;
    let elemPlace: Place = { line: 1, column: 1 };
    let scalar = false;
    let keys: KeyMark[] = [];
    let stringStart = -1;
    let stringPlace: Place = { line: 1, column: 1 };
    let lastString: KeyMark | undefined;
    let bytes = 0;
    let afterComma = false;
    const decoder = new StringDecoder('utf8');
    const fail = (message: string, at: Place = { line, column }) => { errors({ file, ...at, message }); };
    try {
        for await (const buf of input as AsyncIterable<Buffer>) {
            bytes += buf.length;
            if (progress) progress.bytesRead = bytes;
            if (buf.indexOf(0) >= 0) { fail('a NUL byte: this is not UTF-8 text (UTF-16, or a binary file); save the log as UTF-8 CSV or JSON'); return; }
            // A decoder keeps a character whose bytes a block boundary splits.
            const text = decoder.write(buf);
            partStart = 0;
            const done: { text: string; place: Place; keys: KeyMark[]; index: number }[] = [];
            for (let i = 0; i < text.length; i++) {
                const c = text.charCodeAt(i);
                if (c === 10) { line++; column = 0; } else column++;
                if (state === At.InElement) {
                    if (inString) {
                        if (escaped) escaped = false;
                        else if (c === 92) escaped = true;
                        else if (c === 34) {
                            inString = false;
                            if (depth === 1) lastString = { start: stringStart, end: length + (i - partStart) + 1, ...stringPlace };
                            else if (depth === 0) {
                                // A string element (not a record) ends with its closing quote.
                                parts.push(text.slice(partStart, i + 1));
                                done.push({ text: parts.join(''), place: elemPlace, keys, index: index++ });
                                state = At.AfterElement;
                            }
                        }
                        continue;
                    }
                    if (c === 34) { inString = true; stringStart = length + (i - partStart); stringPlace = { line, column }; continue; }
                    if (c === 58 && depth === 1 && lastString) { keys.push(lastString); lastString = undefined; continue; }
                    if (c === 123 || c === 91) { depth++; lastString = undefined; continue; }
                    if (c === 125 || c === 93) {
                        if (depth > 0) {
                            depth--;
                            if (depth === 0) {
                                parts.push(text.slice(partStart, i + 1));
                                done.push({ text: parts.join(''), place: elemPlace, keys, index: index++ });
                                state = At.AfterElement;
                            }
                            continue;
                        }
                    }
                    if (scalar && (c === 44 || c === 93 || c === 32 || c === 9 || c === 13 || c === 10)) {
                        parts.push(text.slice(partStart, i));
                        done.push({ text: parts.join(''), place: elemPlace, keys, index: index++ });
                        state = At.AfterElement;
                        // The delimiter is read again in its new state.
                        if (c === 10) { line--; } else column--;
                        i--;
                    }
                    continue;
                }
                if (c === 0xfeff && state === At.Start && line === 1 && column === 1) { column = 0; continue; }
                if (c === 32 || c === 9 || c === 13 || c === 10) continue;
                if (state === At.Start) {
                    if (c !== 91) { fail('expected a JSON array of incident records'); return; }
                    state = At.BeforeElement;
                } else if (state === At.BeforeElement || state === At.AfterElement) {
                    if (c === 93) {
                        if (afterComma) { fail(`not valid JSON: a comma before ']'`); return; }
                        state = At.End;
                        continue;
                    }
                    if (state === At.AfterElement) {
                        if (c === 44) { state = At.BeforeElement; afterComma = true; continue; }
                        fail(`not valid JSON: expected ',' or ']' after record ${index}, found '${String.fromCharCode(c)}'`);
                        return;
                    }
                    state = At.InElement;
                    afterComma = false;
                    parts = [];
                    length = 0;
                    partStart = i;
                    keys = [];
                    lastString = undefined;
                    elemPlace = { line, column };
                    scalar = c !== 123 && c !== 91 && c !== 34;
                    depth = c === 123 || c === 91 ? 1 : 0;
                    if (c === 34) { inString = true; stringStart = 0; stringPlace = { line, column }; }
                } else if (state === At.End) {
                    fail(`not valid JSON: '${String.fromCharCode(c)}' after the end of the array`);
                    return;
                }
            }
            if (state === At.InElement) { parts.push(text.slice(partStart)); length += text.length - partStart; }
            const out: RawRecord[] = [];
            for (const d of done) {
                const rec = toRecord(d, file, errors);
                if (rec) out.push(rec);
            }
            if (out.length > 0) yield out;
        }
    } catch (e) {
        fail(`cannot read the file: ${(e as Error).message}`, { line: 1, column: 1 });
        return;
    } finally {
        input.destroy();
    }
    const end = state as At;
    if (end === At.Start) fail('the file is empty', { line: 1, column: 1 });
    else if (end !== At.End) fail('not valid JSON: the array is not closed (the file ends early)');
}

function toRecord(d: { text: string; place: Place; keys: KeyMark[]; index: number }, file: string, errors: (e: LogError) => void): RawRecord | undefined {
    let value: unknown;
    try {
        value = JSON.parse(d.text);
    } catch (e) {
        const message = (e as Error).message;
        const m = /position (\d+)/.exec(message);
        let at = d.place;
        if (m) {
            const before = d.text.slice(0, Number(m[1]));
            const nl = before.lastIndexOf('\n');
            at = nl < 0 ? { line: d.place.line, column: d.place.column + before.length }
                : { line: d.place.line + before.split('\n').length - 1, column: before.length - nl };
        }
        errors({ file, ...at, message: `not valid JSON: ${message}` });
        return undefined;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        errors({ file, ...d.place, message: `record ${d.index + 1} is not an object` });
        return undefined;
    }
    const places = new Map<string, Place>();
    for (const k of d.keys) {
        try {
            places.set(JSON.parse(d.text.slice(k.start, k.end)) as string, { line: k.line, column: k.column });
        } catch { /* a key JSON.parse accepted is a string; nothing to place otherwise */ }
    }
    const place = d.place;
    return { line: place.line, values: value as Record<string, unknown>, pos: (key) => places.get(key) ?? place };
}
