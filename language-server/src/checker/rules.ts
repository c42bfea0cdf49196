/** Imports every model rule file once, so registering the checker registers them all. */
import { registerModelRules } from './check-model.js';
import { orderingRules } from './ordering-rules.js';
import { coverageRules } from './coverage-rules.js';
import { periodRules } from './period-rules.js';
import { contradictionRules } from './contradiction-rules.js';
import { budgetRules } from './budget-rules.js';
import { consequenceRules } from './consequence-rules.js';

export { downtimeBudget } from './budget-rules.js';
export { MODEL_CODES } from './model-codes.js';

registerModelRules(...orderingRules, ...coverageRules, ...periodRules, ...contradictionRules, ...budgetRules, ...consequenceRules);
