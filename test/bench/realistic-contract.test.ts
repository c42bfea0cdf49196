/**
 * The realistic contract of the benchmark (bench/realistic-contract.ts) must stay what the
 * bench row says it is: about 1,000 lines with 10 calendars, 20 priorities, full remedies
 * and 30 scenarios, checking without errors (and with every scenario's expectations held,
 * since a failed expectation is an error).
 */
import * as assert from 'node:assert/strict';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { checkTexts } from '../../language-server/src/services/diagnostics.js';
import * as ast from '../../language-server/src/generated/ast.js';
import { generateRealisticContract, REALISTIC_SEED, REALISTIC_SHAPE } from '../../bench/realistic-contract.js';

const services = createSlaCoreServices(EmptyFileSystem);

async function checked(text: string) {
    const [result] = await checkTexts(services, [{ file: 'realistic.sla', text }]);
    return result;
}

describe('the realistic 1,000-line contract of the benchmark', () => {
    const text = generateRealisticContract();

    it('is the same text for the same seed, and another text for another seed', () => {
        assert.equal(generateRealisticContract(REALISTIC_SEED), text);
        assert.notEqual(generateRealisticContract(REALISTIC_SEED + 1), text);
    });

    it('has about 1,000 lines', () => {
        const lines = text.split('\n').length - 1;
        assert.ok(lines >= 950 && lines <= 1050, `${lines} lines`);
    });

    it('checks without errors; warnings and infos are allowed', async () => {
        const { diagnostics } = await checked(text);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        assert.deepEqual(errors.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), []);
    });

    it('a broken expectation is found (the check above can fail)', async () => {
        const broken = text.replace(/expect response met for incident (\d+)/, 'expect response missed for incident $1');
        assert.notEqual(broken, text);
        const { diagnostics } = await checked(broken);
        assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), ['expectation-failed']);
    });

    it('has 10 calendars, 20 priorities, 30 scenarios and every kind of clause', async () => {
        const { document } = await checked(text);
        const contract = document.parseResult.value;
        const of = <T extends ast.Clause>(guard: (n: unknown) => n is T): T[] => contract.clauses.filter((c): c is T => guard(c));
        const calendars = of(ast.isCalendar);
        const priorities = of(ast.isPriority);
        const scenarios = of(ast.isScenario);
        assert.equal(calendars.length, REALISTIC_SHAPE.calendars);
        assert.equal(priorities.length, REALISTIC_SHAPE.priorities);
        assert.equal(scenarios.length, REALISTIC_SHAPE.scenarios);

        // Calendars: varied weekly hours, holidays of several countries, closing days.
        const countries = new Set(calendars.flatMap((c) => c.rules.filter(ast.isPublicHolidays).map((h) => h.country)));
        assert.ok(countries.size >= 5, `holidays of ${[...countries].join(', ')}`);
        assert.ok(calendars.some((c) => c.rules.some(ast.isClosedOn)));
        const hours = new Set(calendars.map((c) => c.rules.filter(ast.isWeeklyHours).map((w) => w.$cstNode?.text).join('|')));
        assert.equal(hours.size, calendars.length, 'every calendar has its own weekly hours');

        // Priorities: both clocks, conditions, same-day caps, around the clock, planned by agreement.
        const clocks = priorities.flatMap((p) => p.clocks);
        assert.ok(priorities.every((p) => p.clocks.some((c) => c.kind === 'response') && p.clocks.some((c) => c.kind === 'resolution')));
        assert.ok(clocks.some((c) => c.condition?.inside) && clocks.some((c) => c.condition && !c.condition.inside));
        assert.ok(clocks.some((c) => c.sameDay));
        assert.ok(clocks.some((c) => c.aroundTheClock));
        assert.ok(clocks.some((c) => c.byAgreement));

        // Full remedies.
        const remedies = of(ast.isRemedies).flatMap((r) => r.remedies);
        assert.ok(remedies.some(ast.isWarning));
        assert.ok(remedies.some(ast.isImprovementProposal));
        const compensation = remedies.filter(ast.isCompensation);
        assert.ok(compensation.some((c) => c.bands.length >= 3 && c.cap));
        assert.ok(remedies.some(ast.isTerminationRight));

        // Availability with guarantee, target, measurement and exclusions; maintenance windows.
        const availability = of(ast.isAvailability).flatMap((a) => a.items);
        assert.ok(availability.some((i) => ast.isAvailabilityLevel(i) && i.level === 'guaranteed'));
        assert.ok(availability.some((i) => ast.isAvailabilityLevel(i) && i.level === 'target'));
        assert.ok(availability.some(ast.isMeasuredDuring));
        assert.ok(availability.some(ast.isNotCounted));
        assert.ok(of(ast.isMaintenance).flatMap((m) => m.windows).length >= 3);

        for (const guard of [ast.isSurcharges, ast.isChangeRequests, ast.isNotice, ast.isCommitment, ast.isBackups, ast.isNote, ast.isCompliance, ast.isFee] as const) {
            assert.ok(contract.clauses.some((c) => guard(c)), guard.name);
        }

        // Scenarios: incidents, outages or maintenance, and expectations in each.
        assert.ok(scenarios.every((s) => s.events.length > 0 && s.expectations.length > 0));
        const events = scenarios.flatMap((s) => s.events);
        assert.ok(events.some(ast.isScenarioIncident) && events.some((e) => ast.isScenarioOutage(e) && e.cause) && events.some((e) => ast.isScenarioOutage(e) && e.maintenance));
        assert.ok(scenarios.flatMap((s) => s.expectations).length >= 200);
    });
});
