import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AstUtils } from 'langium';
import * as ast from '../../language-server/src/generated/ast.js';
import { buildModel } from '../../language-server/src/model/build-model.js';
import { parse } from '../support/sla.js';

describe('buildModel: the node map', () => {
    it('maps each calendar, priority, clock, remedy, band and scenario of a sample to the element built from it', async () => {
        const doc = await parse(readFileSync('samples/avetica-moodle.sla', 'utf8'));
        const root = doc.parseResult.value;
        const { model, nodes } = buildModel(root);
        const all = AstUtils.streamAllContents(root).toArray();
        const clocks = all.filter(ast.isClock);
        const bands = all.filter(ast.isBand);
        assert.ok(clocks.length > 0 && bands.length > 0);
        for (const c of root.clauses.filter(ast.isCalendar)) assert.equal(nodes.get(c), model.calendars.find((x) => x.name === c.name));
        for (const p of root.clauses.filter(ast.isPriority)) {
            const priority = nodes.get(p);
            assert.equal(priority, model.priorities.find((x) => x.name === p.name));
            for (const c of p.clocks) assert.ok(priority!.clocks.includes(nodes.get(c)!));
        }
        for (const g of root.clauses.filter(ast.isRemedies)) {
            const group = nodes.get(g)!;
            assert.ok(model.remedyGroups.includes(group));
            for (const r of g.remedies) assert.ok(group.remedies.includes(nodes.get(r)!));
        }
        for (const b of bands) {
            const remedy = nodes.get(b.$container);
            assert.ok(remedy?.type === 'compensation' && remedy.bands.includes(nodes.get(b)!));
        }
        const scenarios = root.clauses.filter(ast.isScenario);
        assert.deepEqual(scenarios.map((s) => nodes.get(s)), model.scenarios);
    });

    it('has no element for a node the builder left out (a same-day clock of an unknown calendar)', async () => {
        const doc = await parse('contract "X" { priority P1 { resolution by end of the same day of Nope } }');
        const clock = AstUtils.streamAllContents(doc.parseResult.value).find(ast.isClock);
        const { model, nodes } = buildModel(doc.parseResult.value);
        assert.ok(clock);
        assert.equal(model.priorities[0].clocks.length, 0);
        assert.equal(nodes.get(clock), undefined);
        assert.equal(nodes.get(clock.$container), model.priorities[0]);
    });
});
