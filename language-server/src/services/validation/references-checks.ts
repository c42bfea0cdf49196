/**
 * References: names defined twice, definitions nobody uses, expectations about incidents
 * that are not in their scenario, and clauses written twice where only one can count.
 */
import { type AstNode, type ValidationAcceptor, type ValidationChecks, DocumentState, isAstNode, isMultiReference, isReference } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { hasSyntaxErrors, lineOf, report } from './ast-report.js';

type Named = AstNode & { name: string };

const WHAT: Record<string, string> = {
    Priority: 'priority', Calendar: 'calendar', Fee: 'fee', ChangeClass: 'change class', Scenario: 'scenario', Service: 'service',
};

function duplicates<N extends Named>(nodes: N[], accept: ValidationAcceptor): void {
    const first = new Map<string, N>();
    for (const n of nodes) {
        if (typeof n.name !== 'string' || !n.name) continue;
        const key = n.name;
        const earlier = first.get(key);
        if (earlier) {
            const what = WHAT[n.$type] ?? 'name';
            report(accept, 'duplicate-name', n as Named,
                `There is already a ${what} named "${n.name}" (line ${lineOf(earlier)}). Give each ${what} its own name, or remove one.`,
                { property: 'name', related: [{ node: earlier, note: `the first ${what} named "${n.name}"` }] });
        } else {
            first.set(key, n);
        }
    }
}

/** Names of every calendar and fee that some clause refers to, as written. */
function referencedNames(contract: ast.Contract): Set<string> {
    // Once linked, the document lists every reference of its AST (the linker, or a lazy
    // `.ref`, adds each one as it is resolved, found or not); the contract node itself has
    // no reference, so these are exactly the references below it. Before that: the walk.
    const document = contract.$document;
    if (document && document.state >= DocumentState.Linked) {
        const names = new Set<string>();
        for (const ref of document.references) if (ref.$refText) names.add(ref.$refText);
        return names;
    }
    return walkedNames(contract);
}

function walkedNames(contract: ast.Contract): Set<string> {
    // A plain walk visiting what AstUtils.streamAllContents + streamReferences visit
    // (references of every node below the contract), without a stream per node.
    const names = new Set<string>();
    const add = (text: string) => {
        if (text) names.add(text);
    };
    const visit = (node: AstNode, own: boolean) => {
        for (const key of Object.keys(node)) {
            if (key.startsWith('$')) continue;
            const value = (node as unknown as Record<string, unknown>)[key];
            if (isReference(value) || isMultiReference(value)) {
                if (own) add(value.$refText);
            } else if (isAstNode(value)) {
                visit(value, true);
            } else if (Array.isArray(value)) {
                for (const element of value) {
                    if (isReference(element)) {
                        if (own) add(element.$refText);
                    } else if (isAstNode(element)) {
                        visit(element, true);
                    }
                }
            }
        }
    };
    visit(contract, false);
    return names;
}

const ONCE: Array<[string, (c: ast.Clause) => boolean]> = [
    ['provider', (c) => ast.isParty(c) && c.role === 'provider'],
    ['customer', (c) => ast.isParty(c) && c.role === 'customer'],
    ['version', ast.isVersion],
    ['dated', ast.isContractDate],
    ['currency', ast.isCurrency],
    ['minimum term', ast.isMinimumTerm],
    ['availability', ast.isAvailability],
    ['change requests', ast.isChangeRequests],
];

function checkContract(contract: ast.Contract, accept: ValidationAcceptor): void {
    const clauses = contract.clauses ?? [];
    duplicates(clauses.filter(ast.isPriority), accept);
    duplicates(clauses.filter(ast.isCalendar), accept);
    duplicates(clauses.filter(ast.isFee), accept);
    duplicates(clauses.filter(ast.isChangeRequests).flatMap((c) => c.classes), accept);
    duplicates(clauses.filter(ast.isScenario), accept);
    duplicates(clauses.filter(ast.isService), accept);

    const used = hasSyntaxErrors(contract) ? undefined : referencedNames(contract);
    // A library's definitions are there for the contracts that import it.
    if (used && !contract.library) reportUnused(clauses, used, accept);

    for (const [word, is] of ONCE) {
        const found = clauses.filter(is);
        for (const extra of found.slice(1)) {
            report(accept, 'duplicate-clause', extra,
                `The contract already has a "${word}" clause (line ${lineOf(found[0])}); only the first one counts. Remove one of them.`,
                { related: [{ node: found[0], note: `the first "${word}" clause, the one that counts` }] });
        }
    }
}

function reportUnused(clauses: ast.Clause[], used: Set<string>, accept: ValidationAcceptor): void {
    for (const cal of clauses.filter(ast.isCalendar)) {
        if (cal.name && !used.has(cal.name)) {
            report(accept, 'unused-calendar', cal,
                `Calendar "${cal.name}" is not used: no clock, availability or surcharge refers to it. Refer to it (e.g. "within 4 hours of ${cal.name}") or remove it.`,
                { property: 'name' });
        }
    }
    // Rates and fixed amounts are prices on record, often only referred to in prose; a
    // periodic fee without an amount exists to be the base of a compensation.
    const isBase = (fee: ast.Fee) => ['month', 'quarter', 'year'].includes(fee.per) && fee.amount === undefined;
    for (const fee of clauses.filter(ast.isFee).filter(isBase)) {
        if (fee.name && !used.has(fee.name)) {
            report(accept, 'unused-fee', fee,
                `Fee "${fee.name}" is not used: no compensation or surcharge is a share of it. Refer to it (e.g. "20% of ${fee.name}") or remove it.`,
                { property: 'name' });
        }
    }
}

function checkAvailability(a: ast.Availability, accept: ValidationAcceptor): void {
    for (const level of ['guaranteed', 'target']) {
        const found = a.items.filter((i): i is ast.AvailabilityLevel => ast.isAvailabilityLevel(i) && i.level === level);
        for (const extra of found.slice(1)) {
            report(accept, 'duplicate-clause', extra,
                `Availability already has a ${level} level (line ${lineOf(found[0])}); only the first one counts. Remove one of them.`,
                { related: [{ node: found[0], note: `the first ${level} level, the one that counts` }] });
        }
    }
}

function eventId(e: ast.ScenarioEvent): string | undefined {
    return e.id === undefined || e.id === null ? undefined : String(e.id);
}

function checkScenario(s: ast.Scenario, accept: ValidationAcceptor): void {
    const seen = new Map<string, ast.ScenarioEvent>();
    for (const e of s.events) {
        const id = eventId(e);
        if (id === undefined) continue;
        const earlier = seen.get(id);
        if (earlier) {
            report(accept, 'duplicate-event-id', e,
                `Scenario "${s.name}" already has an event with id ${id} (line ${lineOf(earlier)}); expectations could not tell them apart. Give each event its own id.`,
                { property: 'id', related: [{ node: earlier, note: `the first event with id ${id}` }] });
        } else {
            seen.set(id, e);
        }
    }
    for (const x of s.expectations) {
        if (x.incident === undefined || x.incident === null) continue;
        const id = String(x.incident);
        const target = seen.get(id);
        // A remedy may name an outage (a credit per incident of downtime), a deadline only an incident.
        if (!target || (x.clock && !ast.isScenarioIncident(target))) {
            report(accept, 'unknown-incident', x,
                `Scenario "${s.name}" has no incident ${id}; this expectation cannot be checked. Use the id written after "incident".`,
                { property: 'incident' });
        }
    }
}

export function referencesChecks(_services: SlaServices): ValidationChecks<ast.SlaAstType> {
    return {
        Contract: checkContract,
        Availability: checkAvailability,
        Scenario: checkScenario,
    };
}
