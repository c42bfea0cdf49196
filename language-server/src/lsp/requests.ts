/**
 * Handlers of the custom requests in protocol.ts; each calls the engine, never computes itself.
 *
 * Every handler answers `{ok: false, message}` instead of throwing: a contract with errors,
 * without a time zone, an unreadable log or an unknown priority are things to tell the
 * user, not protocol failures. The handlers are exported so tests call them directly.
 */
import { type LangiumDocument, type LangiumSharedCoreServices, DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { CancellationToken } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Contract } from '../generated/ast.js';
import type { SlaServices } from '../language/sla-module.js';
import type { SlaLspServices } from '../language/sla-lsp-module.js';
import type { ContractModel } from '../model/types.js';
import { computeDeadlines, type DeadlineResult } from '../engine/deadlines.js';
import { exampleCalendar, exampleMoments } from '../engine/example-moments.js';
import { formatLogError, parseIncidentLog, type Incident } from '../engine/incident-log.js';
import { contractZone, parseMonth } from '../engine/periods.js';
import { generateSampleMonth } from '../engine/sample-month.js';
import { runScenario } from '../engine/scenario.js';
import { simulate } from '../engine/simulate.js';
import { formatInZone, parseLocal } from '../engine/time.js';
import { withTimes } from '../render/report-data.js';
import { clauseName } from '../cli/deadlines-command.js';
import { describeExpectation } from '../cli/test-command.js';
import {
    REQUESTS, type Answer, type ContractInfo, type ContractInfoParams, type DeadlineCell, type DeadlineTable,
    type DeadlineTableParams, type GenerateSampleMonthParams, type RunScenariosParams, type SampleMonth,
    type ScenarioRun, type SimulateParams, type SimulateResult,
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
}

/**
 * A failing `expect` line or an unreadable scenario event is the scenario's verdict, not a
 * fault of the contract: runScenarios reports it, and the other figures do not depend on it.
 */
const SCENARIO_VERDICTS = new Set(['expectation-failed', 'scenario-event-invalid']);

/** How long to wait for the language server's own build before building the document here. */
const BUILD_WAIT_MS = 10_000;

export function registerRequests(connection: Connection, shared: LangiumSharedServices, sla: SlaLspServices): void {
    const services: RequestServices = { shared, Sla: sla };
    connection.onRequest(REQUESTS.simulate, (p: SimulateParams, token) => handleSimulate(services, p, { token }));
    connection.onRequest(REQUESTS.deadlineTable, (p: DeadlineTableParams, token) => handleDeadlineTable(services, p, { token }));
    connection.onRequest(REQUESTS.runScenarios, (p: RunScenariosParams, token) => handleRunScenarios(services, p, { token }));
    connection.onRequest(REQUESTS.generateSampleMonth, (p: GenerateSampleMonthParams, token) => handleGenerateSampleMonth(services, p, { token }));
    connection.onRequest(REQUESTS.contractInfo, (p: ContractInfoParams, token) => handleContractInfo(services, p, { token }));
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
    const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1 && !SCENARIO_VERDICTS.has(String(d.code)));
    const name = u.path.split('/').pop() ?? uri;
    if (errors.length > 0) {
        const first = errors[0];
        return fail(`${name} has ${errors.length} error(s); fix them first (line ${first.range.start.line + 1}: ${first.message}).`);
    }
    const model = services.Sla.model.ModelCache.get(document.parseResult.value);
    if (!model.zone) return fail(`${name} names no valid time zone; add e.g. time zone "Europe/Amsterdam".`);
    return { ok: true, model, zone: model.zone, document };
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

export function handleSimulate(services: RequestServices, p: SimulateParams, o: HandlerOptions = {}): Promise<Answer<SimulateResult>> {
    return answer('The simulation', async () => {
        const c = await loadContractModel(services, p.uri, o.token);
        if (!c.ok) return c;
        const { incidents, errors } = parseIncidentLog(p.logText, p.logName, p.format, c.model);
        if (errors.length > 0) {
            return fail([`${p.logName} has ${errors.length} error(s); nothing was simulated:`, ...errors.map(formatLogError)].join('\n'));
        }
        // Empty from/to: the months the log touches, as `sla simulate` does without --from/--to.
        const span = monthsOf(incidents, c.zone);
        const from = p.from?.trim() || span?.from;
        const to = p.to?.trim() || p.from?.trim() || span?.to;
        if (!from || !to) return fail(`${p.logName} has no times; give the period to simulate, e.g. 2026-01..2026-12.`);
        for (const m of [from, to]) {
            const read = parseMonth(m);
            if (typeof read === 'string') return fail(`'${m}' is not a month like 2026-01.`);
        }
        if (from > to) return fail(`The period starts (${from}) after it ends (${to}).`);
        return { ok: true, result: withTimes(simulate(c.model, incidents, { from, to }), incidents) };
    });
}

/** First and last month with a time in the log, in the contract's zone. */
function monthsOf(incidents: Incident[], zone: string): { from: string; to: string } | undefined {
    const times = incidents.flatMap((i) => [i.reported, i.downFrom, i.downTo, i.resolved].filter((t): t is number => t !== undefined));
    if (times.length === 0) return undefined;
    const month = (t: number) => formatInZone(t, zone).slice(0, 7);
    return { from: month(Math.min(...times)), to: month(Math.max(...times)) };
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
        const cell = (r: DeadlineResult): DeadlineCell => ({
            deadline: r.deadline === null ? null : formatInZone(r.deadline, c.zone),
            clause: r.clause ? clauseName(priority.name, r.clause) : null,
            explanation: r.explanation,
        });
        const rows = moments.map((m) => {
            const d = computeDeadlines(c.model, priority.name, m.at);
            return { label: m.label, reported: formatInZone(m.at, c.zone), response: cell(d.response), resolution: cell(d.resolution) };
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
            const r = runScenario(c.model, s);
            const expectations = r.expectations.map((x) => ({
                expect: describeExpectation(x.expectation), line: x.expectation.span.line, passed: x.passed, actual: x.actual,
            }));
            const passed = expectations.filter((x) => x.passed).length;
            return {
                scenario: s.name, line: s.span.line, from: s.from, to: s.to, expectations, errors: r.errors,
                passed, failed: expectations.length - passed + r.errors.length,
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
