/** Public holiday rules: the country must be known, and names added or removed must be its holidays. */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { isKnownCountry, isKnownRegion, knownHolidayNames, supportedCountries, supportedRegions, unknownHolidayNames } from '../../engine/holidays.js';
import { report } from './ast-report.js';
import { editDistance } from './edit-distance.js';

/** The codes nearest to `code`, within two edits (at most three, alphabetical). */
function closest(code: string, candidates: string[]): string[] {
    const near = candidates.map((c) => ({ c, d: editDistance(code, c) })).filter((x) => x.d <= 2);
    const best = Math.min(...near.map((x) => x.d));
    return near.filter((x) => x.d === best).map((x) => x.c).sort().slice(0, 3);
}

/** "Did you mean GB-SCT?" or "Did you mean GB-SCT or GB-ENG?", or ''. */
function didYouMean(codes: string[]): string {
    if (!codes.length) return '';
    return ` Did you mean ${codes.length === 1 ? codes[0] : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}`}?`;
}

/** "UK" is the usual slip for the United Kingdom, whose ISO code is GB. */
const COUNTRY_SLIPS: Record<string, string> = { UK: 'GB', EN: 'GB' };

/** The codes to write instead of an unknown region code (the UK slip first). */
function regionSuggestions(written: string): string[] {
    const code = written.toUpperCase();
    const [country, region] = code.split('-', 2);
    const fixed = COUNTRY_SLIPS[country];
    if (fixed && isKnownRegion(`${fixed}-${region}`)) return [`${fixed}-${region}`];
    if (!isKnownCountry(country)) return closest(code, supportedCountries().flatMap(supportedRegions));
    const regions = supportedRegions(country);
    return regions.length ? closest(code, regions) : [country];
}

/** Holiday names of the country one or two edits from a written one (case aside), as strings to write. */
function nameSuggestions(country: string, name: string): string[] {
    const lower = name.toLowerCase();
    return knownHolidayNames(country).map((n) => ({ n, d: editDistance(lower, n.toLowerCase()) })).filter((x) => x.d <= 2)
        .sort((a, b) => a.d - b.d).slice(0, 3).map((x) => JSON.stringify(x.n));
}

/** Why a region code ("GB-SCX", "XX-CA", "NL-ZH") has no list, with what to write instead. */
function regionProblem(written: string): string {
    const code = written.toUpperCase();
    const [country, region] = code.split('-', 2);
    const fixed = COUNTRY_SLIPS[country];
    if (fixed && isKnownRegion(`${fixed}-${region}`)) {
        return `There is no list of public holidays for "${written}": the ISO code of the United Kingdom is GB. Did you mean ${fixed}-${region}?`;
    }
    if (!isKnownCountry(country)) {
        return `There is no list of public holidays for "${written}": ${country} is not a known country code.${didYouMean(closest(code, supportedCountries().flatMap(supportedRegions)))} `
            + 'A region is written as an ISO 3166-2 code such as GB-SCT, US-CA, DE-BY or AU-NSW.';
    }
    const regions = supportedRegions(country);
    if (!regions.length) {
        return `There is no list of public holidays for "${written}": regional lists of ${country} are not known, only the national one. Write ${country}.`;
    }
    const shown = regions.length > 8 ? `${regions.slice(0, 8).join(', ')}, ...` : regions.join(', ');
    return `There is no list of public holidays for "${written}": ${country} has no region ${region ?? '""'}.${didYouMean(closest(code, regions))} `
        + `Regions of ${country}: ${shown}.`;
}

function hint(country: string): string {
    const names = knownHolidayNames(country);
    const shown = names.slice(0, 6).map((n) => `"${n}"`).join(', ');
    return names.length ? ` Known names include ${shown}${names.length > 6 ? ', ...' : ''}.` : '';
}

function checkPublicHolidays(h: ast.PublicHolidays, accept: ValidationAcceptor): void {
    if (typeof h.country !== 'string' || !h.country) return;
    const country = h.country.toUpperCase();
    if (country.includes('-')) {
        if (!isKnownRegion(country)) {
            report(accept, 'unknown-holiday-region', h, regionProblem(h.country), { property: 'country', suggestions: regionSuggestions(h.country) });
            return;
        }
    } else if (!isKnownCountry(country)) {
        const slip = COUNTRY_SLIPS[country];
        // Two-letter codes are all close to each other: only the usual slip gets a suggestion.
        const hint = slip ? ' The ISO code of the United Kingdom is GB.' : '';
        report(accept, 'unknown-holiday-country', h,
            `There is no list of public holidays for "${h.country}".${hint} Use a two-letter country code such as NL, BE, DE or GB, or a region such as GB-SCT.`,
            { property: 'country', suggestions: slip ? [slip] : [] });
        return;
    }
    const include = h.include ?? [];
    const exclude = h.exclude ?? [];
    const unknown = new Set(unknownHolidayNames({
        country, include: [...include], exclude: exclude.map((x) => ({ name: x.name ?? '' })),
        span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
    }));
    if (!unknown.size) return;
    include.forEach((name, index) => {
        if (unknown.has(name)) {
            report(accept, 'unknown-holiday-name', h,
                `${country} has no holiday called "${name}", so including it adds nothing.${hint(country)}`,
                { property: 'include', index, suggestions: nameSuggestions(country, name) });
        }
    });
    for (const x of exclude) {
        if (typeof x.name === 'string' && unknown.has(x.name)) {
            report(accept, 'unknown-holiday-name', x,
                `${country} has no holiday called "${x.name}", so excluding it removes nothing.${hint(country)}`,
                { property: 'name', suggestions: nameSuggestions(country, x.name) });
        }
    }
}

export function holidaysChecks(_services: SlaServices): ValidationChecks<ast.SlaAstType> {
    return { PublicHolidays: checkPublicHolidays };
}
