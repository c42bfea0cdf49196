/**
 * Availability per hour, ISO week and rolling 30 days; "outages of at most N minutes not
 * counted"; chronic outages ("right to terminate after more than 3 outages or 24 hours of
 * downtime in any 30 consecutive days"). Real values at the edges: DST weeks, ISO
 * week-years, exactly the limits, outages straddling a window's start.
 */
import * as assert from 'node:assert/strict';
import { services, validate } from '../support/sla.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import { levelSpans, periodsBetween } from '../../language-server/src/engine/periods.js';
import { dayNumber, wallToEpoch } from '../../language-server/src/engine/time.js';

const Z = 'Europe/Amsterdam';

const contract = (availability: string, events: string, remedies = '', range = 'in 2026-03') => `contract "A" {
  provider "P"
  customer "C"
  time zone "${Z}"
  fee Maand per month amount 1000 EUR
  availability {
${availability}
  }
  remedies R [art. 9] {
${remedies}
  }
  scenario "S" ${range} {
${events}
  }
}
`;

async function run(text: string) {
    const { document, diagnostics } = await validate(text);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1).map((d) => d.message), []);
    const model = services.Sla.model.ModelCache.get(document.parseResult.value);
    const result = runScenario(model, model.scenarios[0]);
    assert.deepEqual(result.errors, []);
    return result.simulation;
}

const at = (y: number, m: number, d: number, h = 0, min = 0) => wallToEpoch(dayNumber(y, m, d), h * 60 + min, Z);

describe('level periods: hours, ISO weeks, rolling windows', () => {
    it('ISO weeks: Monday 00:00 local, 167 and 169 hours over the DST changes', () => {
        const weeks = periodsBetween('2026-03', '2026-03', 'week', Z);
        assert.equal(weeks[0].label, '2026-W09'); // Mon 2026-02-23 .. includes 1 March
        const w13 = weeks.find((w) => w.label === '2026-W13')!;
        assert.equal(w13.start, at(2026, 3, 23));
        assert.equal((w13.end - w13.start) / 3_600_000, 167);
        const w43 = periodsBetween('2026-10', '2026-10', 'week', Z).find((w) => w.label === '2026-W43')!;
        assert.equal((w43.end - w43.start) / 3_600_000, 169);
    });

    it('ISO week-years: 2026-12-31 and 2027-01-03 lie in 2026-W53, 2027-01-04 starts 2027-W01, 2025-12-29 is 2026-W01', () => {
        const labels = levelSpans(at(2026, 12, 31), at(2027, 1, 5), 'week', Z).map((w) => w.label);
        assert.deepEqual(labels, ['2026-W53', '2027-W01']);
        const w53 = levelSpans(at(2026, 12, 31), at(2026, 12, 31, 1), 'week', Z)[0];
        assert.equal(w53.start, at(2026, 12, 28));
        assert.equal(w53.end, at(2027, 1, 4));
        assert.equal(levelSpans(at(2025, 12, 29), at(2025, 12, 29, 1), 'week', Z)[0].label, '2026-W01');
        // 2027 has 52 weeks: the last week of 2027 is 2027-W52 (Mon 27 Dec), there is no 2027-W53.
        assert.deepEqual(levelSpans(at(2027, 12, 31), at(2028, 1, 3, 1), 'week', Z).map((w) => w.label), ['2027-W52', '2028-W01']);
    });

    it('hours: the skipped spring hour has no row, the repeated autumn hour two rows with offsets', () => {
        const spring = levelSpans(at(2026, 3, 29), at(2026, 3, 30), 'hour', Z);
        assert.equal(spring.length, 23);
        assert.deepEqual(spring.slice(1, 3).map((h) => h.label), ['2026-03-29T01', '2026-03-29T03']);
        const autumn = levelSpans(at(2026, 10, 25), at(2026, 10, 26), 'hour', Z);
        assert.equal(autumn.length, 25);
        assert.deepEqual(autumn.slice(1, 5).map((h) => h.label), ['2026-10-25T01', '2026-10-25T02+02:00', '2026-10-25T02+01:00', '2026-10-25T03']);
    });

    it('rolling 30 days: one window per day, ending at the next midnight and starting 30 days earlier', () => {
        const w = levelSpans(at(2026, 3, 1), at(2026, 4, 1), 'rolling-30-days', Z);
        assert.equal(w.length, 31);
        assert.equal(w[0].label, '30 days to 2026-03-01');
        assert.equal(w[0].start, at(2026, 1, 31));
        assert.equal(w[0].end, at(2026, 3, 2));
        // The window to 2026-03-29 holds the spring change: 30 days less 1 hour.
        const last = w.find((x) => x.label === '30 days to 2026-03-29')!;
        assert.equal((last.end - last.start) / 3_600_000, 30 * 24 - 1);
    });

    it('a weekly guarantee: an outage over Sunday midnight is split over two weeks', async () => {
        const sim = await run(contract('    guaranteed 99.5% per week\n    measured around the clock',
            '    outage id X from 2026-03-22 23:00 to 2026-03-23 01:00'));
        const w12 = sim.periods.find((p) => p.period === '2026-W12')!;
        const w13 = sim.periods.find((p) => p.period === '2026-W13')!;
        assert.equal(w12.downtimeMinutes, 60);
        assert.equal(w13.downtimeMinutes, 60);
        assert.equal(w13.scheduledMinutes, 167 * 60);
        assert.ok(Math.abs(w13.budgetMinutes! - 50.1) < 1e-9);
        assert.equal(w12.guaranteeMet, false); // 50.4 minutes allowed
    });

    it('a per-hour guarantee judges each clock hour', async () => {
        const sim = await run(contract('    guaranteed 99% per hour\n    measured around the clock',
            '    outage id X from 2026-03-05 10:50 to 11:20'));
        const h10 = sim.periods.find((p) => p.period === '2026-03-05T10')!;
        const h11 = sim.periods.find((p) => p.period === '2026-03-05T11')!;
        assert.equal(h10.downtimeMinutes, 10);
        assert.equal(h11.downtimeMinutes, 20);
        assert.equal(sim.periods.length, 31 * 24 - 1);
    });

    it('a rolling guarantee: every window the outage reaches is missed, and the run is one warning', async () => {
        const sim = await run(contract('    guaranteed 99.9% per rolling 30 days\n    measured around the clock',
            '    outage id X from 2026-03-10 10:00 to 11:00', '    warning when availability is below the guarantee in a month'));
        const missed = sim.periods.filter((p) => p.guaranteeMet === false).map((p) => p.period);
        // 60 minutes > 43.2 allowed: windows to 03-10 .. 04-08 hold it; in March that is 03-10 .. 03-31.
        assert.equal(missed[0], '30 days to 2026-03-10');
        assert.equal(missed.length, 22);
        assert.equal(sim.periods.find((p) => p.period === '30 days to 2026-03-09')!.guaranteeMet, true);
        const warnings = sim.remedies.filter((r) => r.kind === 'warning');
        assert.equal(warnings.length, 1);
        assert.equal(warnings[0].period, '30 days to 2026-03-10');
    });
});

describe('outages of at most N minutes not counted', () => {
    const events = [
        '    outage id A from 2026-03-03 10:00 to 10:04',
        '    outage id B from 2026-03-04 10:00 to 10:05',
        '    outage id C from 2026-03-05 10:00 to 10:06',
    ].join('\n');
    it('exactly 5 minutes is not counted with "of at most", counted with "shorter than"', async () => {
        const atMost = await run(contract('    guaranteed 99.9% per month\n    measured around the clock\n    outages of at most 5 minutes not counted', events));
        assert.equal(atMost.periods[0].downtimeMinutes, 6);
        assert.deepEqual(atMost.periods[0].shortOutages, ['A', 'B']);
        assert.match(atMost.periods[0].explanation, /not longer than the minimum: 9 min/);
        const shorter = await run(contract('    guaranteed 99.9% per month\n    measured around the clock\n    outages shorter than 5 minutes not counted', events));
        assert.equal(shorter.periods[0].downtimeMinutes, 11);
        assert.deepEqual(shorter.periods[0].shortOutages, ['A']);
    });
});

describe('chronic outages: right to terminate', () => {
    const avail = '    guaranteed 99% per month\n    measured around the clock';
    const rightOf = (sim: Awaited<ReturnType<typeof run>>) => sim.remedies.filter((r) => r.kind === 'termination-right');
    const four = (first: string) => [
        `    outage id A from ${first}`,
        '    outage id B from 2026-03-08 10:00 to 10:10',
        '    outage id C from 2026-03-15 10:00 to 10:10',
        '    outage id D from 2026-03-22 10:00 to 10:10',
    ].join('\n');
    const right = '    right to terminate after more than 3 outages or 24 hours of downtime in any 30 consecutive days [art. 9.2]';

    it('exactly 3 outages give nothing, a 4th gives the right at its start and names all four', async () => {
        const three = await run(contract(avail, four('2026-03-01 10:00 to 10:10').split('\n').slice(1).join('\n'), right));
        assert.deepEqual(rightOf(three), []);
        const sim = await run(contract(avail, four('2026-03-01 10:00 to 10:10'), right));
        const r = rightOf(sim);
        assert.equal(r.length, 1);
        assert.equal(r[0].at, '2026-03-22T10:00:00+01:00');
        assert.deepEqual(r[0].incidents, ['A', 'B', 'C', 'D']);
        assert.match(r[0].because, /4 outages and 30 minutes of counted downtime in the 30 days from 2026-02-20T10:00:00\+01:00 to 2026-03-22T10:00:00\+01:00/);
        assert.equal(r[0].article, 'art. 9.2');
    });

    it('the 4th outage 30 days after the first: the first left the window, no right', async () => {
        const sim = await run(contract(avail, [
            '    outage id A from 2026-03-01 10:00 to 10:10',
            '    outage id B from 2026-03-08 10:00 to 10:10',
            '    outage id C from 2026-03-15 10:00 to 10:10',
            '    outage id D from 2026-03-31 10:10 to 10:20',
        ].join('\n'), right));
        // The window to 2026-03-31 10:10 starts 2026-03-01 10:10, exactly when A ended: A is out.
        assert.deepEqual(rightOf(sim), []);
    });

    it('an outage straddling the window start counts as one outage, with only its minutes inside', async () => {
        const sim = await run(contract(avail, [
            '    outage id A from 2026-03-01 10:00 to 11:00',
            '    outage id B from 2026-03-08 10:00 to 10:10',
            '    outage id C from 2026-03-15 10:00 to 10:10',
            '    outage id D from 2026-03-31 10:30 to 10:40',
        ].join('\n'), right));
        // Window to 2026-03-31 10:30 starts 2026-03-01 10:30: A is down until 11:00, so it is in, with 30 minutes.
        const r = rightOf(sim);
        assert.equal(r.length, 1);
        assert.equal(r[0].at, '2026-03-31T10:30:00+02:00');
        assert.deepEqual(r[0].incidents, ['A', 'B', 'C', 'D']);
        assert.match(r[0].because, /4 outages and 50 minutes/);
    });

    it('exactly 24 hours of downtime gives nothing; 24 hours and 1 minute gives the right when it passes 24 hours', async () => {
        const exactly = await run(contract(avail, '    outage id A from 2026-03-10 08:00 to 2026-03-11 08:00', right));
        assert.deepEqual(rightOf(exactly), []);
        const sim = await run(contract(avail, '    outage id A from 2026-03-10 08:00 to 2026-03-11 08:01', right));
        const r = rightOf(sim);
        assert.equal(r.length, 1);
        assert.equal(r[0].at, '2026-03-11T08:00:00+01:00'); // the first millisecond after 24 hours
        assert.match(r[0].because, /here by the downtime/);
    });

    it('downtime over two outages in 30 days adds up, each counted only inside the window', async () => {
        const sim = await run(contract(avail, [
            '    outage id A from 2026-03-01 00:00 to 2026-03-01 20:00',
            '    outage id B from 2026-03-20 00:00 to 2026-03-20 06:00',
        ].join('\n'), '    right to terminate after more than 24 hours of downtime in any 30 consecutive days'));
        const r = rightOf(sim);
        assert.equal(r.length, 1);
        assert.equal(r[0].at, '2026-03-20T04:00:00+01:00');
        assert.deepEqual(r[0].incidents, ['A', 'B']);
    });

    it('"after 3 outages" (without "more than") needs only 3; excluded maintenance is no outage', async () => {
        const sim = await run(contract(`${avail}\n    not counted: force majeure`, [
            '    outage id A from 2026-03-01 10:00 to 10:10',
            '    outage force majeure id F from 2026-03-05 10:00 to 10:10',
            '    outage id B from 2026-03-08 10:00 to 10:10',
            '    outage id C from 2026-03-15 10:00 to 10:10',
        ].join('\n'), '    right to terminate after 3 outages in any 30 consecutive days'));
        const r = rightOf(sim);
        assert.equal(r.length, 1);
        assert.equal(r[0].at, '2026-03-15T10:00:00+01:00');
        assert.deepEqual(r[0].incidents, ['A', 'B', 'C']);
    });
});

describe('docs/language.md: Availability and Scenarios', () => {
    it('the availability example, the chronic right and the scenario example parse and link', async () => {
        const { readFileSync } = await import('node:fs');
        const doc = readFileSync('docs/language.md', 'utf8');
        const block = (head: string) => new RegExp(`## ${head}[\\s\\S]*?\`\`\`\\n([\\s\\S]*?)\`\`\``).exec(doc)![1];
        const chronic = /### Chronic outages[\s\S]*?```\n([\s\S]*?)```/.exec(doc)![1];
        const text = `contract "Doc" {\n  provider "P"\n  customer "C"\n  time zone "Europe/Amsterdam"\n  fee Maand per month\n`
            + '  calendar Servicetijd { Monday to Friday 07:00 to 19:00 }\n  maintenance { planned: Friday 22:00 to 24:00 announced 1 week before }\n'
            + '  priority P1 { response within 1 hour around the clock  resolution within 4 hours around the clock }\n'
            + '  priority P2 { response within 4 hours around the clock  resolution within 2 days }\n'
            + `${block('Availability')}${chronic}  remedies { compensation { availability below 99.5%: 20% of Maand } }\n${block('Scenarios')}}\n`;
        const { diagnostics } = await validate(text);
        assert.deepEqual(diagnostics.filter((d) => d.severity === 1 && !/expectation/.test(String(d.code))).map((d) => d.message), []);
    });
});
