/**
 * Custom requests and command ids between the VS Code extension and the language server,
 * declared once as typed request objects: the server's handlers and the extension's calls
 * take the same object, so method names and payload types agree by construction. The
 * extension imports this file too, so it imports engine types only (`import type`, erased
 * by the bundler) and the request class from vscode-jsonrpc's transport-free entry, the
 * version that vscode-languageserver and vscode-languageclient both use.
 */
import { RequestType } from 'vscode-jsonrpc';
import type { ReportResult } from '../render/report-data.js';

/** Palette commands contributed by the extension (category "SLA"). */
export const COMMANDS = {
    simulate: 'sla.simulate',
    deadlineTable: 'sla.deadlineTable',
    runScenarios: 'sla.runScenarios',
    generateSampleMonth: 'sla.generateSampleMonth',
    openReport: 'sla.openReport',
    /** The last report as a page to print, saved where the user says and opened in the browser. */
    printReport: 'sla.printReport',
    /** Run by the scenario code lens; the arguments are {uri, scenario}. */
    runScenario: 'sla.runScenario',
    /** The extension's own (the server knows nothing of them): the walkthrough's sample, the status bar's click. */
    openSample: 'sla.openSample',
    showServerOutput: 'sla.showServerOutput',
} as const;

/** A request whose answer is a result or, in words, why there is none. */
export type SlaRequest<P, R> = RequestType<P, Answer<R>, void>;

/** The custom LSP requests, with their method names ("sla/simulate") and payloads. */
export const REQUESTS = {
    simulate: new RequestType<SimulateParams, Answer<SimulateResult>, void>('sla/simulate'),
    deadlineTable: new RequestType<DeadlineTableParams, Answer<DeadlineTable>, void>('sla/deadlineTable'),
    runScenarios: new RequestType<RunScenariosParams, Answer<ScenarioRun>, void>('sla/runScenarios'),
    generateSampleMonth: new RequestType<GenerateSampleMonthParams, Answer<SampleMonth>, void>('sla/generateSampleMonth'),
    /** Name, zone, priorities and scenarios of a contract, for the pickers of the commands. */
    contractInfo: new RequestType<ContractInfoParams, Answer<ContractInfo>, void>('sla/contractInfo'),
    /** The errors of an incident log as the simulation would read it, for the Problems panel. */
    checkLog: new RequestType<CheckLogParams, Answer<LogCheck>, void>('sla/checkLog'),
} as const;

/**
 * The most incident rows a simulate answer lists (the first, in report order); a bigger log
 * gets `totals` with the counts of all its rows. A million rows would be half a gigabyte of
 * JSON; every period, compliance and remedy figure still covers every row.
 */
export const SIMULATE_LISTED_INCIDENTS = 10_000;

export interface SimulateParams {
    uri: string;
    /**
     * The incident log on disk (a file: URI or a path): the server reads it as a stream, as
     * `sla simulate` does, so a log of millions of rows never travels as one string.
     */
    logUri?: string;
    /** Or the log's text (an unsaved editor, tests): the server reads it the same way. */
    logText?: string;
    logName: string;
    format: 'csv' | 'json';
    from: string;
    to: string;
    /**
     * A work-done progress token (the LSP's WorkDoneProgressParams): the server reports on it
     * ($/progress begin, report with a message and percentage, end) as it reads and simulates.
     */
    workDoneToken?: string | number;
    /** The contract's mapping file (`contract.mapping.json` beside it), when there is one: how to read a desk's columns. */
    mapping?: { text: string; name: string };
}

/** The log to read against the contract `uri` (its priorities and time zone). */
export type CheckLogParams = Omit<SimulateParams, 'from' | 'to' | 'logText' | 'logUri' | 'workDoneToken'> & { logText: string };

/** One error of an incident log: 1-based line and column of the log file. */
export interface LogProblem {
    line: number;
    column: number;
    /** The log's column (CSV) or key (JSON) the error is about. */
    field?: string;
    message: string;
}

/** Result of REQUESTS.checkLog: no errors means the log simulates. */
export interface LogCheck {
    incidents: number;
    errors: LogProblem[];
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

export interface ContractInfoParams {
    uri: string;
}

/** Result of REQUESTS.contractInfo. */
export interface ContractInfo {
    name: string;
    zone: string;
    priorities: { name: string; title?: string }[];
    scenarios: { name: string; from: string; to: string; line: number }[];
}

/**
 * Result of REQUESTS.simulate: the engine's result, as `sla simulate --json` prints it,
 * with the logged times of each incident (`times`) so the report can say how late a miss was.
 */
export type SimulateResult = ReportResult;

/** One deadline of a row of the deadline table. */
export interface DeadlineCell {
    /** ISO moment with offset, or null when no deadline can be computed. */
    deadline: string | null;
    /** "P1 response (art. 5.2), line 44", or null when no clause decides. */
    clause: string | null;
    explanation: string;
}

export interface DeadlineTableRow {
    /** What the moment is an example of, e.g. "next Friday afternoon". */
    label: string;
    /** The report moment, ISO with offset. */
    reported: string;
    response: DeadlineCell;
    resolution: DeadlineCell;
}

/** Result of REQUESTS.deadlineTable. */
export interface DeadlineTable {
    contract: string;
    zone: string;
    priority: string;
    title?: string;
    rows: DeadlineTableRow[];
}

export interface ScenarioExpectationOutcome {
    /** The expectation in words, as `sla test` prints it. */
    expect: string;
    line: number;
    passed: boolean;
    actual: string;
}

export interface ScenarioOutcome {
    scenario: string;
    line: number;
    from: string;
    to: string;
    expectations: ScenarioExpectationOutcome[];
    /** Events whose times could not be read (left out of the run). */
    errors: { event: string; message: string }[];
    passed: number;
    failed: number;
}

/** Result of REQUESTS.runScenarios. */
export interface ScenarioRun {
    contract: string;
    scenarios: ScenarioOutcome[];
    passed: number;
    total: number;
}

/** Result of REQUESTS.generateSampleMonth. */
export interface SampleMonth {
    /** Suggested file name, e.g. "avetica-moodle-2026-03.csv" (the caller decides where). */
    fileName: string;
    format: 'csv';
    text: string;
    incidents: number;
}
