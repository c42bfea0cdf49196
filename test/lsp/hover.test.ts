import { strict as assert } from 'node:assert';
import { expectHover } from 'langium/test';
import { Sla, SAMPLES, mark, offsetOf, parseLsp } from '../support/lsp.js';

const hover = expectHover(Sla);

/** The hover's markdown at the n-th `needle` plus `shift`. */
async function hoverAt(text: string, needle: string, shift: number, nth = 0): Promise<string> {
    const doc = await parseLsp(text);
    const h = await Sla.lsp.HoverProvider!.getHoverContent(doc, {
        textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offsetOf(text, needle, shift, nth)),
    });
    return (h?.contents as { value: string } | undefined)?.value ?? '';
}

describe('hover', () => {
    it('Avetica P1 response clock: Friday 16:30 is due Monday 09:30, with the clause and article', async () => {
        await hover({ text: mark(SAMPLES.avetica, 'response within 1 hour of Werkdag', 3), index: 0, hover: /Fri 6 Nov 16:30 → Mon 9 Nov 09:30/ });
        const text = await hoverAt(SAMPLES.avetica, 'response within 1 hour of Werkdag', 3);
        assert.match(text, /art\. 5\.2/);
        assert.match(text, /next weekday morning \(Tuesday\) \| Tue 3 Nov 10:00 → Tue 3 Nov 11:00/);
        assert.match(text, /next Saturday \| Sat 7 Nov 11:00 → Mon 9 Nov 10:00/);
        // The same-day cap of art. 5.4 decides the resolution of the Friday report.
        assert.match(text, /Fri 6 Nov 16:30 → Fri 6 Nov 17:00 \(art\. 5\.4\)/);
        assert.match(text, /the afternoon before Christmas Day \| Thu 24 Dec 16:30 → Mon 28 Dec 09:30/);
        assert.match(text, /1 hour of Werkdag \(art\. 5\.2\) applies/);
    });

    it('a new milestone, a target and immediately: a column of their own, with examples from the calendars', async () => {
        const text = `contract "M" {
  time zone "Europe/Amsterdam"
  calendar Kantooruren { Monday to Friday 09:00 to 17:00 closed on public holidays of NL }
  priority P1 {
    acknowledgement within 15 minutes around the clock after reported
    response immediately during Kantooruren
    response within 30 minutes of Kantooruren after reported as a target
    start of work within 1 hour of Kantooruren after acknowledgement
    resolution within 8 hours of Kantooruren after reported in at least 90% of incidents per month
  }
}`;
        const ack = await hoverAt(text, 'acknowledgement within', 3);
        assert.match(ack, /\| Reported \| Response \| Resolution \| Acknowledgement \|/);
        assert.match(ack, /Fri 6 Nov 16:30 → Fri 6 Nov 16:45 \(this clause\)/);
        const work = await hoverAt(text, 'start of work', 3);
        // Counted from an acknowledgement at the report: Friday 16:30 + 1 office hour = Monday 09:30.
        assert.match(work, /Fri 6 Nov 16:30 → Mon 9 Nov 09:30 \(this clause\)/);
        assert.match(work, /assume the acknowledgement comes at the report/);
        const now = await hoverAt(text, 'response immediately', 3);
        // Immediately during office hours: a Saturday report is due at Monday's opening.
        assert.match(now, /Sat 7 Nov 11:00 → Mon 9 Nov 09:00 \(this clause\)/);
        assert.match(now, /next opening/);
        assert.match(await hoverAt(text, 'as a target', -30), /A target: reported in the simulation, but a miss is no breach/);
        assert.match(await hoverAt(text, 'in at least 90%', -30), /at least 90% of P1's incidents per month/);
    });

    it('sla.hover.exampleCount limits the example reports, read from the client settings', async () => {
        const config = Sla.shared.workspace.ConfigurationProvider;
        config.updateConfiguration({ settings: { sla: { hover: { exampleCount: 2 } } } });
        try {
            const text = await hoverAt(SAMPLES.avetica, 'response within 1 hour of Werkdag', 3);
            assert.match(text, /next Friday afternoon \|/);
            assert.doesNotMatch(text, /next Saturday \|/);
        } finally {
            config.updateConfiguration({ settings: { sla: { hover: { exampleCount: 4 } } } });
        }
        assert.match(await hoverAt(SAMPLES.avetica, 'response within 1 hour of Werkdag', 3), /next Saturday \|/);
    });

    it('says how a clock counts: a week of a calendar is a calendar week from its next opening, a same-day cap is a fixed moment', async () => {
        const text = SAMPLES.avetica.replace('resolution within 16 hours of Werkdag after response', 'resolution within 1 week of Werkdag after response');
        const week = await hoverAt(text, 'resolution within 1 week of Werkdag', 3);
        assert.match(week, /How it counts: 1 week on the calendar, not 168 hours of Werkdag's opening time: from Werkdag's next opening, the same time of day 1 week later; if Werkdag is closed then, its next opening\./);
        const cap = await hoverAt(SAMPLES.avetica, 'resolution by end of the same day', 3);
        assert.match(cap, /How it counts: the end of the business day of Werkdag .*paused time does not move it/);
        const hours = await hoverAt(SAMPLES.avetica, 'response within 1 hour of Werkdag', 3);
        assert.match(hours, /How it counts: 1 hour of Werkdag's opening time/);
    });

    it('Klik P1 clocks: inside and outside office hours pick different clauses', async () => {
        const text = await hoverAt(SAMPLES.klik, 'response within 1 hour around the clock', 3);
        assert.match(text, /art\. 7\.5/);
        // Friday 16:30 is inside Kantooruren: 1 hour; Saturday is outside: 2 hours.
        assert.match(text, /Fri 6 Nov 16:30 → Fri 6 Nov 17:30 \(this clause\)/);
        assert.match(text, /Sat 7 Nov 11:00 → Sat 7 Nov 13:00 \(art\. 7\.5\)/);
    });

    it('availability guarantee: allowed downtime in the shortest and longest period', async () => {
        const avetica = await hoverAt(SAMPLES.avetica, 'guaranteed 99.92%', 13);
        assert.match(avetica, /art\. 10\.1/);
        assert.match(avetica, /shortest quarter \(2027-Q1\): 103\.6 minutes/);
        assert.match(avetica, /longest quarter \(2027-Q4\): 106 minutes/);
        const klik = await hoverAt(SAMPLES.klik, 'target 99.9%', 8);
        assert.match(klik, /shortest month \(2027-02\): 40\.3 minutes/);
        assert.match(klik, /longest month \(2027-10\): 44\.7 minutes of 44700 minutes/);
    });

    it('calendar name: weekly hours and next holidays (definition and reference)', async () => {
        const def = await hoverAt(SAMPLES.avetica, 'calendar Werkdag', 10);
        assert.match(def, /\*\*calendar Werkdag\*\* · art\. 1\.28/);
        assert.match(def, /Mon–Fri 09:00–17:00; Sat–Sun closed/);
        assert.match(def, /Fri 25 Dec 2026: Christmas Day/);
        const ref = await hoverAt(SAMPLES.klik, 'of Kantooruren after', 5);
        assert.match(ref, /calendar Kantooruren/);
        assert.match(ref, /Fri 25 Dec 2026: Christmas Day/);
    });

    it('calendar with its own rules: seasons with the current one marked, and the next special days', async () => {
        const text = SAMPLES.avetica.replace('closed on public holidays of NL', `closed on public holidays of NL
    closed on 2026-12-24 from 12:00 "Kerstavond"
    open on 2026-12-27 10:00 to 14:00 "Extra opening"
    closed every 31 December from 16:00
    from 1 June to 31 August: Monday to Friday 09:00 to 16:00
    from 1 November to 28 February: Monday to Friday 10:00 to 17:00`);
        const def = await hoverAt(text, 'calendar Werkdag', 10);
        assert.match(def, /Seasons, every year, instead of the weekly hours:/);
        assert.match(def, /- 1 June to 31 August: Mon–Fri 09:00–16:00; Sat–Sun closed\n/);
        assert.match(def, /- 1 November to 28 February: Mon–Fri 10:00–17:00; Sat–Sun closed \(now\)/);
        assert.match(def, /Next special days:\n- Thu 24 Dec 2026: closed from 12:00 \(Kerstavond\)\n- Fri 25 Dec 2026: Christmas Day\n- Sat 26 Dec 2026: Boxing Day\n- Sun 27 Dec 2026: open 10:00–14:00 only \(Extra opening\)\n- Thu 31 Dec 2026: closed from 16:00 \(31 December\)/);
    });

    it('compensation band: exact bounds in words', async () => {
        const text = await hoverAt(SAMPLES.avetica, 'availability from 95% below', 3);
        assert.match(text, /from 95% \(included\) to 99\.92% \(excluded\): 20% of the Maandvergoeding fee/);
        assert.match(text, /art\. 11\.2/);
    });

    it('remedies: when they trigger', async () => {
        const warning = await hoverAt(SAMPLES.avetica, 'warning when availability is below the guarantee in', 2);
        assert.match(warning, /at most one warning per quarter, when availability is below the guarantee \(99\.92% per quarter\)/);
        assert.match(warning, /art\. 11\.2/);
        const comp = await hoverAt(SAMPLES.avetica, 'compensation from the 2nd', 3);
        assert.match(comp, /from the 2nd warning/);
        const term = await hoverAt(SAMPLES.avetica, 'right to terminate', 3);
        assert.match(term, /terminate after 6 compensations in one year/);
        assert.match(term, /art\. 11\.3/);
    });

    describe('credits', () => {
        const CLOUD = `contract "Cloud" {
  time zone "Europe/Amsterdam"
  fee Maandbedrag per month amount 1200 EUR
  availability { guaranteed 99.99% per month  measured around the clock }
  remedies Credits [art. 3] {
    credit when availability is below the guarantee in a month {
      availability from 99% below 99.99%: 10% of Maandbedrag
      availability below 99%: 25% of Maandbedrag
    } capped at 100% per month, claim within 30 days after the end of the month, on request [art. 3.1]
    credit 5% of Maandbedrag for each 30 minutes of downtime or part thereof per incident [art. 3.2]
  }
}
`;
        it('a banded credit: bands with money from the fee, the example, the cap and the claim-by date', async () => {
            const text = await hoverAt(CLOUD, 'credit when', 2);
            assert.match(text, /A credit with no warning step: for every month whose availability is below the guarantee \(99\.99% per month\)/);
            assert.match(text, /from 99% \(included\) to 99\.99% \(excluded\): 10% of Maandbedrag \(120\.00 EUR\)/);
            assert.match(text, /Example: availability 99% in a month gives 10% of Maandbedrag \(120\.00 EUR\)/);
            assert.match(text, /capped at 100% of Maandbedrag per month/);
            assert.match(text, /given only when the customer asks for it/);
            assert.match(text, /to be claimed within 30 days after the end of the month: for a credit for 2026-11, claim by Wed 30 Dec 23:59 \(Europe\/Amsterdam\)/);
        });
        it('a credit by time: 30 minutes is one unit, 31 minutes two', async () => {
            const text = await hoverAt(CLOUD, 'credit 5%', 2);
            assert.match(text, /30 minutes of downtime: 1 × 5% of Maandbedrag = 5% of the Maandbedrag fee = 60\.00 EUR/);
            assert.match(text, /31 minutes of downtime: 2 × 5% of Maandbedrag = 10% of the Maandbedrag fee = 120\.00 EUR/);
        });
    });
});
