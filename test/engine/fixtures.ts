/**
 * Hand-built contract models for the engine tests, written the way the language would
 * normalise the two seed SLAs (Avetica: art. 5, 6, 10, 11; Klik: art. 1, 2, 4).
 */
import type {
    CalendarModel, ContractModel, MinuteRange, RemedyGroupModel, SourceSpan, WeeklyHours,
} from '../../language-server/src/model/types.js';

export const span: SourceSpan = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Weekly hours with the same ranges on the given ISO weekdays. */
export function weekly(days: number[], ranges: MinuteRange[]): WeeklyHours {
    const w: WeeklyHours = [[], [], [], [], [], [], [], []];
    for (const d of days) w[d] = ranges.map((r) => ({ ...r }));
    return w;
}

export const werkdag: CalendarModel = {
    name: 'Werkdag', span, article: 'art. 1.28',
    weekly: weekly([1, 2, 3, 4, 5], [{ from: 540, to: 1020 }]),
    holidays: [{ country: 'NL', include: [], exclude: [], span }],
    closed: [],
};

const hours = (n: number) => ({ amount: n, unit: 'hour' as const, minutes: n * 60 });
const onWerkdag = { type: 'calendar' as const, calendar: 'Werkdag' };

export function avetica(): ContractModel {
    return {
        name: 'Avetica Moodle hosting', span, zone: 'Europe/Amsterdam', currency: 'EUR',
        calendars: [werkdag],
        priorities: [
            { name: 'P1', title: 'Crash', rank: 0, span, clocks: [
                { kind: 'response', span, article: 'art. 5.2', rule: { type: 'within', duration: hours(1), basis: onWerkdag, from: 'reported' } },
                { kind: 'resolution', span, article: 'art. 5.2', rule: { type: 'within', duration: hours(4), basis: onWerkdag, from: 'responded' } },
            ] },
            { name: 'P2', title: 'Major', rank: 1, span, clocks: [
                { kind: 'response', span, rule: { type: 'within', duration: hours(8), basis: onWerkdag, from: 'reported' } },
                { kind: 'resolution', span, rule: { type: 'within', duration: hours(16), basis: onWerkdag, from: 'responded' } },
            ] },
            { name: 'P3', title: 'Minor', rank: 2, span, clocks: [
                { kind: 'response', span, rule: { type: 'within', duration: hours(16), basis: onWerkdag, from: 'reported' } },
            ] },
        ],
        compliance: [{ kind: 'resolution', atLeast: 0.9, priorities: [], span, article: 'art. 5.2' }],
        availability: {
            span, article: 'art. 10',
            guarantee: { value: 0.9992, period: 'quarter', span, article: 'art. 10.1' },
            measured: { type: 'around-the-clock' },
            exclusions: [
                { kind: 'maintenance', withinWindow: false, announced: false, span, article: 'art. 10.3' },
                { kind: 'force-majeure', withinWindow: false, announced: false, span, article: 'art. 10.3' },
            ],
        },
        maintenance: [],
        fees: [{ name: 'monthly', per: 'month', span }],
        remedyGroups: aveticaRemedies(),
        surcharges: [{
            span, article: 'art. 3.3', exceptFor: ['incidents', 'corrective maintenance'],
            bands: [
                { days: [1, 2, 3, 4, 5], outside: 'Werkdag', multiplier: 1.5, span },
                { days: [6], multiplier: 1.5, span },
                { days: [7], multiplier: 2, span },
                { days: [], holidaysOf: 'Werkdag', multiplier: 2, span },
            ],
        }],
        notices: [], commitments: [], backups: [], notes: [], scenarios: [],
    };
}

export function aveticaRemedies(): RemedyGroupModel[] {
    return [
        { name: 'Response', article: 'art. 6', span, remedies: [
            { type: 'warning', trigger: { type: 'deadline-missed', clock: 'response' }, per: 'each', span, article: 'art. 6.2' },
            { type: 'improvement-proposal', afterWarnings: 2, within: 'month', span, article: 'art. 6.3' },
        ] },
        { name: 'Availability', article: 'art. 11', span, remedies: [
            { type: 'warning', trigger: { type: 'availability-below', level: 'guarantee' }, per: 'quarter', span, article: 'art. 11.2' },
            { type: 'compensation', fromWarning: 2, warningsCounted: 'contract', span, article: 'art. 11.2', bands: [
                { lower: { value: 0.95, inclusive: true }, upper: { value: 0.9992, inclusive: false }, percent: 0.2, fee: 'monthly', span },
                { lower: { value: 0.9, inclusive: true }, upper: { value: 0.95, inclusive: false }, percent: 0.4, fee: 'monthly', span },
            ] },
            { type: 'termination-right', afterCompensations: 6, within: 'year', span, article: 'art. 11.3' },
        ] },
    ];
}

/** Klik: 99% guaranteed and 99.9% aimed at per month; maintenance only counts outside its windows. */
export function klik(): ContractModel {
    return {
        name: 'Klik Onderwijs', span, zone: 'Europe/Amsterdam',
        calendars: [{ ...werkdag, name: 'Kantooruren' }],
        priorities: [{ name: 'P1', rank: 0, span, clocks: [] }, { name: 'P2', rank: 1, span, clocks: [] }],
        compliance: [],
        availability: {
            span, article: 'art. 1.2',
            guarantee: { value: 0.99, period: 'month', span },
            target: { value: 0.999, period: 'month', span },
            measured: { type: 'around-the-clock' },
            exclusions: [
                { kind: 'maintenance', withinWindow: true, announced: true, span, article: 'art. 2.1' },
                { kind: 'force-majeure', withinWindow: false, announced: false, span },
                { kind: 'customer-caused', withinWindow: false, announced: false, span },
                { kind: 'third-party', withinWindow: false, announced: false, span },
            ],
        },
        maintenance: [
            { kind: 'planned', weekly: weekly([5], [{ from: 1320, to: 1440 }]), span, article: 'art. 4.2',
                notice: { amount: 2, unit: 'day', minutes: 2880 }, maxDuration: { amount: 20, unit: 'minute', minutes: 20 }, maxIsEffort: true },
            { kind: 'urgent', weekly: weekly([1, 2, 3, 4, 5], [{ from: 1320, to: 1440 }]), span, article: 'art. 4.6', maxIsEffort: true },
        ],
        fees: [{ name: 'monthly', per: 'month', span }],
        remedyGroups: [],
        surcharges: [],
        notices: [], commitments: [], backups: [], notes: [], scenarios: [],
    };
}

/** Klik with monthly availability remedies in the Avetica style, for counting compensations. */
export function klikWithRemedies(): ContractModel {
    const c = klik();
    const [, availability] = aveticaRemedies();
    availability.remedies[0] = { type: 'warning', trigger: { type: 'availability-below', level: 'guarantee' }, per: 'month', span };
    availability.remedies[1] = { type: 'compensation', fromWarning: 2, warningsCounted: 'contract', span, bands: [
        { lower: { value: 0.95, inclusive: true }, upper: { value: 0.99, inclusive: false }, percent: 0.2, fee: 'monthly', span },
        { lower: { value: 0.9, inclusive: true }, upper: { value: 0.95, inclusive: false }, percent: 0.4, fee: 'monthly', span },
    ] };
    c.remedyGroups = [availability];
    return c;
}
