/** Model builders for the money and service-level clauses: availability, maintenance, remedies, surcharges, change requests. */
import * as ast from '../generated/ast.js';
import type {
    AvailabilityModel, Bound, ChangeRequestsModel, DowntimeKind, ExclusionModel, MaintenanceWindowModel,
    CompensationBand, Period, RemedyGroupModel, RemedyModel, SurchargeBand, SurchargeModel, WarningTrigger,
} from './types.js';
import { cited, spanOf } from './source.js';
import type { ModelNodes } from './model-nodes.js';
import { daysOf, duration, percentage, timeRange, weekOf } from './values.js';
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
            const level = { value, period: item.period as Period, ...cited(item) };
            if (item.level === 'guaranteed') model.guarantee ??= level;
            else model.target ??= level;
        } else if (ast.isMeasuredDuring(item)) {
            if (item.aroundTheClock) model.measured = { type: 'around-the-clock' };
            else if (item.calendar?.ref) model.measured = { type: 'calendar', calendar: item.calendar.ref.name };
        } else if (ast.isMinimumOutage(item)) {
            const d = duration(item.minimum);
            if (d?.minutes !== undefined && !d.calendar) model.minimumOutage ??= { minutes: d.minutes, ...cited(item) };
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
    if (w.each) return w.deadline ? { type: 'deadline-missed', clock: w.deadline as 'response' } : undefined;
    const t = w.trigger;
    if (!t) return undefined;
    if (t.availability) return t.level ? { type: 'availability-below', level: t.level as 'guarantee' } : undefined;
    if (t.compliance) return t.complianceOf ? { type: 'compliance-missed', clock: t.complianceOf as 'response' } : undefined;
    return t.deadline ? { type: 'deadline-missed', clock: t.deadline as 'response' } : undefined;
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
        return track(r, { type: 'warning', trigger: t, per: r.each ? 'each' : (r.period as Period), ...c });
    }
    if (ast.isImprovementProposal(r)) {
        return track(r, { type: 'improvement-proposal', afterWarnings: r.count, within: r.period as Period, ...c });
    }
    if (ast.isTerminationRight(r)) {
        return track(r, { type: 'termination-right', afterCompensations: r.count, within: r.period as Period, ...c });
    }
    const bands = r.bands.flatMap((b) => {
        const percent = percentage(b.percent);
        if (percent === undefined || !b.fee?.ref) return [];
        // An untagged band cites its compensation clause, where the table of bands stands.
        const at = cited(b);
        if (!at.article && c.article) at.article = c.article;
        const band: CompensationBand = { lower: bound(b.lower), upper: bound(b.upper), percent, fee: b.fee.ref.name, ...at };
        nodes.set(b, band);
        return [band];
    });
    const fromWarning = r.fromWarning ? parseInt(r.fromWarning, 10) : 1;
    const model: RemedyModel = {
        type: 'compensation', fromWarning,
        warningsCounted: r.overContract ? 'contract' : (r.countedPer as Period | undefined) ?? 'contract',
        bands, ...c,
    };
    const cap = percentage(r.cap);
    if (cap !== undefined && r.capPer) model.cap = { percent: cap, per: r.capPer as Period };
    return track(r, model);

    function track(node: ast.Remedy, element: RemedyModel): RemedyModel {
        nodes.set(node, element);
        return element;
    }
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
