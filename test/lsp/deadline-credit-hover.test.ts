import assert from 'node:assert/strict';
import { creditWords } from '../../language-server/src/lsp/sla-hover-text.js';
import type { RemedyModel } from '../../language-server/src/model/types.js';
import { modelOf } from '../support/sla.js';

describe('hover: a credit by lateness', () => {
    it('says what it counts, with examples at one unit and one minute more, in money from the fee', async () => {
        const model = await modelOf(`contract "Host" {
  time zone "UTC"
  fee F per month amount 200 USD
  priority Host { resolution within 1 hour around the clock after reported }
  remedies { credit 5% of F for each hour or part thereof by which the resolution deadline of Host is missed, capped at 100% per month }
}
`);
        const r = model.remedyGroups[0].remedies[0] as Extract<RemedyModel, { type: 'credit' }>;
        const text = creditWords(model, r, Date.UTC(2026, 5, 1));
        assert.match(text, /A credit of 5% of F for each 60 minutes by which the resolution deadline of an incident of Host is missed, counted in real minutes from the deadline to the resolution; a started unit counts in full/);
        // 60 minutes late: 1 unit = 5% of 200 USD = 10.00 USD; 61 minutes: 2 units = 20.00 USD.
        assert.match(text, /- 60 minutes late: 1 × 5% of F = 5% of the F fee = 10\.00 USD/);
        assert.match(text, /- 61 minutes late: 2 × 5% of F = 10% of the F fee = 20\.00 USD/);
        assert.match(text, /capped at 100% of F per month/);
    });
});
