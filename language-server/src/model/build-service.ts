/** Model builder for named service levels: each its own availability, remedies and cap. */
import type * as ast from '../generated/ast.js';
import type { Period, ServiceModel } from './types.js';
import { buildAvailability, buildRemedies, calendarPeriod, creditValue } from './build-clauses.js';
import { cited } from './source.js';
import type { ModelNodes } from './model-nodes.js';

export function buildService(s: ast.Service, nodes: ModelNodes): ServiceModel {
    const service: ServiceModel = {
        name: s.name ?? '', ...cited(s),
        remedyGroups: s.remedies.map((g) => buildRemedies(g, nodes)),
    };
    // A remedies block without its own article cites the service's.
    for (const g of service.remedyGroups) if (!g.article && service.article) g.article = service.article;
    if (s.description) service.description = s.description;
    if (s.availability) service.availability = buildAvailability(s.availability);
    if (s.cap) {
        // "100%" without a fee is a share of the fee the service's credits are paid in.
        const ownFee = service.remedyGroups.flatMap((g) => g.remedies).map((r) => {
            if (r.type === 'credit') return r.basis.type === 'availability' ? r.basis.bands[0]?.fee : r.basis.value.type === 'share' ? r.basis.value.fee : undefined;
            return r.type === 'compensation' ? r.bands[0]?.fee : undefined;
        }).find((f) => f !== undefined);
        const value = creditValue(s.cap.amount, ownFee);
        const per: Period | undefined = calendarPeriod(s.cap.per);
        if (value && per) {
            service.cap = { value, per, scope: 'service', ...cited(s.cap) };
            if (!service.cap.article && service.article) service.cap.article = service.article;
        }
    }
    nodes.set(s, service);
    return service;
}
