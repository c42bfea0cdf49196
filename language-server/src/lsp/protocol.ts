/**
 * Custom requests and command ids between the VS Code extension and the language server,
 * declared once so both sides agree by construction. The extension imports this file too.
 */

/** Palette commands contributed by the extension (category "SLA"). */
export const COMMANDS = {
    simulate: 'sla.simulate',
    deadlineTable: 'sla.deadlineTable',
    runScenarios: 'sla.runScenarios',
    generateSampleMonth: 'sla.generateSampleMonth',
    openReport: 'sla.openReport',
    /** Run by the scenario code lens; the arguments are {uri, scenario}. */
    runScenario: 'sla.runScenario',
} as const;

/** Request names (method strings) of the custom LSP requests. */
export const REQUESTS = {
    simulate: 'sla/simulate',
    deadlineTable: 'sla/deadlineTable',
    runScenarios: 'sla/runScenarios',
    generateSampleMonth: 'sla/generateSampleMonth',
} as const;

export interface SimulateParams {
    uri: string;
    /** Text of the incident log and its name (the extension reads the file the user picked). */
    logText: string;
    logName: string;
    format: 'csv' | 'json';
    from: string;
    to: string;
}

export interface DeadlineTableParams {
    uri: string;
    priority: string;
    /** ISO moments to compute; empty means the standard examples (see hover). */
    moments?: string[];
}

export interface RunScenariosParams {
    uri: string;
    /** Only this scenario (by name), or all when absent. */
    scenario?: string;
}

export interface GenerateSampleMonthParams {
    uri: string;
    /** "yyyy-mm". */
    month: string;
    seed?: number;
}

/** Every response either carries a result or says in words why there is none. */
export type Answer<T> = { ok: true; result: T } | { ok: false; message: string };
