/**
 * Services named in scenarios: every name must be a service of the contract (with the
 * nearest name offered), and in a contract with services an outage that names none
 * counts against none of them, which is rarely what the writer meant. An incident with
 * no downtime is said so only when a service has remedies for missed deadlines.
 */
import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { report } from './ast-report.js';
import { editDistance } from './edit-distance.js';

/** The contract's services, its own and those of the libraries it imports. */
function serviceNames(services: SlaServices, node: AstNode): string[] {
    const root = AstUtils.findRootNode(node);
    if (!ast.isContract(root)) return [];
    return (services.model.ModelCache.built(root).model.services ?? []).map((s) => s.name).filter((n) => n !== '');
}

/**
 * Whether some service has a remedy for a missed deadline: only then does an incident
 * without downtime count against a service (deadlines are the contract's; a service sees
 * the misses of the incidents that name it).
 */
function servicesJudgeDeadlines(services: SlaServices, node: AstNode): boolean {
    const root = AstUtils.findRootNode(node);
    if (!ast.isContract(root)) return false;
    return (services.model.ModelCache.built(root).model.services ?? []).some((s) => s.remedyGroups.some((g) => g.remedies.some((r) =>
        (r.type === 'credit' && r.basis.type === 'deadline') || (r.type === 'warning' && r.trigger.type === 'deadline-missed'))));
}

/** The contract's services nearest to a misspelt name (at most a third of its letters off). */
export function nearestServices(name: string, known: string[]): string[] {
    const scored = known.map((k) => ({ k, d: editDistance(name.toLowerCase(), k.toLowerCase()) }))
        .filter((x) => x.d <= Math.max(2, Math.floor(name.length / 3)));
    const best = Math.min(...scored.map((x) => x.d));
    return scored.filter((x) => x.d === best).map((x) => x.k);
}

function unknownText(name: string, known: string[]): string {
    const near = nearestServices(name, known);
    const list = known.length ? `the contract's services are ${known.map((k) => `"${k}"`).join(', ')}` : 'the contract defines no services';
    return `There is no service "${name}" (${list}).${near.length ? ` Did you mean "${near[0]}"?` : ''}`;
}

function checkEvent(known: string[], e: ast.ScenarioIncident | ast.ScenarioOutage, accept: ValidationAcceptor, deadlinesCount = true): void {
    e.services.forEach((name, index) => {
        if (!known.includes(name)) report(accept, 'unknown-service', e, unknownText(name, known), { property: 'services', index });
    });
    // An incident without downtime hits a service only through its deadlines.
    const matters = !ast.isScenarioIncident(e) || e.downFrom !== undefined || deadlinesCount;
    if (e.services.length === 0 && known.length > 0 && matters) {
        const what = ast.isScenarioIncident(e) ? 'incident' : e.maintenance ? 'maintenance' : 'outage';
        report(accept, 'event-without-service', e,
            `This ${what} names no service, so it counts against none of the contract's services (${known.map((k) => `"${k}"`).join(', ')}), only for the contract as a whole. `
            + `Say which it hit: 'service "${known[0]}"'${known.length > 1 ? ', or several separated by commas' : ''}.`);
    }
}

export function serviceChecks(services: SlaServices): ValidationChecks<ast.SlaAstType> {
    return {
        ScenarioIncident: (e, accept) => checkEvent(serviceNames(services, e), e, accept, servicesJudgeDeadlines(services, e)),
        ScenarioOutage: (e, accept) => checkEvent(serviceNames(services, e), e, accept),
        Service: (svc: ast.Service, accept: ValidationAcceptor) => {
            if (typeof svc.name === 'string' && !svc.name.trim()) {
                report(accept, 'empty-service-name', svc,
                    'This service has no name: outages, incidents and expectations name a service by it, and reports list it. Give it one (\'service "Network" { ... }\').',
                    { property: 'name' });
            }
        },
        ServiceCap: (cap: ast.ServiceCap, accept: ValidationAcceptor) => {
            // "100%" alone is a share of the fee the service's credits are paid in; without one it reads as nothing.
            if (!cap.amount?.share || cap.amount.fee || !['month', 'quarter', 'year'].includes(cap.per)) return;
            const root = AstUtils.findRootNode(cap);
            const built = ast.isContract(root) ? services.model.ModelCache.built(root) : undefined;
            if (built && !built.nodes.get(cap.$container)?.cap) {
                report(accept, 'service-cap-without-fee', cap,
                    'This cap is a share but names no fee, and no credit of the service is a share of one: it caps nothing. Name the fee (\'credits capped at 100% of <fee> per month\') or give a sum (\'50 USD\').',
                    { property: 'amount' });
            }
        },
        Expectation: (x: ast.Expectation, accept: ValidationAcceptor) => {
            if (x.service === undefined) return;
            const known = serviceNames(services, x);
            if (!known.includes(x.service)) report(accept, 'unknown-service', x, unknownText(x.service, known), { property: 'service' });
        },
    };
}
