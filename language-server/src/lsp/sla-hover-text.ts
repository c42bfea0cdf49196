/**
 * Hover texts (markdown) for the parts of a contract whose meaning is computed: clocks,
 * availability levels, calendars, compensation bands, remedies and priorities. Every
 * figure comes from the engine or the checker; this file only puts them into words.
 */
import type * as ast from '../generated/ast.js';
import type {
    CalendarModel, ClockModel, ClockStart, CompensationBand, ContractModel, Milestone, PriorityModel, RemedyGroupModel, RemedyModel, WeeklyHours,
} from '../model/types.js';
import { calendarsOf, computeDeadlines, type DeadlineResult } from '../engine/deadlines.js';
import type { BusinessCalendar, SpecialDay } from '../engine/business-calendar.js';
import { hasOwnRules, seasonText } from '../engine/calendar-days.js';
import { downtimeBudget } from '../checker/budget-rules.js';
import type { CheckerMemo } from '../checker/checker-memo.js';
import { minutesText, pct, periodWords } from '../checker/rule-support.js';
import { articleText, MILESTONE_START, milestoneWords } from '../model/values.js';
import { shortDate, shortMoment } from './example-moments.js';
import { billingCycle, claimBy, downtimeUnits, sizeOf, sizeText, valueText } from '../engine/credits.js';
import { periodAt, rollingDays } from '../engine/periods.js';
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

/** The milestone a clock's start belongs to ("after workaround" → workaround). */
function startMilestone(from: ClockStart): Milestone {
    return (Object.keys(MILESTONE_START) as Milestone[]).find((m) => MILESTONE_START[m] === from) ?? 'response';
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
    // A response or resolution commitment shows in its column; another milestone, a target or a
    // share clock in a column of its own.
    const own = !clock.target && !clock.share && (clock.kind === 'response' || clock.kind === 'resolution');
    const words = milestoneWords(clock.kind);
    const standing = clock.share ? ' (share)' : clock.target ? ' (target)' : '';
    const from = clock.rule.type === 'within' ? clock.rule.from : 'reported';
    // Examples of a clock after another milestone count from that milestone as if it came at the report.
    const assumed = from !== 'reported' && from !== 'responded';
    lines.push(`Deadlines of ${priority.name} for example reports (${zone}, from ${shortMoment(now, zone)}):`, '',
        `| Reported | Response | Resolution |${own ? '' : ` ${words[0].toUpperCase()}${words.slice(1)}${standing} |`}`, own ? '|---|---|---|' : '|---|---|---|---|');
    const notes: string[] = [];
    for (const e of examples) {
        const moments = assumed ? { acknowledged: e.at, workStarted: e.at, workaround: e.at, resolved: e.at } : {};
        const d = computeDeadlines(model, priority.name, e.at, moments);
        const other = own ? undefined : d.others?.find((o) => o.result.candidates.some((c) => c.clause === clock))?.result;
        lines.push(`| ${e.label} | ${deadlineCell(d.response, e.at, zone, clock)} | ${deadlineCell(d.resolution, e.at, zone, clock)} |${other ? ` ${deadlineCell(other, e.at, zone, clock)} |` : own ? '' : ' |'}`);
        const mine = own ? (clock.kind === 'response' ? d.response : d.resolution) : other;
        if (mine) notes.push(`- ${shortMoment(e.at, zone)}: ${mine.explanation}`);
    }
    lines.push('', `Why (${words}${standing}):`, ...notes);
    if (assumed) lines.push('', `The examples assume the ${milestoneWords(startMilestone(from))} comes at the report; the clock starts at the logged moment, and an incident without it has no deadline for this clock.`);
    if (clock.target) lines.push('', 'A target: reported in the simulation, but a miss is no breach and gives no remedy.');
    if (clock.share) {
        lines.push('', `Judged by its share: at least ${pct(clock.share.atLeast)} of ${priority.name}'s incidents ${clock.share.period ? `per ${clock.share.period}` : 'over the simulated range'} must meet it, `
            + 'counted like compliance; a single miss is no breach, a share below it is.');
    }
    if (clock.rule.type === 'within' && clock.rule.immediately) {
        const cal = clock.rule.basis.type === 'calendar' ? clock.rule.basis.calendar : undefined;
        lines.push('', cal ? `Immediately during ${cal}: zero minutes of ${cal}. A report while ${cal} is open is due at once; one while it is closed (also exactly at closing time) at ${cal}'s next opening.`
            : 'Immediately: zero minutes, every minute counts, so the deadline is the report (or start) moment itself.');
    }
    const counting = countingText(clock);
    if (counting) lines.push('', `How it counts: ${counting}`);
    return lines.join('\n');
}

/** How the engine counts a clock's duration, in a contract writer's words. */
export function countingText(clock: ClockModel): string | undefined {
    const rule = clock.rule;
    if (rule.type === 'same-day') {
        return `the end of the business day of ${rule.calendar} on which the clock starts (hours over midnight belong to the day they start on). `
            + 'A fixed moment: paused time does not move it.';
    }
    if (rule.type !== 'within') return undefined;
    const d = rule.duration;
    const cal = rule.basis.type === 'calendar' ? rule.basis.calendar : d.calendar;
    const n = (unit: string) => `${d.amount} ${unit}${d.amount === 1 ? '' : 's'}`;
    const paused = ' Paused time stops the clock.';
    if (d.unit === 'minute' || d.unit === 'hour') {
        return (cal ? `${n(d.unit)} of ${cal}'s opening time, counted minute by minute while ${cal} is open.`
            : `${n(d.unit)} of elapsed time, every minute counts.`) + paused;
    }
    if (d.unit === 'working-day' || (d.unit === 'day' && cal)) {
        return cal ? `${n('working day')} of ${cal}: from ${cal}'s next opening, the same time of day ${d.amount} open ${d.amount === 1 ? 'day' : 'days'} of ${cal} later `
            + '(kept within that day\'s hours).' + paused
            : `${n('working day')} without a calendar, read as calendar days.` + paused;
    }
    if (cal) {
        return `${n(d.unit)} on the calendar, not ${d.unit === 'week' ? `${d.amount * 168} hours` : `${n(d.unit)}`} of ${cal}'s opening time: `
            + `from ${cal}'s next opening, the same time of day ${n(d.unit)} later; if ${cal} is closed then, its next opening. `
            + (d.unit === 'month' || d.unit === 'year' ? 'A month ending on a shorter month\'s missing day ends on its last day (31 Jan + 1 month = 28 Feb).' : '')
            + paused;
    }
    return `${n(d.unit)} on the calendar: the same time of day ${n(d.unit)} later in the contract's time zone`
        + (d.unit === 'day' || d.unit === 'week' ? `, so ${n(d.unit)} over a daylight saving change ${d.amount === 1 && d.unit === 'day' ? 'is 23 or 25 hours' : 'are an hour shorter or longer'}.` : ' (31 Jan + 1 month = 28 Feb).')
        + paused;
}

export function availabilityHover(model: ContractModel, node: ast.AvailabilityLevel, memo: CheckerMemo): string | undefined {
    const level = node.level === 'target' ? 'target' : 'guarantee';
    const budget = downtimeBudget(model, memo, level);
    const head = heading(sourceText(node), articleOfNode(node));
    if (!budget) return head;
    const { shortest, longest } = budget;
    const minimum = model.availability?.minimumOutage;
    const period = periodWords(budget.period);
    const days = rollingDays(budget.period);
    return [head, '',
        ...(LEVEL_PERIOD_TEXT[budget.period] || days ? [LEVEL_PERIOD_TEXT[budget.period] ?? rollingText(days!, level), ''] : []),
        `${pct(budget.value)} per ${period}, measured ${budget.basis} in ${zoneOf(model)}, allows this much downtime per ${days ? 'window' : period}:`, '',
        `- shortest ${days ? 'window' : period} (${shortest.label}): ${minutesText(shortest.allowedMinutes)} of ${minutesText(shortest.scheduledMinutes)} scheduled`,
        `- longest ${days ? 'window' : period} (${longest.label}): ${minutesText(longest.allowedMinutes)} of ${minutesText(longest.scheduledMinutes)} scheduled`,
        ...(minimum ? ['', minimumOutageText(minimum, shortest.allowedMinutes, days ? 'window' : period)] : []),
    ].join('\n');
}

const LEVEL_PERIOD_TEXT: Record<string, string> = {
    hour: 'Judged per clock hour (10:00 to 11:00 on the zone\'s clock, labelled 2026-11-05T10): an outage from 10:50 to 11:20 takes 10 minutes of one hour and 20 of the next.',
    week: 'Judged per ISO week, Monday 00:00 to the next Monday 00:00 in the contract\'s zone (labelled 2026-W05); the weeks of the summer time changes have 167 and 169 hours, and 2026-12-31 lies in 2026-W53.',
};

function rollingText(days: number, level: string): string {
    return `Judged on a rolling window of ${days} calendar days, one ending at the end of every day (the window for 5 November runs from midnight ${days - 1} days before, through 5 November). `
        + `A run of windows in a row below the ${level} is one miss for remedies, dated at the end of its first window; an outage counts in every window it reaches into.`;
}

/**
 * "right to terminate after more than 3 outages or 24 hours of downtime in any 30
 * consecutive days", worded with an example from its own figures.
 */
function chronicWords(r: Extract<RemedyModel, { type: 'chronic-termination-right' }>): string {
    const more = r.moreThan ? 'more than' : 'at least';
    const limits = [r.outages !== undefined ? `${more} ${r.outages} outages` : '', r.downtimeMinutes !== undefined ? `${more} ${minutesText(r.downtimeMinutes)} of counted downtime` : '']
        .filter(Boolean).join(' or ');
    const lines = [`Gives the right to terminate at the first moment there are ${limits} in some ${r.days} consecutive days (a sliding window, judged at every moment).`,
        '- An outage is an incident\'s counted downtime (after exclusions and the minimum outage); incidents down at the same time are one outage.',
        `- An outage that began before the window and reaches into it counts as one outage; only its minutes inside the window count as downtime.`];
    if (r.outages !== undefined) {
        const n = r.moreThan ? r.outages + 1 : r.outages;
        lines.push(`- Example: ${n} outages within ${r.days} days give the right when the ${ordinal(n)} begins (once it has lasted the minimum outage length, if the contract sets one); ${n - 1} do not.`);
    }
    if (r.downtimeMinutes !== undefined) {
        lines.push(r.moreThan
            ? `- Example: one outage of exactly ${minutesText(r.downtimeMinutes)} does not give the right; one of ${minutesText(r.downtimeMinutes + 1)} gives it the moment its downtime passes ${minutesText(r.downtimeMinutes)}.`
            : `- Example: one outage of ${minutesText(r.downtimeMinutes)} gives the right the moment it reaches that length.`);
    }
    return lines.join('\n');
}

/** What the minimum outage length means for the budget of the shortest period. */
function minimumOutageText(minimum: { minutes: number; atMost?: boolean; article?: string }, allowed: number, period: string): string {
    const head = `Outages ${minimum.atMost ? 'of at most' : 'shorter than'} ${minutesText(minimum.minutes)} are no downtime${minimum.article ? ` (${minimum.article})` : ''}`
        + (minimum.atMost ? ` (one of exactly ${minutesText(minimum.minutes)} is not counted either)` : ` (one of exactly ${minutesText(minimum.minutes)} counts)`);
    if (minimum.minutes > allowed) return `${head}: one outage that counts already uses more than the shortest ${period}'s budget.`;
    return `${head}: the shortest ${period}'s budget is used up by ${Math.ceil(allowed / minimum.minutes)} outages of just that length.`;
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

export function remedyWords(model: ContractModel, r: RemedyModel, group?: RemedyGroupModel, now = Date.now()): string {
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
            if (r.countsWarnings === false && group && !group.remedies.some((x) => x.type === 'warning')) {
                const g = model.availability?.guarantee;
                const lines = [`Paid directly, with no warning step (this block gives no warnings): for every ${g?.period ?? 'period'} whose availability is below ${levelText(model, 'guarantee')}, the band decides:`];
                for (const b of r.bands) lines.push(`- ${boundsText(b)}: ${pct(b.percent)} of ${b.fee}${moneyOf(model, b.percent, b.fee)}`);
                if (r.cap) lines.push(`- capped at ${pct(r.cap.percent)} per ${r.cap.per}`);
                return lines.join('\n');
            }
            const counted = r.warningsCounted === 'contract' ? 'over the whole contract' : `per ${r.warningsCounted}`;
            const lines = [`Triggers from the ${ordinal(r.fromWarning)} warning of this group (warnings counted ${counted}); the compensation depends on availability:`];
            for (const b of r.bands) lines.push(`- ${boundsText(b)}: ${pct(b.percent)} of ${b.fee}`);
            if (r.cap) lines.push(`- capped at ${pct(r.cap.percent)} per ${r.cap.per}`);
            return lines.join('\n');
        }
        case 'credit':
            return creditWords(model, r, now);
        case 'chronic-termination-right':
            return chronicWords(r);
        case 'termination-right':
            return `Gives the right to terminate after ${r.afterCompensations} compensation${r.afterCompensations === 1 ? '' : 's'} in one ${r.within}.`;
    }
}

/** " (120.00 EUR)" when the fee has an amount. */
function moneyOf(model: ContractModel, share: number, fee: string): string {
    const size = sizeOf(model, { type: 'share', percent: share, fee });
    return size.amount === undefined ? '' : ` (${size.amount.toFixed(2)} ${size.currency ?? ''})`.replace(' )', ')');
}

/** What a credit clause gives, with an example worked out from the contract's own figures. */
export function creditWords(model: ContractModel, r: Extract<RemedyModel, { type: 'credit' }>, now: number): string {
    const zone = zoneOf(model);
    const b = r.basis;
    const lines: string[] = [];
    if (b.type === 'availability') {
        lines.push(`A credit with no warning step: for every ${b.period} whose availability is below ${levelText(model, b.level)}, the band decides:`);
        for (const band of b.bands) lines.push(`- ${boundsText(band)}: ${pct(band.percent)} of ${band.fee}${moneyOf(model, band.percent, band.fee)}`);
        const band = b.bands.find((x) => x.lower) ?? b.bands[0];
        if (band) {
            const example = band.lower ? band.lower.value + (band.lower.inclusive ? 0 : 0.0001) : 0.5;
            lines.push('', `Example: availability ${pct(example)} in a ${b.period} gives ${pct(band.percent)} of ${band.fee}${moneyOf(model, band.percent, band.fee)}.`);
        }
    } else if (b.type === 'downtime') {
        const per = b.per === 'incident' ? 'of each incident' : `in a ${b.per}`;
        const grace = b.graceMinutes ? `, after the first ${minutesText(b.graceMinutes)}` : '';
        lines.push(`A credit of ${valueText(b.value)} for each ${minutesText(b.unitMinutes)} of counted downtime ${per}${grace}${b.partThereof ? '; a started unit counts in full (or part thereof)' : '; only whole units count'}.`);
        const examples = [b.graceMinutes + b.unitMinutes, b.graceMinutes + b.unitMinutes + 1];
        lines.push('', 'Examples:');
        for (const minutes of examples) {
            const n = downtimeUnits(minutes, b.unitMinutes, b.graceMinutes, b.partThereof);
            const size = sizeOf(model, b.value, n);
            lines.push(`- ${minutesText(minutes)} of downtime: ${n} × ${valueText(b.value)} = ${sizeText(size) || '0'}`);
        }
    } else if (b.late) {
        const late = b.late;
        const of = b.priorities.length ? ` of ${b.priorities.join(', ')}` : '';
        const grace = late.graceMinutes ? `, after the first ${minutesText(late.graceMinutes)}` : '';
        const clock = b.clock.replace(/-/g, ' ');
        lines.push(`A credit of ${valueText(b.value)} for each ${minutesText(late.unitMinutes)} by which the ${clock} deadline of an incident${of} is missed${grace}, `
            + `counted in real minutes from the deadline to the ${clock}${late.partThereof ? '; a started unit counts in full (or part thereof)' : '; only whole units count'}.`);
        lines.push('', 'Examples:');
        for (const minutes of [late.graceMinutes + late.unitMinutes, late.graceMinutes + late.unitMinutes + 1]) {
            const n = downtimeUnits(minutes, late.unitMinutes, late.graceMinutes, late.partThereof);
            lines.push(`- ${minutesText(minutes)} late: ${n} × ${valueText(b.value)} = ${sizeText(sizeOf(model, b.value, n)) || '0'}`);
        }
    } else {
        const of = b.priorities.length ? ` of ${b.priorities.join(', ')}` : '';
        const size = sizeOf(model, b.value);
        lines.push(`A credit of ${sizeText(size) || valueText(b.value)} for each incident${of} whose ${b.clock} deadline is missed, with no warning step.`);
    }
    if (r.cap) lines.push(`- capped at ${valueText(r.cap.value)} per ${r.cap.per} (for this clause)`);
    if (r.minimum) lines.push(`- given only when the credit is ${r.minimum.inclusive ? 'at least' : 'more than'} ${valueText(r.minimum.value)}`);
    if (r.onRequest) lines.push('- given only when the customer asks for it');
    if (r.claim) {
        const month = periodAt(now, 'month', zone);
        const incidentEnd = month.start + 14 * 86_400_000 + 10 * 3_600_000;
        const value = b.type === 'availability' ? { type: 'share' as const, percent: 0, fee: b.bands[0]?.fee ?? '' } : b.value;
        const by = claimBy(model, r.claim, { at: month.end - 1, incidentEnd, value }, zone);
        const rule = r.claim.type === 'billing-cycles'
            ? `by the end of the ${ordinal(r.claim.cycles)} billing cycle (${billingCycle(model, value)}) after the incident`
            : `within ${r.claim.duration.amount} ${r.claim.duration.unit}${r.claim.duration.amount === 1 ? '' : 's'} after ${r.claim.after === 'incident' ? 'the incident' : `the end of the ${r.claim.after}`}`;
        const base = r.claim.type === 'within' && r.claim.after !== 'incident' ? `a credit for ${month.label}` : `an incident that ended ${shortMoment(incidentEnd, zone)}`;
        lines.push(`- to be claimed ${rule}: for ${base}, claim by ${shortMoment(by, zone)} (${zone})`);
    }
    return lines.join('\n');
}

function ordinal(n: number): string {
    const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
    return `${n}${s}`;
}

export function remedyHover(model: ContractModel, group: RemedyGroupModel | undefined, r: RemedyModel, node: ast.Remedy, now = Date.now()): string {
    const where = group?.name ? ` (remedies ${group.name})` : '';
    return [heading(sourceText(node) + where, r.article), '', remedyWords(model, r, group, now)].join('\n');
}

export function priorityHover(p: PriorityModel): string {
    const lines = [heading(`priority ${p.name}${p.title ? ` "${p.title}"` : ''}`, p.article)];
    if (p.description) lines.push('', p.description);
    lines.push('', `Rank ${p.rank + 1} (1 is the most urgent); ${p.clocks.length} clock${p.clocks.length === 1 ? '' : 's'}.`);
    return lines.join('\n');
}
