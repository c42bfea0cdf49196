import { strict as assert } from 'node:assert';
import { expectCompletion } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import { Sla, SAMPLES, mark } from '../support/lsp.js';

const completion = expectCompletion(Sla);

async function itemsAt(text: string): Promise<CompletionList> {
    let list: CompletionList | undefined;
    await completion({ text, index: 0, assert: (l) => { list = l; }, disposeAfterCheck: true });
    return list!;
}
const labels = (l: CompletionList) => l.items.map((i) => i.label);

describe('completion', () => {
    it('keywords at the start of a clause (Klik)', async () => {
        const list = await itemsAt(mark(SAMPLES.klik, '  backups [art. 10]', 2));
        for (const k of ['priority', 'calendar', 'availability', 'scenario', 'note']) assert.ok(labels(list).includes(k), k);
    });

    it('defined names: calendars after "of", priorities in a scenario (Avetica)', async () => {
        const cal = await itemsAt(mark(SAMPLES.avetica, 'Werkdag after reported [art. 5.2]', 0));
        assert.ok(labels(cal).includes('Werkdag'));
        const pri = await itemsAt(mark(SAMPLES.avetica, 'P1 reported 2026-11-06', 0));
        assert.deepEqual(['P1', 'P2', 'P3'].filter((p) => labels(pri).includes(p)), ['P1', 'P2', 'P3']);
    });

    it('units after a number, "working days" as one unit, units first', async () => {
        const list = await itemsAt(SAMPLES.avetica.replace('response within 1 hour of Werkdag after reported [art. 5.2]', 'response within 1 <|>'));
        for (const u of ['hours', 'minutes', 'working days', 'weeks']) assert.ok(labels(list).includes(u), u);
        const sorted = [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
        assert.equal(sorted[0].label, 'minutes');
    });

    it('IANA zone names inside time zone "..." (Klik)', async () => {
        const list = await itemsAt(SAMPLES.klik.replace('time zone "Europe/Amsterdam"', 'time zone "Europe/Am<|>"'));
        assert.ok(labels(list).includes('Europe/Amsterdam'));
        assert.ok(labels(list).includes('America/New_York'));
        const item = list.items.find((i) => i.label === 'Europe/Amsterdam')!;
        assert.equal((item.textEdit as { newText: string }).newText, 'Europe/Amsterdam');
        assert.equal((item.textEdit as { range: { start: { character: number } } }).range.start.character, '  time zone "'.length);
    });

    it('holiday countries after "public holidays of" in a calendar, calendars in surcharges (Avetica)', async () => {
        const countries = await itemsAt(SAMPLES.avetica.replace('closed on public holidays of NL', 'closed on public holidays of <|>'));
        assert.ok(labels(countries).includes('NL'));
        assert.ok(labels(countries).includes('DE'));
        const surcharge = await itemsAt(SAMPLES.avetica.replace('public holidays of Werkdag: 200%', 'public holidays of <|>'));
        assert.ok(labels(surcharge).includes('Werkdag'));
        assert.ok(!labels(surcharge).includes('DE'));
    });

    it('region codes beside the country once its code is typed: GB, GB-, GB-S', async () => {
        for (const typed of ['GB', 'GB-', 'GB-S']) {
            const list = await itemsAt(SAMPLES.avetica.replace('closed on public holidays of NL', `closed on public holidays of ${typed}<|>`));
            assert.ok(labels(list).includes('GB-SCT'), typed);
            assert.ok(labels(list).includes('GB-ENG'), typed);
            const item = list.items.find((i) => i.label === 'GB-SCT')!;
            assert.equal((item.textEdit as { newText: string }).newText, 'GB-SCT');
            assert.equal(labels(list).includes('GB'), typed === 'GB', typed);
        }
        const none = await itemsAt(SAMPLES.avetica.replace('closed on public holidays of NL', 'closed on public holidays of <|>'));
        assert.ok(!labels(none).includes('GB-SCT'));
    });

    it('holiday names of a region inside including / excluding strings', async () => {
        const list = await itemsAt(SAMPLES.avetica.replace('closed on public holidays of NL', 'closed on public holidays of DE-BY including "As<|>"'));
        assert.ok(labels(list).includes('Assumption'));
        assert.ok(labels(list).includes('Epiphany'));
    });

    it('holiday names inside including / excluding strings', async () => {
        const list = await itemsAt(SAMPLES.klik.replace('closed on public holidays of NL', 'closed on public holidays of NL excluding "Lib<|>"'));
        assert.ok(labels(list).includes('Liberation Day'));
        assert.ok(labels(list).includes('Good Friday'));
    });
});
