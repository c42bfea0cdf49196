/**
 * Registers every AST-level concern with the validator. Imported once (for its effect)
 * after sla-validator.ts has been evaluated, so `astChecks` exists when this file runs.
 */
import { astChecks } from './sla-validator.js';
import { referencesChecks } from './references-checks.js';
import { unitsChecks } from './units-checks.js';
import { timeChecks } from './time-checks.js';
import { holidaysChecks } from './holidays-checks.js';
import { prioritiesChecks } from './priorities-checks.js';
import { remediesChecks } from './remedies-checks.js';

astChecks.push(referencesChecks, unitsChecks, timeChecks, holidaysChecks, prioritiesChecks, remediesChecks);
