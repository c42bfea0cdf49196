import assert from 'node:assert/strict';
import { deadlineTableMarkdown, escapeMarkdown, priorityItems, shortMoment } from '../../extension/src/commands/deadline-table-args.js';
import type { DeadlineTable } from '../../language-server/src/protocol/sla-protocol.js';

const table: DeadlineTable = {
    contract: 'Avetica Moodle hosting', zone: 'Europe/Amsterdam', priority: 'P1', title: 'Crash',
    rows: [{
        label: 'next Friday afternoon', reported: '2026-03-06T16:30:00+01:00',
        response: { deadline: '2026-03-09T09:30:00+01:00', clause: 'P1 response (art. 5.2), line 44', explanation: '1 hour of Werkdag (art. 5.2) applies' },
        resolution: { deadline: null, clause: null, explanation: 'by agreement: no computable deadline' },
    }],
};

describe('deadline table as Markdown', () => {
    it('shows moments with their weekday, deadlines, clause and reasoning', () => {
        const md = deadlineTableMarkdown(table);
        assert.match(md, /^# Deadlines of P1 "Crash"/);
        assert.match(md, /\| Fri 2026-03-06 16:30 \| next Friday afternoon \| Mon 2026-03-09 09:30 \| none \|/);
        assert.match(md, /- Response: 1 hour of Werkdag \\\(art\. 5\.2\\\) applies — P1 response \\\(art\. 5\.2\\\), line 44/);
        assert.match(md, /- Resolution: by agreement: no computable deadline\n/);
    });

    it('escapes Markdown and HTML from the contract', () => {
        assert.equal(escapeMarkdown('<script>alert(1)</script> | *x* [a](b)'), '&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*x\\* \\[a\\]\\(b\\)');
        const md = deadlineTableMarkdown({ ...table, contract: 'A | <b>B</b>\nC' });
        assert.match(md, /A \\\| &lt;b&gt;B&lt;\/b&gt; C · times in/);
    });

    it('reads the wall-clock time of an ISO moment as written', () => {
        assert.equal(shortMoment('2026-10-25T02:30:00+01:00'), 'Sun 2026-10-25 02:30');
        assert.equal(shortMoment('not a time'), 'not a time');
    });

    it('offers priorities with their titles', () => {
        assert.deepEqual(priorityItems({ name: 'c', zone: 'UTC', priorities: [{ name: 'P1', title: 'Crash' }, { name: 'P2' }], scenarios: [] }),
            [{ label: 'P1', description: 'Crash', name: 'P1' }, { label: 'P2', name: 'P2' }]);
    });
});

describe('deadline table: the report moment', () => {
    it('now, in the contract\'s time zone', async () => {
        const { momentNow } = await import('../../extension/src/commands/deadline-table-args.js');
        // 2026-03-06 15:30 UTC is 16:30 in Amsterdam (CET, +1) and 10:30 in New York (EST, -5).
        const at = new Date(Date.UTC(2026, 2, 6, 15, 30));
        assert.equal(momentNow(at, 'Europe/Amsterdam'), '2026-03-06 16:30');
        assert.equal(momentNow(at, 'America/New_York'), '2026-03-06 10:30');
    });

    it('reads a moment, refuses dates and times that do not exist, empty means the examples', async () => {
        const { parseMomentInput } = await import('../../extension/src/commands/deadline-table-args.js');
        assert.deepEqual(parseMomentInput(' 2026-03-06 9:05 '), { moments: ['2026-03-06T09:05'] });
        assert.deepEqual(parseMomentInput('2026-03-06T16:30'), { moments: ['2026-03-06T16:30'] });
        assert.deepEqual(parseMomentInput(''), { moments: [] });
        assert.match((parseMomentInput('2026-02-29 10:00') as { error: string }).error, /2026-02-29 is not a date/);
        assert.match((parseMomentInput('2026-03-06 24:00') as { error: string }).error, /not a time of day/);
        assert.match((parseMomentInput('tomorrow') as { error: string }).error, /like 2026-03-06 16:30/);
    });
});
