import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { Sla, SAMPLES, offsetOf, parseLsp } from '../support/lsp.js';

// "Now" is Monday 2 November 2026, 08:00 in Amsterdam (test/support/lsp.ts); Amsterdam is
// on winter time (UTC+1) since 25 October 2026.

async function hoverAt(text: string, needle: string, shift = 2, nth = 0): Promise<string> {
    const doc = await parseLsp(text);
    const h = await Sla.lsp.HoverProvider!.getHoverContent(doc, {
        textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offsetOf(text, needle, shift, nth)),
    });
    return (h?.contents as { value: string } | undefined)?.value ?? '';
}

const LANGUAGE = readFileSync(new URL('../../docs/language.md', import.meta.url), 'utf8').split('\n');

/** The hover's last line links to the section's heading in docs/language.md, at its line. */
function assertSectionLink(hover: string, heading: string): void {
    const m = /\[Language reference: ([^\]]+)\]\((file:\/\/[^)#]*\/docs\/language\.md)#L(\d+)\)$/.exec(hover);
    assert.ok(m, `no link at the end of:\n${hover}`);
    assert.equal(m[1], heading);
    assert.match(LANGUAGE[Number(m[3]) - 1], new RegExp(`^#+ ${heading}$`));
}

const KLIK_WINDOWS = SAMPLES.klik.replace('urgent: Monday to Friday 22:00 to 24:00 [art. 4.6]', 'urgent: Saturday 06:00 to 08:00 announced 48 hours before [art. 4.6]');

describe('hovers on every clause kind', () => {
    it('a weekly maintenance window: the next three windows from now, and whether availability counts it', async () => {
        const text = await hoverAt(SAMPLES.klik, 'planned: Friday');
        assert.match(text, /\*\*planned maintenance window\*\* · art\. 4\.4/);
        // The Fridays after Monday 2 November: 6, 13 and 20 November, 22:00 to midnight.
        assert.match(text, /- Fri 6 Nov 22:00 – Sat 7 Nov 00:00\n- Fri 13 Nov 22:00 – Sat 14 Nov 00:00\n- Fri 20 Nov 22:00 – Sat 21 Nov 00:00/);
        assert.match(text, /an aim, not a limit/);
        assert.match(text, /does not count it as downtime when it lies within this window and was announced in time/);
        assertSectionLink(text, 'Maintenance');
    });

    it('a window with a notice period: the latest announcement for each window', async () => {
        const text = await hoverAt(KLIK_WINDOWS, 'urgent: Saturday');
        // Saturday 7 November 06:00 minus 48 hours = Thursday 5 November 06:00.
        assert.match(text, /- Sat 7 Nov 06:00 – 08:00: announce by Thu 5 Nov 06:00/);
        assert.match(text, /- Sat 14 Nov 06:00 – 08:00: announce by Thu 12 Nov 06:00/);
    });

    it('maintenance at any time: an example start tomorrow 22:00 and its notice deadline one calendar week earlier', async () => {
        const text = await hoverAt(SAMPLES.avetica, 'urgent: any time');
        assert.match(text, /work starting Tue 3 Nov 22:00: announce by Tue 27 Oct 22:00/);
        assert.match(text, /does not count it as downtime\./);
    });

    it('a surcharge: one hour of work from each example moment, split by rate, priced when the fee has an amount', async () => {
        const text = SAMPLES.avetica.replace('fee Uurtarief "geldend uurtarief" per hour', 'fee Uurtarief "geldend uurtarief" per hour amount 100 EUR');
        const band = await hoverAt(text, 'Saturday: 150%');
        assert.match(band, /\*\*Saturday: 150%\*\* · art\. 3\.3/);
        // Friday 16:30-17:30: 30 minutes inside Werkdag at 100%, 30 after closing at 150%: 50 + 75 = 125 EUR.
        assert.match(band, /Fri 6 Nov 16:30: 30 min at 100%, 30 min at 150% = 125\.00 EUR/);
        // Saturday 11:00-12:00: all at the Saturday rate, 150 EUR.
        assert.match(band, /Sat 7 Nov 11:00: 60 min at 150% = 150\.00 EUR/);
        assert.match(band, /Not for: incidents, corrective maintenance/);
        assertSectionLink(band, 'Surcharges');
    });

    it('a fee: its amount or that it has none, and every remedy that is a share of it', async () => {
        const text = await hoverAt(SAMPLES.avetica, 'fee Maandvergoeding', 5);
        assert.match(text, /without an amount/);
        assert.match(text, /- 20% of it \(compensation, art\. 11\.2\)\n- 40% of it \(compensation, art\. 11\.2\)/);
        const priced = await hoverAt(SAMPLES.avetica, 'fee Storingsnummermisbruik', 5);
        assert.match(priced, /90\.00 EUR per incident/);
    });

    it('a commitment and a notice: the due date from now, and the latest notice for the end of the year', async () => {
        const commitment = await hoverAt(SAMPLES.avetica, 'commitment "Geen herstel');
        // 3 calendar weeks after Monday 2 November 08:00.
        assert.match(commitment, /on Mon 2 Nov 08:00 → due Mon 23 Nov 08:00/);
        const notice = await hoverAt(SAMPLES.avetica, 'notice "Opzegging');
        // The end of 2026 is 1 January 2027 00:00; two calendar months earlier is 1 November 2026 00:00.
        assert.match(notice, /for the end of 2026 \(Fri 1 Jan 2027 00:00\), give notice by Sun 1 Nov 2026 00:00/);
        assertSectionLink(notice, 'Change requests, notices and commitments');
        const klass = await hoverAt(SAMPLES.avetica, 'Laag "Request');
        // 4 weeks after Monday 2 November 08:00.
        assert.match(klass, /requested Mon 2 Nov 08:00 → done by Mon 30 Nov 08:00/);
        const accepted = await hoverAt(SAMPLES.avetica, 'accepted after 5 working');
        // Werkdag opens Monday 09:00; five open days later at the same time: Monday 9 November 09:00.
        assert.match(accepted, /sent Mon 2 Nov 08:00 → accepted Mon 9 Nov 09:00/);
    });

    it('compliance: how many incidents of a period may be late', async () => {
        const text = await hoverAt(SAMPLES.avetica, 'resolution times met in at least 90%');
        assert.match(text, /At least 90% of P1, P2 incidents per quarter must meet their resolution deadline/);
        // 18 of 20 on time is 90%: 2 late allowed; 4 of 5 is 80%: none allowed; 9 of 10 is 90%: 1.
        assert.match(text, /with 5 incidents in a quarter, at most 0 may be late/);
        assert.match(text, /with 10 incidents in a quarter, at most 1 may be late/);
        assert.match(text, /with 20 incidents in a quarter, at most 2 may be late/);
        assertSectionLink(text, 'Commitments, targets and shares');
    });

    it('measured during a calendar: the scheduled minutes of this month', async () => {
        const text = SAMPLES.klik.replace('measured around the clock [art. 1.2]', 'measured during Kantooruren [art. 1.2]');
        const hover = await hoverAt(text, 'measured during');
        // November 2026 has 21 weekdays (2-6, 9-13, 16-20, 23-27, 30) and no Dutch holiday:
        // 21 × 8 hours = 168 hours = 10,080 minutes of 30 × 1440 = 43,200.
        assert.match(hover, /2026-11 has 10080 minutes \(168 hours\) of scheduled time out of 43200 minutes \(720 hours\)/);
        assertSectionLink(hover, 'Which minutes count');
    });

    it('exclusions, the minimum outage, backups, notes, the minimum term and the time zone', async () => {
        const excluded = await hoverAt(SAMPLES.avetica, 'not counted: maintenance', 5);
        assert.match(excluded, /- maintenance of every kind: at any time and without notice/);
        assert.match(excluded, /- force majeure/);
        assertSectionLink(excluded, 'Outages that do not count');
        const klik = await hoverAt(SAMPLES.klik, 'not counted: planned', 5);
        assert.match(klik, /- planned maintenance, only inside the planned window \(art\. 4\.4\), only when announced in time/);
        const backups = await hoverAt(SAMPLES.avetica, 'daily, kept');
        // Daily, kept a week, on Monday 2 November: the backups of 27 October to 2 November.
        assert.match(backups, /On Mon 2 Nov 2026: 7 daily backups, the oldest from Tue 27 Oct 2026/);
        const note = await hoverAt(SAMPLES.avetica, 'note "Overwegingen');
        assert.match(note, /Text only/);
        const term = await hoverAt(SAMPLES.avetica, 'minimum term');
        assert.match(term, /From the contract date 2019-01: at least until Wed 1 Jan 2020/);
        const zone = await hoverAt(SAMPLES.avetica, 'time zone "Europe');
        assert.match(zone, /now UTC\+01:00/);
        assert.match(await hoverAt(SAMPLES.avetica, 'provider "Avetica'), /\*\*provider "Avetica B\.V\."\*\* · Partijen 1\n\nThe party that gives the service/);
        assert.match(await hoverAt(SAMPLES.avetica, 'dated 2019'), /the minimum term counts from it/);
        assert.match(await hoverAt(SAMPLES.avetica, 'currency EUR'), /in EUR\./);
    });
});

describe('hovers on a block of clauses', () => {
    it('one line per clause in it, with the gist of its own hover', async () => {
        const remedies = await hoverAt(SAMPLES.avetica, 'remedies Beschikbaarheid', 2);
        assert.match(remedies, /\*\*remedies Beschikbaarheid\*\* · art\. 11\n\n- `warning when availability is below the guarantee in a quarter`: Triggers at most one warning per quarter/);
        assert.match(remedies, /- `right to terminate after 6 compensations in a calendar year`: Gives the right to terminate after 6 compensations in one year\./);
        assertSectionLink(remedies, 'Remedies and credits');
        const maintenance = await hoverAt(SAMPLES.avetica, 'maintenance [art. 5.1]', 2);
        assert.match(maintenance, /- `urgent: any time announced 1 week before`: Urgent maintenance may be done at any time \(Europe\/Amsterdam\)\. It must be announced 1 week before it starts/);
        const availability = await hoverAt(SAMPLES.klik, 'availability [art. 1]', 2);
        // 1% of February 2027's 672 hours is 403.2 minutes.
        assert.match(availability, /- `guaranteed 99% per month`: .*shortest month \(2027-02\): 403\.2 minutes/);
    });
});

describe('hovers on names that refer to nothing', () => {
    const MISSPELT = SAMPLES.avetica.replace('response within 1 hour of Werkdag', 'response within 1 hour of Werkdg');

    it('on the name: only that it is unresolved, and the name it may mean', async () => {
        const text = await hoverAt(MISSPELT, 'Werkdg', 2);
        assert.match(text, /\*\*Werkdg\*\*: no calendar of that name is defined/);
        assert.match(text, /Did you mean `Werkdag`\?/);
        assert.doesNotMatch(text, /\| Reported/);
    });

    it('on the clock: no deadline table', async () => {
        const text = await hoverAt(MISSPELT, 'response within 1 hour of Werkdg', 3);
        assert.match(text, /\*\*Werkdg\*\* is not defined: this clock has no deadlines until it does/);
        assert.doesNotMatch(text, /\| Reported|→/);
    });

    it('a clock on a misspelt calendar gives no finding worked out on a guess', async () => {
        const doc = await parseLsp(MISSPELT, { validation: true });
        const codes = (doc.diagnostics ?? []).map((d) => String(d.code));
        assert.ok(codes.includes('linking-error'), codes.join(', '));
        // With Werkdag the sample's art. 5.2 contradicts art. 5.4; read around the clock it would too, on a guess.
        assert.ok(!codes.includes('clock-contradiction'), codes.join(', '));
    });

    it('measured during a misspelt calendar: no allowed downtime in the hover, no budget finding', async () => {
        const text = SAMPLES.avetica.replace('measured around the clock [art. 10.2]', 'measured during Werkdg [art. 10.2]');
        const hover = await hoverAt(text, 'guaranteed 99.92%');
        assert.match(hover, /\*\*Werkdg\*\* is not defined: the allowed downtime is not computed/);
        assert.doesNotMatch(hover, /allows this much downtime/);
        const doc = await parseLsp(text, { validation: true });
        const codes = (doc.diagnostics ?? []).map((d) => d.code);
        assert.ok(codes.includes('linking-error'), codes.join(', '));
        // With the calendar resolved (around the clock) the quarters differ: unequal-periods; not on a guess.
        assert.ok(!codes.includes('unequal-periods'), codes.join(', '));
    });
});

describe('hovers on scenarios', () => {
    it('the scenario: what the simulation gives, as the code lens says it; an expectation: whether it holds and what was found', async () => {
        const scenario = await hoverAt(SAMPLES.klik, 'scenario "Onderhoud loopt uit"', 3);
        assert.match(scenario, /\*\*scenario "Onderhoud loopt uit" in 2026-11\*\*/);
        assert.match(scenario, /2 events, 3 expectations/);
        assert.match(scenario, /- expectations 3\/3 passed/);
        assertSectionLink(scenario, 'Scenarios');
        const met = await hoverAt(SAMPLES.klik, 'expect response met for incident 1', 3);
        // Reported Monday 16 November 10:00, one hour around the clock: due 11:00, responded 10:45.
        assert.match(met, /\*\*expect response met for incident 1\*\*\n\nHolds: response of incident 1 was met \(due 2026-11-16T11:00:00\+01:00\)\./);
        const incident = await hoverAt(SAMPLES.klik, 'incident 1 P1 reported', 2);
        // Responded 10:45, resolved 11:50: 15 and 10 minutes before the deadlines of 11:00 and 12:00.
        assert.match(incident, /\*\*incident 1 \(P1\)\*\*\n\n\*\*response\*\* due Mon 16 Nov 11:00: met \(15 min early\) \(logged Mon 16 Nov 10:45\)/);
        assert.match(incident, /\*\*resolution\*\* due Mon 16 Nov 12:00: met \(10 min early\) \(logged Mon 16 Nov 11:50\)/);
    });
});
