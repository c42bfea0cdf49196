/**
 * The Services section of docs/language.md: the service blocks check inside a contract,
 * and the scenario's expectations, computed by hand, hold.
 */
import * as assert from 'node:assert/strict';
import { EmptyFileSystem } from 'langium';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { checkTexts } from '../../language-server/src/services/diagnostics.js';
import { runScenario } from '../../language-server/src/engine/scenario.js';
import { blocks } from './doc-blocks.js';

const services = createSlaCoreServices(EmptyFileSystem);

describe('docs/language.md: Services', () => {
    it('the service blocks and the scenario check without errors, and every expectation holds', async () => {
        const [clauses, scenario] = blocks('Services');
        assert.ok(clauses && scenario);
        const text = `contract "Cloud" {\n  time zone "UTC"\n  currency USD\n  priority P1 { resolution within 4 hours around the clock after reported }\n${clauses}\n${scenario}\n}\n`;
        const [c] = await checkTexts(services, [{ file: 'cloud.sla', text }]);
        assert.deepEqual(c.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}: ${d.message}`), []);
        assert.deepEqual(c.model.services?.map((s) => s.name), ['Droplets', 'Volumes']);
        const r = runScenario(c.model, c.model.scenarios[0]);
        // Droplets: D1 29 + R1 30 = 59 min (the maintenance announced, so excluded): 44,581 / 44,640 = 99.867832%;
        // band 10% of 48 USD = 4.80. Volumes: V1 70 + R1 30 = 100 min: 99.775986%; 2 started hours x 2 USD = 4 USD.
        assert.equal(r.expectations.length, 4);
        for (const x of r.expectations) assert.ok(x.passed, x.actual);
    });
});
