import { runCases, sla, PARTIES } from './cases.js';
import { contract } from '../support/sla.js';

const TWO = `  time zone "Europe/Amsterdam"
  calendar Werkdag { Monday to Friday 09:00 to 17:00 }
  calendar Service { Monday to Saturday 07:00 to 22:00 }`;

describe('AST checks: priorities and clocks', () => {
    runCases([
        {
            code: 'missing-resolution-clock', title: 'a priority with a response clock only',
            fires: sla(`  priority <|>P3 "Minor" { response within 16 hours of Werkdag after reported }`),
            clean: sla(`  priority P3 "Minor" { response within 16 hours of Werkdag after reported resolution planned by agreement }`),
            says: ['P3'],
        },
        {
            code: 'missing-resolution-clock', title: 'a response-only contract: one finding at its first priority, not one per priority',
            fires: contract(`${PARTIES}\n  priority <|>S1 { response within 1 hour of Werkdag after reported }\n  priority S2 { response within 4 hours of Werkdag after reported }`),
            clean: contract(`${PARTIES}\n  priority S1 { response within 1 hour of Werkdag after reported resolution planned by agreement }\n  priority S2 { response within 4 hours of Werkdag after reported resolution planned by agreement }`),
            says: ['No priority of this contract has a resolution clause (2 priorities)', 'when its incidents must be solved'],
        },
        {
            code: 'missing-resolution-clock', title: 'one priority without a resolution clock where the others have one',
            fires: sla(`  priority <|>P2 { response within 4 hours of Werkdag after reported }`),
            clean: sla(`  priority P2 { response within 4 hours of Werkdag after reported resolution planned by agreement }`),
            says: ['Priority P2 has no resolution clause'],
        },
        {
            code: 'missing-response-clock', title: 'a contract with repair times only: one finding at its first priority',
            fires: contract(`${PARTIES}\n  priority <|>Host { resolution within 1 hour around the clock after reported }\n  priority Restore { resolution within 3 hours around the clock after reported }`),
            clean: contract(`${PARTIES}\n  priority Host { response immediately resolution within 1 hour around the clock after reported }\n  priority Restore { response immediately resolution within 3 hours around the clock after reported }`),
            says: ['No priority of this contract has a response clause (2 priorities)'],
        },
        {
            code: 'missing-response-clock', title: 'a priority with a resolution clock only',
            fires: sla(`  priority <|>P3 { resolution within 5 working days of Werkdag after reported }`),
            clean: sla(`  priority P3 { response within 1 day of Werkdag after reported resolution within 5 working days of Werkdag after reported }`.replace('1 day of', '8 hours of')),
        },
        {
            code: 'duplicate-clock', title: 'two unconditional response clocks',
            fires: sla(`  priority P2 {\n    response within 1 hour of Werkdag after reported\n    <|>response within 2 hours around the clock after reported\n    resolution within 8 hours of Werkdag after response }`),
            clean: sla(`  priority P2 {\n    response within 1 hour of Werkdag after reported if reported during Werkdag\n    response within 2 hours around the clock after reported if reported outside Werkdag\n    resolution within 8 hours of Werkdag after response }`),
            says: ['earlier of the two deadlines', 'line 14'],
        },
        {
            code: 'clock-basis-unspecified', title: 'within 4 hours without basis',
            fires: sla(`  priority P2 { response within 1 hour of Werkdag after reported resolution within <|>4 hours after response }`),
            clean: sla(`  priority P2 { response within 1 hour of Werkdag after reported resolution within 4 hours around the clock after response }`),
            says: ['around the clock; say which'],
        },
        {
            code: 'response-after-response', title: 'a response clock after response',
            fires: sla(`  priority P2 { response within 1 hour of Werkdag after <|>response resolution within 4 hours of Werkdag after response }`),
            clean: sla(`  priority P2 { response within 1 hour of Werkdag after reported resolution within 4 hours of Werkdag after response }`),
        },
        {
            code: 'condition-calendar-differs', title: 'counts Service hours for incidents reported during Werkdag',
            fires: contract(`${PARTIES}\n  priority P1 { response within 1 hour of Werkdag after reported\n    resolution within 4 hours of Service after response if reported during <|>Werkdag }`, TWO),
            clean: contract(`${PARTIES}\n  priority P1 { response within 1 hour of Werkdag after reported\n    resolution within 4 hours of Service after response if reported during Service }`, TWO),
        },
        {
            code: 'clock-after-later-milestone', title: 'an acknowledgement clock after resolution',
            fires: sla(`  priority P2 { acknowledgement within 1 hour of Werkdag after <|>resolution response within 1 hour of Werkdag after reported resolution within 4 hours of Werkdag after response }`),
            clean: sla(`  priority P2 { acknowledgement within 1 hour of Werkdag after reported response within 1 hour of Werkdag after reported resolution within 4 hours of Werkdag after response }`),
            says: ['after resolution', 'acknowledgement, response, start of work, workaround, resolution'],
        },
        {
            code: 'clock-start-from-log', title: 'start of work after an acknowledgement that no clock sets',
            fires: sla(`  priority P2 { response within 1 hour of Werkdag after reported\n    start of work within 2 hours of Werkdag after <|>acknowledgement\n    resolution within 4 hours of Werkdag after response }`),
            clean: sla(`  priority P2 { acknowledgement within 15 minutes around the clock after reported response within 1 hour of Werkdag after reported\n    start of work within 2 hours of Werkdag after acknowledgement\n    resolution within 4 hours of Werkdag after response }`),
            says: ['acknowledged', 'no deadline'],
        },
        {
            code: 'target-later-than-commitment', title: 'a 2-hour response target beside a 1-hour commitment',
            fires: sla(`  priority P2 { response within 1 hour of Werkdag after reported\n    response within 2 hours of Werkdag after reported <|>as a target\n    resolution within 4 hours of Werkdag after response }`),
            clean: sla(`  priority P2 { response within 1 hour of Werkdag after reported\n    response within 30 minutes of Werkdag after reported (target)\n    resolution within 4 hours of Werkdag after response }`),
            says: ['120 minutes', 'only 60'],
        },
        {
            code: 'immediately-on-calendar', title: 'a response immediately during Werkdag',
            fires: sla(`  priority P2 { response <|>immediately during Werkdag resolution within 4 hours of Werkdag after response }`),
            clean: sla(`  priority P2 { response immediately resolution within 4 hours of Werkdag after response }`),
            says: ['next opening', 'exactly at closing time'],
        },
    ]);
});
