import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs the built command line as a user would (npm test builds it first). */
function sla(...args: string[]) {
    const r = spawnSync(process.execPath, ['bin/sla.js', ...args], { encoding: 'utf8' });
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    return { code: r.status, out: r.stdout, err: r.stderr };
}

const AVETICA = 'samples/avetica-moodle.sla';
const tmp = mkdtempSync(join(tmpdir(), 'sla-cli-'));

describe('sla deadlines', () => {
    it('Friday 16:30 crash at Avetica: response Monday 09:30, resolution capped Friday 17:00 by art. 5.4', () => {
        const r = sla('deadlines', AVETICA, '--priority', 'P1', '--reported', '2026-11-06T16:30', '--json');
        assert.equal(r.code, 0, r.err);
        const j = JSON.parse(r.out);
        assert.equal(j.priority, 'P1');
        assert.equal(j.reported, '2026-11-06T16:30:00+01:00');
        assert.equal(j.response.deadline, '2026-11-09T09:30:00+01:00');
        assert.match(j.response.clause, /art\. 5\.2/);
        assert.equal(j.resolution.deadline, '2026-11-06T17:00:00+01:00');
        assert.match(j.resolution.clause, /art\. 5\.4/);
    });

    it('an actual response moves a resolution clock that runs after response', () => {
        const r = sla('deadlines', AVETICA, '--priority', 'P2', '--reported', '2026-11-02 10:00', '--responded', '2026-11-02 11:00', '--json');
        assert.equal(r.code, 0, r.err);
        // 16 Werkdag hours from Mon 11:00: 6 on Monday, 8 on Tuesday, 2 on Wednesday.
        assert.equal(JSON.parse(r.out).resolution.deadline, '2026-11-04T11:00:00+01:00');
    });

    it('other milestones, targets and share clocks, each from its own start', () => {
        const file = join(tmp, 'milestones.sla');
        writeFileSync(file, `contract "M" {
  time zone "Europe/Amsterdam"
  calendar Kantooruren { Monday to Friday 09:00 to 17:00 }
  priority P1 {
    acknowledgement within 15 minutes around the clock after reported
    response within 4 hours of Kantooruren after reported
    response within 1 hour of Kantooruren after reported as a target
    start of work within 1 hour of Kantooruren after acknowledgement
    resolution within 2 working days of Kantooruren after reported
  }
}`);
        const r = sla('deadlines', file, '--priority', 'P1', '--reported', '2026-11-06 16:30', '--acknowledged', '2026-11-06 16:50', '--json');
        assert.equal(r.code, 0, r.err);
        const j = JSON.parse(r.out);
        assert.deepEqual(j.others.map((o: { milestone: string; standing: string; deadline: string }) => [o.milestone, o.standing, o.deadline]), [
            ['acknowledgement', 'commitment', '2026-11-06T16:45:00+01:00'],
            ['start-of-work', 'commitment', '2026-11-09T09:50:00+01:00'],
            ['response', 'target', '2026-11-09T09:30:00+01:00'],
        ]);
        const text = sla('deadlines', file, '--priority', 'P1', '--reported', '2026-11-06 16:30').out;
        assert.match(text, /start of work {2}no deadline\n.*no acknowledgement moment known/);
    });

    it('no deadline where the contract plans by agreement: null', () => {
        const j = JSON.parse(sla('deadlines', AVETICA, '--priority', 'P3', '--reported', '2026-11-02T10:00', '--json').out);
        assert.equal(j.resolution.deadline, null);
    });

    it('usage problems exit 2 with a message', () => {
        assert.equal(sla('deadlines', AVETICA, '--priority', 'P9', '--reported', '2026-11-02T10:00').code, 2);
        const bad = sla('deadlines', AVETICA, '--priority', 'P1', '--reported', '2026-02-30T10:00');
        assert.equal(bad.code, 2);
        assert.match(bad.err, /--reported/);
        assert.equal(sla('deadlines', AVETICA).code, 2);
    });
});

describe('sla simulate', () => {
    it('a month before the year 1000 is refused at once (it used to loop until memory ran out)', () => {
        const r = spawnSync(process.execPath, ['bin/sla.js', 'simulate', AVETICA, '--incidents', 'samples/avetica-moodle-2026.csv', '--from', '0999-01'],
            { encoding: 'utf8', timeout: 20_000 });
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /--from: '0999-01' lies before the year 1000/);
        // The earliest month accepted works, with four-digit labels.
        const ok = sla('simulate', AVETICA, '--incidents', 'samples/avetica-moodle-2026.csv', '--from', '1000-01', '--to', '1000-03', '--json');
        assert.equal(ok.code, 0, ok.err);
        assert.deepEqual(JSON.parse(ok.out).periods.map((p: { period: string }) => p.period), ['1000-Q1']);
    });

    it('a year at Avetica: quarterly availability and the compensation bands', () => {
        const r = sla('simulate', AVETICA, '--incidents', 'samples/avetica-moodle-2026.csv', '--from', '2026-01', '--to', '2026-12', '--json');
        assert.equal(r.code, 0, r.err);
        const j = JSON.parse(r.out);
        const q = Object.fromEntries(j.periods.map((p: { period: string }) => [p.period, p]));
        assert.deepEqual(Object.keys(q), ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
        // Q1: 90 days less the DST hour; A1 100 + A3 70 minutes down; A4 and A5 excluded.
        assert.equal(q['2026-Q1'].scheduledMinutes, 90 * 1440 - 60);
        assert.equal(q['2026-Q1'].downtimeMinutes, 170);
        assert.equal(q['2026-Q1'].excludedMinutes, 120);
        assert.equal(q['2026-Q1'].guaranteeMet, false);
        assert.ok(Math.abs(q['2026-Q3'].availabilityPercent - (132480 - 9000) / 132480 * 100) < 5e-7, 'rounded to 6 decimals');
        const comp = j.remedies.filter((x: { kind: string; percent: number }) => x.kind === 'compensation' && x.percent > 0);
        assert.deepEqual(comp.map((x: { period: string; percent: number }) => [x.period, x.percent]), [['2026-Q2', 20], ['2026-Q3', 40]]);
        const a1 = j.incidents.find((i: { id: string }) => i.id === 'A1');
        assert.equal(a1.responseDeadline, '2026-01-12T09:30:00+01:00');
        assert.equal(a1.responseMet, false);
    });

    it('a log with errors: every error with file, line and column, nothing simulated, exit 1', () => {
        const log = join(tmp, 'bad.csv');
        writeFileSync(log, 'id,priority,reported,responded\nX1,P1,2026-11-02 10:00,2026-11-02 09:00\nX1,P7,yesterday,\n');
        const r = sla('simulate', AVETICA, '--incidents', log);
        assert.equal(r.code, 1);
        assert.equal(r.out, '');
        assert.match(r.err, /bad\.csv:2:4: column 'responded'/);
        assert.match(r.err, /bad\.csv:3:1: column 'id': duplicate id/);
        assert.match(r.err, /bad\.csv:3:2: column 'priority'/);
        assert.match(r.err, /bad\.csv:3:3: column 'reported'/);
    });

    it('a missing log is a usage problem: exit 2', () => {
        assert.equal(sla('simulate', AVETICA, '--incidents', join(tmp, 'nope.csv')).code, 2);
    });
});

describe('sla test', () => {
    it('the samples carry scenarios whose expectations all hold', () => {
        const r = sla('test', AVETICA, 'samples/klik-onderwijs.sla');
        assert.equal(r.code, 0, r.out + r.err);
        assert.match(r.out, /expectations: 17 passed, 0 failed/);
    });

    it('a wrong expectation fails with its place and the actual value: exit 1', () => {
        const file = join(tmp, 'wrong.sla');
        writeFileSync(file, readFileSync(AVETICA, 'utf8').replace('expect compensation 20% in 2026-Q2', 'expect compensation 40% in 2026-Q2'));
        const r = sla('test', file);
        assert.equal(r.code, 1);
        assert.match(r.out, /FAIL {2}expect compensation 40% in 2026-Q2 {3}\(compensation 20% in 2026-Q2\) {3}.*wrong\.sla:\d+:5/);
    });
});

describe('sla simulate: credits and compliance clauses', () => {
    const contract = join(tmp, 'cloud.sla');
    const log = join(tmp, 'cloud.csv');
    writeFileSync(contract, `contract "Cloud" {
  provider "Wolk B.V."
  customer "Klant B.V."
  time zone "Europe/Amsterdam"
  fee Maandbedrag per month amount 1200 EUR [art. 1]
  priority P1 "Storing" {
    response within 1 hour around the clock after reported
    resolution within 4 hours around the clock after reported
  }
  resolution times met in at least 90% of incidents of P1 per month [art. 2.2]
  availability [art. 2] { guaranteed 99.99% per month  measured around the clock }
  remedies Credits [art. 3] {
    credit when availability is below the guarantee in a month {
      availability from 99% below 99.99%: 10% of Maandbedrag
      availability below 99%: 25% of Maandbedrag
    } capped at 100% per month, claim within 30 days after the end of the month, on request [art. 3.1]
  }
}
`);
    writeFileSync(log, 'id,priority,reported,responded,resolved,down_from,down_to\n1,P1,2026-03-10 10:00,2026-03-10 10:20,2026-03-10 15:00,2026-03-10 10:00,2026-03-10 10:31\n');

    it('text: the credit with share, money, claim-by and on request; compliance with priorities and clause', () => {
        const r = sla('simulate', contract, '--incidents', log);
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, /2026-03 credit 10% of the Maandbedrag fee = 120\.00 EUR, claim by 2026-04-30T23:59:59\+02:00, on request \[remedies Credits, art\. 3\.1\]/);
        assert.match(r.out, /2026-03 resolution of P1: 0 of 1 in time \(0%, at least 90%\) MISSED \[resolution times met in at least 90% of incidents of P1 per month, art\. 2\.2\]/);
    });

    it('JSON: the credit and the compliance row', () => {
        const r = sla('simulate', contract, '--incidents', log, '--json');
        const j = JSON.parse(r.out);
        const credit = j.remedies.find((x: { kind: string }) => x.kind === 'credit');
        assert.deepEqual({ ...credit, because: undefined }, {
            period: '2026-03', kind: 'credit', clause: 'remedies Credits, art. 3.1', group: 'Credits', incidents: ['1'], due: true,
            because: undefined, percent: 10, fee: 'Maandbedrag', amount: 120, currency: 'EUR', article: 'art. 3.1',
            at: '2026-03-31T23:59:59+02:00', claimBy: '2026-04-30T23:59:59+02:00', onRequest: true,
        });
        assert.deepEqual(j.compliance[0].priorities, ['P1']);
        assert.equal(j.compliance[0].clause, 'resolution times met in at least 90% of incidents of P1 per month, art. 2.2');
    });
});
