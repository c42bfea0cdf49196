/** Every AST-level concern, one file each; sla-validator.ts registers them all. */
import type { ValidationChecks } from 'langium';
import type { SlaAstType } from '../../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { referencesChecks } from './references-checks.js';
import { unitsChecks } from './units-checks.js';
import { timeChecks } from './time-checks.js';
import { holidaysChecks } from './holidays-checks.js';
import { prioritiesChecks } from './priorities-checks.js';
import { remediesChecks } from './remedies-checks.js';
import { scenarioChecks } from './scenario-checks.js';
import { importsChecks } from './imports-checks.js';
import { calendarChecks } from './calendar-checks.js';
import { periodKindChecks } from './period-kind-checks.js';
import { serviceChecks } from './service-checks.js';

export const astChecks: Array<(services: SlaServices) => ValidationChecks<SlaAstType>> = [
    referencesChecks, unitsChecks, timeChecks, holidaysChecks, prioritiesChecks, remediesChecks, scenarioChecks, importsChecks,
    calendarChecks, periodKindChecks, serviceChecks,
];
