/**
 * Hover texts (markdown) of the clauses that are not clocks: maintenance windows,
 * surcharges, fees, commitments, notices, compliance, `measured`, exclusions, backups,
 * notes, change requests, the minimum term and the contract facts. Each says what the
 * clause means in time or money with an example from the contract's own calendar, worked
 * out by the engine (engine/clause-examples.ts) from the reference moment `now`.
 */
import { DateTime } from 'luxon';
import type * as ast from '../generated/ast.js';
import type {
    BackupModel, ChangeClassModel, CommitmentModel, ComplianceModel, ContractModel, DurationModel, ExclusionModel, FeeModel,
    MaintenanceWindowModel, NoticeModel, SurchargeModel,
} from '../model/types.js';
import { backupsAt, allowedLate, durationEnd, latestStart, nextWindows, scheduledMinutes } from '../engine/clause-examples.js';
import { exampleMoments } from '../engine/example-moments.js';
import { periodAt } from '../engine/periods.js';
import { surchargeBands } from '../engine/surcharges.js';
import { durationText, minutesText, pct } from '../checker/rule-support.js';
import { milestoneWords } from '../model/values.js';
import { shortDate, shortMoment } from './example-moments.js';
import { heading, weeklyText } from './sla-hover-text.js';
import { closeNames } from '../services/validation/edit-distance.js';

const zoneOf = (model: ContractModel) => model.zone ?? 'UTC';
const dateOf = (ms: number, zone: string) => shortDate(DateTime.fromMillis(ms, { zone }).toISODate() ?? '');
const longMoment = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).setLocale('en-US').toFormat('ccc d LLL yyyy HH:mm');

function money(amount: number, currency: string | undefined): string {
    return `${amount.toFixed(2)}${currency ? ` ${currency}` : ''}`;
}

const KIND_WORDS: Record<ExclusionModel['kind'], string> = {
    maintenance: 'maintenance of every kind', 'planned-maintenance': 'planned maintenance', 'urgent-maintenance': 'urgent maintenance',
    'emergency-maintenance': 'emergency maintenance', 'force-majeure': 'force majeure', 'customer-caused': 'outages the customer caused',
    'third-party': 'outages caused by a third party', incident: 'incidents',
};

/** Whether the availability clause excludes maintenance of this kind, and on what terms. */
function exclusionOf(model: ContractModel, kind: MaintenanceWindowModel['kind']): ExclusionModel | undefined {
    return model.availability?.exclusions.find((e) => e.kind === 'maintenance' || e.kind === `${kind}-maintenance`);
}

export function maintenanceHover(model: ContractModel, w: MaintenanceWindowModel, now: number): string {
    const zone = zoneOf(model);
    const when = w.weekly ? weeklyText(w.weekly) : 'any time';
    const lines = [heading(`${w.kind} maintenance window`, w.article), '',
        `${w.kind[0].toUpperCase()}${w.kind.slice(1)} maintenance may be done ${w.weekly ? `in these hours: ${when}` : 'at any time'} (${zone}).`];
    if (w.maxDuration) {
        lines.push(w.maxIsEffort
            ? `It should take at most ${durationText(w.maxDuration)}: an aim, not a limit, so longer work is still maintenance.`
            : `It may take at most ${durationText(w.maxDuration)}: the time after that counts as downtime.`);
    }
    lines.push(w.notice ? `It must be announced ${durationText(w.notice)} before it starts; announced later, it counts whole as downtime.`
        : 'No notice period: any announcement before the work starts is in time.');
    const examples = nextWindows(model, w, now);
    if (examples.length) {
        lines.push('', w.weekly ? `Next windows (from ${shortMoment(now, zone)}):` : `Example (from ${shortMoment(now, zone)}):`, '');
        for (const e of examples) {
            const span = e.end > e.start ? `${shortMoment(e.start, zone)} – ${shortMoment(e.end, zone).replace(/^\w+ \d+ \w+ /, (m) => (dateOf(e.end, zone) === dateOf(e.start, zone) ? '' : m))}` : `work starting ${shortMoment(e.start, zone)}`;
            lines.push(`- ${span}${e.announceBy !== undefined ? `: announce by ${shortMoment(e.announceBy, zone)}` : ''}`);
        }
    }
    const ex = exclusionOf(model, w.kind);
    lines.push('', !model.availability ? 'The contract has no availability clause, so maintenance does not affect any guarantee.'
        : !ex ? 'The availability clause does not exclude this maintenance: it counts as downtime.'
            : `The availability clause${ex.article ? ` (${ex.article})` : ''} does not count it as downtime${ex.withinWindow ? ' when it lies within this window' : ''}${ex.announced ? ' and was announced in time' : ''}.`);
    return lines.join('\n');
}

/** One hour of work from each example moment: the rate that applies, and its price when the fee has an amount. */
export function surchargeHover(model: ContractModel, s: SurchargeModel, now: number, title: string, article: string | undefined): string {
    const zone = zoneOf(model);
    const fee = model.fees.find((f) => f.name === s.fee);
    const lines = [heading(title, article ?? s.article), '',
        `Work in these hours is charged at a multiple of ${fee ? `the fee ${fee.name}${fee.amount !== undefined ? ` (${money(fee.amount, fee.currency ?? model.currency)} per ${fee.per})` : ''}` : 'the rate'}; `
        + 'public holidays take their own rate, other overlaps the highest; hours no band covers are at 100%.'];
    if (s.exceptFor.length) lines.push(`Not for: ${s.exceptFor.join(', ')}.`);
    lines.push('', `One hour of work starting at (${zone}):`, '');
    const cal = s.bands.find((b) => b.outside)?.outside ?? s.bands.find((b) => b.holidaysOf)?.holidaysOf;
    for (const e of exampleMoments(model, now, cal)) {
        const parts = surchargeBands(model, s, e.at, e.at + 3_600_000);
        const rate = parts.reduce((sum, p) => sum + p.multiplier * p.minutes, 0) / 60;
        const split = parts.map((p) => `${p.minutes} min at ${pct(p.multiplier)}`).join(', ');
        const price = fee?.amount !== undefined && fee.per === 'hour' ? ` = ${money(fee.amount * rate, fee.currency ?? model.currency)}` : '';
        lines.push(`- ${e.label}, ${shortMoment(e.at, zone)}: ${split}${price}`);
    }
    return lines.join('\n');
}

export function feeHover(model: ContractModel, fee: FeeModel): string {
    const lines = [heading(`fee ${fee.name}${fee.title ? ` "${fee.title}"` : ''}`, fee.article), ''];
    const amount = fee.amount !== undefined ? money(fee.amount, fee.currency ?? model.currency) : undefined;
    lines.push(amount ? `${amount} per ${fee.per}.` : `A fee per ${fee.per}, without an amount in the contract: remedies on it are shares, not sums.`);
    const uses: string[] = [];
    for (const g of model.remedyGroups) {
        for (const r of g.remedies) {
            const bands = r.type === 'compensation' ? r.bands : r.type === 'credit' && r.basis.type === 'availability' ? r.basis.bands : [];
            for (const b of bands.filter((x) => x.fee === fee.name)) {
                uses.push(`- ${pct(b.percent)} of it${amount ? ` = ${money(fee.amount! * b.percent, fee.currency ?? model.currency)}` : ''} (${r.type}${b.article ?? r.article ? `, ${b.article ?? r.article}` : ''})`);
            }
        }
    }
    for (const s of model.surcharges.filter((x) => x.fee === fee.name)) {
        uses.push(`- surcharges of ${[...new Set(s.bands.map((b) => pct(b.multiplier)))].join(', ')}${s.article ? ` (${s.article})` : ''}`);
    }
    if (uses.length) lines.push('', 'Used by:', ...uses);
    return lines.join('\n');
}

export function commitmentHover(model: ContractModel, c: CommitmentModel, now: number): string {
    const zone = zoneOf(model);
    const due = durationEnd(model, now, c.within);
    return [heading(`commitment "${c.name}"`, c.article), '',
        `Due ${durationText(c.within)} after ${c.after ? `"${c.after}"` : 'its start'}.`, '',
        `Example: ${c.after ? `"${c.after}"` : 'started'} on ${shortMoment(now, zone)} → due ${shortMoment(due, zone)} (${zone}).`,
        ...countingNote(c.within)].join('\n');
}

export function noticeHover(model: ContractModel, n: NoticeModel, now: number): string {
    const zone = zoneOf(model);
    // Example: the end of the current calendar year, the usual end of a term.
    const end = periodAt(now, 'year', zone).end;
    const by = latestStart(model, end, n.period);
    return [heading(`notice "${n.name}"`, n.article), '',
        `To be given at least ${durationText(n.period)} before ${n.before ? `"${n.before}"` : 'the moment it concerns'}.`, '',
        `Example: for the end of ${dateOf(end - 1, zone).slice(-4)} (${longMoment(end, zone)}), give notice by ${longMoment(by, zone)} (${zone}).`,
        ...countingNote(n.period)].join('\n');
}

function countingNote(d: DurationModel): string[] {
    if (d.unit === 'working-day') return ['', `Working days${d.calendar ? ` of ${d.calendar}` : ''}: only the days it is open count.`];
    if (d.unit === 'month' || d.unit === 'year') return ['', 'Counted on the calendar: the same day and time that much later (31 Jan + 1 month = 28 Feb).'];
    return [];
}

export function complianceHover(model: ContractModel, c: ComplianceModel): string {
    const of = c.priorities.length ? `${c.priorities.join(', ')} incidents` : 'incidents of every priority';
    const per = c.period ? `per ${c.period}` : 'over the whole simulated range';
    const lines = [heading(`${milestoneWords(c.kind)} compliance`, c.article), '',
        `At least ${pct(c.atLeast)} of ${of} ${per} must meet their ${milestoneWords(c.kind)} deadline. A single miss is no breach; a share below it is.`, ''];
    for (const n of [5, 10, 20, 50]) {
        const late = allowedLate(n, c.atLeast);
        lines.push(`- with ${n} incidents ${c.period ? `in a ${c.period}` : 'in the range'}, at most ${late} may be late`);
    }
    lines.push('', `Incidents without a computable ${milestoneWords(c.kind)} deadline (planned by agreement) are not counted.`);
    return lines.join('\n');
}

export function measuredHover(model: ContractModel, node: ast.MeasuredDuring, now: number): string {
    const zone = zoneOf(model);
    const article = node.article?.replace(/^\[|\]$/g, '').trim() || model.availability?.article;
    if (node.calendar && !node.calendar.ref) return unresolvedText(node.calendar.$refText, 'calendar', model.calendars.map((c) => c.name));
    const month = periodAt(now, 'month', zone);
    const total = (month.end - month.start) / 60_000;
    const scheduled = scheduledMinutes(model, month.start, month.end);
    const lines = [heading(node.aroundTheClock ? 'measured around the clock' : `measured during ${node.calendar?.$refText ?? ''}`, article), ''];
    lines.push(node.aroundTheClock
        ? 'Every minute is scheduled time: availability is the share of all minutes of a period without counted downtime.'
        : `Only the minutes ${node.calendar?.$refText} is open are scheduled time: an outage while it is closed is no downtime, and availability is the share of its open minutes without counted downtime.`);
    lines.push('', `Example: ${month.label} has ${minutesText(scheduled)} of scheduled time${node.aroundTheClock ? '' : ` out of ${minutesText(total)}`} (${zone}).`);
    return lines.join('\n');
}

export function exclusionsHover(model: ContractModel, node: ast.NotCounted): string {
    const lines = [heading('not counted as downtime', node.article?.replace(/^\[|\]$/g, '').trim() || model.availability?.article), ''];
    for (const e of node.exclusions) {
        const kind = e.kind.replace(/\s+/g, ' ');
        const model_ = model.availability?.exclusions.find((x) => x.span.line === (e.$cstNode?.range.start.line ?? -1) + 1 && x.span.column === (e.$cstNode?.range.start.character ?? -1) + 1);
        const words = model_ ? KIND_WORDS[model_.kind] : kind;
        const windowKinds = model.maintenance.filter((w) => model_?.kind === 'maintenance' || `${w.kind}-maintenance` === model_?.kind);
        let terms = '';
        if (e.withinWindow) terms += windowKinds.length ? `, only inside ${windowKinds.map((w) => `the ${w.kind} window${w.article ? ` (${w.article})` : ''}`).join(' or ')}` : ', only inside a window, but the contract defines none';
        if (e.announced) terms += ', only when announced in time';
        const unbounded = /maintenance/.test(kind) && !e.withinWindow && !e.announced;
        lines.push(`- ${words}${terms}${unbounded ? ': at any time and without notice, so any outage called maintenance is excluded' : ''}`);
    }
    lines.push('', 'Excluded minutes count neither as downtime nor against the guarantee.');
    return lines.join('\n');
}

export function minimumOutageHover(model: ContractModel, node: ast.MinimumOutage): string {
    const m = model.availability?.minimumOutage;
    const head = heading('minimum outage', node.article?.replace(/^\[|\]$/g, '').trim());
    if (!m) return head;
    return [head, '', `An outage ${m.atMost ? 'of at most' : 'shorter than'} ${minutesText(m.minutes)} is no downtime at all; a longer one counts whole.`].join('\n');
}

export function backupsHover(model: ContractModel, b: BackupModel, now: number): string {
    const zone = zoneOf(model);
    const { made, oldest } = backupsAt(model, b, now);
    const every = { daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year' }[b.frequency];
    const lines = [heading(`${b.frequency} backups, kept ${durationText(b.kept)}`, b.article), '',
        `A backup every ${every}, each kept ${durationText(b.kept)}.`, '',
        `On ${dateOf(now, zone)}: ${made.length} ${b.frequency} backup${made.length === 1 ? '' : 's'}, the oldest from ${dateOf(made[made.length - 1] ?? now, zone)}; `
        + `the one from ${dateOf(oldest, zone)} has just expired.`];
    const others = model.backups.filter((x) => x !== b);
    if (others.length) {
        const reach = [b, ...others].map((x) => backupsAt(model, x, now)).map((r) => r.made[r.made.length - 1] ?? now);
        lines.push(`With the other backup lines, the oldest restore point on that day is ${dateOf(Math.min(...reach), zone)}.`);
    }
    return lines.join('\n');
}

export function noteHover(node: ast.Note): string {
    return [heading(`note "${node.title}"`, node.article?.replace(/^\[|\]$/g, '').trim()), '',
        'Text only: it records what the article says; nothing is computed from it, and no check reads it.'].join('\n');
}

export function changeClassHover(model: ContractModel, c: ChangeClassModel, now: number): string {
    const zone = zoneOf(model);
    return [heading(`change class ${c.name}${c.title ? ` "${c.title}"` : ''}`, c.article), '',
        `A change request of this class is carried out within ${durationText(c.leadTime)}.`, '',
        `Example: requested ${shortMoment(now, zone)} → done by ${shortMoment(durationEnd(model, now, c.leadTime), zone)} (${zone}).`].join('\n');
}

export function acceptanceHover(model: ContractModel, after: DurationModel, article: string | undefined, now: number): string {
    const zone = zoneOf(model);
    return [heading('accepted without an answer', article), '',
        `A change request the other party does not answer within ${durationText(after)} counts as accepted.`, '',
        `Example: sent ${shortMoment(now, zone)} → accepted ${shortMoment(durationEnd(model, now, after), zone)} without an answer (${zone}).`].join('\n');
}

export function minimumTermHover(model: ContractModel, now: number): string | undefined {
    const t = model.minimumTerm;
    if (!t) return undefined;
    const zone = zoneOf(model);
    const start = model.date ? DateTime.fromISO(model.date.length === 7 ? `${model.date}-01` : model.date, { zone }).toMillis() : now;
    const end = durationEnd(model, start, t);
    return [heading(`minimum term ${durationText(t)}`, t.article), '',
        `The contract runs at least ${durationText(t)}, counted on the calendar.`, '',
        `${model.date ? `From the contract date ${model.date}` : `From ${dateOf(start, zone)}`}: at least until ${dateOf(end, zone)}.`].join('\n');
}

export function timeZoneHover(model: ContractModel, now: number): string | undefined {
    if (!model.zone) return undefined;
    const dt = DateTime.fromMillis(now, { zone: model.zone }).setLocale('en-GB');
    return [heading(`time zone ${model.zone}`, undefined), '',
        `Every clock time of the contract is wall-clock time in ${model.zone}, summer time included: now UTC${dt.toFormat('ZZ')} (${dt.offsetNameShort ?? ''}).`].join('\n');
}

/** Parties, version, date and currency: what each means for the rest of the contract. */
export function factHover(model: ContractModel, node: ast.Party | ast.Version | ast.ContractDate | ast.Currency): string {
    const article = node.article?.replace(/^\[|\]$/g, '').trim();
    if (node.$type === 'Party') {
        return [heading(`${node.role} "${node.name}"`, article), '', node.role === 'provider'
            ? 'The party that gives the service: the deadlines, the availability and the remedies are its obligations.'
            : 'The party that receives the service: the remedies are due to it.'].join('\n');
    }
    if (node.$type === 'Version') return [heading(`version "${node.value}"`, article), '', 'The contract\'s version as written: on record, nothing is computed from it.'].join('\n');
    if (node.$type === 'ContractDate') {
        return [heading(`dated ${node.value}`, article), '', `The contract's date${model.minimumTerm ? ': the minimum term counts from it' : ''}.`].join('\n');
    }
    return [heading(`currency ${node.code}`, article), '', `Amounts of the contract without a currency of their own are in ${node.code}.`].join('\n');
}

/** A name that refers to nothing: only that, and the closest names. */
export function unresolvedText(name: string, kind: string, candidates: string[]): string {
    const close = closeNames(name, candidates);
    return [`**${name}**: no ${kind} of that name is defined, so nothing that depends on it is computed.`,
        ...(close.length ? ['', `Did you mean ${close.map((c) => `\`${c}\``).join(' or ')}?`] : [])].join('\n');
}

/**
 * The gist of a clause's hover for a block summary: its first paragraph after the heading
 * (and the next one when the first ends with a colon), bullets joined, at most 200 characters.
 */
function gist(text: string): string {
    const body = text.split('\n---\n')[0].split('\n').filter((l) => !l.startsWith('**'));
    const paragraphs = body.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
        .map((p) => p.split('\n').map((l) => l.replace(/^- /, '').trim()).join('; ').replace(/:;/g, ':').replace(/\.; /g, '. '));
    let out = paragraphs[0] ?? '';
    if (out.endsWith(':') && paragraphs[1]) out = `${out} ${paragraphs[1]}`;
    return out.length > 200 ? `${out.slice(0, 199)}…` : out;
}

/** A block's heading: one line per clause in it, each what the clause's own hover says first. */
export function blockHover(title: string, article: string | undefined, items: { words: string; meaning: string }[]): string {
    return [heading(title, article), '', ...items.map((i) => `- \`${i.words}\`${i.meaning ? `: ${gist(i.meaning)}` : ''}`)].join('\n');
}
