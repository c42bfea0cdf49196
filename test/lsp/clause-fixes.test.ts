import { strict as assert } from 'node:assert';
import { TextDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { diagnosticCode } from '../../language-server/src/lsp/sla-code-action-provider.js';
import { Sla, SAMPLES, parseLsp } from '../support/lsp.js';
import { contract } from '../support/sla.js';

async function diagnosticsOf(text: string): Promise<Diagnostic[]> {
    return (await parseLsp(text, { validation: true })).diagnostics ?? [];
}

/** Each diagnostic of the text (one parse) with the fixes offered for it. */
async function everyFix(text: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }[]> {
    const doc = await parseLsp(text, { validation: true });
    const out: { diagnostic: Diagnostic; actions: CodeAction[] }[] = [];
    for (const d of doc.diagnostics ?? []) {
        const actions = (await Sla.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] },
        }) ?? []) as CodeAction[];
        out.push({ diagnostic: d, actions });
    }
    return out;
}

async function fixesFor(text: string, code: string, message?: RegExp): Promise<{ actions: CodeAction[]; diagnostic: Diagnostic }> {
    const found = (await everyFix(text)).find(({ diagnostic: d }) => diagnosticCode(d) === code && (!message || message.test(String(d.message))));
    assert.ok(found, `no ${code} diagnostic`);
    return found;
}

function apply(text: string, action: CodeAction): string {
    const edits = Object.values(action.edit?.changes ?? {})[0] ?? [];
    return TextDocument.applyEdits(TextDocument.create('file:///x.sla', 'sla', 1, text), edits);
}

/** Applies the fix titled like `title` and returns the text and its diagnostics' codes. */
async function applyFix(text: string, code: string, title: RegExp, message?: RegExp): Promise<{ after: string; codes: string[] }> {
    const { actions } = await fixesFor(text, code, message);
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action, `no fix matching ${title}: ${actions.map((a) => a.title).join(' | ')}`);
    const after = apply(text, action);
    return { after, codes: (await diagnosticsOf(after)).map((d) => diagnosticCode(d) ?? '') };
}

describe('quick fixes for clauses', () => {
    it('the Avetica sample: six of its seven findings have a fix (unequal-periods is a note, not an error to fix)', async () => {
        const withFix = (await everyFix(SAMPLES.avetica)).filter((f) => f.actions.length).map((f) => String(f.diagnostic.code));
        assert.deepEqual(withFix.sort(), ['clock-contradiction', 'period-mismatch', 'remedy-band-gap', 'remedy-unreachable', 'remedy-unreachable', 'unbounded-exclusion']);
    });

    it('did-you-mean for a misspelt calendar, priority and fee, before "create"', async () => {
        const text = SAMPLES.avetica.replace('within 1 hour of Werkdag', 'within 1 hour of Werkdg')
            .replace('of P1, P2 per quarter', 'of P1, P22 per quarter')
            .replace('20% of Maandvergoeding', '20% of Maandvergoedin');
        const found = (await everyFix(text)).filter((f) => diagnosticCode(f.diagnostic) === 'linking-error');
        assert.equal(found.length, 3);
        const titles = found.map((f) => f.actions.map((a) => `${a.title}${a.isPreferred ? ' *' : ''}`));
        assert.deepEqual(titles.map((t) => t[0]), ['Did you mean Werkdag? *', 'Did you mean P2? *', 'Did you mean Maandvergoeding? *']);
        // "create" is still offered, not preferred.
        assert.ok(titles[0].includes('Create calendar Werkdg'));
        const { after, codes } = await applyFix(text, 'linking-error', /Werkdag/);
        assert.match(after, /response within 1 hour of Werkdag after reported \[art\. 5\.2\]/);
        assert.equal(codes.filter((c) => c === 'linking-error').length, 2);
    });

    it('a contradiction: keep one clause or the other', async () => {
        const { actions } = await fixesFor(SAMPLES.avetica, 'clock-contradiction');
        assert.deepEqual(actions.map((a) => a.title), [
            'Keep art. 5.2 ("response within 1 hour of Werkdag after reported"): remove art. 5.4 ("resolution by end of the same day of Werkdag if r…")',
            'Keep art. 5.4 ("resolution by end of the same day of Werkdag if r…"): remove art. 5.2 ("response within 1 hour of Werkdag after reported")',
        ]);
        const { after, codes } = await applyFix(SAMPLES.avetica, 'clock-contradiction', /^Keep art\. 5\.2/);
        assert.ok(!after.includes('resolution by end of the same day'));
        // Only that line went: one line fewer.
        assert.equal(after.split('\n').length, SAMPLES.avetica.split('\n').length - 1);
        assert.ok(!codes.includes('clock-contradiction'));
    });

    it('an unbounded exclusion: only the kinds with a notice period or hours', async () => {
        const { actions } = await fixesFor(SAMPLES.avetica, 'unbounded-exclusion');
        // Urgent maintenance has a week's notice (art. 5.1); emergency maintenance nothing, planned maintenance no window.
        assert.deepEqual(actions.map((a) => a.title), ['Exclude only urgent maintenance, within its window (planned and emergency maintenance then counts as downtime)']);
        const { after, codes } = await applyFix(SAMPLES.avetica, 'unbounded-exclusion', /urgent/);
        assert.match(after, /not counted: urgent maintenance within window if announced, force majeure \[art\. 10\.3\]/);
        assert.ok(!codes.includes('unbounded-exclusion'), codes.join(', '));
    });

    it('an unbounded exclusion without a maintenance block: adds a window too', async () => {
        const text = SAMPLES.avetica.replace(/ {2}maintenance \[art\. 5\.1\] \{[^}]*\}\n/, '');
        const { after, codes } = await applyFix(text, 'unbounded-exclusion', /add a planned window/);
        assert.match(after, /\n {2}maintenance \{\n {4}planned: Saturday 06:00 to 08:00 announced 1 week before\n {2}\}\n/);
        assert.ok(!codes.includes('unbounded-exclusion'), codes.join(', '));
    });

    it('a period mismatch: measure per month, or make the fee quarterly', async () => {
        const { actions } = await fixesFor(SAMPLES.avetica, 'period-mismatch');
        assert.deepEqual(actions.map((a) => a.title), [
            'Measure availability per month, as the fee Maandvergoeding is paid', 'Make Maandvergoeding a fee per quarter, as availability is measured',
        ]);
        const month = await applyFix(SAMPLES.avetica, 'period-mismatch', /per month/);
        assert.match(month.after, /guaranteed 99\.92% per month \[art\. 10\.1\]/);
        assert.ok(!month.codes.includes('period-mismatch'), month.codes.join(', '));
        const quarter = await applyFix(SAMPLES.avetica, 'period-mismatch', /per quarter/);
        assert.match(quarter.after, /fee Maandvergoeding "maandelijks in rekening gebrachte vergoedingen onder de SLA" per quarter/);
        assert.ok(!quarter.codes.includes('period-mismatch'), quarter.codes.join(', '));
    });

    it('an unreachable improvement proposal: count over a quarter, or a warning for each miss', async () => {
        const { actions } = await fixesFor(SAMPLES.avetica, 'remedy-unreachable', /improvement proposal/);
        // One warning a month: 3 in a quarter, 12 in a year; both reach 2.
        assert.deepEqual(actions.map((a) => a.title), [
            'Count the warnings over a quarter ("in a quarter")', 'Count the warnings over a year ("in a year")', 'Give a warning for each missed response deadline',
        ]);
        const each = await applyFix(SAMPLES.avetica, 'remedy-unreachable', /for each missed/, /improvement proposal/);
        assert.match(each.after, /warning for each missed response deadline \[art\. 6\.2\]/);
        assert.ok(!(await diagnosticsOf(each.after)).some((d) => String(d.message).includes('improvement proposal')));
        const quarter = await applyFix(SAMPLES.avetica, 'remedy-unreachable', /over a quarter/, /improvement proposal/);
        assert.match(quarter.after, /improvement proposal after 2 warnings in a quarter \[art\. 6\.3\]/);
        assert.ok(!(await diagnosticsOf(quarter.after)).some((d) => String(d.message).includes('improvement proposal')));
    });

    it('an unreachable termination right: lowered to the most compensations a year can have', async () => {
        // Availability per quarter: at most 4 compensations a year.
        const { after } = await applyFix(SAMPLES.avetica, 'remedy-unreachable', /Lower it to 4 compensations in a year/, /terminate/);
        assert.match(after, /right to terminate after 4 compensations in a calendar year/);
        assert.ok(!(await diagnosticsOf(after)).some((d) => String(d.message).includes('terminate')));
    });

    it('a failed expect: set to what happened', async () => {
        const text = SAMPLES.klik.replace('expect resolution missed for incident 2', 'expect resolution met for incident 2');
        const { actions } = await fixesFor(text, 'expectation-failed');
        assert.deepEqual(actions.map((a) => a.title), ['Expect what happened: resolution missed for incident 2']);
        const { after, codes } = await applyFix(text, 'expectation-failed', /what happened/);
        assert.equal(after, SAMPLES.klik);
        assert.ok(!codes.includes('expectation-failed'));
        const availability = SAMPLES.klik.replace('expect availability above guarantee', 'expect availability below guarantee');
        const fixedAvailability = await applyFix(availability, 'expectation-failed', /availability above guarantee/);
        assert.equal(fixedAvailability.after, SAMPLES.klik);
    });

    it('duplicates: remove the one that does not count', async () => {
        const text = SAMPLES.avetica.replace('  currency EUR\n', '  currency EUR\n  currency USD\n');
        const { after, codes } = await applyFix(text, 'duplicate-clause', /^Keep .*currency EUR.*: remove .*currency USD/);
        assert.equal(after, SAMPLES.avetica);
        assert.ok(!codes.includes('duplicate-clause'));
    });
});

describe('small quick fixes', () => {
    const BANDS = (first: string, second: string) => contract(`  fee Maand per month
  availability {
    guaranteed 99.9% per month
    measured around the clock
  }
  remedies {
    compensation {
      ${first}: 10% of Maand
      ${second}: 20% of Maand
    }
  }`);

    it('response after response: after the report', async () => {
        const text = contract('  priority P1 {\n    response within 1 hour of Werkdag after response\n    resolution within 8 hours of Werkdag after reported\n  }');
        const { after, codes } = await applyFix(text, 'response-after-response', /after reported/);
        assert.match(after, /response within 1 hour of Werkdag after reported\n/);
        assert.ok(!codes.includes('response-after-response'));
    });

    it('24:00 starting a range: 00:00', async () => {
        const text = contract('', '  time zone "Europe/Amsterdam"\n  calendar Werkdag {\n    Monday to Friday 24:00 to 08:00\n  }');
        const { after, codes } = await applyFix(text, 'time-24-not-end', /00:00/);
        assert.match(after, /Monday to Friday 00:00 to 08:00/);
        assert.ok(!codes.includes('time-24-not-end'));
    });

    it('a surcharge of 50%: 150%', async () => {
        const text = contract('  fee Uur per hour\n  surcharges of Uur {\n    Saturday: 50%\n  }');
        const { after, codes } = await applyFix(text, 'multiplier-below-100', /150% \(50% extra\)/);
        assert.match(after, /Saturday: 150%/);
        assert.ok(!codes.includes('multiplier-below-100'));
    });

    it('an unused calendar: removed, with its lines', async () => {
        const text = contract('  calendar Weekend {\n    Saturday to Sunday 10:00 to 16:00\n  }\n  priority P1 {\n    response within 1 hour of Werkdag after reported\n    resolution within 8 hours of Werkdag after reported\n  }');
        const { after, codes } = await applyFix(text, 'unused-calendar', /Remove the unused calendar Weekend/);
        assert.ok(!after.includes('Weekend') && !after.includes('Saturday to Sunday'));
        assert.equal(after.split('\n').length, text.split('\n').length - 3);
        assert.ok(!codes.includes('unused-calendar'));
    });

    it('exactly one value in two bands: this band starts above it', async () => {
        const text = BANDS('availability from 95% up to 99%', 'availability from 99% below 99.9%');
        const { after, codes } = await applyFix(text, 'remedy-band-overlap', /above 99%/);
        assert.match(after, /availability above 99% below 99\.9%: 20% of Maand/);
        assert.ok(!codes.includes('remedy-band-overlap'), codes.join(', '));
    });

    it('the top band reaching the guarantee itself: below it', async () => {
        const text = BANDS('availability below 99%', 'availability from 99% up to 99.9%');
        const { after, codes } = await applyFix(text, 'band-edge-at-guarantee', /below/);
        assert.match(after, /availability from 99% below 99\.9%: 20% of Maand/);
        assert.ok(!codes.includes('band-edge-at-guarantee'), codes.join(', '));
    });

    it('within window without a window: dropped', async () => {
        const text = contract('  availability {\n    guaranteed 99.9% per month\n    measured around the clock\n    not counted: force majeure, planned maintenance within window if announced\n  }');
        const { after, codes } = await applyFix(text, 'exclusion-without-window', /Drop "within window"/);
        assert.match(after, /not counted: force majeure, planned maintenance if announced\n/);
        assert.ok(!codes.includes('exclusion-without-window'), codes.join(', '));
    });
});

describe('did-you-mean from the checks themselves', () => {
    const HOLIDAYS = (rule: string) => contract('', `  time zone "Europe/Amsterdam"\n  calendar Werkdag {\n    Monday to Friday 09:00 to 17:00\n    ${rule}\n  }`);

    it('a misspelt time zone: the IANA name one or two edits away, or the city', async () => {
        const text = contract('', '  time zone "Europe/Amsterdm"\n  calendar Werkdag {\n    Monday to Friday 09:00 to 17:00\n  }');
        const { actions } = await fixesFor(text, 'unknown-time-zone');
        assert.equal(actions[0].title, 'Did you mean "Europe/Amsterdam"?');
        const { after, codes } = await applyFix(text, 'unknown-time-zone', /Europe\/Amsterdam/);
        assert.match(after, /time zone "Europe\/Amsterdam"\n/);
        assert.ok(!codes.includes('unknown-time-zone'));
        const city = await fixesFor(text.replace('Europe/Amsterdm', 'Amsterdam'), 'unknown-time-zone');
        assert.deepEqual(city.actions.map((a) => a.title), ['Did you mean "Europe/Amsterdam"?']);
    });

    it('a misspelt holiday name, UK for GB, a misspelt region', async () => {
        const name = await applyFix(HOLIDAYS('closed on public holidays of NL including "Goed Friday"'), 'unknown-holiday-name', /"Good Friday"/);
        assert.match(name.after, /including "Good Friday"/);
        assert.ok(!name.codes.includes('unknown-holiday-name'));
        const uk = await applyFix(HOLIDAYS('closed on public holidays of UK'), 'unknown-holiday-country', /GB/);
        assert.match(uk.after, /public holidays of GB\n/);
        const region = await applyFix(HOLIDAYS('closed on public holidays of GB-SCX'), 'unknown-holiday-region', /GB-SCT/);
        assert.match(region.after, /public holidays of GB-SCT\n/);
        assert.ok(!region.codes.includes('unknown-holiday-region'));
    });
});
