/**
 * The codes of the model-level checker, one list: severity and a one-line summary each.
 * Rules take their severity from here, so a code cannot drift between files.
 */
import type { Severity } from './finding.js';

export const MODEL_CODES = {
    // ordering
    'priority-order-inverted': { severity: 'warning', summary: 'A more urgent priority has a slower clock than a less urgent one (same kind, basis, start and condition).' },
    'target-below-guarantee': { severity: 'warning', summary: 'The availability target is lower than the guarantee.' },
    'backup-retention-shrinks': { severity: 'warning', summary: 'A less frequent backup is kept for a shorter time than a more frequent one.' },
    'backup-retention-gap': { severity: 'warning', summary: 'A backup is kept for less time than the interval between two backups, so for part of the time none exists.' },
    'change-lead-time-inverted': { severity: 'warning', summary: 'A change-request class named as more urgent has a longer lead time than a less urgent class.' },
    'compensation-order-inverted': { severity: 'warning', summary: 'A band for lower availability pays a smaller compensation than a band for higher availability.' },
    // coverage
    'remedy-band-gap': { severity: 'warning', summary: 'Availability values that no compensation band covers (between bands or below the lowest).' },
    'remedy-band-overlap': { severity: 'warning', summary: 'Availability values that two compensation bands both cover.' },
    'remedy-band-short-of-guarantee': { severity: 'warning', summary: 'The highest band ends below the guarantee: availability just under the guarantee gets no compensation.' },
    'remedy-band-above-guarantee': { severity: 'warning', summary: 'A band covers availability above the guarantee: compensation although the guarantee is met.' },
    'band-edge-at-guarantee': { severity: 'info', summary: 'A band includes the guarantee itself: meeting the guarantee exactly would still compensate.' },
    'clock-coverage-gap': { severity: 'warning', summary: 'Clocks of a kind exist only for reports inside (or only outside) a calendar: other reports have no deadline.' },
    'compliance-without-deadline': { severity: 'warning', summary: 'A compliance target covers a priority that has no computable deadline of that kind.' },
    'remedy-level-undefined': { severity: 'warning', summary: 'A warning refers to an availability guarantee or target that the contract does not state.' },
    // periods and units
    'period-mismatch': { severity: 'warning', summary: 'Clauses that refer to each other count in different periods (quarterly availability, monthly fee or warnings).' },
    'chronic-right-unreachable': { severity: 'warning', summary: 'A right to terminate after more than N hours of downtime in any M consecutive days, where M days (or the measured calendar\'s open hours in them) hold no more than N hours.' },
    'minimum-outage-exceeds-period': { severity: 'warning', summary: 'A per-hour availability level with a minimum outage of an hour or more: every counted outage misses a whole hour, nothing shorter counts.' },
    'remedy-unreachable': { severity: 'warning', summary: 'A remedy needs more warnings or compensations in a period than can ever happen in it.' },
    // credits
    'credit-never-due': { severity: 'warning', summary: 'A credit that can never be due: no level to be below, no bands, no committed clock to miss (none, a target, a share, by agreement), or a minimum at or above its cap.' },
    'credit-cap-below-band': { severity: 'warning', summary: 'A credit cap below what one band (or one unit of downtime or of lateness, or one missed deadline) gives: that credit is never paid in full.' },
    'claim-window-short': { severity: 'warning', summary: 'A claim window counted from the incident that ends before the period the credit is measured on is over.' },
    'credit-amount-unknown': { severity: 'warning', summary: 'A cap or minimum in money for a credit that is a share of a fee without an amount (or the other way round): it cannot be applied.' },
    // services
    'service-cap-unused': { severity: 'warning', summary: 'A service caps its credits but has no credit or compensation: the cap limits nothing.' },
    'service-without-guarantee': { severity: 'warning', summary: 'A named service with no availability guarantee: nothing it promises can be missed, and its remedies on availability never arise.' },
    // computed contradictions
    'clock-contradiction': { severity: 'warning', summary: 'For some reporting moment the resolution is due before the response (or before the report).' },
    'clock-never-decides': { severity: 'warning', summary: 'A clock applies to some reports but another clock of the same kind is always earlier, so it never decides a deadline.' },
    // budgets
    'maintenance-exceeds-budget': { severity: 'warning', summary: 'Maintenance windows that count as downtime could take more than the guarantee allows.' },
    'unbounded-exclusion': { severity: 'warning', summary: 'Maintenance is excluded from availability without a window or a notice period: any outage could be called maintenance.' },
    'exclusion-without-window': { severity: 'warning', summary: 'Maintenance is excluded only within its window, but no window of that kind is defined, so nothing is excluded.' },
    'exclusion-effort-only': { severity: 'info', summary: 'Excluded maintenance has a maximum duration that is only an aim, so the whole window can be excluded.' },
    // legal-text pitfalls
    'unequal-periods': { severity: 'info', summary: 'Months or quarters differ in length, so the guarantee allows different downtime in each.' },
    'guarantee-without-remedy': { severity: 'info', summary: 'An availability guarantee that no warning, compensation or termination right follows from.' },
    'announced-without-notice': { severity: 'info', summary: "Maintenance is excluded 'if announced' but its window sets no notice period." },
    'budget-below-deadline': { severity: 'info', summary: 'One incident of the most urgent priority resolved exactly on time already takes more downtime than the guarantee allows.' },
    // calendars' own rules
    'opening-on-closed-day': { severity: 'warning', summary: 'A special opening on a date that a holiday or a closed date closes all day anyway; the closing wins, so the opening changes nothing.' },
    'closing-outside-hours': { severity: 'warning', summary: 'A part-day closing (on a date or every year) that takes away no open time: the calendar is not open then, or the day is closed anyway.' },
    'empty-season': { severity: 'warning', summary: 'A season whose hours open on no day, so the calendar is closed for the whole season.' },
    'overlapping-seasons': { severity: 'warning', summary: 'Two seasons share days of the year; the one written first sets the hours on those days.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type ModelCode = keyof typeof MODEL_CODES;
