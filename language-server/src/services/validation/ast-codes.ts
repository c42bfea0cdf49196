/**
 * Codes of the AST-level (syntax-shaped) checks. One list, shared by the checks, the tests,
 * code actions and the documentation. Codes are stable: never rename one, add a new one.
 */
export const AST_CODES = {
    // references
    'duplicate-name': { severity: 'error', summary: 'Two priorities, calendars, fees, change classes, services or scenarios share a name.' },
    'duplicate-event-id': { severity: 'error', summary: 'Two events in one scenario share an id.' },
    'duplicate-clause': { severity: 'warning', summary: 'A clause that the contract can have only once (provider, version, availability level, ...) is written twice; only one counts.' },
    'unused-calendar': { severity: 'warning', summary: 'A calendar that no clock, availability or surcharge uses.' },
    'unused-fee': { severity: 'warning', summary: 'A periodic fee without an amount (the base of a compensation) that no compensation or surcharge refers to.' },
    'unknown-service': { severity: 'error', summary: 'A scenario event or expectation names a service the contract does not define.' },
    'event-without-service': { severity: 'warning', summary: 'An outage or incident in a scenario names no service in a contract with services: it counts against none of them.' },
    'unknown-incident': { severity: 'error', summary: 'An expectation names an incident that is not in its scenario.' },
    // units and values
    'missing-unit': { severity: 'error', summary: 'A duration without a unit (hours, working days, ...) or a percentage without its % sign.' },
    'negative-value': { severity: 'error', summary: 'A negative duration, percentage, amount or count.' },
    'zero-duration': { severity: 'warning', summary: 'A duration of zero where it has no meaning (a deadline, lead time, notice or retention of 0).' },
    'count-not-whole': { severity: 'error', summary: 'A number of warnings, compensations or years that is not a whole number.' },
    'share-above-100': { severity: 'error', summary: 'A percentage above 100% where it is a share (availability, compliance, band bounds, compensation, cap).' },
    'multiplier-below-100': { severity: 'warning', summary: 'A surcharge below 100% would lower the rate; 50% extra is written 150%.' },
    'unit-kind-mismatch': { severity: 'warning', summary: 'A unit of the wrong kind for the clause, e.g. a minimum term in hours or a deadline in months.' },
    'ambiguous-unit-of-calendar': { severity: 'warning', summary: '"days", "weeks", "months" or "years" of a calendar can be read two ways (days are read as working days; weeks, months and years as calendar periods from the calendar\'s next opening, moved to its next opening if closed then); say working days or hours of the calendar.' },
    'working-days-without-calendar': { severity: 'warning', summary: '"working days" without "of <calendar>" while the contract has no calendar, or several.' },
    // times, dates, zones
    'invalid-time': { severity: 'error', summary: 'A time of day that does not exist, such as 25:00, 12:60 or 24:30.' },
    'time-24-not-end': { severity: 'error', summary: '24:00 is only allowed as the end of a range.' },
    'invalid-date': { severity: 'error', summary: 'A date or month that does not exist, such as 2026-02-30 or 2026-13.' },
    'empty-time-range': { severity: 'error', summary: 'A range of hours that starts and ends at the same time.' },
    'reversed-range': { severity: 'error', summary: 'A range of dates or months, or the hours of a part-day closing, whose end lies before its start.' },
    'opening-past-midnight': { severity: 'error', summary: 'A special opening (open on a date) whose hours run past midnight; it lies within its date.' },
    'unknown-time-zone': { severity: 'error', summary: 'A time zone name that is not in the IANA time zone database.' },
    'fixed-offset-zone': { severity: 'warning', summary: 'A fixed offset or abbreviation ("CET", "UTC+1", "Etc/GMT-1") instead of a place; it ignores summer time.' },
    'missing-time-zone': { severity: 'warning', summary: 'Calendars or scenarios without a time zone clause: clock times have no meaning yet.' },
    'several-time-zones': { severity: 'error', summary: 'More than one time zone clause.' },
    // holidays
    'unknown-holiday-country': { severity: 'error', summary: 'Public holidays of a country code that is not known.' },
    'unknown-holiday-region': { severity: 'error', summary: 'Public holidays of a region code (ISO 3166-2, such as GB-SCT) that has no known list; the message suggests the nearest codes.' },
    'unknown-holiday-name': { severity: 'warning', summary: 'A holiday name in including/excluding that the country does not have.' },
    // priorities and clocks
    'missing-resolution-clock': { severity: 'warning', summary: 'A priority without any resolution clause.' },
    'missing-response-clock': { severity: 'warning', summary: 'A priority without any response clause.' },
    'duplicate-clock': { severity: 'warning', summary: 'Two clocks of the same kind without a condition: both apply and the earlier deadline wins.' },
    'clock-basis-unspecified': { severity: 'warning', summary: 'A clock that says neither "of <calendar>" nor "around the clock"; it is read as around the clock.' },
    'response-after-response': { severity: 'error', summary: 'A response clock that starts "after response".' },
    'condition-calendar-differs': { severity: 'info', summary: 'A clock counts the hours of one calendar but applies to incidents reported during another.' },
    'clock-after-later-milestone': { severity: 'warning', summary: 'A clock that starts after its own milestone or a later one ("acknowledgement within 1 hour after resolution"); milestones come in the order acknowledgement, response, start of work, workaround, resolution.' },
    'clock-start-from-log': { severity: 'info', summary: 'A clock after a milestone that no clock of the priority sets a deadline for: it counts from the logged moment (log column, scenario word), and without it the incident has no deadline for this clock.' },
    'target-later-than-commitment': { severity: 'warning', summary: 'A target of a milestone that allows more time than the commitment for the same incidents: the commitment is stricter, so the target says nothing.' },
    'immediately-on-calendar': { severity: 'info', summary: '"immediately during <calendar>" is zero minutes of that calendar: a report while it is closed is due at its next opening, not at once.' },
    // remedies and legal text
    'band-without-bound': { severity: 'warning', summary: 'A compensation band without a lower or upper availability bound applies at every level.' },
    'compensation-fee-not-periodic': { severity: 'error', summary: 'A compensation is a share of a fee that is not per month, quarter or year.' },
    'credit-without-fee': { severity: 'error', summary: 'A credit that is a percentage without saying of which fee ("5% of Maandbedrag").' },
    'zeroth-warning': { severity: 'error', summary: '"from the 0th warning": counting starts at the 1st warning.' },
    'ordinal-suffix': { severity: 'info', summary: 'An ordinal with the wrong ending, such as "2th" or "1nd".' },
    'period-kind-unsupported': { severity: 'error', summary: 'A period per hour, week or rolling N days outside an availability level (a compensation counted per hour, a cap per week): only availability levels are judged on those; count per month, quarter or year.' },
    'zero-count': { severity: 'warning', summary: 'An improvement proposal after 0 warnings or a right to terminate after 0 compensations.' },
    'empty-note': { severity: 'warning', summary: 'A note without text (or without title).' },
    'missing-party': { severity: 'info', summary: 'The contract names no provider or no customer.' },
    // imports and libraries
    'import-missing': { severity: 'error', summary: 'An import names a file that does not exist.' },
    'import-unreadable': { severity: 'error', summary: 'An import names a folder, a device, a file that is too large or one that cannot be read.' },
    'import-not-library': { severity: 'error', summary: 'An import names a contract; only a library (a file that starts with `library`) can be imported.' },
    'import-cycle': { severity: 'error', summary: 'Imports that lead back to the importing file.' },
    'import-duplicate': { severity: 'warning', summary: 'The same file is imported twice.' },
    'import-name-clash': { severity: 'error', summary: 'Two imported libraries define the same calendar, fee or priority name.' },
    'imported-name-redefined': { severity: 'error', summary: 'A calendar, fee or priority is defined in the file and also imported.' },
    'import-has-errors': { severity: 'error', summary: 'An imported library has errors of its own; the contract cannot be computed from it.' },
    'library-checked-in-contracts': { severity: 'info', summary: 'A library is checked together with each contract that imports it; findings about its clauses show at the import line there.' },
    'library-clause-not-shared': { severity: 'warning', summary: 'A party, version, date, minimum term or scenario in a library: it is not carried into the contracts that import it.' },
} as const;

export type AstCode = keyof typeof AST_CODES;
