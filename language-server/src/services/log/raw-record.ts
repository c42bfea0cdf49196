/**
 * A record as a log file holds it, before it is read as an incident: its values keyed by
 * the file's own column names (CSV header) or keys (JSON), and where each value is.
 */
import type { LogError } from '../../engine/incident-log.js';

export interface Place {
    line: number;
    column: number;
}

export interface RawRecord {
    /** The line the record starts on. */
    line: number;
    values: Record<string, unknown>;
    /** Where the value under `key` is: CSV the record's line and the column's number, JSON the key's own place. */
    pos(key: string): Place;
    /** What is wrong with the record as the file writes it (a CSV row's stray quote or extra fields). */
    problems?: LogError[];
}

/** What a workbook says about all its cells. */
export interface SheetFacts {
    /** Serial numbers count days from 1904-01-01, not 1899-12-30. */
    date1904?: boolean;
}

/** A column of a CSV header, as the file spells it. */
export interface HeaderColumn extends Place {
    name: string;
}

/** What a reader tells as it goes: bytes read of the file's size, for progress. */
export interface ReadProgress {
    bytesRead: number;
    /** The file's size. */
    bytes?: number;
}
