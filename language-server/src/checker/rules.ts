/** Every model rule, in the order the checker runs them (and so reports their findings). */
import type { ModelRule } from './check-model.js';
import { orderingRules } from './ordering-rules.js';
import { coverageRules } from './coverage-rules.js';
import { periodRules } from './period-rules.js';
import { contradictionRules } from './contradiction-rules.js';
import { budgetRules } from './budget-rules.js';
import { consequenceRules } from './consequence-rules.js';
import { creditRules } from './credit-rules.js';
import { calendarRulesList } from './calendar-rules.js';
import { serviceRules } from './service-rules.js';

export const MODEL_RULES: readonly ModelRule[] = [
    ...orderingRules, ...coverageRules, ...periodRules, ...contradictionRules, ...budgetRules, ...consequenceRules,
    ...creditRules, ...calendarRulesList, ...serviceRules,
];
