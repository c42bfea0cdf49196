/**
 * Ordering: values that should grow or shrink together. A more urgent priority must not
 * have a slower clock, a target must not be below its guarantee, backups kept less long
 * as they get rarer, change classes whose lead times run against their names, and
 * compensation that shrinks as availability gets worse.
 */
import type { BackupModel, ChangeClassModel, ClockModel, ContractModel, PriorityModel } from '../model/types.js';
import type { Finding } from './finding.js';
import { approxMinutes, cite, durationText, finding, pct } from './rule-support.js';

/** Clocks compare only when everything but the duration is the same. */
function clockKey(c: ClockModel): string | undefined {
    if (c.rule.type !== 'within') return undefined;
    const basis = c.rule.basis.type === 'calendar' ? `cal:${c.rule.basis.calendar}` : c.rule.basis.type;
    const when = c.when ? `${c.when.reported}:${c.when.calendar}` : 'always';
    const unitClass = c.rule.duration.minutes !== undefined ? 'fixed' : c.rule.duration.unit;
    // A target or a share clock compares only with its own kind.
    const standing = c.share ? `share:${c.share.atLeast}:${c.share.period ?? ''}` : c.target ? 'target' : 'commitment';
    return [c.kind, basis, c.rule.from, when, unitClass, standing].join('|');
}

function clockLength(c: ClockModel): number {
    if (c.rule.type !== 'within') return NaN;
    const d = c.rule.duration;
    return d.minutes ?? d.amount;
}

function whenText(c: ClockModel): string {
    return c.when ? ` for reports ${c.when.reported === 'inside' ? 'during' : 'outside'} ${c.when.calendar}` : '';
}

export function priorityOrder(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    const ranked = [...model.priorities].sort((a, b) => a.rank - b.rank);
    const reported = new Set<string>();
    // Clocks compare only within one key: group them by key (in rank order), take the pairs
    // of a more urgent and a calmer priority with the urgent clock longer, and visit them in
    // the order of the plain pairwise loop (urgent rank, calm rank, then clause order), so
    // the findings and their de-duplication come out exactly as that loop gives them.
    const groups = new Map<string, { rank: number; at: number; clock: ClockModel }[]>();
    ranked.forEach((p, rank) => p.clocks.forEach((clock, at) => {
        const key = clockKey(clock);
        if (!key) return;
        const group = groups.get(key);
        if (group) group.push({ rank, at, clock });
        else groups.set(key, [{ rank, at, clock }]);
    }));
    const pairs: { i: number; j: number; ai: number; aj: number; cu: ClockModel; cc: ClockModel; key: string }[] = [];
    for (const [key, group] of groups) {
        if (group.length < 2) continue;
        for (const u of group) {
            for (const c of group) {
                if (!(u.rank < c.rank) || !(clockLength(u.clock) > clockLength(c.clock))) continue;
                pairs.push({ i: u.rank, j: c.rank, ai: u.at, aj: c.at, cu: u.clock, cc: c.clock, key });
            }
        }
    }
    pairs.sort((a, b) => a.i - b.i || a.j - b.j || a.ai - b.ai || a.aj - b.aj);
    for (const { i, j, cu, cc, key } of pairs) {
        const urgent: PriorityModel = ranked[i];
        const calm: PriorityModel = ranked[j];
        const id = `${urgent.name}|${calm.name}|${key}`;
        if (reported.has(id)) continue;
        reported.add(id);
        if (cu.rule.type !== 'within' || cc.rule.type !== 'within') continue;
        out.push(finding('priority-order-inverted', cu,
            `${urgent.name} is more urgent than ${calm.name} but its ${cu.kind} clock is slower${whenText(cu)}: `
            + `${durationText(cu.rule.duration)} against ${durationText(cc.rule.duration)} for ${calm.name}${cite(cc)}. `
            + `Swap the values, or put the priorities in order of urgency (the first one written is the most urgent).`,
            [{ at: cc, note: `the faster ${cc.kind} clock of ${calm.name}` }]));
    }
    return out;
}

export function targetBelowGuarantee(model: ContractModel): Finding[] {
    const g = model.availability?.guarantee;
    const t = model.availability?.target;
    if (!g || !t || !(t.value < g.value)) return [];
    return [finding('target-below-guarantee', t,
        `the availability target ${pct(t.value)} per ${t.period} is lower than the guarantee ${pct(g.value)} per ${g.period}${cite(g)}. `
        + `A target is what the provider aims at beyond what it guarantees; a lower target has no effect. Check whether the two figures were swapped.`,
        [{ at: g, note: `the guarantee, ${pct(g.value)} per ${g.period}` }])];
}

const BACKUP_ORDER: BackupModel['frequency'][] = ['daily', 'weekly', 'monthly', 'yearly'];
const BACKUP_INTERVAL: Record<BackupModel['frequency'], { minutes: number; text: string }> = {
    daily: { minutes: 1440, text: 'a day' },
    weekly: { minutes: 7 * 1440, text: 'a week' },
    monthly: { minutes: 28 * 1440, text: 'a month (28 to 31 days)' },
    yearly: { minutes: 365 * 1440, text: 'a year' },
};

export function backupRetention(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    const sorted = [...model.backups].sort((a, b) => BACKUP_ORDER.indexOf(a.frequency) - BACKUP_ORDER.indexOf(b.frequency));
    for (const b of sorted) {
        const frequent = sorted.filter((x) => BACKUP_ORDER.indexOf(x.frequency) < BACKUP_ORDER.indexOf(b.frequency)
            && approxMinutes(x.kept) > approxMinutes(b.kept));
        if (frequent.length > 0) {
            const x = frequent[frequent.length - 1];
            out.push(finding('backup-retention-shrinks', b,
                `${b.frequency} backups are kept ${durationText(b.kept)}, less than ${x.frequency} backups${cite(x)} (${durationText(x.kept)}). `
                + `Rarer backups are normally kept longer, so that older states stay recoverable; check the retention periods.`,
                [{ at: x, note: `${x.frequency} backups, kept ${durationText(x.kept)}` }]));
        }
        // A monthly backup kept exactly "1 month" is fine; only a clearly shorter retention leaves a gap.
        const interval = BACKUP_INTERVAL[b.frequency];
        if (approxMinutes(b.kept) < interval.minutes) {
            out.push(finding('backup-retention-gap', b,
                `${b.frequency} backups are made once ${interval.text} but kept only ${durationText(b.kept)}, `
                + `so for part of every ${interval.text.replace(/^a /, '').replace(/ \(.*\)$/, '')} no ${b.frequency} backup exists. Keep each backup at least until the next one is made.`));
        }
    }
    return out;
}

const URGENCY: [RegExp, number, string][] = [
    [/^(urgent|spoed|critical|kritiek|kritisch|emergency|high|hoog|hoge|major)\b/i, 2, 'high'],
    [/^(medium|normal|normaal|middel|midden|gemiddeld|regular|standard|standaard)\b/i, 1, 'normal'],
    [/^(low|laag|lage|minor|klein)\b/i, 0, 'low'],
];

function urgencyOf(c: ChangeClassModel): number | undefined {
    for (const text of [c.name, c.title].filter((t): t is string => !!t)) {
        for (const [re, level] of URGENCY) if (re.test(text.trim())) return level;
    }
    return undefined;
}

export function changeLeadTimes(model: ContractModel): Finding[] {
    const classes = (model.changeRequests?.classes ?? [])
        .map((c) => ({ c, level: urgencyOf(c) }))
        .filter((x): x is { c: ChangeClassModel; level: number } => x.level !== undefined);
    const out: Finding[] = [];
    for (const a of classes) {
        const slower = classes.filter((b) => b.level < a.level && approxMinutes(a.c.leadTime) > approxMinutes(b.c.leadTime));
        if (slower.length === 0) continue;
        const b = slower[0];
        out.push(finding('change-lead-time-inverted', a.c,
            `change requests of class ${a.c.name}${a.c.title ? ` "${a.c.title}"` : ''} read as more urgent than ${b.c.name}${b.c.title ? ` "${b.c.title}"` : ''}, `
            + `but their lead time is longer: ${durationText(a.c.leadTime)} against ${durationText(b.c.leadTime)}${cite(b.c)}. Check whether the lead times were swapped.`,
            [{ at: b.c, note: `class ${b.c.name}, lead time ${durationText(b.c.leadTime)}` }]));
    }
    return out;
}

export function compensationOrder(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const group of model.remedyGroups) {
        for (const r of group.remedies) {
            if (r.type !== 'compensation') continue;
            const mid = (b: (typeof r.bands)[number]) => ((b.lower?.value ?? 0) + (b.upper?.value ?? 1)) / 2;
            const bands = [...r.bands].sort((a, b) => mid(a) - mid(b));
            for (let i = 0; i + 1 < bands.length; i++) {
                const worse = bands[i];
                const better = bands[i + 1];
                if (worse.fee === better.fee && worse.percent < better.percent) {
                    out.push(finding('compensation-order-inverted', worse,
                        `lower availability pays less: this band gives ${pct(worse.percent)} of ${worse.fee}, `
                        + `while the band for higher availability${cite(better)} gives ${pct(better.percent)}. Compensation normally grows as availability gets worse.`,
                        [{ at: better, note: `the band for higher availability, ${pct(better.percent)}` }]));
                }
            }
        }
    }
    return out;
}

export const orderingRules = [priorityOrder, targetBelowGuarantee, backupRetention, changeLeadTimes, compensationOrder];
