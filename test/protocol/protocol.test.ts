import assert from 'node:assert/strict';
import { COMMANDS, REQUESTS } from '../../language-server/src/protocol/sla-protocol.js';

describe('protocol', () => {
    it('keeps the method names of the custom requests (an older extension or another client sends them)', () => {
        assert.deepEqual(Object.fromEntries(Object.entries(REQUESTS).map(([k, r]) => [k, r.method])), {
            simulate: 'sla/simulate',
            deadlineTable: 'sla/deadlineTable',
            runScenarios: 'sla/runScenarios',
            generateSampleMonth: 'sla/generateSampleMonth',
            contractInfo: 'sla/contractInfo',
            checkLog: 'sla/checkLog',
        });
    });

    it('names every command the extension contributes in package.json, and no other', async () => {
        const { readFileSync } = await import('node:fs');
        const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { commands: { command: string }[] } };
        assert.deepEqual(pkg.contributes.commands.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
    });
});
