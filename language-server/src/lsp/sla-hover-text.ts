/**
 * Hover texts (markdown) for the parts of a contract whose meaning is computed: clocks,
 * availability levels, calendars, compensation bands, remedies and priorities. Every
 * figure comes from the engine or the checker; this file only puts them into words.
 */
import type * as ast from '../generated/ast.js';
import type {
    CalendarModel, ClockModel, CompensationBand, ContractModel, PriorityModel, RemedyGroupModel, RemedyModel, WeeklyHours,
} from '../model/types.js';
import { calendarsOf, computeDeadlines, type DeadlineResult } from '../engine/deadlines.js';
import type { BusinessCalendar, SpecialDay } from '../engine/business-calendar.js';
import { hasOwnRules, seasonText } from '../engine/calendar-days.js';
import { downtimeBudget } from '../checker/budget-rules.js';
import type { CheckerMemo } from '../checker/checker-memo.js';
import { minutesText, pct } from '../checker/rule-support.js';
import { articleText } from '../model/values.js';
import { shortDate, shortMoment } from './example-moments.js';
import { exampleCalendar, exampleMoments } from '../engine/example-moments.js';

/** "**title** · art. 5.2", the first line of every hover. */
export function heading(title: string, article: string | undefined): string {
    return article ? `**${title}** · ${article}` : `**${title}**`;
}

function articleOfNode(node: { article?: string }): string | undefined {
    return articleText(node.article);
}

/** The clause's own words, one line, for headings. */
export function sourceText(node: ast.Clock | ast.AvailabilityLevel | ast.Remedy | ast.Band): string {
    const text = (node.$cstNode?.text ?? '').split('{')[0];
    return text.replace(/\s*\[[^\]]*\]\s*$/, '').replace(/\s+/g, ' ').trim();
}

const zoneOf = (model: ContractModel) => model.zone ?? 'UTC';

function deadlineCell(r: DeadlineResult, reported: number, zone: string, hovered: ClockModel): string {
    if (r.deadline === null) return r.explanation.replace(/\|/g, '\\|');
    const by = r.clause === hovered ? 'this clause' : r.clause?.article ?? 'another clause';
    return `${shortMoment(reported, zone)} → ${shortMoment(r.deadline, zone)} (${by})`;
}

/** `count` limits the examples (setting sla.hover.exampleCount); all four by default. */
export function clockHover(model: ContractModel, priority: PriorityModel, clock: ClockModel, node: ast.Clock, now: number, count = 4): string {
    const zone = zoneOf(model);
    const calName = exampleCalendar(model, clock);
    const lines = [heading(`${priority.name}: ${sourceText(node)}`, clock.article), ''];
    if (clock.rule.type === 'by-agreement') {
        lines.push('Planned by agreement: there is no computable deadline.');
        return lines.join('\n');
    }
    const examples = exampleMoments(model, now, calName).slice(0, Math.max(0, count));
    lines.push(`Deadlines of ${priority.name} for example reports (${zone}, from ${shortMoment(now, zone)}):`, '',
        '| Reported | Response | Resolution |', '|---|---|---|');
    const notes: string[] = [];
    for (const e of examples) {
        const d = computeDeadlines(model, priority.name, e.at);
        lines.push(`| ${e.label} | ${deadlineCell(d.response, e.at, zone, clock)} | ${deadlineCell(d.resolution, e.at, zone, clock)} |`);
        const mine = clock.kind === 'response' ? d.response : d.resolution;
        notes.push(`- ${shortMoment(e.at, zone)}: ${mine.explanation}`);
    }
    lines.push('', `Why (${clock.kind}):`, ...notes);
    return lines.join('\n');
}

export function availabilityHover(model: ContractModel, node: ast.AvailabilityLevel, memo: CheckerMemo): string | undefined {
    const level = node.level === 'target' ? 'target' : 'guarantee';
    const budget = downtimeBudget(model, memo, level);
    const head = heading(sourceText(node), articleOfNode(node));
    if (!budget) return head;
    const { shortest, longest } = budget;
    return [head, '',
        `${pct(budget.value)} per ${budget.period}, measured ${budget.basis} in ${zoneOf(model)}, allows this much downtime per ${budget.period}:`, '',
        `- shortest ${budget.period} (${shortest.label}): ${minutesText(shortest.allowedMinutes)} of ${minutesText(shortest.scheduledMinutes)} scheduled`,
        `- longest ${budget.period} (${longest.label}): ${minutesText(longest.allowedMinutes)} of ${minutesText(longest.scheduledMinutes)} scheduled`,
    ].join('\n');
}

const DAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function hhmm(m: number): string {
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "Mon–Fri 09:00–17:00; Sat–Sun closed". */
export function weeklyText(weekly: WeeklyHours): string {
    const dayText = (d: number) => (weekly[d]?.length ? weekly[d].map((r) => `${hhmm(r.from)}–${hhmm(r.to)}`).join(', ') : 'closed');
    const groups: { from: number; to: number; text: string }[] = [];
    for (let d = 1; d <= 7; d++) {
        const text = dayText(d);
        const last = groups[groups.length - 1];
        if (last && last.text === text) last.to = d;
        else groups.push({ from: d, to: d, text });
    }
    return groups.map((g) => `${DAY_NAMES[g.from]}${g.to > g.from ? `–${DAY_NAMES[g.to]}` : ''} ${g.text}`).join('; ');
}

/** "closed from 12:00 (Kerstavond)", "open 10:00–14:00 (Extra opening)", "Christmas Day". */
function specialDayText(d: SpecialDay): string {
    const ranges = (d.hours ?? []).map((r) => (d.kind === 'closed-hours' && r.to >= 1440 ? `from ${hhmm(r.from)}` : `${hhmm(r.from)}–${hhmm(r.to)}`)).join(', ');
    switch (d.kind) {
        case 'holiday': return d.name;
        case 'closed': return `closed (${d.name})`;
        case 'closed-hours': return `closed ${ranges} (${d.name})`;
        case 'opening': return `open ${ranges} only (${d.name})`;
    }
}

/** Hover of a calendar with its own rules: seasons (the current one marked) and the next special days. */
function ownRulesHover(lines: string[], cal: CalendarModel, business: BusinessCalendar | undefined, now: number): void {
    const current = business?.seasonAt(now);
    if (cal.seasons?.length) {
        lines.push('', 'Seasons, every year, instead of the weekly hours:',
            ...cal.seasons.map((x) => `- ${seasonText(x)}: ${weeklyText(x.weekly)}${x === current ? ' (now)' : ''}`));
    }
    const days = business?.nextSpecialDays(now, 8) ?? [];
    if (days.length) lines.push('', 'Next special days:', ...days.map((d) => `- ${shortDate(d.date)}: ${specialDayText(d)}`));
}

export function calendarHover(model: ContractModel, cal: CalendarModel, now: number): string {
    const lines = [heading(`calendar ${cal.name}`, cal.article), '', `Open ${weeklyText(cal.weekly)} (${zoneOf(model)}).`];
    const business = calendarsOf(model).get(cal.name);
    if (hasOwnRules(cal)) {
        ownRulesHover(lines, cal, business, now);
        return lines.join('\n');
    }
    const holidays = business?.nextHolidays(now, 5) ?? [];
    if (holidays.length) {
        lines.push('', 'Next holidays:', ...holidays.map((h) => `- ${shortDate(h.date)}: ${h.name}`));
    } else if (cal.holidays.length === 0) {
        lines.push('', 'No public holidays.');
    }
    for (const c of cal.closed) lines.push(`- closed ${c.from === c.to ? c.from : `${c.from} to ${c.to}`}${c.label ? `: ${c.label}` : ''}`);
    return lines.join('\n');
}

/** "from 95% (included) to 99.92% (excluded)". */
export function boundsText(b: CompensationBand): string {
    const lo = b.lower ? `from ${pct(b.lower.value)} (${b.lower.inclusive ? 'included' : 'excluded'})` : 'from 0%';
    const hi = b.upper ? `to ${pct(b.upper.value)} (${b.upper.inclusive ? 'included' : 'excluded'})` : 'to 100%';
    return `${lo} ${hi}`;
}

export function bandHover(band: CompensationBand, node: ast.Band): string {
    return [heading(sourceText(node), band.article ?? articleText((node.$container as ast.Compensation).article)), '',
        `Availability ${boundsText(band)}: ${pct(band.percent)} of the ${band.fee} fee.`].join('\n');
}

function levelText(model: ContractModel, level: 'guarantee' | 'target'): string {
    const l = model.availability?.[level];
    return l ? `the ${level} (${pct(l.value)} per ${l.period})` : `the ${level} (not stated in the contract)`;
}

export function remedyWords(model: ContractModel, r: RemedyModel): string {
    switch (r.type) {
        case 'warning': {
            const t = r.trigger;
            const what = t.type === 'deadline-missed' ? `a ${t.clock} deadline is missed`
                : t.type === 'availability-below' ? `availability is below ${levelText(model, t.level)}`
                    : `the ${t.clock} compliance target is missed`;
            return r.per === 'each' ? `Triggers one warning for each missed ${t.type === 'deadline-missed' ? t.clock : ''} deadline.`.replace('  ', ' ')
                : `Triggers at most one warning per ${r.per}, when ${what} in that ${r.per}.`;
        }
        case 'improvement-proposal':
            return `Triggers an improvement proposal after ${r.afterWarnings} warning${r.afterWarnings === 1 ? '' : 's'} of this group in one ${r.within}.`;
        case 'compensation': {
            const counted = r.warningsCounted === 'contract' ? 'over the whole contract' : `per ${r.warningsCounted}`;
            const lines = [`Triggers from the ${ordinal(r.fromWarning)} warning of this group (warnings counted ${counted}); the compensation depends on availability:`];
            for (const b of r.bands) lines.push(`- ${boundsText(b)}: ${pct(b.percent)} of ${b.fee}`);
            if (r.cap) lines.push(`- capped at ${pct(r.cap.percent)} per ${r.cap.per}`);
            return lines.join('\n');
        }
        case 'termination-right':
            return `Gives the right to terminate after ${r.afterCompensations} compensation${r.afterCompensations === 1 ? '' : 's'} in one ${r.within}.`;
    }
}

function ordinal(n: number): string {
    const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
    return `${n}${s}`;
}

export function remedyHover(model: ContractModel, group: RemedyGroupModel | undefined, r: RemedyModel, node: ast.Remedy): string {
    const where = group?.name ? ` (remedies ${group.name})` : '';
    return [heading(sourceText(node) + where, r.article), '', remedyWords(model, r)].join('\n');
}

export function priorityHover(p: PriorityModel): string {
    const lines = [heading(`priority ${p.name}${p.title ? ` "${p.title}"` : ''}`, p.article)];
    if (p.description) lines.push('', p.description);
    lines.push('', `Rank ${p.rank + 1} (1 is the most urgent); ${p.clocks.length} clock${p.clocks.length === 1 ? '' : 's'}.`);
    return lines.join('\n');
}
