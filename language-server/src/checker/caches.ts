/**
 * The process-level caches that make a re-check of (mostly) the same contract cheap, all
 * keyed by content and bounded: the clock grid results per priority shape, the best case of
 * the budget-below-deadline rule, each calendar's first holiday after the sample week, the
 * engine's day stores per calendar content and its holidays per country and year. Clearing them gives the cost of a first check (the
 * benchmark's cold figure); nothing else needs to call this.
 */
import { clearCalendarStores } from '../engine/business-calendar.js';
import { clearHolidayYears } from '../engine/holidays.js';
import { clearBudgetCache } from './budget-rules.js';
import { clearContradictionCache } from './contradiction-rules.js';
import { clearSampleCache } from './samples.js';

export function clearCheckerCaches(): void {
    clearContradictionCache();
    clearBudgetCache();
    clearSampleCache();
    clearCalendarStores();
    clearHolidayYears();
}
