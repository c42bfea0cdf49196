import { strict as assert } from 'node:assert';
import { TextDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { diagnosticCode } from '../../language-server/src/lsp/sla-code-action-provider.js';
import { Sla, parseLsp } from '../support/lsp.js';
import { contract } from '../support/sla.js';

/** The fixes offered for the (first) diagnostic with `code`. */
async function fixes(text: string, code: string): Promise<{ actions: CodeAction[]; diagnostic: Diagnostic }> {
    const doc = await parseLsp(text, { validation: true });
    const diagnostic = (doc.diagnostics ?? []).find((d) => diagnosticCode(d) === code);
    assert.ok(diagnostic, `expected a ${code} diagnostic, got ${(doc.diagnostics ?? []).map(diagnosticCode).join(', ')}`);
    const actions = (await Sla.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) ?? []) as CodeAction[];
    return { actions, diagnostic };
}

function apply(text: string, action: CodeAction): string {
    const edits = Object.values(action.edit?.changes ?? {})[0] ?? [];
    return TextDocument.applyEdits(TextDocument.create('file:///x.sla', 'sla', 1, text), edits);
}

/** Applies the fix titled `title` and checks the result no longer has `code`. */
async function fixed(text: string, code: string, title: RegExp): Promise<string> {
    const { actions } = await fixes(text, code);
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action, `no fix matching ${title}: ${actions.map((a) => a.title).join(' | ')}`);
    const after = apply(text, action);
    const doc = await parseLsp(after, { validation: true });
    const left = (doc.diagnostics ?? []).filter((d) => diagnosticCode(d) === code);
    assert.deepEqual(left.map((d) => d.message), [], `still ${code} after the fix:\n${after}`);
    return after;
}

const P1 = (clock: string) => contract(`  priority P1 {\n    response within ${clock} after reported\n    resolution within 8 hours of Werkdag after reported\n  }`);

describe('code actions', () => {
    it('missing-unit on a duration: hours, minutes or working days', async () => {
        const text = P1('4 of Werkdag');
        const { actions } = await fixes(text, 'missing-unit');
        assert.deepEqual(actions.map((a) => a.title), ['Add the unit "hours"', 'Add the unit "minutes"', 'Add the unit "working days"']);
        assert.match(await fixed(text, 'missing-unit', /"hours"/), /response within 4 hours of Werkdag after reported/);
        assert.match(await fixed(text, 'missing-unit', /working days/), /response within 4 working days of Werkdag/);
    });

    // langium/test's testCodeAction looks for the code in `data`; our checks set Diagnostic.code.
    it('missing-unit on a percentage: adds %, exactly that', async () => {
        const before = contract('  availability {\n    guaranteed 99.5 per month\n    measured around the clock\n  }');
        assert.equal(await fixed(before, 'missing-unit', /%/), before.replace('99.5 per', '99.5% per'));
    });

    it('fixed-offset-zone: "CET" becomes "Europe/Amsterdam"', async () => {
        const text = contract('', '  time zone "CET"\n  provider "A"\n  customer "B"');
        const after = await fixed(text, 'fixed-offset-zone', /Europe\/Amsterdam/);
        assert.match(after, /time zone "Europe\/Amsterdam"/);
    });

    it('linking error: creates an undefined calendar', async () => {
        const text = P1('1 hour of Kantoor');
        const after = await fixed(text, 'linking-error', /Create calendar Kantoor/);
        assert.match(after, /calendar Kantoor \{\n {4}Monday to Friday 09:00 to 17:00\n {4}closed on public holidays of NL\n {2}\}/);
    });

    it('linking error: creates an undefined priority used in a scenario', async () => {
        const text = contract(`  priority P1 {\n    response within 1 hour of Werkdag after reported\n    resolution within 4 hours of Werkdag after reported\n  }
  scenario "S" in 2026-11 {
    incident 1 P9 reported 2026-11-06 10:00 responded 10:30
  }`);
        const after = await fixed(text, 'linking-error', /Create priority P9/);
        assert.match(after, /priority P9 \{\n {4}response within 4 hours of Werkdag after reported/);
        assert.ok(after.indexOf('priority P9') < after.indexOf('scenario "S"'));
    });

    it('remedy-band-gap: inserts the band that fills the gap, bounds from the band model', async () => {
        const text = contract(`  fee Maand per month
  availability {
    guaranteed 99.9% per month
    measured around the clock
  }
  remedies {
    warning when availability is below the guarantee in a month
    compensation {
      availability from 99% below 99.9%: 10% of Maand
      availability from 90% below 98%: 30% of Maand
      availability below 90%: 50% of Maand
    }
  }`);
        const after = await fixed(text, 'remedy-band-gap', /between 98% and 99%/);
        assert.match(after, /availability from 98% below 99%: 30% of Maand/);
    });

    it('remedy-band-gap at one value: "above" becomes "from"', async () => {
        const text = contract(`  fee Maand per month
  availability {
    guaranteed 99.9% per month
    measured around the clock
  }
  remedies {
    warning when availability is below the guarantee in a month
    compensation {
      availability above 95% below 99.9%: 10% of Maand
      availability below 95%: 30% of Maand
    }
  }`);
        const after = await fixed(text, 'remedy-band-gap', /exactly 95%/);
        assert.match(after, /availability from 95% below 99\.9%/);
    });

    it('clock-basis-unspecified: around the clock or of a calendar', async () => {
        const text = P1('1 hour');
        const { actions } = await fixes(text, 'clock-basis-unspecified');
        assert.deepEqual(actions.map((a) => a.title), ['Count around the clock', 'Count of Werkdag']);
        assert.match(await fixed(text, 'clock-basis-unspecified', /around the clock/), /response within 1 hour around the clock after reported/);
        assert.match(await fixed(text, 'clock-basis-unspecified', /Werkdag/), /response within 1 hour of Werkdag after reported/);
    });
});
