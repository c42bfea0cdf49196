import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOUD } from '../engine/services.test.js';

function sla(...args: string[]) {
    const r = spawnSync(process.execPath, ['bin/sla.js', ...args], { encoding: 'utf8' });
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'sla-services-'));
const contract = join(tmp, 'cloud.sla');
writeFileSync(contract, CLOUD);
// March 2026: Droplets down 30 + 60 = 90 min, Volumes 60 min (B hit both).
const log = join(tmp, 'log.csv');
writeFileSync(log, 'id,service,down_from,down_to\nA,Droplets,2026-03-02 10:00,2026-03-02 10:30\nB,Droplets;Volumes,2026-03-03 10:00,2026-03-03 11:00\n');

describe('sla simulate with services', () => {
    it('--json: per service its periods and credits, with amount and claim-by', () => {
        const r = sla('simulate', contract, '--incidents', log, '--from', '2026-03', '--to', '2026-03', '--json');
        assert.equal(r.code, 0, r.err);
        const j = JSON.parse(r.out);
        assert.deepEqual(j.services.map((s: { service: string }) => s.service), ['Droplets', 'Volumes']);
        const [d, v] = j.services;
        assert.equal(d.guaranteePercent, 99.99);
        assert.equal(d.periods[0].downtimeMinutes, 90);
        // 44,550 / 44,640 = 99.798387%
        assert.equal(d.periods[0].availabilityPercent, 99.798387);
        // band 10% of 48 = 4.80; 90 min = 3 half hours = 30% = 14.40, cut by the 25% cap to 15% = 7.20
        assert.deepEqual(d.remedies.map((x: { amount: number }) => x.amount), [4.8, 7.2]);
        assert.deepEqual(d.remedies[0].incidents, ['A', 'B']);
        // Volumes: 60 min = 1 hour x 2 USD, claim by the end of May.
        assert.equal(v.remedies[0].amount, 2);
        assert.equal(v.remedies[0].claimBy, '2026-05-31T23:59:59+00:00');
        // The contract as a whole: both outages, the overlap counted once: 30 + 60 = 90 min.
        assert.equal(j.periods[0].downtimeMinutes, 90);
    });

    it('text: a block per service', () => {
        const r = sla('simulate', contract, '--incidents', log, '--from', '2026-03', '--to', '2026-03');
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, /Service "Volumes": guaranteed 99\.95% per month; events B\n {2}2026-03 {2}99\.8656% {2}scheduled 44640 min, down 60 min/);
        assert.match(r.out, /2026-03 credit 2\.00 USD, claim by 2026-05-31T23:59:59\+00:00, on request \[remedies Volumes\]/);
    });

    it('an unknown service in the log is refused with file, line and column', () => {
        const bad = join(tmp, 'bad.csv');
        writeFileSync(bad, 'id,service,down_from,down_to\nA,Dropletz,2026-03-02 10:00,2026-03-02 10:30\n');
        const r = sla('simulate', contract, '--incidents', bad, '--from', '2026-03', '--to', '2026-03');
        assert.equal(r.code, 1);
        assert.match(r.err, /bad\.csv:2:2: column 'service': unknown service 'Dropletz' \(the contract's services are 'Droplets', 'Volumes'\)/);
    });

    it('outages that name no service are counted for the contract only, and the output says so', () => {
        const plain = join(tmp, 'plain.csv');
        writeFileSync(plain, 'id,down_from,down_to\nA,2026-03-02 10:00,2026-03-02 10:30\n');
        const r = sla('simulate', contract, '--incidents', plain, '--from', '2026-03', '--to', '2026-03');
        assert.match(r.out, /Note: 1 outage names no service \(A\): counted for the contract as a whole, against none of its services/);
        const j = JSON.parse(sla('simulate', contract, '--incidents', plain, '--from', '2026-03', '--to', '2026-03', '--json').out);
        assert.deepEqual(j.outagesWithoutService, ['A']);
        assert.equal(j.periods[0].downtimeMinutes, 30);
        assert.deepEqual(j.services.map((s: { periods: { downtimeMinutes: number }[] }) => s.periods[0].downtimeMinutes), [0, 0]);
    });
});
