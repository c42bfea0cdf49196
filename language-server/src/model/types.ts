/**
 * The contract model: plain typed objects built from the AST. Units are normalised
 * (durations in minutes or calendar units, percentages as decimals), references are
 * resolved to names that exist in the model, and article tags are kept so every
 * finding can point back to the paragraph a lawyer knows.
 *
 * Nothing here imports Langium: engines and surfaces depend on this file only.
 */

/** A place in the source text, 1-based lines and columns, end exclusive. */
export interface SourceSpan {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** The library file (URI) a clause was imported from; absent for the file's own clauses. */
    file?: string;
}

/** Every clause may cite an article (`[art. 5.2]`, kept as written inside the brackets). */
export interface Clause {
    article?: string;
    span: SourceSpan;
}

/** ISO weekday numbers as luxon uses them: 1 = Monday ... 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A half-open range of minutes within one day: 0 <= from < to <= 1440. */
export interface MinuteRange {
    from: number;
    to: number;
}

/**
 * Opening hours per weekday, already normalised: ranges that cross midnight are split
 * onto the next weekday, overlapping ranges are merged, and each day's list is sorted.
 * Index 1..7 (index 0 unused) so `weekly[weekday]` reads naturally.
 */
export type WeeklyHours = MinuteRange[][];

export interface HolidayRemoval {
    /** Name of a holiday as the holiday engine knows it, e.g. "Liberation Day". */
    name: string;
    /** Still a holiday in years divisible by this number (Liberation Day every fifth year). */
    exceptEveryYears?: number;
}

/**
 * How a holiday on a Saturday or Sunday is observed on a weekday as well (the holiday
 * itself stays closed): `next` closes the first Monday-Friday after it that is no holiday
 * yet; `nearest` closes the Friday before a Saturday or the Monday after a Sunday, or when
 * that is a holiday already, the next free weekday further in the same direction.
 */
export type Observance = 'next' | 'nearest';

export interface HolidayRule extends Clause {
    /**
     * Upper case: an ISO 3166-1 country code ("NL") or an ISO 3166-2 code of a region
     * of one ("GB-SCT", "US-CA").
     */
    country: string;
    /** Named days added to the country's statutory list, e.g. "Good Friday". */
    include: string[];
    exclude: HolidayRemoval[];
    /** The contract's own rule for weekend holidays; replaces the list's own substitute days. */
    observed?: Observance;
}

/** Fixed closing days, ISO dates (yyyy-mm-dd), inclusive range. */
export interface ClosedDays extends Clause {
    from: string;
    to: string;
    label?: string;
}

/** Part of one date closed: "closed on 2026-12-24 from 12:00 "Kerstavond"". */
export interface ClosedHours extends Clause {
    date: string;
    /** Minutes of the day, [from, to); `to` is 1440 when the closing runs to the end of the day. */
    hours: MinuteRange;
    label?: string;
}

/** A day of every year: a fixed date, or the first ... fourth or last weekday of a month. */
export type YearlyDay =
    | { type: 'date'; month: number; day: number }
    | { type: 'nth-weekday'; nth: 1 | 2 | 3 | 4 | -1; weekday: Weekday; month: number };

/** The contract's own closing, every year, whole day (a holiday) or part of the day. */
export interface YearlyClosing extends Clause {
    on: YearlyDay;
    /** Absent: the whole day, a holiday of the calendar. */
    hours?: MinuteRange;
    label?: string;
    observed?: Observance;
}

/** Opening hours on one date instead of the usual ones: "open on 2026-12-27 10:00 to 14:00". */
export interface SpecialOpening extends Clause {
    date: string;
    /** Within the date, sorted and merged. */
    hours: MinuteRange[];
    label?: string;
}

/**
 * Weekly hours that replace the calendar's weekly hours from one day of the year to
 * another, every year; when `to` comes before `from` in the year the season runs over the
 * new year. Seasons written with the same days are one season (their hours add up).
 */
export interface Season extends Clause {
    from: { month: number; day: number };
    to: { month: number; day: number };
    weekly: WeeklyHours;
}

export interface CalendarModel extends Clause {
    name: string;
    weekly: WeeklyHours;
    holidays: HolidayRule[];
    closed: ClosedDays[];
    /** Part-day closings on dates. */
    closedHours?: ClosedHours[];
    /** The contract's own yearly closings. */
    yearly?: YearlyClosing[];
    openings?: SpecialOpening[];
    seasons?: Season[];
}

/**
 * A duration with its unit kept. `minutes` is set for minute, hour, day (1440) and week
 * (10,080): for minutes and hours it is the elapsed length; for days and weeks only the
 * nominal length, for comparing durations. The engine counts days, weeks, months and
 * years as calendar periods from a start moment (the same wall-clock time that much
 * later, so a day over a DST change has 23 or 25 hours), and working days on a calendar.
 */
export interface DurationModel {
    amount: number;
    unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'working-day';
    minutes?: number;
    /** For working days, or a duration measured "of" a calendar: the calendar's name. */
    calendar?: string;
}

/** Which time a clock counts: business time of a calendar, or every minute. */
export type ClockBasis =
    | { type: 'calendar'; calendar: string }
    | { type: 'around-the-clock' }
    /** The contract did not say: the checker warns, the engine reads it as around the clock. */
    | { type: 'unspecified' };

/**
 * The moments of an incident a clock can be about, in their natural order: acknowledged
 * (initial response), responded, work started, worked around, resolved.
 */
export type Milestone = 'acknowledgement' | 'response' | 'start-of-work' | 'workaround' | 'resolution';

/** Where a clock starts: the report, or the actual moment of a milestone ("after workaround"). */
export type ClockStart = 'reported' | 'responded' | 'acknowledged' | 'work-started' | 'worked-around' | 'resolved';

export type ClockRule =
    /** "within 4 hours of Werkdag after response" */
    | { type: 'within'; duration: DurationModel; basis: ClockBasis; from: ClockStart; immediately?: boolean }
    /** "by end of the same Werkdag": a cap at the closing time of the reporting day. */
    | { type: 'same-day'; calendar: string }
    /** "planned by agreement": no computable deadline. */
    | { type: 'by-agreement' };

/** "if reported during Kantooruren" / "if reported outside Kantooruren". */
export interface ClockCondition {
    reported: 'inside' | 'outside';
    calendar: string;
}

export interface ClockModel extends Clause {
    kind: Milestone;
    rule: ClockRule;
    when?: ClockCondition;
    /** "as a target": reported, but a miss is no breach and gives no remedy. */
    target?: boolean;
    /** "in at least 90% of incidents per month": only the share is a commitment, judged per period. */
    share?: { atLeast: number; period?: Period };
}

export interface PriorityModel extends Clause {
    name: string;
    title?: string;
    description?: string;
    /** Position in the contract: 0 is the most urgent. */
    rank: number;
    clocks: ClockModel[];
}

export type Period = 'month' | 'quarter' | 'year';

/**
 * What an availability level is judged on: a calendar period, a clock hour, an ISO week
 * (Monday 00:00 to Monday 00:00 in the contract's zone), or a rolling window of N
 * calendar days ending at the end of each day ("rolling-30-days").
 */
export type LevelPeriod = Period | 'hour' | 'week' | `rolling-${number}-days`;

export interface ComplianceModel extends Clause {
    kind: Milestone;
    /** Decimal, 0.9 for 90%. */
    atLeast: number;
    period?: Period;
    /** Empty means all priorities. */
    priorities: string[];
}

export type DowntimeKind =
    | 'incident'
    | 'planned-maintenance'
    | 'urgent-maintenance'
    | 'emergency-maintenance'
    | 'force-majeure'
    | 'customer-caused'
    | 'third-party';

export interface ExclusionModel extends Clause {
    /** 'maintenance' stands for every maintenance kind. */
    kind: DowntimeKind | 'maintenance';
    /** Only excluded when it happens inside a maintenance window of its kind. */
    withinWindow: boolean;
    /** Only excluded when announced with the window's notice period (or at all, if none). */
    announced: boolean;
}

export interface AvailabilityModel extends Clause {
    /** Decimals: 0.9992 for 99.92%. */
    guarantee?: { value: number; period: LevelPeriod } & Clause;
    target?: { value: number; period: LevelPeriod } & Clause;
    /** Which minutes count as scheduled: a calendar's hours, or all of them. */
    measured: ClockBasis;
    /** "measured during X" where X is no calendar (a linking error): no budget is worked out on a guess. */
    unresolvedMeasured?: string;
    exclusions: ExclusionModel[];
    /** An outage shorter than this is no downtime at all ("outages shorter than 5 minutes not counted"). */
    minimumOutage?: {
        minutes: number;
        /** "outages of at most 5 minutes not counted": an outage of exactly the minimum is no downtime either. */
        atMost?: boolean;
    } & Clause;
}

export type MaintenanceKind = 'planned' | 'urgent' | 'emergency';

export interface MaintenanceWindowModel extends Clause {
    kind: MaintenanceKind;
    /** Undefined means "any time". */
    weekly?: WeeklyHours;
    maxDuration?: DurationModel;
    /** Notice required before the work starts; undefined means none stated. */
    notice?: DurationModel;
    /** "at most" is an effort ("aims at"), not a guarantee. */
    maxIsEffort: boolean;
}

export interface FeeModel extends Clause {
    name: string;
    title?: string;
    per: 'hour' | 'month' | 'quarter' | 'year' | 'incident';
    amount?: number;
    currency?: string;
}

export type WarningTrigger =
    | { type: 'deadline-missed'; clock: Milestone }
    | { type: 'availability-below'; level: 'guarantee' | 'target' }
    | { type: 'compliance-missed'; clock: Milestone };

/** A bound of a band. Decimals; `inclusive` says whether the bound itself is in the band. */
export interface Bound {
    value: number;
    inclusive: boolean;
}

export interface CompensationBand extends Clause {
    /** Availability range of the band; a missing bound is open-ended. */
    lower?: Bound;
    upper?: Bound;
    /** Decimal share of the fee: 0.2 for 20%. */
    percent: number;
    fee: string;
}

/** A credit's size: a share of a fee (0.05 for 5%), or a fixed sum of money. */
export type CreditValue =
    | { type: 'share'; percent: number; fee: string }
    | { type: 'money'; amount: number; currency: string };

/**
 * "capped at 100% per month": at most this much in each period. The cap belongs to one
 * credit clause (`scope: 'clause'`) or to all credits of a service together (`'service'`,
 * "credits capped at 100% of DropletFee per month" in a service block), kept apart in the
 * engine's ledger by scope and period.
 */
export interface CreditCap extends Clause {
    value: CreditValue;
    per: Period;
    scope: 'clause' | 'service';
}

/** When a credit must be claimed, counted from the incident or from the end of a period. */
export type ClaimRule = Clause & (
    /** "within 30 days after the incident" / "... after the end of the month". */
    | { type: 'within'; duration: DurationModel; after: 'incident' | Period }
    /** "within 2 billing cycles after the incident", "by the end of the 2nd billing cycle after the incident". */
    | { type: 'billing-cycles'; cycles: number }
);

/** What a credit is due for. */
export type CreditBasis =
    /** Availability of a period below the guarantee, looked up in bands. */
    | { type: 'availability'; level: 'guarantee' | 'target'; period: Period; bands: CompensationBand[] }
    /**
     * Each `unitMinutes` of counted downtime ("or part thereof": a started unit counts),
     * after `graceMinutes` ("for each additional hour": the first hour is free), summed per
     * period or per incident.
     */
    | { type: 'downtime'; value: CreditValue; unitMinutes: number; partThereof: boolean; graceMinutes: number; per: Period | 'incident' }
    /**
     * Each incident whose deadline of `clock` was missed; with `late`, `value` for each
     * `unitMinutes` by which it was missed (real minutes from the deadline to the milestone),
     * after `graceMinutes`, "or part thereof" as for downtime.
     */
    | { type: 'deadline'; value: CreditValue; clock: Milestone; priorities: string[]; late?: { unitMinutes: number; partThereof: boolean; graceMinutes: number } };

export type RemedyModel =
    | (Clause & {
        type: 'warning';
        trigger: WarningTrigger;
        /** 'each' = one warning per miss; otherwise at most one warning per period. */
        per: 'each' | Period;
    })
    | (Clause & {
        type: 'improvement-proposal';
        afterWarnings: number;
        within: Period;
    })
    | (Clause & {
        type: 'compensation';
        /** Compensation is only due from the n-th warning of the same remedy group on. */
        fromWarning: number;
        /** Over which span warnings are counted: a period, or the whole contract. */
        warningsCounted: Period | 'contract';
        bands: CompensationBand[];
        /** Decimal cap per period of the fee, if any. */
        cap?: { percent: number; per: Period };
        /**
         * Whether the clause counts warnings ("from the 2nd warning", "counted per year").
         * A compensation that does not, in a block without warnings, is paid directly
         * for every period whose availability lies in a band. Absent means true.
         */
        countsWarnings?: boolean;
    })
    | (Clause & {
        type: 'credit';
        basis: CreditBasis;
        cap?: CreditCap;
        /** "only when the credit is more than 1 USD": smaller credits are not given. */
        minimum?: { value: CreditValue; inclusive: boolean } & Clause;
        claim?: ClaimRule;
        /** Given only when the customer asks for it (within the claim window, if any). */
        onRequest: boolean;
    })
    | (Clause & {
        type: 'termination-right';
        afterCompensations: number;
        within: Period;
    })
    | (Clause & {
        /**
         * Chronic outages: "right to terminate after more than 3 outages or 24 hours of
         * downtime in any 30 consecutive days". Either limit may be absent, not both.
         */
        type: 'chronic-termination-right';
        /** The right needs more than (moreThan) or at least this many counted outages. */
        outages?: number;
        /** ... or more than / at least this many minutes of counted downtime. */
        downtimeMinutes?: number;
        moreThan: boolean;
        /** Length of the sliding window in calendar days. */
        days: number;
    });

export interface RemedyGroupModel extends Clause {
    name?: string;
    remedies: RemedyModel[];
}

export interface SurchargeBand extends Clause {
    /** Days the band applies to; empty when the band is "public holidays". */
    days: Weekday[];
    /** Time ranges on those days; undefined means the whole day. */
    ranges?: MinuteRange[];
    /** "outside Werkdag": the band covers the closed time of that calendar on those days. */
    outside?: string;
    /** "public holidays of Werkdag". */
    holidaysOf?: string;
    /** Decimal multiplier, 1.5 for 150%. */
    multiplier: number;
}

export interface SurchargeModel extends Clause {
    fee?: string;
    bands: SurchargeBand[];
    /** Kinds of work without surcharge, as written ("incidents", "corrective maintenance"). */
    exceptFor: string[];
}

export interface ChangeClassModel extends Clause {
    name: string;
    title?: string;
    leadTime: DurationModel;
}

export interface ChangeRequestsModel extends Clause {
    classes: ChangeClassModel[];
    acceptance?: { after: DurationModel } & Clause;
}

export interface NoticeModel extends Clause {
    name: string;
    period: DurationModel;
    before?: string;
}

export interface CommitmentModel extends Clause {
    name: string;
    within: DurationModel;
    after?: string;
}

export interface BackupModel extends Clause {
    frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
    kept: DurationModel;
}

export interface NoteModel extends Clause {
    title: string;
    text: string;
}

/** A moment written in a scenario: ISO local date-time, read in the contract's zone. */
export type LocalDateTime = string;

export interface ScenarioEvent extends Clause {
    id: string;
    kind: DowntimeKind;
    priority?: string;
    /** The services it hit, as written ("service "Droplets", "Volumes""); absent: none named. */
    services?: string[];
    reported?: LocalDateTime;
    acknowledged?: LocalDateTime;
    responded?: LocalDateTime;
    workStarted?: LocalDateTime;
    workaround?: LocalDateTime;
    resolved?: LocalDateTime;
    downFrom?: LocalDateTime;
    downTo?: LocalDateTime;
    /** When maintenance was announced. */
    announced?: LocalDateTime;
    paused: { from: LocalDateTime; to: LocalDateTime }[];
}

export type Expectation =
    | (Clause & { type: 'deadline'; clock: Milestone; met: boolean; incident: string })
    | (Clause & {
        type: 'availability'; above: boolean; level: 'guarantee' | 'target' | number; period?: string;
        /** "availability of "Droplets" ...": that service's rows instead of the contract's. */
        service?: string;
        /** "availability ... is 99.9537%": equal once rounded to the written decimals (`decimals`). */
        exact?: { value: number; decimals: number };
    })
    | (Clause & {
        /** "expect resolution compliance below 90% for P1 in 2026-11" */
        type: 'compliance';
        clock?: 'response' | 'resolution';
        /** The compliance clause's article, without brackets ("art. 5.2"). */
        clause?: string;
        /** The clause's priorities, as a set; empty: any clause. */
        priorities: string[];
        /** 'met' / 'missed', or a share (decimal) the compliance is at least ('above') or under ('below'). */
        judge: { type: 'met'; met: boolean } | { type: 'share'; above: boolean; value: number };
        period?: string;
    })
    | (Clause & {
        type: 'remedy'; given: boolean; remedy: 'warning' | 'improvement-proposal' | 'compensation' | 'termination-right' | 'credit';
        percent?: number; money?: { amount: number; currency: string }; period?: string;
        /** "expect credit 10% for "Droplets"": a remedy of that service. */
        service?: string;
        /** "expect credit 10% for incident H1": the remedies that name that incident. */
        incident?: string;
    });

export interface ScenarioModel extends Clause {
    name: string;
    /** First and last month covered, "yyyy-mm". */
    from: string;
    to: string;
    events: ScenarioEvent[];
    expectations: Expectation[];
}

/**
 * A named service level: its own availability (guarantee, measurement, exclusions), its
 * own remedies and a cap over all its credits. Only outages and incidents that name the
 * service count against it. The contract's top-level availability and remedies keep
 * judging the contract as a whole: every outage, whichever service it hit.
 */
export interface ServiceModel extends Clause {
    name: string;
    description?: string;
    availability?: AvailabilityModel;
    remedyGroups: RemedyGroupModel[];
    /** "credits capped at 100% of DropletFee per month": scope 'service'. */
    cap?: CreditCap;
}

export interface ContractModel {
    name: string;
    article?: string;
    span: SourceSpan;
    provider?: string;
    customer?: string;
    version?: string;
    date?: string;
    /** IANA zone name; undefined when the contract has none or an invalid one. */
    zone?: string;
    currency?: string;
    minimumTerm?: DurationModel & Clause;
    calendars: CalendarModel[];
    priorities: PriorityModel[];
    compliance: ComplianceModel[];
    availability?: AvailabilityModel;
    maintenance: MaintenanceWindowModel[];
    fees: FeeModel[];
    remedyGroups: RemedyGroupModel[];
    surcharges: SurchargeModel[];
    changeRequests?: ChangeRequestsModel;
    notices: NoticeModel[];
    commitments: CommitmentModel[];
    backups: BackupModel[];
    notes: NoteModel[];
    /** Named service levels; absent or empty in a contract without them. */
    services?: ServiceModel[];
    scenarios: ScenarioModel[];
}
