/**
 * Contradictions found by computing, not by reading: for every priority, the deadlines of
 * a grid of reporting moments in a sample week (and a holiday) are computed with the
 * deadline engine, and the checker reports
 *  - a resolution due before the response is due (or before the report), e.g. a same-day
 *    cap that falls before a response deadline that has moved to the next working day;
 *  - a clause that applies but never decides a deadline, because another clause of the
 *    same kind is always earlier (its condition or value is then almost surely a slip).
 */
import { DateTime } from 'luxon';
import type { ClockModel, ContractModel } from '../model/types.js';
import { computeDeadlines, makeDeadlineFunction } from '../engine/deadlines.js';
import type { Finding } from './finding.js';
import { cite, finding, momentText } from './rule-support.js';
import { sampleMoments, telling } from './samples.js';

const STEP_MINUTES = 15;

function at(ms: number, zone: string): string {
    return momentText(ms, zone);
}

function clockLabel(c: ClockModel | null): string {
    if (!c) return '';
    if (c.rule.type === 'same-day') return ` (the same-day cap${c.article ? `, ${c.article}` : ''})`;
    return cite(c);
}

export function clockContradictions(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    const zone = model.zone ?? 'UTC';
    const withBoth = model.priorities.filter((p) => p.clocks.some((c) => c.kind === 'response') && p.clocks.some((c) => c.kind === 'resolution'));
    const all = model.priorities.filter((p) => p.clocks.length > 1);
    if (all.length === 0) return out;
    const samples = sampleMoments(model, STEP_MINUTES);
    for (const p of all) {
        const bad: number[] = [];
        const decided = new Map<ClockModel, boolean>();
        const applied = new Map<ClockModel, boolean>();
        const response = makeDeadlineFunction(model, p.name, 'response');
        const resolution = makeDeadlineFunction(model, p.name, 'resolution');
        // Each clause alone, in a copy of the contract whose priority has only that clause
        // (and, for resolution, the response clauses it may count from).
        const alone = p.clocks.filter((c) => c.rule.type !== 'by-agreement').map((c) => {
            const clocks = c.kind === 'response' ? [c] : [c, ...p.clocks.filter((o) => o.kind === 'response')];
            const copy: ContractModel = { ...model, priorities: [{ ...p, clocks }] };
            return { clause: c, deadline: makeDeadlineFunction(copy, p.name, c.kind), whole: c.kind === 'response' ? response : resolution };
        });
        for (const t of samples) {
            for (const a of alone) {
                const d = a.deadline(t);
                if (d === null) continue;
                applied.set(a.clause, true);
                if (d === a.whole(t)) decided.set(a.clause, true);
            }
            if (!withBoth.includes(p)) continue;
            const res = resolution(t);
            const resp = response(t);
            if (res !== null && resp !== null && (res < resp || res <= t)) bad.push(t);
        }
        if (bad.length > 0) {
            const example = telling(bad, zone)[0];
            const { response, resolution } = computeDeadlines(model, p.name, example);
            const day = DateTime.fromMillis(example, { zone }).toISODate();
            const sameDay = bad.filter((t) => DateTime.fromMillis(t, { zone }).toISODate() === day);
            const hm = (t: number) => DateTime.fromMillis(t, { zone }).toFormat('HH:mm');
            const range = sameDay.length > 1 ? ` The same holds for reports from ${hm(sameDay[0])} to ${hm(sameDay[sameDay.length - 1])} that day (sampled every ${STEP_MINUTES} minutes).` : '';
            const target = resolution.clause ?? p;
            const beforeReport = resolution.deadline! <= example;
            out.push(finding('clock-contradiction', target, beforeReport
                ? `${p.name} reported ${at(example, zone)} (${zone}): resolution due ${at(resolution.deadline!, zone)}${clockLabel(resolution.clause)}, which is not after the report.${range}`
                : `${p.name} reported ${at(example, zone)} (${zone}): resolution due ${at(resolution.deadline!, zone)}${clockLabel(resolution.clause)} `
                    + `but response due ${at(response.deadline!, zone)}${clockLabel(response.clause)}: the incident must be resolved before the provider even has to respond.${range} `
                    + `Say whether the cap moves with the response deadline, or limit it to reports early enough in the day.`));
        }
        for (const c of p.clocks) {
            if (c.rule.type === 'by-agreement' || !applied.get(c) || decided.get(c)) continue;
            const others = p.clocks.filter((o) => o !== c && o.kind === c.kind && decided.get(o));
            out.push(finding('clock-never-decides', c,
                `this ${c.kind} clause of ${p.name} never decides a deadline: for every report in the sample week of ${DateTime.fromISO('2026-11-02').toFormat('d LLLL yyyy')} `
                + `another ${c.kind} clause${others.length ? others.map((o) => cite(o)).join('') : ''} that also applies is earlier. `
                + `If it was meant for other reports, give it (or the other clause) an 'if reported during/outside' condition.`));
        }
    }
    return out;
}

export const contradictionRules = [clockContradictions];
