/** What a log held and what of it a simulation used: the summary at the end of every run. */

/** Rows left out and why, with the first few lines of each reason. */
export interface IgnoredRows {
    reason: string;
    rows: number;
    lines: number[];
}

/** The same for any order of the same rows, so it can stand in output that must be. */
export interface DataQuality {
    rowsRead: number;
    rowsUsed: number;
    rowsIgnored: number;
    /** Per reason, most rows first, with the first few lines of each. */
    ignored: IgnoredRows[];
    /** Incidents with an outage, and how many of them overlap another (counted once). */
    outages: number;
    outagesMerged: number;
    /** Months of the simulated range with a report or outage in the log, and those without any. */
    periodsWithData: string[];
    periodsWithoutData: string[];
    /**
     * With monitors' outages (`--outages`, or the mapping file's `outages`): how many the monitors saw, and the range's downtime
     * minutes by source (tickets only, the monitors only, both; an outage seen by both counts once).
     */
    monitors?: { outages: number; ticketsOnlyMinutes: number; monitorOnlyMinutes: number; bothMinutes: number };
}
