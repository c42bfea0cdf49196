import * as assert from 'node:assert/strict';
import { runCases, sla, PARTIES, P1 } from './cases.js';
import { contract, validate, withCode } from '../support/sla.js';

/** A contract with the given zone clause(s) instead of the default one. */
function zoned(zone: string, body = ''): string {
    return contract(`${PARTIES}\n${P1}\n${body}`, `${zone}\n  calendar Werkdag { Monday to Friday 09:00 to 17:00 }`);
}

const SCENARIO = (moment: string) => sla(`  scenario "S" in 2026-11 {\n    incident 1 P1 reported ${moment}\n  }`);

describe('AST checks: times, dates and zones', () => {
    runCases([
        { code: 'invalid-time', title: '25:00', fires: sla(`  calendar Lang { Monday <|>25:00 to 17:00 }`), clean: sla(`  calendar Lang { Monday 05:00 to 17:00 }`), says: ['25:00'] },
        { code: 'invalid-time', title: '12:60', fires: sla(`  calendar Lang { Monday 09:00 to <|>12:60 }`), clean: sla(`  calendar Lang { Monday 09:00 to 12:59 }`) },
        { code: 'invalid-time', title: '24:30', fires: sla(`  calendar Lang { Monday 20:00 to <|>24:30 }`), clean: sla(`  calendar Lang { Monday 20:00 to 24:00 }`) },
        { code: 'invalid-time', title: 'a scenario moment at 25:10', fires: SCENARIO('2026-11-06 <|>25:10'), clean: SCENARIO('2026-11-06 23:10') },
        { code: 'time-24-not-end', title: '24:00 as the start of a range', fires: sla(`  calendar Nacht { Friday <|>24:00 to 06:00 }`), clean: sla(`  calendar Nacht { Friday 20:00 to 24:00 }`) },
        { code: 'time-24-not-end', title: '24:00 as a scenario moment', fires: SCENARIO('2026-11-06 <|>24:00'), clean: SCENARIO('2026-11-07 00:00'), says: ['00:00 of the next day'] },
        { code: 'invalid-date', title: 'closed on 2026-02-30', fires: sla(`  calendar K { Monday 09:00 to 17:00 closed on <|>2026-02-30 }`), clean: sla(`  calendar K { Monday 09:00 to 17:00 closed on 2026-02-28 }`), says: ['28 days'] },
        { code: 'invalid-date', title: '29 February in a leap year is fine, in 2027 not', fires: sla(`  calendar K { Monday 09:00 to 17:00 closed on <|>2027-02-29 }`), clean: sla(`  calendar K { Monday 09:00 to 17:00 closed on 2028-02-29 }`) },
        { code: 'invalid-date', title: 'dated 2026-13', fires: sla(`  dated <|>2026-13`), clean: sla(`  dated 2026-12`) },
        { code: 'invalid-date', title: 'a scenario in 2026-13', fires: sla(`  scenario "S" in <|>2026-13 { }`), clean: sla(`  scenario "S" in 2026-12 { }`) },
        { code: 'invalid-date', title: 'a scenario moment on 2026-11-31', fires: SCENARIO('<|>2026-11-31 10:00'), clean: SCENARIO('2026-11-30 10:00') },
        { code: 'empty-time-range', title: '09:00 to 09:00', fires: sla(`  calendar K { Monday 09:00 to <|>09:00 }`), clean: sla(`  calendar K { Monday all day }`), says: ['all day'] },
        { code: 'reversed-range', title: 'closed from 2026-12-31 to 2026-12-24', fires: sla(`  calendar K { Monday 09:00 to 17:00 closed from 2026-12-31 to <|>2026-12-24 }`), clean: sla(`  calendar K { Monday 09:00 to 17:00 closed from 2026-12-24 to 2026-12-31 }`) },
        { code: 'reversed-range', title: 'a scenario from 2026-03 to 2026-01', fires: sla(`  scenario "Q1" from 2026-03 to <|>2026-01 { }`), clean: sla(`  scenario "Q1" from 2026-01 to 2026-03 { }`) },
        { code: 'unknown-time-zone', title: 'Mars/Olympus', fires: zoned(`  time zone <|>"Mars/Olympus"`), clean: zoned(`  time zone "Europe/Amsterdam"`) },
        { code: 'unknown-time-zone', title: 'an empty zone', fires: zoned(`  time zone <|>""`), clean: zoned(`  time zone "UTC"`) },
        { code: 'fixed-offset-zone', title: 'CET', fires: zoned(`  time zone <|>"CET"`), clean: zoned(`  time zone "Europe/Amsterdam"`), says: ['Europe/Amsterdam', 'UTC+1'] },
        { code: 'fixed-offset-zone', title: 'CEST', fires: zoned(`  time zone <|>"CEST"`), clean: zoned(`  time zone "Europe/Brussels"`), says: ['Europe/Amsterdam'] },
        { code: 'fixed-offset-zone', title: 'UTC+1', fires: zoned(`  time zone <|>"UTC+1"`), clean: zoned(`  time zone "Europe/Amsterdam"`) },
        { code: 'fixed-offset-zone', title: 'GMT+01:00', fires: zoned(`  time zone <|>"GMT+01:00"`), clean: zoned(`  time zone "Europe/Amsterdam"`) },
        { code: 'fixed-offset-zone', title: 'Etc/GMT-1 (inverted sign)', fires: zoned(`  time zone <|>"Etc/GMT-1"`), clean: zoned(`  time zone "Europe/Amsterdam"`), says: ['UTC+1', 'inverted'] },
        { code: 'missing-time-zone', title: 'a calendar without a zone', fires: zoned('').replace('"Test"', '<|>"Test"'), clean: zoned(`  time zone "Europe/Amsterdam"`) },
        { code: 'several-time-zones', title: 'two zone clauses', fires: sla(`  time zone <|>"Europe/Brussels"`), clean: sla(''), says: ['line 2'] },
    ]);

    it('missing-time-zone sits on the contract name', async () => {
        const { diagnostics } = await validate(zoned(''));
        const [d] = withCode(diagnostics, 'missing-time-zone');
        assert.deepEqual([d.range.start.line, d.range.start.character], [0, 9]);
    });

    it('a contract without calendars or scenarios needs no zone', async () => {
        const { diagnostics } = await validate(`contract "Kaal" { provider "A" customer "B" minimum term 1 year }`);
        assert.deepEqual(withCode(diagnostics, 'missing-time-zone'), []);
    });
});
