/**
 * Times of day, dates, months and time zones as written. A contract is read in one named
 * zone; fixed offsets and abbreviations are legal-text pitfalls because they ignore summer time.
 */
import { isKnownZone } from '../../model/zones.js';
import type { AstNode, Properties, ValidationAcceptor, ValidationChecks } from 'langium';
import { UriUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { lineOf, report } from './ast-report.js';
import { editDistance } from './edit-distance.js';

/** Problem with a time of day as written, or undefined when it is a real time (24:00 included). */
function timeProblem(text: string): string | undefined {
    const m = /^(\d{1,2}):(\d{2})$/.exec(text);
    if (!m) return `"${text}" is not a time of day.`;
    const h = Number(m[1]), min = Number(m[2]);
    if (min > 59) return `${text} is not a time of day: minutes run from 00 to 59.`;
    if (h > 24 || (h === 24 && min !== 0)) return `${text} is not a time of day: hours run from 00 to 23 (24:00 only as the end of a day).`;
    return undefined;
}

export function checkTime<N extends AstNode>(node: N, text: string | undefined, property: Properties<N>,
    asEnd: boolean, accept: ValidationAcceptor): void {
    if (typeof text !== 'string') return;
    const problem = timeProblem(text);
    if (problem) {
        report(accept, 'invalid-time', node, problem, { property });
    } else if (text === '24:00' && !asEnd) {
        report(accept, 'time-24-not-end', node,
            ast.isMoment(node)
                ? '24:00 is the end of a day, not a moment in it: write 00:00 of the next day.'
                : '24:00 is the end of a day and cannot start a range: write 00:00.',
            { property });
    }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Problem with a yyyy-mm-dd or yyyy-mm as written, or undefined when it exists. */
export function dateProblem(text: string): string | undefined {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
    if (!m) return undefined;
    const year = Number(m[1]), month = Number(m[2]);
    if (month < 1 || month > 12) return `${text} does not exist: months run from 01 to 12.`;
    if (year < 1000) return `${text} lies before the year 1000; no contract runs then. Check the year.`;
    if (m[3] === undefined) return undefined;
    const day = Number(m[3]);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const last = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    if (day < 1 || day > last) return `${text} does not exist: that month has ${last} days.`;
    return undefined;
}

export function checkDate<N extends AstNode>(node: N, text: unknown, property: Properties<N>, accept: ValidationAcceptor): boolean {
    if (typeof text !== 'string') return false;
    const problem = dateProblem(text);
    if (problem) report(accept, 'invalid-date', node, problem, { property });
    return !problem;
}

const AMSTERDAM_LIKE = new Set(['CET', 'CEST', 'MET', 'MEST']);
const ABBREVIATIONS = new Set([
    'CET', 'CEST', 'MET', 'MEST', 'EET', 'EEST', 'WET', 'WEST', 'BST', 'IST', 'EST', 'EDT', 'CST', 'CDT',
    'MST', 'MDT', 'PST', 'PDT', 'HST', 'AKST', 'AKDT', 'AEST', 'AEDT', 'JST', 'MSK', 'EST5EDT', 'CST6CDT',
    'MST7MDT', 'PST8PDT',
]);

const OFFSET: Record<string, string> = {
    CET: '+1', MET: '+1', CEST: '+2', MEST: '+2', EET: '+2', EEST: '+3', WET: '+0', WEST: '+1', BST: '+1',
    EST: '-5', EDT: '-4', CST: '-6', CDT: '-5', MST: '-7', MDT: '-6', PST: '-8', PDT: '-7',
};

/** Why a zone name is a fixed offset or abbreviation, with a suggestion; undefined for a place name. */
export function fixedOffsetProblem(zone: string): string | undefined {
    const z = zone.trim();
    const upper = z.toUpperCase();
    const etc = /^Etc\/GMT([+-])(\d{1,2})$/i.exec(z);
    if (etc) {
        const east = etc[1] === '-' ? '+' : '-';
        return `"${z}" is a fixed offset of UTC${east}${Number(etc[2])} (the sign in Etc/ names is inverted) and never switches to summer time. `
            + 'Name the place whose clock time the contract means, e.g. "Europe/Amsterdam".';
    }
    if (/^(UTC|GMT|UT)\s*[+-]\s*\d/i.test(z) || /^[+-]\d{1,2}(:?\d{2})?$/.test(z)) {
        return `"${z}" is a fixed offset: it does not follow summer time, so half the year deadlines are an hour off local clock time. `
            + 'Name the place whose clock time the contract means, e.g. "Europe/Amsterdam".';
    }
    if (ABBREVIATIONS.has(upper)) {
        const suggestion = AMSTERDAM_LIKE.has(upper) ? '"Europe/Amsterdam"' : 'the place, e.g. "America/New_York"';
        const offset = OFFSET[upper];
        return `"${z}" is an abbreviation and can be read two ways: strictly it is ${offset ? `UTC${offset} ` : 'one fixed offset '}all year, `
            + `without switching between winter and summer time, while the contract most likely means local clock time. Write ${suggestion}.`;
    }
    return undefined;
}

/** IANA names for a misspelt one: the same city ("Amsterdam"), or one or two edits away (case aside), as strings to write. */
function zoneSuggestions(written: string): string[] {
    const lower = written.trim().toLowerCase().replace(/ /g, '_');
    if (!lower) return [];
    const scored = Intl.supportedValuesOf('timeZone').map((z) => {
        const name = z.toLowerCase();
        const city = name.slice(name.lastIndexOf('/') + 1);
        return { z, d: city === lower ? 0 : editDistance(lower, name) };
    }).filter((x) => x.d <= 2);
    return scored.sort((a, b) => a.d - b.d || a.z.localeCompare(b.z)).slice(0, 3).map((x) => JSON.stringify(x.z));
}

function checkTimeZone(tz: ast.TimeZone, accept: ValidationAcceptor): void {
    if (typeof tz.zone !== 'string') return;
    const fixed = fixedOffsetProblem(tz.zone);
    if (fixed) {
        report(accept, 'fixed-offset-zone', tz, fixed, { property: 'zone' });
    } else if (!tz.zone.trim() || !isKnownZone(tz.zone)) {
        report(accept, 'unknown-time-zone', tz,
            `"${tz.zone}" is not a known time zone. Use a name from the IANA time zone database, such as "Europe/Amsterdam".`,
            { property: 'zone', suggestions: zoneSuggestions(tz.zone) });
    }
}

function checkContract(contract: ast.Contract, accept: ValidationAcceptor, libraries: ast.Contract[]): void {
    const clauses = contract.clauses ?? [];
    const zones = clauses.filter(ast.isTimeZone);
    for (const extra of zones.slice(1)) {
        report(accept, 'several-time-zones', extra,
            `The contract already has a time zone (line ${lineOf(zones[0])}); a contract is read in one zone. Remove one of them.`,
            { property: 'zone' });
    }
    const imported = libraries.flatMap((l) => l.clauses.filter(ast.isTimeZone).map((tz) => ({ tz, file: UriUtils.basename(l.$document!.uri) })));
    const other = imported.find((i) => zones[0] && i.tz.zone !== zones[0].zone);
    if (other && zones[0]) {
        report(accept, 'several-time-zones', zones[0],
            `${other.file}, which this file imports, is read in "${other.tz.zone}"; a contract is read in one zone. Use the same zone, or remove this one to take the library's.`,
            { property: 'zone' });
    }
    if (!zones.length && !imported.length && clauses.some((c) => ast.isCalendar(c) || ast.isScenario(c))) {
        report(accept, 'missing-time-zone', contract,
            'The contract has calendars or scenarios but no time zone, so "09:00" has no fixed meaning (it is read as UTC). '
            + 'Add e.g. time zone "Europe/Amsterdam".',
            { property: 'name' });
    }
}

function checkTimeRange(r: ast.TimeRange, accept: ValidationAcceptor): void {
    if (r.whole) return;
    checkTime(r, r.from, 'from', false, accept);
    checkTime(r, r.to, 'to', true, accept);
    if (typeof r.from === 'string' && r.from === r.to && !timeProblem(r.from)) {
        report(accept, 'empty-time-range', r,
            `${r.from} to ${r.to} is empty. For a whole day write "all day"; otherwise correct one of the times.`,
            { property: 'to' });
    }
}

function checkClosedOn(c: ast.ClosedOn, accept: ValidationAcceptor): void {
    const fromOk = checkDate(c, c.from, 'from', accept);
    const toOk = c.to !== undefined && checkDate(c, c.to, 'to', accept);
    if (fromOk && toOk && c.to! < c.from) {
        report(accept, 'reversed-range', c, `The closing ends on ${c.to}, before it starts on ${c.from}. Swap the dates.`, { property: 'to' });
    }
}

function checkScenario(s: ast.Scenario, accept: ValidationAcceptor): void {
    const fromOk = checkDate(s, s.from, 'from', accept);
    const toOk = s.to !== undefined && checkDate(s, s.to, 'to', accept);
    if (fromOk && toOk && s.to! < s.from) {
        report(accept, 'reversed-range', s, `The scenario ends in ${s.to}, before it starts in ${s.from}. Swap the months.`, { property: 'to' });
    }
}

function checkMoment(m: ast.Moment, accept: ValidationAcceptor): void {
    checkDate(m, m.date, 'date', accept);
    checkTime(m, m.time, 'time', false, accept);
}

export function timeChecks(services: SlaServices): ValidationChecks<ast.SlaAstType> {
    const libraries = (c: ast.Contract) => (c.$document ? services.imports.Imports.reachable(c.$document).map((d) => d.parseResult.value) : []);
    return {
        TimeZone: checkTimeZone,
        Contract: (c, accept) => checkContract(c, accept, libraries(c)),
        TimeRange: checkTimeRange,
        ClosedOn: checkClosedOn,
        Scenario: checkScenario,
        Moment: checkMoment,
        ContractDate: (d, accept) => { checkDate(d, d.value, 'value', accept); },
        Expectation: (x, accept) => { checkDate(x, x.period, 'period', accept); },
    };
}
