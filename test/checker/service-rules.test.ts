import * as assert from 'node:assert/strict';
import { codes, validate, withCode } from '../support/sla.js';
import { CLOUD } from '../engine/services.test.js';

const text = (m: unknown) => String(m);

describe('checker: named service levels', () => {
    it('the example contract checks without service findings', async () => {
        const r = await validate(CLOUD);
        const found = codes(r.diagnostics);
        for (const code of ['service-without-guarantee', 'unknown-service', 'event-without-service', 'duplicate-name', 'credit-cap-below-band', 'credit-never-due']) {
            assert.ok(!found.includes(code), `${code} in ${found.join(', ')}`);
        }
    });

    it("'service-without-guarantee': a service with no availability, or only a target", async () => {
        const r = await validate(CLOUD.replace('availability { guaranteed 99.95% per month  measured around the clock }', 'availability { target 99.95% per month  measured around the clock }'));
        const [f] = withCode(r.diagnostics, 'service-without-guarantee');
        assert.match(text(f.message), /service "Volumes" states only a target \(99\.95%\), no guarantee: nothing it promises can be missed, so its 2 remedies on availability can never arise/);
        // The credit on downtime still counts minutes; the per-service rules speak for the clauses.
        const none = await validate(CLOUD.replace('  service "Volumes" {\n    availability { guaranteed 99.95% per month  measured around the clock }\n', '  service "Volumes" {\n'));
        assert.match(text(withCode(none.diagnostics, 'service-without-guarantee')[0].message), /has no availability block: .* The contract's own 99\.9% guarantee does not apply to it: it judges the contract as a whole\./);
        assert.match(text(withCode(none.diagnostics, 'credit-never-due')[0].message), /^Service "Volumes": this credit counts downtime, but the contract has no availability clause/);
    });

    it("'credit-never-due' and 'credit-cap-below-band' per service, the message naming the service", async () => {
        const r = await validate(CLOUD.replace('credits capped at 25% per month', 'credits capped at 5% per month'));
        const [cap] = withCode(r.diagnostics, 'credit-cap-below-band');
        assert.match(text(cap.message), /^Service "Droplets": § 2: the service's cap of 5% of DropletFee per month is below the bands of 10% of DropletFee and 25% of DropletFee/);
        assert.equal(cap.range.start.line + 1, 22, 'at the cap (line 22 of CLOUD)');
        const never = await validate(CLOUD.replace('guaranteed 99.99% per month\n', 'target 99.99% per month\n'));
        assert.match(text(withCode(never.diagnostics, 'credit-never-due')[0].message), /Service "Droplets": this credit is due when availability is below the guarantee, but the contract states no availability guarantee/);
    });

    it("'service-cap-unused': a cap on a service without credits; quiet with credits", async () => {
        const volumes = /    remedies \{\n      credit 2 USD[\s\S]*?\n    \}\n/;
        assert.match(CLOUD, volumes);
        const r = await validate(CLOUD.replace(volumes, '    credits capped at 10 USD per month\n'));
        assert.deepEqual(r.document.parseResult.parserErrors, []);
        const [f] = withCode(r.diagnostics, 'service-cap-unused');
        assert.match(text(f.message), /service "Volumes" caps its credits, but it has no credit or compensation: the cap limits nothing/);
        assert.deepEqual(withCode((await validate(CLOUD)).diagnostics, 'service-cap-unused'), []);
    });

    it("'service-cap-without-fee' and 'period-kind-unsupported' on a service's cap", async () => {
        const volumes = /    remedies \{\n      credit 2 USD[\s\S]*?\n    \}\n/;
        const onlyMoney = CLOUD.replace(volumes, (m) => `${m.replace(/\n      credit 5 USD[^\n]*/, '')}    credits capped at 100% per month\n`);
        const [f] = withCode((await validate(onlyMoney)).diagnostics, 'service-cap-without-fee');
        assert.match(text(f.message), /names no fee, and no credit of the service is a share of one: it caps nothing/);
        // With the fee named, it reads (and the money credits are compared through the fee's amount).
        assert.deepEqual(withCode((await validate(onlyMoney.replace('capped at 100% per month\n', 'capped at 100% of VolumeFee per month\n'))).diagnostics, 'service-cap-without-fee'), []);
        const hourly = await validate(CLOUD.replace('credits capped at 25% per month', 'credits capped at 25% per hour'));
        assert.match(text(withCode(hourly.diagnostics, 'period-kind-unsupported')[0].message), /A service's cap on its credits per hour is not supported/);
    });

    it("'empty-service-name': service \"\" (or only spaces) is an error at the name", async () => {
        for (const name of ['""', '"  "']) {
            const r = await validate(CLOUD.replace('service "Volumes" {', `service ${name} {`));
            const [f] = withCode(r.diagnostics, 'empty-service-name');
            assert.equal(f?.severity, 1, name);
            assert.match(text(f.message), /This service has no name: outages, incidents and expectations name a service by it/);
            assert.equal(f.range.end.character - f.range.start.character, name.length, 'at the quoted name');
        }
        assert.deepEqual(withCode((await validate(CLOUD)).diagnostics, 'empty-service-name'), []);
    });

    it("'duplicate-name': two services with one name", async () => {
        const r = await validate(CLOUD.replace('service "Volumes" {', 'service "Droplets" {'));
        assert.match(text(withCode(r.diagnostics, 'duplicate-name')[0].message), /There is already a service named "Droplets" \(line 8\)/);
    });

    it("'unknown-service': a misspelt service in an event or an expectation, with the nearest name", async () => {
        const r = await validate(CLOUD.replace('outage service "Droplets" id D1', 'outage service "Droplet" id D1').replace('for "Volumes" in 2026-03\n    expect credit 5', 'for "volumes" in 2026-03\n    expect credit 5'));
        const found = withCode(r.diagnostics, 'unknown-service');
        assert.deepEqual(found.map((d) => text(d.message)), [
            'There is no service "Droplet" (the contract\'s services are "Droplets", "Volumes"). Did you mean "Droplets"?',
            'There is no service "volumes" (the contract\'s services are "Droplets", "Volumes"). Did you mean "Volumes"?',
        ]);
        // At the name itself, so a quick fix can replace it.
        assert.equal(found[0].range.end.character - found[0].range.start.character, '"Droplet"'.length);
        // The failed expectation says nothing more: unknown-service says why.
        assert.equal(withCode(r.diagnostics, 'expectation-failed').filter((d) => d.range.start.line === found[1].range.start.line).length, 0);
    });

    it("'event-without-service': an outage in a contract with services that names none; quiet without services", async () => {
        const r = await validate(CLOUD.replace('outage service "Droplets" id D1', 'outage id D1'));
        const [f] = withCode(r.diagnostics, 'event-without-service');
        assert.match(text(f.message), /This outage names no service, so it counts against none of the contract's services \("Droplets", "Volumes"\), only for the contract as a whole/);
        const plain = await validate('contract "X" {\n  time zone "UTC"\n  scenario "S" in 2026-03 {\n    outage from 2026-03-02 10:00 to 11:00\n  }\n}\n');
        assert.deepEqual(withCode(plain.diagnostics, 'event-without-service'), []);
    });

    it("'event-without-service' for an incident without downtime only when a service has a remedy for missed deadlines", async () => {
        // CLOUD's "Volumes" has "credit 5 USD per incident of P1 when resolution is missed": a late P1 counts there only if it names the service.
        const late = '    incident L1 P1 reported 2026-03-12 10:00 resolved 16:00\n  }\n}';
        const withCredit = await validate(CLOUD.replace(/\n  \}\n\}\n?$/, `\n${late}\n`));
        assert.match(text(withCode(withCredit.diagnostics, 'event-without-service')[0]?.message), /This incident names no service/);
        // Without deadline remedies in any service, an incident without downtime counts for the contract's deadlines only: nothing to say.
        const noCredit = CLOUD.replace('      credit 5 USD per incident of P1 when resolution is missed\n', '').replace(/\n    expect credit 5 USD for "Volumes" in 2026-03/, '');
        const quiet = await validate(noCredit.replace(/\n  \}\n\}\n?$/, `\n${late}\n`));
        assert.deepEqual(withCode(quiet.diagnostics, 'event-without-service'), []);
        // With downtime it still counts against no service's availability: said.
        const down = await validate(noCredit.replace(/\n  \}\n\}\n?$/, '\n    incident L2 P1 reported 2026-03-12 10:00 resolved 16:00 down from 2026-03-12 10:00 to 11:00\n  }\n}\n'));
        assert.equal(withCode(down.diagnostics, 'event-without-service').length, 1);
    });
});
