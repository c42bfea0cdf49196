/**
 * Handlers of the custom requests in protocol.ts; each calls the engine, never computes itself.
 *
 * Every handler answers `{ok: false, message}` instead of throwing: a contract with errors,
 * without a time zone, an unreadable log or an unknown priority are things to tell the
 * user, not protocol failures. The handlers are exported so tests call them directly.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type LangiumDocument, type LangiumSharedCoreServices, DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { CancellationToken, CancellationTokenSource } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Contract } from '../generated/ast.js';
import type { ContractModel } from '../model/types.js';
import { computeDeadlines } from '../engine/deadlines.js';
import { exampleCalendar, exampleMoments } from '../engine/example-moments.js';
import { formatLogError, parseIncidentLog, type Incident } from '../engine/incident-log.js';
import { combineMappings, parseMappingFile, type LogMapping, type OutageSource } from '../engine/log-formats/mapping.js';
import { mappingMonitorFiles, readMonitorFiles } from '../services/monitor-sources.js';
import { contractZone, parseMonth } from '../engine/periods.js';
import { generateSampleMonth } from '../engine/sample-month.js';
import { formatInZone, parseLocal } from '../engine/time.js';
import { withTimes } from '../render/report-data.js';
import type { SlaServices } from '../services/sla-module.js';
import { checkedContract } from '../services/checked-contract.js';
import { messageText } from '../services/diagnostics.js';
import { deadlineRow } from '../services/deadline-rows.js';
import { reportScenario } from '../services/scenario-runs.js';
import { InProcessSimulation, type SimulationRunner } from './background-simulation.js';
import type { LogSource, StreamProgress } from '../services/simulation-stream.js';
import type { SlaLspServices } from './sla-lsp-module.js';
import {
    REQUESTS, SIMULATE_LISTED_INCIDENTS, type Answer, type ContractInfo, type ContractInfoParams, type DeadlineTable,
    type DeadlineTableParams, type GenerateSampleMonthParams, type RunScenariosParams, type SampleMonth,
    type ScenarioRun, type SimulateParams, type SimulateResult, type CheckLogParams, type LogCheck,
} from '../protocol/sla-protocol.js';

/** What the handlers need: the workspace (documents, builder) and the language's services. */
export interface RequestServices {
    shared: LangiumSharedCoreServices;
    Sla: SlaServices;
}

export interface HandlerOptions {
    token?: CancellationToken;
    /** The clock for the example moments of the deadline table; tests pass a fixed one. */
    now?: () => number;
    /** Where simulations run: a worker thread in the server, this thread by default. */
    simulation?: SimulationRunner;
    /** Hears the progress of a long request ("42% of the log read"). */
    progress?: (message: string, percent: number) => void;
}

/** How long to wait for the language server's own build before building the document here. */
const BUILD_WAIT_MS = 10_000;

export function registerRequests(connection: Connection, shared: LangiumSharedServices, sla: SlaLspServices, simulation: SimulationRunner): void {
    const services: RequestServices = { shared, Sla: sla };
    connection.onRequest(REQUESTS.simulate, async (p, token) => {
        // The client's own work-done token when it sent one; else progress the server starts
        // (VS Code shows it, cancellable, with no code in the extension); a client without
        // progress support gets a reporter that reports nowhere.
        const reporter = p.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(p.workDoneToken)
            : await connection.window.createWorkDoneProgress().catch(() => connection.window.attachWorkDoneProgress(undefined));
        const cancel = new CancellationTokenSource();
        const subscriptions = [token.onCancellationRequested(() => cancel.cancel()),
            ...('token' in reporter ? [(reporter as { token: CancellationToken }).token.onCancellationRequested(() => cancel.cancel())] : [])];
        reporter.begin(`Simulating ${p.logName}`, 0, undefined, true);
        try {
            return await handleSimulate(services, p, { token: cancel.token, simulation, progress: (message, percent) => reporter.report(percent, message) });
        } finally {
            reporter.done();
            for (const s of subscriptions) s.dispose();
            cancel.dispose();
        }
    });
    connection.onRequest(REQUESTS.deadlineTable, (p, token) => handleDeadlineTable(services, p, { token }));
    connection.onRequest(REQUESTS.runScenarios, (p, token) => handleRunScenarios(services, p, { token }));
    connection.onRequest(REQUESTS.generateSampleMonth, (p, token) => handleGenerateSampleMonth(services, p, { token }));
    connection.onRequest(REQUESTS.contractInfo, (p, token) => handleContractInfo(services, p, { token }));
    connection.onRequest(REQUESTS.checkLog, (p, token) => handleCheckLog(services, p, { token }));
}

type Loaded = { ok: true; model: ContractModel; zone: string; document: LangiumDocument<Contract> } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Runs a handler body, turning an unexpected exception into an answer the user can read. */
async function answer<T>(what: string, body: () => Promise<Answer<T>>): Promise<Answer<T>> {
    try {
        return await body();
    } catch (e) {
        return fail(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
}

/**
 * The contract model of a document, once the document is validated. Refuses a contract
 * with errors (its figures would be wrong) or without a valid time zone (every time would be).
 */
export async function loadContractModel(services: RequestServices, uri: string, token = CancellationToken.None): Promise<Loaded> {
    const documents = services.shared.workspace.LangiumDocuments;
    const builder = services.shared.workspace.DocumentBuilder;
    const u = URI.parse(uri);
    let document = documents.getDocument(u) as LangiumDocument<Contract> | undefined;
    let fresh = false;
    if (!document) {
        try {
            document = await documents.getOrCreateDocument(u) as LangiumDocument<Contract>;
            fresh = true;
        } catch {
            return fail(`The contract ${u.path.split('/').pop() ?? uri} is not open and cannot be read.`);
        }
    }
    if (document.state < DocumentState.Validated) {
        let built = false;
        // An editor's document is built by the language server after each change: wait for
        // that build. Any other document (read from disk, or in tests) is built here.
        const inEditor = services.shared.workspace.TextDocuments?.get(u) !== undefined;
        if (!fresh && inEditor) {
            let timer: NodeJS.Timeout | undefined;
            const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), BUILD_WAIT_MS); });
            try {
                built = await Promise.race([builder.waitUntil(DocumentState.Validated, u, token).then(() => true), timeout]) === true;
            } catch {
                built = false; // excluded from the running build, or cancelled: build it here
            } finally {
                clearTimeout(timer);
            }
        }
        if (!built && document.state < DocumentState.Validated) await builder.build([document], { validation: true }, token);
    }
    const name = u.path.split('/').pop() ?? uri;
    const checked = checkedContract(document.diagnostics ?? [], () => services.Sla.model.ModelCache.get(document.parseResult.value));
    if (!checked.ok && checked.problem === 'errors') {
        const first = checked.errors[0];
        return fail(`${name} has ${checked.errors.length} error(s); fix them first (line ${first.range.start.line + 1}: ${messageText(first)}).`);
    }
    if (!checked.ok) return fail(`${name} names no valid time zone; add e.g. time zone "Europe/Amsterdam".`);
    return { ok: true, model: checked.model, zone: checked.zone, document };
}

export function handleContractInfo(services: RequestServices, p: ContractInfoParams, o: HandlerOptions = {}): Promise<Answer<ContractInfo>> {
    return answer('Reading the contract', async () => {
        const c = await loadContractModel(services, p.uri, o.token);
        if (!c.ok) return c;
        return {
            ok: true,
            result: {
                name: c.model.name, zone: c.zone,
                priorities: c.model.priorities.map((x) => (x.title ? { name: x.name, title: x.title } : { name: x.name })),
                scenarios: c.model.scenarios.map((s) => ({ name: s.name, from: s.from, to: s.to, line: s.span.line })),
            },
        };
    });
}

/** The contract's mapping file, sent by the extension when it has one: how to read a desk's columns, and the monitor exports to read with the log. */
function mappingOf(p: Pick<SimulateParams, 'mapping'>): { ok: true; mapping: LogMapping | undefined; outages?: OutageSource[] } | { ok: false; message: string } {
    if (!p.mapping) return { ok: true, mapping: undefined };
    const { name, text } = p.mapping;
    const read = parseMappingFile(text);
    if (read.problems.length > 0) {
        return fail([`${name} has ${read.problems.length} error(s); nothing was simulated:`,
            ...read.problems.map((e) => `${name}:${e.line ?? 1}:${e.column ?? 1}: ${e.message}`)].join('\n'));
    }
    return { ok: true, mapping: combineMappings(read.mapping), ...(read.outages ? { outages: read.outages } : {}) };
}

/** The monitors' outages the mapping file names: files beside the contract (where the mapping file is) or below. */
async function monitorsOf(p: Pick<SimulateParams, 'uri' | 'mapping'>, outages: readonly OutageSource[] | undefined): Promise<{ ok: true; monitors?: Incident[] } | { ok: false; message: string }> {
    if (!outages?.length) return { ok: true };
    const contract = URI.parse(p.uri);
    if (contract.scheme !== 'file') return fail(`${p.mapping!.name} names monitor exports, which are read beside a contract on disk; this contract is not on disk.`);
    const folder = dirname(contract.fsPath);
    const read = await readMonitorFiles(mappingMonitorFiles(outages, folder), folder);
    if (!read.ok) return fail([`A monitor export that ${p.mapping!.name} names cannot be read; nothing was simulated:`, ...read.problems].join('\n'));
    return { ok: true, monitors: read.incidents };
}

export function handleSimulate(services: RequestServices, p: SimulateParams, o: HandlerOptions = {}): Promise<Answer<SimulateResult>> {
    return answer('The simulation', async () => {
        const c = await loadContractModel(services, p.uri, o.token);
        if (!c.ok) return c;
        const read = mappingOf(p);
        if (!read.ok) return read;
        const mapping = read.mapping;
        const monitors = await monitorsOf(p, read.outages);
        if (!monitors.ok) return monitors;
        const log = await logOnDisk(p);
        if (!log.ok) return log;
        try {
            // Empty from/to: the months the log touches, as `sla simulate` does without --from/--to.
            const sim = await (o.simulation ?? new InProcessSimulation()).run([c.model, c.zone, { path: log.path, name: p.logName, format: log.format, mapping },
                { from: p.from?.trim() || undefined, to: p.to?.trim() || undefined }, SIMULATE_LISTED_INCIDENTS, monitors.monitors], o.token, o.progress && ((x) => o.progress!(progressText(x), progressPercent(x))));
            if (sim.ok) {
                const all = sim.totals.incidents > sim.result.incidents.length ? { totals: sim.totals } : {};
                const sources = sim.downtimeSources ? { downtimeSources: sim.downtimeSources } : {};
                return { ok: true, result: { ...withTimes(sim.result, sim.incidents), quality: sim.quality, ...all, ...sources } };
            }
            switch (sim.problem) {
                case 'log-errors': {
                    const more = sim.count > sim.errors.length ? [`… and ${sim.count - sim.errors.length} more`] : [];
                    return fail([`${p.logName} has ${sim.count} error(s); nothing was simulated:`, ...sim.errors.map(formatLogError), ...more].join('\n'));
                }
                case 'no-times': return fail(`${p.logName} has no times; give the period to simulate, e.g. 2026-01..2026-12.`);
                case 'not-a-month': return fail(`'${sim.month}' is not a month like 2026-01.`);
                case 'reversed': return fail(`The period starts (${sim.from}) after it ends (${sim.to}).`);
                case 'cancelled': return fail('The simulation was cancelled.');
            }
        } finally {
            log.dispose();
        }
    });
}

/** The log as a file to stream: the one named, or the text sent written to a temporary file. */
async function logOnDisk(p: SimulateParams): Promise<{ ok: true; path: string; format: LogSource['format']; dispose(): void } | { ok: false; message: string }> {
    if (p.logUri) {
        const path = p.logUri.startsWith('file:') ? URI.parse(p.logUri).fsPath : p.logUri;
        try {
            if (!(await stat(path)).isFile()) return fail(`${p.logName} is not a file.`);
        } catch (e) {
            return fail(`Cannot read ${p.logName}: ${(e as Error).message}`);
        }
        // The protocol's format says csv or json; a workbook on disk is read as one by its name.
        const format = /\.xlsx$/i.test(path) ? 'xlsx' as const : p.format;
        return { ok: true, path, format, dispose: () => undefined };
    }
    if (p.logText === undefined) return fail('No incident log was given.');
    const dir = await mkdtemp(join(tmpdir(), 'sla-lsp-log-'));
    const path = join(dir, p.format === 'json' ? 'log.json' : 'log.csv');
    await writeFile(path, p.logText, 'utf8');
    return { ok: true, path, format: p.format, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function progressPercent(x: StreamProgress): number {
    // Reading is the first nine tenths of the way, simulating the last.
    if (x.phase === 'reading') return x.bytes > 0 ? Math.floor((x.bytesRead / x.bytes) * 90) : 0;
    return 90 + (x.totalRows ? Math.floor((x.rows / x.totalRows) * 10) : 0);
}

function progressText(x: StreamProgress): string {
    return `${x.phase === 'reading' ? 'reading' : 'simulating'}: ${x.rows.toLocaleString('en-US')} rows`;
}

export function handleDeadlineTable(services: RequestServices, p: DeadlineTableParams, o: HandlerOptions = {}): Promise<Answer<DeadlineTable>> {
    return answer('The deadline table', async () => {
        const c = await loadContractModel(services, p.uri, o.token);
        if (!c.ok) return c;
        const priority = c.model.priorities.find((x) => x.name === p.priority);
        if (!priority) {
            return fail(`The contract has no priority '${p.priority}' (it has ${c.model.priorities.map((x) => x.name).join(', ') || 'none'}).`);
        }
        let moments: { label: string; at: number }[];
        if (p.moments && p.moments.length > 0) {
            moments = [];
            for (const text of p.moments) {
                const at = parseLocal(text, c.zone);
                if (typeof at === 'string') return fail(at);
                moments.push({ label: text, at });
            }
        } else {
            // The same examples the hover of the priority's first clock shows.
            moments = exampleMoments(c.model, (o.now ?? Date.now)(), exampleCalendar(c.model, priority.clocks[0]));
        }
        const rows = moments.map((m) => {
            const d = computeDeadlines(c.model, priority.name, m.at);
            return {
                label: m.label, reported: formatInZone(m.at, c.zone),
                response: deadlineRow(priority.name, d.response, c.zone), resolution: deadlineRow(priority.name, d.resolution, c.zone),
            };
        });
        const table: DeadlineTable = { contract: c.model.name, zone: contractZone(c.model), priority: priority.name, rows };
        if (priority.title) table.title = priority.title;
        return { ok: true, result: table };
    });
}

export function handleRunScenarios(services: RequestServices, p: RunScenariosParams, o: HandlerOptions = {}): Promise<Answer<ScenarioRun>> {
    return answer('Running the scenarios', async () => {
        const c = await loadContractModel(services, p.uri, o.token);
        if (!c.ok) return c;
        const chosen = p.scenario === undefined ? c.model.scenarios : c.model.scenarios.filter((s) => s.name === p.scenario);
        if (p.scenario !== undefined && chosen.length === 0) {
            return fail(`The contract has no scenario "${p.scenario}" (it has ${c.model.scenarios.map((s) => `"${s.name}"`).join(', ') || 'none'}).`);
        }
        const scenarios = chosen.map((s) => {
            const r = reportScenario(c.model, s);
            return {
                scenario: s.name, line: s.span.line, from: s.from, to: s.to,
                expectations: r.expectations.map((x) => ({ expect: x.expect, line: x.line, passed: x.passed, actual: x.actual })),
                errors: r.errors, passed: r.passed, failed: r.failed,
            };
        });
        const passed = scenarios.reduce((n, s) => n + s.passed, 0);
        const total = scenarios.reduce((n, s) => n + s.passed + s.failed, 0);
        return { ok: true, result: { contract: c.model.name, scenarios, passed, total } };
    });
}

export function handleGenerateSampleMonth(
    services: RequestServices, p: GenerateSampleMonthParams, o: HandlerOptions = {},
): Promise<Answer<SampleMonth>> {
    return answer('Generating a sample month', async () => {
        if (typeof parseMonth(p.month) === 'string') return fail(`'${p.month}' is not a month like 2026-03.`);
        const c = await loadContractModel(services, p.uri, o.token);
        if (!c.ok) return c;
        const month = p.month.trim();
        const { text, incidents } = generateSampleMonth(c.model, month, p.seed ?? 1);
        const base = (URI.parse(p.uri).path.split('/').pop() ?? 'contract').replace(/\.sla$/i, '');
        return { ok: true, result: { fileName: `${base}-${month}.csv`, format: 'csv', text, incidents } };
    });
}

/** The log read as the simulation reads it; its errors go to the editor's Problems panel. */
export function handleCheckLog(services: RequestServices, p: CheckLogParams, o: HandlerOptions = {}): Promise<Answer<LogCheck>> {
    return answer('Reading the incident log', async () => {
        const c = await loadContractModel(services, p.uri, o.token);
        if (!c.ok) return c;
        // Read through the contract's mapping file when the extension sent one, as the simulation reads it.
        const read = mappingOf(p);
        if (!read.ok) return read;
        const { incidents, errors } = parseIncidentLog(p.logText, p.logName, p.format, c.model, read.mapping);
        return {
            ok: true,
            result: {
                incidents: incidents.length,
                errors: errors.map((e) => ({ line: e.line, column: e.column, message: e.message, ...(e.field ? { field: e.field } : {}) })),
            },
        };
    });
}
