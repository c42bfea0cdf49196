/**
 * What the model rules keep between checks, owned by a service (services/sla-module.ts):
 * an edit builds a new model, but mostly leaves the clocks and calendars as they were, so
 * results keyed by content (the grid per priority shape, the budget's best case, each
 * calendar's first holiday after the sample week) make a re-check cheap. Results keyed by
 * a model or calendar object are dropped with it. Nothing here changes what a rule finds.
 */
import type { CalendarModel, ContractModel } from '../model/types.js';
import type { GridFacts } from './contradiction-rules.js';
import type { BestCase, DowntimeBudget } from './budget-rules.js';

/** A map that keeps its `limit` most recently used entries. */
export class RecentMap<K, V> {
    private readonly entries = new Map<K, V>();

    constructor(private readonly limit: number) {}

    get(key: K): V | undefined {
        if (!this.entries.has(key)) return undefined;
        const value = this.entries.get(key)!;
        this.entries.delete(key);
        this.entries.set(key, value);
        return value;
    }

    set(key: K, value: V): void {
        this.entries.delete(key);
        if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(key, value);
    }

    clear(): void {
        this.entries.clear();
    }
}

/** Keyed by the objects they describe: collected with them. */
class ObjectMemo<K extends object, V> {
    private readonly values = new WeakMap<K, V>();

    get(key: K, compute: () => V): V {
        if (this.values.has(key)) return this.values.get(key)!;
        const value = compute();
        this.values.set(key, value);
        return value;
    }
}

export class CheckerMemo {
    /** Contradiction facts per priority shape (contradiction-rules.ts). */
    readonly grids = new RecentMap<string, GridFacts>(500);
    /** Best on-time resolution per shape of the first priority (budget-rules.ts). */
    readonly bestCases = new RecentMap<string, BestCase | null>(100);
    /** First weekday holiday after the sample week per zone and calendar content (samples.ts). */
    readonly sampleHolidays = new RecentMap<string, string | null>(500);
    /** The sample days of a model (samples.ts). */
    readonly sampleDays = new WeakMap<ContractModel, { zone: string; calendars: ContractModel['calendars']; days: string[] }>();
    /** The content of a calendar that its open times and holidays depend on (samples.ts). */
    readonly calendarContents = new ObjectMemo<CalendarModel, string>();
    /** The downtime budgets of a model, per level (budget-rules.ts). */
    readonly budgets = new ObjectMemo<ContractModel, Map<string, DowntimeBudget | undefined>>();

    /** Forget the results keyed by content (the benchmark's cold figure). */
    clear(): void {
        this.grids.clear();
        this.bestCases.clear();
        this.sampleHolidays.clear();
    }
}
