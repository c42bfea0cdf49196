import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { codes, validate } from '../support/sla.js';
import { MODEL_CODES } from '../../language-server/src/checker/model-codes.js';

const own = (list: string[]) => list.filter((c) => c in MODEL_CODES).sort();

describe('model rules on the seed contracts', () => {
    it('Avetica: the findings a careful reader of the seed makes', async () => {
        const r = await validate(readFileSync('samples/avetica-moodle.sla', 'utf8'));
        const found = own(codes(r.diagnostics));
        for (const code of ['remedy-band-gap', 'remedy-unreachable', 'period-mismatch', 'clock-contradiction', 'unbounded-exclusion', 'unequal-periods']) {
            assert.ok(found.includes(code), `${code} missing from ${found.join(', ')}`);
        }
        assert.equal(found.filter((c) => c === 'remedy-unreachable').length, 2, 'art. 6.3 and art. 11.3');
    });

    it('Klik: the effort-only maximum, announcements without notice, a guarantee without remedy, unequal months', async () => {
        const r = await validate(readFileSync('samples/klik-onderwijs.sla', 'utf8'));
        assert.deepEqual(own(codes(r.diagnostics)),
            ['announced-without-notice', 'announced-without-notice', 'exclusion-effort-only', 'guarantee-without-remedy', 'unequal-periods']);
    });

    it('the samples from public SLAs: only the findings their authors would be told', async () => {
        const all = async (file: string) => codes((await validate(readFileSync(file, 'utf8'))).diagnostics).sort();
        // Targets only, on working days: nothing to say.
        assert.deepEqual(await all('samples/sussex-its.sla'), []);
        assert.deepEqual(await all('samples/axs-ict.sla'), []);
        // Response times only: said once, not per priority.
        assert.deepEqual(await all('samples/hivemq-support.sla'), ['missing-resolution-clock']);
        assert.deepEqual(await all('samples/gitlab-support.sla'), ['missing-resolution-clock']);
        // Maintenance excluded without window or notice; repair clocks without response times;
        // restoration counted from the log's start of work; a 100% guarantee.
        assert.deepEqual(await all('samples/arcus-virtual-server.sla'),
            // Two services, each excluding planned and emergency maintenance without a window or notice.
            ['clock-start-from-log', 'missing-response-clock', 'unbounded-exclusion', 'unbounded-exclusion', 'unbounded-exclusion', 'unbounded-exclusion']);
    });

    it('every model code has a test that names it', () => {
        const tests = readdirSync('test/checker').filter((f) => f.endsWith('.test.ts') && f !== 'samples.test.ts')
            .map((f) => readFileSync(`test/checker/${f}`, 'utf8')).join('\n');
        const untested = Object.keys(MODEL_CODES).filter((c) => !tests.includes(`'${c}'`));
        assert.deepEqual(untested, []);
    });
});
