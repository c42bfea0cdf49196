import { strict as assert } from 'node:assert';
import { TextDocument } from 'langium';
import { expectFormatting } from 'langium/test';
import { buildModel } from '../../language-server/src/model/build-model.js';
import { Sla, SAMPLES, parseLsp } from '../support/lsp.js';

async function format(text: string): Promise<string> {
    const doc = await parseLsp(text);
    const edits = await Sla.lsp.Formatter!.formatDocument(doc, {
        textDocument: { uri: doc.uri.toString() }, options: { tabSize: 2, insertSpaces: true },
    });
    return TextDocument.applyEdits(TextDocument.create('file:///f.sla', 'sla', 1, text), edits);
}

/** The model as JSON without source places, which formatting may move. */
async function modelJson(text: string): Promise<string> {
    const doc = await parseLsp(text);
    assert.equal(doc.parseResult.parserErrors.length, 0);
    return JSON.stringify(buildModel(doc.parseResult.value).model, (k, v) => (k === 'span' ? undefined : v));
}

const comments = (text: string) => text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];

/** The sample with its indentation removed and extra spaces after some tokens. */
function messUp(text: string): string {
    return text.split('\n').map((l) => l.trimStart().replace(/^(\w+) /, '$1   ')).join('\n');
}

describe('formatting', () => {
    it('a calendar with its own rules is formatted like the others, one rule per line', async () => {
        const neat = `contract "T" {
  time zone "Europe/London"
  calendar Office {
    Monday to Friday 09:00 to 17:00
    closed on public holidays of GB-SCT observed on the next weekday
    closed on the last Monday of August "Summer bank holiday"
    closed every 24 December from 12:00 "Christmas Eve afternoon"
    closed on 2026-12-23 from 12:00 to 14:00
    open on 2026-12-27 10:00 to 14:00 "Extra opening"
    from 1 June to 31 August: Monday to Friday 09:00 to 16:00; Saturday 10:00 to 12:00 [art. 3]
  }
}
`;
        assert.equal(await format(neat), neat);
        assert.equal(await format(messUp(neat)), neat);
    });

    for (const [name, sample] of Object.entries(SAMPLES)) {
        it(`${name}: the sample is already formatted, and formatting is idempotent`, async () => {
            const once = await format(sample);
            assert.equal(once, sample);
            assert.equal(await format(once), once);
        });

        it(`${name}: a messed-up copy formats back to the sample, same model, every comment kept`, async () => {
            const messy = messUp(sample);
            assert.notEqual(messy, sample);
            const formatted = await format(messy);
            assert.equal(await format(formatted), formatted, 'idempotent');
            assert.deepEqual(comments(formatted), comments(sample));
            assert.equal(await modelJson(formatted), await modelJson(sample));
            assert.equal(formatted, sample);
        });
    }

    it('clock milestones: one clause per line, no spaces inside (target)', async () => {
        const text = 'contract "M" {\ntime zone "Europe/Amsterdam"\npriority P1 {\nacknowledgement   immediately\n'
            + 'start  of work within 1 hour around the clock after acknowledgement ( target )\n'
            + 'resolution within 8 hours around the clock in at least 90 % of incidents per month as a target\n}\n}\n';
        assert.equal(await format(text), 'contract "M" {\n  time zone "Europe/Amsterdam"\n  priority P1 {\n    acknowledgement immediately\n'
            + '    start of work within 1 hour around the clock after acknowledgement (target)\n'
            + '    resolution within 8 hours around the clock in at least 90% of incidents per month as a target\n  }\n}\n');
    });

    it('indents blocks by two spaces, one clause per line, single spaces, none before , : %', async () => {
        await expectFormatting(Sla)({
            before: `contract "X" {
time zone   "Europe/Amsterdam"
    // a comment
calendar W {   Monday to Friday 09:00 to 17:00 ,19:00 to 21:00
closed on public holidays of NL }
  priority P1 { response within 1 hour of W after reported [art. 5]
  resolution within 4 hours of W after reported }
  availability { guaranteed 99 % per month
  measured around the clock }
}`,
            after: `contract "X" {
  time zone "Europe/Amsterdam"
  // a comment
  calendar W {
    Monday to Friday 09:00 to 17:00, 19:00 to 21:00
    closed on public holidays of NL
  }
  priority P1 {
    response within 1 hour of W after reported [art. 5]
    resolution within 4 hours of W after reported
  }
  availability {
    guaranteed 99% per month
    measured around the clock
  }
}`,
        });
    });

    it('keeps a clause continued on the next line, two steps in', async () => {
        await expectFormatting(Sla)({
            before: 'contract "X" {\nscenario "S" in 2026-11 {\nincident 1 P1 reported 2026-11-06 16:30\nresolved 2026-11-09 12:00\n}\n}',
            after: 'contract "X" {\n  scenario "S" in 2026-11 {\n    incident 1 P1 reported 2026-11-06 16:30\n        resolved 2026-11-09 12:00\n  }\n}',
        });
    });
});
