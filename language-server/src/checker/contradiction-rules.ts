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
import { type SessionDeadlines, computeDeadlines, prepareDeadlines } from '../engine/deadlines.js';
import { localDay } from '../engine/time.js';
import type { Finding } from './finding.js';
import { cite, clockText, finding, momentText } from './rule-support.js';
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
    const noOptions = {};
    for (const p of all) {
        const bad: number[] = [];
        const decided = new Map<ClockModel, boolean>();
        const applied = new Map<ClockModel, boolean>();
        const both = withBoth.includes(p);
        // One prepared session: every clock's own deadline comes with the whole outcome.
        // A clock's own deadline is what it gives alone (resolution clocks after
        // response count from the whole response deadline, as the engine does).
        // (With a duplicate priority name the whole outcome is the first one's, as the engine reads it.)
        const session = prepareDeadlines({ ...model, priorities: [p] }, p.name);
        const whole = model.priorities.find((x) => x.name === p.name) === p ? session : prepareDeadlines(model, p.name);
        const alone = p.clocks.filter((c) => c.rule.type !== 'by-agreement').map((c) => ({
            clause: c, response: c.kind === 'response',
            index: (c.kind === 'response' ? session.responseClauses : session.resolutionClauses).indexOf(c),
        }));
        const d: SessionDeadlines = { response: null, responseWinner: -1, resolution: null, resolutionWinner: -1 };
        const w: SessionDeadlines = whole === session ? d : { ...d };
        for (const t of samples) {
            session.deadlines(t, noOptions, d, true);
            if (whole !== session) whole.deadlines(t, noOptions, w);
            for (const a of alone) {
                const own = (a.response ? d.responseByClock! : d.resolutionByClock!)[a.index];
                if (own === null) continue;
                applied.set(a.clause, true);
                if (own === (a.response ? w.response : w.resolution)) decided.set(a.clause, true);
            }
            if (!both) continue;
            const res = w.resolution;
            const resp = w.response;
            if (res !== null && resp !== null && (res < resp || res <= t)) bad.push(t);
        }
        if (bad.length > 0) {
            const example = telling(bad, zone)[0];
            const { response, resolution } = computeDeadlines(model, p.name, example);
            const day = localDay(example, zone);
            const sameDay = bad.filter((t) => localDay(t, zone) === day);
            const hm = (t: number) => clockText(t, zone);
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
