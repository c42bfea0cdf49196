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
import type { ClockModel, ContractModel, PriorityModel } from '../model/types.js';
import { type SessionDeadlines, calendarsOf, computeDeadlines, prepareDeadlines } from '../engine/deadlines.js';
import type { BusinessCalendar } from '../engine/business-calendar.js';
import { localDay } from '../engine/time.js';
import type { Finding } from './finding.js';
import { cite, clockText, finding, momentText } from './rule-support.js';
import { calendarContent, sampleDays, sampleMoments, telling } from './samples.js';
import type { CheckerMemo } from './checker-memo.js';

const STEP_MINUTES = 15;

function at(ms: number, zone: string): string {
    return momentText(ms, zone);
}

function clockLabel(c: ClockModel | null): string {
    if (!c) return '';
    if (c.rule.type === 'same-day') return ` (the same-day cap${c.article ? `, ${c.article}` : ''})`;
    return cite(c);
}

/**
 * What the sample grid finds for one priority, without any text or span: which of its
 * clocks (by index) ever apply and ever decide, and the contradiction example if any.
 * Clause indexes of the example point into the clocks of the priority the engine reads
 * for the name (the first one of that name).
 */
export interface GridFacts {
    applied: boolean[];
    decided: boolean[];
    contradiction?: {
        example: number;
        /** First and last bad sample on the example's day, when there are several. */
        range?: [number, number];
        response: number | null;
        responseClause: number;
        resolution: number;
        resolutionClause: number;
    };
}

/**
 * The shape key of clocks. Grid results are kept by shape (CheckerMemo.grids): the zone,
 * the sample days, the clocks of the priority (and of the first priority of its name, when
 * that is another) without articles and spans, calendars named by order of use, and the
 * content of those calendars. Priorities with the same shape get the same deadlines at
 * every sample moment, so the grid is run once per shape; a bounded map (least recently
 * used first out) keeps the results across checks, so a re-check after an edit only runs
 * the grid for priorities whose clocks or calendars changed.
 *
 * `extra` names further calendars the caller's computation reads (after the clocks' own, in
 * the same naming by order of use).
 */
export function shapeKey(
    prefix: string, clockLists: readonly ClockModel[][], calendars: Map<string, BusinessCalendar>,
    contents: Map<string, string>, memo: CheckerMemo, extra: readonly string[] = [],
): string {
    const names = new Map<string, number>();
    const canon = (name: string | undefined) => {
        if (name === undefined) return '';
        let i = names.get(name);
        if (i === undefined) names.set(name, i = names.size);
        return i;
    };
    const clocks = clockLists.map((list) => list.map((c) => {
        const r = c.rule;
        const rule = r.type === 'within'
            ? [r.type, r.duration.amount, r.duration.unit, r.duration.minutes ?? '', canon(r.duration.calendar),
                r.basis.type, r.basis.type === 'calendar' ? canon(r.basis.calendar) : '', r.from]
            : r.type === 'same-day' ? [r.type, canon(r.calendar)] : [r.type];
        return [c.kind, rule, c.when ? [c.when.reported, canon(c.when.calendar)] : ''];
    }));
    const others = extra.map(canon);
    const used = [...names.keys()].map((name) => {
        let content = contents.get(name);
        if (content === undefined) {
            const cal = calendars.get(name);
            content = cal ? calendarContent(cal.model, memo) : '-';
            contents.set(name, content);
        }
        return content;
    });
    return `${prefix}|${JSON.stringify(clocks)}|${others.join(',')}|${used.join('|')}`;
}

export function clockContradictions(model: ContractModel, memo: CheckerMemo): Finding[] {
    const out: Finding[] = [];
    const zone = model.zone ?? 'UTC';
    const all = model.priorities.filter((p) => p.clocks.length > 1);
    if (all.length === 0) return out;
    const calendars = calendarsOf(model);
    const prefix = `${zone}|${sampleDays(model, zone, memo).join(',')}`;
    const contents = new Map<string, string>();
    let samples: number[] | undefined;
    for (const p of all) {
        const first = model.priorities.find((x) => x.name === p.name)!;
        const key = shapeKey(prefix, first === p ? [p.clocks] : [p.clocks, first.clocks], calendars, contents, memo);
        let facts = memo.grids.get(key);
        if (!facts) {
            facts = gridFacts(model, p, first, samples ??= sampleMoments(model, STEP_MINUTES, memo), zone);
            memo.grids.set(key, facts);
        }
        const bad = facts.contradiction;
        if (bad) {
            const example = bad.example;
            const hm = (t: number) => clockText(t, zone);
            const range = bad.range ? ` The same holds for reports from ${hm(bad.range[0])} to ${hm(bad.range[1])} that day (sampled every ${STEP_MINUTES} minutes).` : '';
            const resolutionClause = first.clocks[bad.resolutionClause] ?? null;
            const responseClause = first.clocks[bad.responseClause] ?? null;
            const target = resolutionClause ?? p;
            const beforeReport = bad.resolution <= example;
            out.push(finding('clock-contradiction', target, beforeReport
                ? `${p.name} reported ${at(example, zone)} (${zone}): resolution due ${at(bad.resolution, zone)}${clockLabel(resolutionClause)}, which is not after the report.${range}`
                : `${p.name} reported ${at(example, zone)} (${zone}): resolution due ${at(bad.resolution, zone)}${clockLabel(resolutionClause)} `
                    + `but response due ${at(bad.response!, zone)}${clockLabel(responseClause)}: the incident must be resolved before the provider even has to respond.${range} `
                    + `Say whether the cap moves with the response deadline, or limit it to reports early enough in the day.`,
                [{ at: responseClause ?? undefined, note: `the response clause: response due ${at(bad.response ?? bad.resolution, zone)}` }]));
        }
        p.clocks.forEach((c, i) => {
            if (c.rule.type === 'by-agreement' || !facts.applied[i] || facts.decided[i]) return;
            const others = p.clocks.filter((o, j) => o !== c && o.kind === c.kind && facts.decided[j]);
            out.push(finding('clock-never-decides', c,
                `this ${c.kind} clause of ${p.name} never decides a deadline: for every report in the sample week of ${DateTime.fromISO('2026-11-02').toFormat('d LLLL yyyy')} `
                + `another ${c.kind} clause${others.length ? others.map((o) => cite(o)).join('') : ''} that also applies is earlier. `
                + `If it was meant for other reports, give it (or the other clause) an 'if reported during/outside' condition.`,
                others.map((o) => ({ at: o, note: `the ${c.kind} clause that decides instead` }))));
        });
    }
    return out;
}

/** Runs the sample grid for one priority (`first`: the first priority of its name). */
function gridFacts(model: ContractModel, p: PriorityModel, first: PriorityModel, samples: number[], zone: string): GridFacts {
    const bad: number[] = [];
    const applied = p.clocks.map(() => false);
    const decided = p.clocks.map(() => false);
    const both = p.clocks.some((c) => c.kind === 'response') && p.clocks.some((c) => c.kind === 'resolution');
    const noOptions = {};
    // One prepared session: every clock's own deadline comes with the whole outcome.
    // A clock's own deadline is what it gives alone (resolution clocks after
    // response count from the whole response deadline, as the engine does).
    // (With a duplicate priority name the whole outcome is the first one's, as the engine reads it.)
    const session = prepareDeadlines({ ...model, priorities: [p] }, p.name);
    const whole = first === p ? session : prepareDeadlines(model, p.name);
    // Response and resolution commitments only: other milestones, targets and share clocks are judged on their own.
    const alone = p.clocks.flatMap((c, i) => {
        const index = c.rule.type === 'by-agreement' ? -1 : (c.kind === 'response' ? session.responseClauses : session.resolutionClauses).indexOf(c);
        return index < 0 ? [] : [{ at: i, response: c.kind === 'response', index }];
    });
    const d: SessionDeadlines = { response: null, responseWinner: -1, resolution: null, resolutionWinner: -1 };
    const w: SessionDeadlines = whole === session ? d : { ...d };
    for (const t of samples) {
        session.deadlines(t, noOptions, d, true);
        if (whole !== session) whole.deadlines(t, noOptions, w);
        for (const a of alone) {
            const own = (a.response ? d.responseByClock! : d.resolutionByClock!)[a.index];
            if (own === null) continue;
            applied[a.at] = true;
            if (own === (a.response ? w.response : w.resolution)) decided[a.at] = true;
        }
        if (!both) continue;
        const res = w.resolution;
        const resp = w.response;
        if (res !== null && resp !== null && (res < resp || res <= t)) bad.push(t);
    }
    const facts: GridFacts = { applied, decided };
    if (bad.length > 0) {
        const example = telling(bad, zone)[0];
        const { response, resolution } = computeDeadlines(model, p.name, example);
        const day = localDay(example, zone);
        const sameDay = bad.filter((t) => localDay(t, zone) === day);
        facts.contradiction = {
            example,
            range: sameDay.length > 1 ? [sameDay[0], sameDay[sameDay.length - 1]] : undefined,
            response: response.deadline,
            responseClause: response.clause ? first.clocks.indexOf(response.clause) : -1,
            resolution: resolution.deadline!,
            resolutionClause: resolution.clause ? first.clocks.indexOf(resolution.clause) : -1,
        };
    }
    return facts;
}

export const contradictionRules = [clockContradictions];
