/**
 * The cost of a first check (the benchmark's cold figure): forget what the checker keeps
 * between checks (its memo, keyed by content) and the engine's day stores per calendar
 * content and holidays per country and year. Nothing else needs to call this.
 */
import { clearCalendarStores } from '../engine/business-calendar.js';
import { clearHolidayYears } from '../engine/holidays.js';
import type { CheckerMemo } from './checker-memo.js';

export function clearCheckerCaches(memo: CheckerMemo): void {
    memo.clear();
    clearCalendarStores();
    clearHolidayYears();
}
