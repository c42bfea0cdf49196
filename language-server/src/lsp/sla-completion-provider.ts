/**
 * Completion: Langium's keywords and defined names, plus what the grammar cannot know:
 * "working days" as one unit after a number, IANA zone names inside `time zone "..."`,
 * holiday countries after `public holidays of` (in a calendar), with the regions of a
 * country once its code is typed ("GB" or "GB-" offers GB-ENG, GB-SCT, ...), and the
 * list's holiday names inside the strings of `including` / `excluding`.
 */
import type { LangiumDocument } from 'langium';
import { DefaultCompletionProvider } from 'langium/lsp';
import { CompletionItemKind, type CompletionItem, type CompletionList, type CompletionParams, type Position } from 'vscode-languageserver';
import { isKnownCountry, knownHolidayNames, supportedCountries, supportedRegions } from '../engine/holidays.js';

const UNITS = ['minutes', 'hours', 'days', 'working days', 'weeks', 'months', 'years'];

export class SlaCompletionProvider extends DefaultCompletionProvider {
    /** The runtime's IANA zone names, listed on first use. */
    private zones: string[] | undefined;

    private zoneNames(): string[] {
        this.zones ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
        return this.zones;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
        const inString = (line.match(/"/g) ?? []).length % 2 === 1;
        if (inString) return this.inString(line, params.position);
        const country = /\bpublic\s+holidays\s+of\s+([A-Za-z]*)(-[A-Za-z0-9]*)?$/.exec(line);
        if (country && enclosingBlock(text, offset) === 'calendar') {
            const typed = country[1] + (country[2] ?? '');
            const code = country[1].toUpperCase();
            const regions = code.length === 2 && isKnownCountry(code) ? supportedRegions(code) : [];
            const list = this.replacing(params.position, typed.length, country[2] === undefined ? supportedCountries() : [], CompletionItemKind.EnumMember, 'country');
            const range = { start: { line: params.position.line, character: params.position.character - typed.length }, end: params.position };
            list.items.push(...regions.map((label): CompletionItem => ({ label, kind: CompletionItemKind.EnumMember, detail: `region of ${code}`, textEdit: { range, newText: label } })));
            return list;
        }
        const list = await super.getCompletion(document, params);
        if (list && /(^|\s)-?\d+(\.\d+)?\s+\w*$/.test(line) && list.items.some((i) => i.label === 'hours')) {
            // After a number where a unit may follow: the units first, "working days" as one.
            const have = new Set(list.items.map((i) => i.label));
            for (const u of UNITS) if (!have.has(u)) list.items.push({ label: u, kind: CompletionItemKind.Unit });
            for (const i of list.items) if (UNITS.includes(i.label)) i.sortText = `0${UNITS.indexOf(i.label)}`;
        }
        return list;
    }

    /** Inside a string: zone names or holiday names, depending on the clause. */
    private inString(line: string, position: Position): CompletionList | undefined {
        const typed = line.slice(line.lastIndexOf('"') + 1);
        if (/\btime\s+zone\s+"[^"]*$/.test(line)) {
            return this.replacing(position, typed.length, this.zoneNames(), CompletionItemKind.Value, 'time zone');
        }
        const holidays = /\bpublic\s+holidays\s+of\s+([A-Za-z]+(?:-[A-Za-z0-9]+)?)(?![\w-]).*\b(including|excluding)\b/.exec(line);
        if (holidays) {
            return this.replacing(position, typed.length, knownHolidayNames(holidays[1]), CompletionItemKind.Constant, `holiday of ${holidays[1].toUpperCase()}`);
        }
        return undefined;
    }

    private replacing(position: Position, typedLength: number, labels: string[], kind: CompletionItemKind, detail: string): CompletionList {
        const range = { start: { line: position.line, character: position.character - typedLength }, end: position };
        const items: CompletionItem[] = labels.map((label) => ({ label, kind, detail, textEdit: { range, newText: label } }));
        return { isIncomplete: false, items };
    }
}

/** The keyword that opens the innermost block around `offset` ("calendar", "surcharges", ...). */
function enclosingBlock(text: string, offset: number): string | undefined {
    let depth = 0;
    for (let i = offset - 1; i >= 0; i--) {
        const c = text[i];
        if (c === '}') depth++;
        else if (c === '{') {
            if (depth === 0) {
                const start = text.lastIndexOf('\n', i) + 1;
                return /^\s*(\w+)/.exec(text.slice(start, i))?.[1];
            }
            depth--;
        }
    }
    return undefined;
}
