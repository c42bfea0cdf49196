/**
 * Coverage: every availability value gets exactly one compensation band, and the bands
 * meet the guarantee where they should; every report has a deadline when clocks are
 * conditional; compliance targets have deadlines to measure; remedies refer to levels
 * that exist.
 */
import type {
    Clause,
    ClockModel, CompensationBand, ContractModel, RemedyGroupModel, RemedyModel,
} from '../model/types.js';
import { calendarsOf } from '../engine/deadlines.js';
import type { Finding } from './finding.js';
import { cite, finding, momentText, pct } from './rule-support.js';
import { sampleMoments, telling } from './samples.js';
import type { CheckerMemo } from './checker-memo.js';
import { highOf, lowOf, sweepBands, type Edge } from './band-sweep.js';

type Compensation = Extract<RemedyModel, { type: 'compensation' }>;


function lowText(b: Edge): string {
    return `${b.inclusive ? 'from' : 'above'} ${pct(b.value)}`;
}
function highText(b: Edge): string {
    return b.value === Infinity ? 'without an upper bound' : `${b.inclusive ? 'up to' : 'below'} ${pct(b.value)}`;
}

/** The availability level a group's compensation answers to: the target only if its warnings say so. */
function levelOf(model: ContractModel, group: RemedyGroupModel): { value: number; name: 'guarantee' | 'target'; article?: string; clause: Clause } | undefined {
    const a = model.availability;
    const levels = group.remedies.flatMap((r) => (r.type === 'warning' && r.trigger.type === 'availability-below' ? [r.trigger.level] : []));
    const name = levels.includes('target') && !levels.includes('guarantee') ? 'target' : 'guarantee';
    const level = name === 'target' ? a?.target : a?.guarantee;
    return level ? { value: level.value, name, article: level.article, clause: level } : undefined;
}

function overlaps(a: CompensationBand, b: CompensationBand): { value: number; point: boolean } | undefined {
    const lo = lowOf(a).value > lowOf(b).value || (lowOf(a).value === lowOf(b).value && !lowOf(a).inclusive) ? lowOf(a) : lowOf(b);
    const hi = highOf(a).value < highOf(b).value || (highOf(a).value === highOf(b).value && !highOf(a).inclusive) ? highOf(a) : highOf(b);
    if (lo.value < hi.value) return { value: lo.value, point: false };
    if (lo.value === hi.value && lo.inclusive && hi.inclusive) return { value: lo.value, point: true };
    return undefined;
}

export function remedyBands(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const group of model.remedyGroups) {
        const level = levelOf(model, group);
        for (const r of group.remedies) {
            if (r.type === 'compensation' && r.bands.length > 0) out.push(...checkBands(r, level));
            if (r.type === 'credit' && r.basis.type === 'availability' && r.basis.bands.length > 0) {
                const own = r.basis.level === 'target' ? model.availability?.target : model.availability?.guarantee;
                out.push(...checkBands({ bands: r.basis.bands }, own ? { value: own.value, name: r.basis.level, article: own.article, clause: own } : undefined));
            }
        }
    }
    return out;
}

function checkBands(r: Pick<Compensation, 'bands'>, level: ReturnType<typeof levelOf>): Finding[] {
    const out: Finding[] = [];
    const sweep = sweepBands(r.bands);
    const bands = sweep.sorted;
    // Overlaps, pairwise.
    for (let i = 0; i < bands.length; i++) {
        for (let j = i + 1; j < bands.length; j++) {
            const o = overlaps(bands[i], bands[j]);
            if (!o) continue;
            const [a, b] = [bands[i], bands[j]];
            out.push(finding('remedy-band-overlap', b, o.point
                ? `exactly ${pct(o.value)} availability is in two bands: ${highText(highOf(a))}${cite(a)} and ${lowText(lowOf(b))}. `
                    + `Which compensation applies, ${pct(a.percent)} or ${pct(b.percent)}? Make one of the two bounds exclusive ('below' or 'above').`
                : `this band overlaps another band${cite(a)} from ${pct(o.value)}: availability there gets both ${pct(a.percent)} and ${pct(b.percent)}, or it is unclear which. Let the bands meet at one bound.`,
                [{ at: a, note: `the band it overlaps (${pct(a.percent)})` }]));
        }
    }
    for (const g of sweep.gaps) {
        const lo = lowOf(g.band);
        if (!g.prev) {
            out.push(finding('remedy-band-gap', g.band,
                `availability ${lo.inclusive ? 'below' : 'of at most'} ${pct(lo.value)} gets no compensation: the lowest band starts ${lowText(lo)}. `
                + `The worst outages would be the only ones without compensation, which is probably not intended. Add a band 'availability below ${pct(lo.value)}: ...' or drop the lower bound.`));
        } else {
            const at = g.lower!.value;
            out.push(finding('remedy-band-gap', g.band, g.point
                ? `exactly ${pct(at)} availability is in no band: one band stops ${highText(highOf(g.prev))}${cite(g.prev)}, the next starts ${lowText(lo)}. `
                    + `Write 'from ${pct(at)}' in one of them so that ${pct(at)} gets a compensation.`
                : `availability between ${pct(at)} and ${pct(lo.value)} is in no band: the band${cite(g.prev)} stops ${highText(highOf(g.prev))} and this one starts ${lowText(lo)}. Close the gap or say that no compensation is meant there.`,
                [{ at: g.prev, note: `the band below the gap, ${highText(highOf(g.prev))}` }]));
        }
    }
    const { value: at, inclusive: atIncluded } = sweep.coveredTo;
    const top = sweep.top;
    if (!level || !top) return out;
    const what = `the ${level.name} (${pct(level.value)}${cite(level)})`;
    if (at < level.value - 1e-12) {
        out.push(finding('remedy-band-short-of-guarantee', top,
            `the highest band ends ${highText(highOf(top))}, below ${what}: availability ${atIncluded ? 'above' : 'from'} ${pct(at)} up to ${pct(level.value)} misses the ${level.name} but gets no compensation. `
            + `Let the highest band run 'below ${pct(level.value)}'.`,
            [{ at: level.clause, note: `the ${level.name}, ${pct(level.value)}` }]));
    } else if (at === Infinity || at > level.value + 1e-12) {
        out.push(finding('remedy-band-above-guarantee', top,
            `this band ${top.upper ? `runs ${highText(top.upper)}` : 'has no upper bound'}, above ${what}: `
            + `a period that meets the ${level.name} would still be compensated. Let the band stop 'below ${pct(level.value)}'.`,
            [{ at: level.clause, note: `the ${level.name}, ${pct(level.value)}` }]));
    } else if (atIncluded) {
        out.push(finding('band-edge-at-guarantee', top,
            `this band runs ${highText(highOf(top))}, the ${level.name} itself: availability of exactly ${pct(level.value)} meets the ${level.name} and is still compensated ${pct(top.percent)}. `
            + `If that is not meant, write 'below ${pct(level.value)}'.`,
            [{ at: level.clause, note: `the ${level.name}, ${pct(level.value)}` }]));
    }
    return out;
}

function conditionText(c: ClockModel): string {
    return `${c.when!.reported === 'inside' ? 'during' : 'outside'} ${c.when!.calendar}`;
}

export function clockCoverage(model: ContractModel, memo: CheckerMemo): Finding[] {
    const out: Finding[] = [];
    const zone = model.zone ?? 'UTC';
    const calendars = calendarsOf(model);
    let samples: number[] | undefined;
    for (const p of model.priorities) {
        for (const kind of ['response', 'resolution'] as const) {
            const clocks = p.clocks.filter((c) => c.kind === kind);
            if (clocks.length === 0 || clocks.some((c) => !c.when)) continue;
            if (clocks.some((c) => !calendars.has(c.when!.calendar))) continue; // an unresolved name: reported elsewhere
            samples ??= sampleMoments(model, 30, memo);
            const applies = (t: number) => clocks.some((c) => calendars.get(c.when!.calendar)!.isOpen(t) === (c.when!.reported === 'inside'));
            const uncovered = samples.filter((t) => !applies(t));
            if (uncovered.length === 0) continue;
            const example = telling(uncovered, zone)[0];
            const conditions = [...new Set(clocks.map(conditionText))].join(' or ');
            out.push(finding('clock-coverage-gap', clocks[0],
                `${p.name} has ${kind} clocks only for reports ${conditions}: what is the ${kind} deadline for a report on ${momentText(example, zone)}? `
                + `Add a ${kind} clock for the other reports, or drop the condition if the clock is meant for every report.`));
        }
    }
    return out;
}

export function complianceWithoutDeadline(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const c of model.compliance) {
        const covered = c.priorities.length > 0 ? model.priorities.filter((p) => c.priorities.includes(p.name)) : model.priorities;
        const missing: string[] = [];
        for (const p of covered) {
            const clocks = p.clocks.filter((k) => k.kind === c.kind);
            if (clocks.some((k) => k.rule.type !== 'by-agreement')) continue;
            missing.push(clocks.length > 0 ? `${p.name} (only 'planned by agreement')` : p.name);
        }
        if (missing.length === 0) continue;
        out.push(finding('compliance-without-deadline', c,
            `${c.kind} times must be met in at least ${pct(c.atLeast)} of incidents, but ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no computable ${c.kind} deadline. `
            + `Say whether those incidents count (as met, or not at all), or name the priorities this target covers ('of P1, P2').`));
    }
    return out;
}

export function remedyLevels(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    const a = model.availability;
    for (const group of model.remedyGroups) {
        for (const r of group.remedies) {
            if (r.type !== 'warning') continue;
            const t = r.trigger;
            if (t.type === 'availability-below' && !(t.level === 'target' ? a?.target : a?.guarantee)) {
                out.push(finding('remedy-level-undefined', r,
                    `this warning is given when availability is below the ${t.level}, but the contract states no availability ${t.level}${a ? cite(a) : ''}, so it can never be given.`));
            } else if (t.type === 'compliance-missed' && !model.compliance.some((c) => c.kind === t.clock)
                // A clock judged by its share ("... in at least 90% of incidents per month") is a compliance target too, unless it is only a target.
                && !model.priorities.some((p) => p.clocks.some((c) => c.kind === t.clock && c.share && !c.target))) {
                const words = t.clock === 'start-of-work' ? 'start of work' : t.clock;
                out.push(finding('remedy-level-undefined', r,
                    `this warning is given when the ${words} compliance target is missed, but the contract states no ${words} compliance target ('${words} times met in at least ...'), so it can never be given.`));
            }
        }
    }
    return out;
}

export const coverageRules = [remedyBands, clockCoverage, complianceWithoutDeadline, remedyLevels];
