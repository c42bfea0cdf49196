/**
 * Named service levels. Each service is judged as a contract of its own would be: its own
 * availability clause and remedies, over the outages and incidents that name it, with the
 * contract's calendars, maintenance windows, fees and clocks. The contract's top-level
 * availability and remedies keep judging the contract as a whole (every outage counts).
 */
import type { ContractModel, CreditCap, ServiceModel } from '../model/types.js';
import { inUnitOf, scaleSize, valueText } from './credits.js';
import type { Incident } from './incident-log.js';
import { periodAt } from './periods.js';
import type { RemedyItem } from './remedies.js';

/** The contract as one service sees it: its availability and remedies instead of the top level's. */
export function serviceView(contract: ContractModel, service: ServiceModel): ContractModel {
    return {
        ...contract,
        availability: service.availability,
        remedyGroups: service.remedyGroups.map((g) => ({ ...g, name: g.name ? `${service.name} ${g.name}` : service.name })),
        compliance: [],
        services: [],
    };
}

// One view per service model: a service model belongs to one built contract, so the view
// lives as long as that model, and so do the caches keyed by it (the checker's budgets).
const views = new WeakMap<ServiceModel, ContractModel>();

/** serviceView, the same object for the same service model. */
export function viewOfService(contract: ContractModel, service: ServiceModel): ContractModel {
    let v = views.get(service);
    if (!v) views.set(service, v = serviceView(contract, service));
    return v;
}

/** The events that name the service. */
export function incidentsOfService(incidents: Incident[], name: string): Incident[] {
    return incidents.filter((i) => i.services?.includes(name));
}

const EPS = 1e-9;

/**
 * "credits capped at 100% of DropletFee per month": every compensation and credit of the
 * service together, in order of the moment it arises, at most the cap per period. What
 * comes after the cap is used up is cut down or not due, and says so.
 */
export function applyServiceCap(contract: ContractModel, cap: CreditCap, items: RemedyItem[], zone: string): RemedyItem[] {
    const used = new Map<string, number>();
    const capIn = cap.value.type === 'share' ? cap.value.percent * 100 : cap.value.amount;
    const unit = cap.value.type === 'share' ? '%' : ` ${cap.value.currency}`;
    return [...items].sort((a, b) => a.at - b.at).map((item) => {
        if ((item.kind !== 'credit' && item.kind !== 'compensation') || !item.due) return item;
        const size = { percent: item.percent, fee: item.fee, amount: item.amount, currency: item.currency };
        const mine = inUnitOf(contract, size, cap.value);
        if (mine === undefined) {
            return { ...item, because: `${item.because}; the service's cap of ${valueText(cap.value)} per ${cap.per} could not be applied: it is not in the credit's unit and the fee has no amount` };
        }
        const label = periodAt(item.at, cap.per, zone).label;
        const before = used.get(label) ?? 0;
        const allowed = Math.max(0, capIn - before);
        if (mine <= allowed + EPS) {
            used.set(label, before + mine);
            return item;
        }
        used.set(label, before + allowed);
        const cut = scaleSize(size, mine > 0 ? allowed / mine : 0);
        const out: RemedyItem = { ...item, ...definedOnly(cut),
            because: `${item.because}; the service's credits are capped at ${valueText(cap.value)} per ${cap.per} (${num(before)}${unit} already given in ${label})` };
        if ((cut.percent ?? cut.amount ?? 0) <= EPS) { out.due = false; delete out.claimBy; }
        return out;
    });
}

function definedOnly<T extends object>(o: T): Partial<T> {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);
