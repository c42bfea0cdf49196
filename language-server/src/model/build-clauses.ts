/** Model builders for the money and service-level clauses: availability, maintenance, remedies, surcharges, change requests. */
import * as ast from '../generated/ast.js';
import type {
    AvailabilityModel, Bound, ChangeRequestsModel, ClaimRule, CreditBasis, CreditValue, DowntimeKind, ExclusionModel, MaintenanceWindowModel,
    CompensationBand, LevelPeriod, Period, RemedyGroupModel, RemedyModel, SurchargeBand, SurchargeModel, WarningTrigger,
} from './types.js';
import { cited, spanOf } from './source.js';
import type { ModelNodes } from './model-nodes.js';
import { daysOf, duration, durationUnit, milestone, percentage, timeRange, weekOf } from './values.js';
import type { MinuteRange } from './types.js';

const EXCLUSION_KIND: Record<string, ExclusionModel['kind']> = {
    maintenance: 'maintenance',
    plannedmaintenance: 'planned-maintenance',
    urgentmaintenance: 'urgent-maintenance',
    emergencymaintenance: 'emergency-maintenance',
    forcemajeure: 'force-majeure',
    customercaused: 'customer-caused',
    thirdparty: 'third-party',
};

/** Joined keyword text ("forcemajeure") -> the log's kind name ("force-majeure"). */
export function exclusionKind(text: string | undefined): ExclusionModel['kind'] | undefined {
    return text ? EXCLUSION_KIND[text.replace(/\s+/g, '').toLowerCase()] : undefined;
}

export function outageKind(text: string | undefined): DowntimeKind | undefined {
    const kind = exclusionKind(text);
    return kind && kind !== 'maintenance' ? kind : undefined;
}

export function buildAvailability(a: ast.Availability): AvailabilityModel {
    const model: AvailabilityModel = { ...cited(a), measured: { type: 'unspecified' }, exclusions: [] };
    for (const item of a.items) {
        if (ast.isAvailabilityLevel(item)) {
            const value = percentage(item.value);
            if (value === undefined || !item.period) continue;
            const period = levelPeriod(item.period);
            if (!period) continue;
            const level = { value, period, ...cited(item) };
            if (item.level === 'guaranteed') model.guarantee ??= level;
            else model.target ??= level;
        } else if (ast.isMeasuredDuring(item)) {
            if (item.aroundTheClock) model.measured = { type: 'around-the-clock' };
            else if (item.calendar?.ref) model.measured = { type: 'calendar', calendar: item.calendar.ref.name };
            else if (item.calendar) model.unresolvedMeasured = item.calendar.$refText;
        } else if (ast.isMinimumOutage(item)) {
            const d = duration(item.minimum);
            if (d?.minutes !== undefined && !d.calendar) model.minimumOutage ??= { minutes: d.minutes, ...(item.atMost ? { atMost: true } : {}), ...cited(item) };
        } else if (ast.isNotCounted(item)) {
            for (const e of item.exclusions) {
                const kind = exclusionKind(e.kind);
                if (kind) {
                    // Each exclusion gets its own place, so a finding points at the one to change.
                    model.exclusions.push({ kind, withinWindow: e.withinWindow, announced: e.announced, ...cited(item), span: spanOf(e) });
                }
            }
        }
    }
    return model;
}

/**
 * The period text as the grammar gives it ("month", "week", "rolling30days") as a level
 * period; undefined for text that is none.
 */
export function levelPeriod(text: string | undefined): LevelPeriod | undefined {
    const t = (text ?? '').replace(/\s+/g, '');
    if (t === 'hour' || t === 'week' || t === 'month' || t === 'quarter' || t === 'year') return t;
    const m = /^rolling(\d+)days$/.exec(t);
    return m && Number(m[1]) > 0 ? `rolling-${Number(m[1])}-days` : undefined;
}

/**
 * A period outside availability levels: a month, quarter or year only. Hours, weeks and
 * rolling windows there are an error of the AST checks (period-kind-unsupported); the
 * clause is left out of the model.
 */
export function calendarPeriod(text: string | undefined): Period | undefined {
    return text === 'month' || text === 'quarter' || text === 'year' ? text : undefined;
}

export function buildMaintenance(m: ast.Maintenance): MaintenanceWindowModel[] {
    return m.windows.map((w) => {
        const model: MaintenanceWindowModel = {
            kind: w.kind as MaintenanceWindowModel['kind'],
            maxIsEffort: w.maxEffort,
            ...cited(w),
        };
        if (!w.anyTime) model.weekly = weekOf(w.hours);
        const max = duration(w.maxDuration);
        if (max) model.maxDuration = max;
        const notice = duration(w.notice);
        if (notice) model.notice = notice;
        return model;
    });
}

function trigger(w: ast.Warning): WarningTrigger | undefined {
    if (w.each) return w.deadline ? { type: 'deadline-missed', clock: milestone(w.deadline) } : undefined;
    const t = w.trigger;
    if (!t) return undefined;
    if (t.availability) return t.level ? { type: 'availability-below', level: t.level as 'guarantee' } : undefined;
    if (t.compliance) return t.complianceOf ? { type: 'compliance-missed', clock: milestone(t.complianceOf) } : undefined;
    return t.deadline ? { type: 'deadline-missed', clock: milestone(t.deadline) } : undefined;
}

function bound(b: ast.LowerBound | ast.UpperBound | undefined): Bound | undefined {
    const value = percentage(b?.value);
    return b && value !== undefined ? { value, inclusive: b.inclusive } : undefined;
}

function remedy(r: ast.Remedy, nodes: ModelNodes): RemedyModel | undefined {
    const c = cited(r);
    if (ast.isWarning(r)) {
        const t = trigger(r);
        if (!t) return undefined;
        const per = r.each ? 'each' : calendarPeriod(r.period);
        if (!per) return undefined;
        return track(r, { type: 'warning', trigger: t, per, ...c });
    }
    if (ast.isImprovementProposal(r)) {
        const within = calendarPeriod(r.period);
        return within && track(r, { type: 'improvement-proposal', afterWarnings: r.count, within, ...c });
    }
    if (ast.isTerminationRight(r)) {
        if (r.window) {
            const minutes = r.downtime ? unitMinutes(r.downtime) : undefined;
            const outages = r.outages ? r.count : undefined;
            if ((outages === undefined && minutes === undefined) || !(r.window.days > 0)) return undefined;
            return track(r, { type: 'chronic-termination-right', moreThan: r.moreThan, days: r.window.days,
                ...(outages !== undefined ? { outages } : {}), ...(minutes !== undefined ? { downtimeMinutes: minutes } : {}), ...c });
        }
        const within = calendarPeriod(r.period);
        if (r.count === undefined) return undefined;
        // "after more than 6 compensations": the right arises with the 7th.
        return within && track(r, { type: 'termination-right', afterCompensations: r.count + (r.moreThan ? 1 : 0), within, ...c });
    }
    if (ast.isCredit(r)) {
        const model = credit(r, c, nodes);
        return model && track(r, model);
    }
    // An untagged band cites its compensation clause, where the table of bands stands.
    const list = bands(r.bands, c.article, nodes);
    const fromWarning = r.fromWarning ? parseInt(r.fromWarning, 10) : 1;
    if ((r.countedPer && !calendarPeriod(r.countedPer)) || (r.capPer && !calendarPeriod(r.capPer))) return undefined;
    const model: RemedyModel = {
        type: 'compensation', fromWarning,
        warningsCounted: r.overContract ? 'contract' : (r.countedPer as Period | undefined) ?? 'contract',
        countsWarnings: r.fromWarning !== undefined || r.overContract || r.countedPer !== undefined,
        bands: list, ...c,
    };
    const cap = percentage(r.cap);
    if (cap !== undefined && r.capPer) model.cap = { percent: cap, per: r.capPer as Period };
    return track(r, model);

    function track(node: ast.Remedy, element: RemedyModel): RemedyModel {
        nodes.set(node, element);
        return element;
    }
}

function bands(list: ast.Band[], article: string | undefined, nodes: ModelNodes): CompensationBand[] {
    return list.flatMap((b) => {
        const percent = percentage(b.percent);
        if (percent === undefined || !b.fee?.ref) return [];
        const at = cited(b);
        if (!at.article && article) at.article = article;
        const band: CompensationBand = { lower: bound(b.lower), upper: bound(b.upper), percent, fee: b.fee.ref.name, ...at };
        nodes.set(b, band);
        return [band];
    });
}

/** "5% of Maandbedrag", "50 EUR"; a share without a fee takes `fee` (the credit's own). */
export function creditValue(a: ast.CreditAmount | undefined, fee?: string): CreditValue | undefined {
    if (!a) return undefined;
    if (a.share) {
        const percent = percentage(a.share);
        const of = a.fee?.ref?.name ?? (a.fee ? undefined : fee);
        return percent === undefined || !of ? undefined : { type: 'share', percent, fee: of };
    }
    return typeof a.money === 'number' && Number.isFinite(a.money) && a.currency ? { type: 'money', amount: a.money, currency: a.currency } : undefined;
}

/** Minutes of a fixed-length unit of downtime ("30 minutes", "hour"); undefined for months and working days. */
function unitMinutes(u: ast.DowntimeUnit | undefined): number | undefined {
    if (!u) return undefined;
    const d = duration({ value: u.value ?? 1, unit: u.unit } as ast.Duration);
    return d?.minutes !== undefined && d.minutes > 0 ? d.minutes : undefined;
}

function claimRule(t: ast.CreditClaim): ClaimRule | undefined {
    const c = cited(t);
    if (t.nth) return { type: 'billing-cycles', cycles: parseInt(t.nth, 10), ...c };
    const w = t.within;
    if (!w || typeof w.value !== 'number') return undefined;
    if (w.cycles) return t.incident ? { type: 'billing-cycles', cycles: w.value, ...c } : undefined;
    const unit = durationUnit(w.unit);
    const d = unit ? duration({ value: w.value, unit: w.unit } as ast.Duration) : undefined;
    if (!d) return undefined;
    const endOf = t.incident ? 'incident' : calendarPeriod(t.endOf);
    return endOf && { type: 'within', duration: d, after: endOf, ...c };
}

function credit(r: ast.Credit, c: ReturnType<typeof cited>, nodes: ModelNodes): RemedyModel | undefined {
    let basis: CreditBasis | undefined;
    if (r.level) {
        const period = calendarPeriod(r.period);
        if (!period) return undefined;
        basis = { type: 'availability', level: r.level as 'guarantee', period, bands: bands(r.bands, c.article, nodes) };
    } else {
        const value = creditValue(r.amount);
        if (!value) return undefined;
        if (r.missed) {
            basis = { type: 'deadline', value, clock: milestone(r.missed), priorities: r.priorities.flatMap((p) => (p.ref ? [p.ref.name] : [])) };
            if (r.unit) {
                // "for each hour by which the deadline is missed": a unit of lateness.
                const unit = unitMinutes(r.unit);
                const grace = r.grace ? unitMinutes(r.grace) : r.additional ? unit : 0;
                if (unit === undefined || grace === undefined) return undefined;
                basis.late = { unitMinutes: unit, partThereof: r.partThereof, graceMinutes: grace };
            }
        } else {
            const unit = unitMinutes(r.unit);
            if (unit === undefined) return undefined;
            const grace = r.grace ? unitMinutes(r.grace) : r.additional ? unit : 0;
            if (grace === undefined || (r.per && !calendarPeriod(r.per))) return undefined;
            basis = { type: 'downtime', value, unitMinutes: unit, partThereof: r.partThereof, graceMinutes: grace,
                per: r.perIncident ? 'incident' : (r.per as Period | undefined) ?? 'month' };
        }
    }
    const ownFee = basis.type === 'availability' ? basis.bands[0]?.fee : basis.value.type === 'share' ? basis.value.fee : undefined;
    const model: Extract<RemedyModel, { type: 'credit' }> = { type: 'credit', basis, onRequest: false, ...c };
    // Terms have no article of their own: they cite their credit clause.
    const at = (t: ast.CreditTerm) => ({ ...cited(t), ...(c.article ? { article: c.article } : {}) });
    for (const t of r.terms) {
        if (ast.isCreditCap(t)) {
            const value = creditValue(t.amount, ownFee);
            const per = calendarPeriod(t.per);
            if (value && per) model.cap = { value, per, scope: 'clause', ...at(t) };
        } else if (ast.isCreditMinimum(t)) {
            const value = creditValue(t.amount, ownFee);
            if (value) model.minimum = { value, inclusive: t.atLeast, ...at(t) };
        } else if (ast.isCreditClaim(t)) {
            const claim = claimRule(t);
            if (claim && c.article) claim.article = c.article;
            if (claim) model.claim = claim;
        } else if (t.onRequest) {
            model.onRequest = true;
        }
    }
    return model;
}

export function buildRemedies(g: ast.Remedies, nodes: ModelNodes): RemedyGroupModel {
    const group: RemedyGroupModel = {
        name: g.name,
        ...cited(g),
        remedies: g.remedies.map((r) => remedy(r, nodes)).filter((r): r is RemedyModel => !!r),
    };
    nodes.set(g, group);
    return group;
}

export function buildSurcharges(s: ast.Surcharges): SurchargeModel {
    const bands: SurchargeBand[] = [];
    for (const b of s.bands) {
        const multiplier = percentage(b.multiplier);
        if (multiplier === undefined) continue;
        const band: SurchargeBand = { days: daysOf(b.days), multiplier, ...cited(b) };
        if (b.holidaysOf?.ref) band.holidaysOf = b.holidaysOf.ref.name;
        if (b.outside?.ref) band.outside = b.outside.ref.name;
        if (b.ranges.length) band.ranges = b.ranges.map(timeRange).filter((r): r is MinuteRange => !!r);
        bands.push(band);
    }
    return { fee: s.fee?.ref?.name, bands, exceptFor: [...s.exceptFor], ...cited(s) };
}

export function buildChangeRequests(c: ast.ChangeRequests): ChangeRequestsModel {
    const model: ChangeRequestsModel = {
        ...cited(c),
        classes: c.classes.flatMap((k) => {
            const leadTime = duration(k.leadTime);
            return leadTime ? [{ name: k.name, title: k.title, leadTime, ...cited(k) }] : [];
        }),
    };
    const after = c.acceptance ? duration(c.acceptance.after) : undefined;
    if (c.acceptance && after) model.acceptance = { after, ...cited(c.acceptance) };
    return model;
}
