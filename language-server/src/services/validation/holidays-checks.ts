/** Public holiday rules: the country must be known, and names added or removed must be its holidays. */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type * as ast from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { isKnownCountry, knownHolidayNames, unknownHolidayNames } from '../../engine/holidays.js';
import { report } from './ast-report.js';

function hint(country: string): string {
    const names = knownHolidayNames(country);
    const shown = names.slice(0, 6).map((n) => `"${n}"`).join(', ');
    return names.length ? ` Known names include ${shown}${names.length > 6 ? ', ...' : ''}.` : '';
}

function checkPublicHolidays(h: ast.PublicHolidays, accept: ValidationAcceptor): void {
    if (typeof h.country !== 'string' || !h.country) return;
    const country = h.country.toUpperCase();
    if (!isKnownCountry(country)) {
        report(accept, 'unknown-holiday-country', h,
            `There is no list of public holidays for "${h.country}". Use a two-letter country code such as NL, BE, DE or GB.`,
            { property: 'country' });
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
                { property: 'include', index });
        }
    });
    for (const x of exclude) {
        if (typeof x.name === 'string' && unknown.has(x.name)) {
            report(accept, 'unknown-holiday-name', x,
                `${country} has no holiday called "${x.name}", so excluding it removes nothing.${hint(country)}`,
                { property: 'name' });
        }
    }
}

export function holidaysChecks(_services: SlaServices): ValidationChecks<ast.SlaAstType> {
    return { PublicHolidays: checkPublicHolidays };
}
