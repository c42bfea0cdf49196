// Mocha's spec output plus one plain closing line ("N passed, N failed"), which CI reads
// to know that tests actually ran.
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Spec {
    constructor(runner, options) {
        super(runner, options);
        runner.once(EVENT_RUN_END, () => {
            const s = runner.stats;
            console.log(`tests: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
        });
    }
}
module.exports = SummaryReporter;
