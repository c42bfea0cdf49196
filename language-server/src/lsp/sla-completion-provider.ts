/**
 * Completion: Langium's keywords and defined names, plus what the grammar cannot know:
 * "working days" as one unit after a number, IANA zone names inside `time zone "..."`,
 * holiday countries after `public holidays of` (in a calendar), with the regions of a
 * country once its code is typed ("GB" or "GB-" offers GB-ENG, GB-SCT, ...), and the
 * list's holiday names inside the strings of `including` / `excluding`.
 *
 * Every keyword and phrase carries a one-line description; phrases of several words come
 * whole ("by end of the same day of", "around the clock"). Snippets come where they fit: a
 * clause where a clause may start, a calendar rule inside a calendar, a clock inside a
 * priority, a compensation inside remedies; their placeholders offer the names the
 * document defines (calendars, fees, priorities) as choices, which static snippets in
 * extension/snippets/sla.json cannot.
 */
import type { LangiumDocument } from 'langium';
import { DefaultCompletionProvider } from 'langium/lsp';
import Holidays from 'date-holidays';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type CompletionParams, type Position } from 'vscode-languageserver';
import { isKnownCountry, knownHolidayNames, regionName, supportedCountries, supportedRegions } from '../engine/holidays.js';
import { isCalendar, isContract, isFee, isPriority, isService, type Contract } from '../generated/ast.js';
import { KEYWORD_DESCRIPTIONS, PHRASES, snippetsFor, type DefinedNames, type SnippetPlace } from './sla-completion-texts.js';

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
        if (inString) return this.inString(line, params.position, document, enclosingBlock(text, offset));
        const country = /\bpublic\s+holidays\s+of\s+([A-Za-z]*)(-[A-Za-z0-9]*)?$/.exec(line);
        if (country && enclosingBlock(text, offset) === 'calendar') {
            const typed = country[1] + (country[2] ?? '');
            const code = country[1].toUpperCase();
            const regions = code.length === 2 && isKnownCountry(code) ? supportedRegions(code) : [];
            const list = this.replacing(params.position, typed.length, country[2] === undefined ? supportedCountries() : [], CompletionItemKind.EnumMember, 'country');
            const names = countryNames();
            for (const item of list.items) {
                const name = names[item.label];
                if (name) {
                    item.detail = `${item.label} — ${name}`;
                    item.labelDetails = { description: name };
                    item.filterText = `${item.label} ${name}`;
                }
            }
            const range = { start: { line: params.position.line, character: params.position.character - typed.length }, end: params.position };
            list.items.push(...regions.map((label): CompletionItem => {
                const name = regionName(label);
                return {
                    label, kind: CompletionItemKind.EnumMember, detail: name ? `${label} — ${name}, a region of ${code}` : `region of ${code}`,
                    labelDetails: name ? { description: name } : undefined, textEdit: { range, newText: label },
                };
            }));
            return list;
        }
        const list = await super.getCompletion(document, params);
        if (list) this.describeAndExtend(list, document, text, offset, line);
        if (list && /(^|\s)-?\d+(\.\d+)?\s+\w*$/.test(line) && list.items.some((i) => i.label === 'hours')) {
            // After a number where a unit may follow: the units first, "working days" as one.
            const have = new Set(list.items.map((i) => i.label));
            for (const u of UNITS) if (!have.has(u)) list.items.push({ label: u, kind: CompletionItemKind.Unit });
            for (const i of list.items) if (UNITS.includes(i.label)) i.sortText = `0${UNITS.indexOf(i.label)}`;
        }
        return list;
    }

    /** Descriptions on keywords; whole phrases; the snippets that fit where the cursor is. */
    private describeAndExtend(list: CompletionList, document: LangiumDocument, text: string, offset: number, line: string): void {
        const keywords = new Set(list.items.filter((i) => i.kind === CompletionItemKind.Keyword).map((i) => i.label));
        for (const item of list.items) {
            const description = item.kind === CompletionItemKind.Keyword ? KEYWORD_DESCRIPTIONS[item.label] : undefined;
            if (description) item.detail = description;
        }
        for (const p of PHRASES) {
            if (!keywords.has(p.phrase.split(' ')[0]) || list.items.some((i) => i.label === p.phrase)) continue;
            list.items.push({ label: p.phrase, kind: CompletionItemKind.Keyword, detail: p.detail, insertText: p.phrase, sortText: `1${p.phrase}` });
        }
        // Snippets only where a clause may start: at the start of a line (nothing but the
        // word being typed before the cursor) directly inside a block. The keywords Langium
        // offers are already filtered by that word, so the block decides.
        if (!/^\s*\w*$/.test(line)) return;
        const block = enclosingBlock(text, offset);
        const places: Record<string, SnippetPlace> = { contract: 'contract', library: 'contract', calendar: 'calendar', priority: 'priority', remedies: 'remedies', scenario: 'scenario' };
        const place = block ? places[block] : undefined;
        if (!place) return;
        for (const s of snippetsFor(place, definedNames(document))) {
            list.items.push({
                label: s.label, kind: CompletionItemKind.Snippet, detail: s.detail, documentation: s.documentation,
                insertText: s.body, insertTextFormat: InsertTextFormat.Snippet, sortText: `2${s.label}`, filterText: s.prefix,
            });
        }
    }

    /** Inside a string: zone names or holiday names, depending on the clause. */
    private inString(line: string, position: Position, document: LangiumDocument, block: string | undefined): CompletionList | undefined {
        const typed = line.slice(line.lastIndexOf('"') + 1);
        // A scenario's event or expectation naming a service: the services the contract defines.
        if (block === 'scenario' && /(\bservice\s+(?:"[^"]*"\s*,\s*)*|\bavailability\s+of\s+|\bfor\s+)"[^"]*$/.test(line)) {
            const root = document.parseResult.value;
            const names = isContract(root) ? root.clauses.filter(isService).map((c) => c.name).filter((n) => !!n) : [];
            return this.replacing(position, typed.length, names, CompletionItemKind.Reference, 'service');
        }
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

let countries: Record<string, string> | undefined;
/** English names of the countries date-holidays knows: "NL" -> "Netherlands". */
function countryNames(): Record<string, string> {
    countries ??= { NL: 'Netherlands', ...(new Holidays().getCountries('en') as Record<string, string>) };
    return countries;
}

/** The names the document defines, in the order it defines them. */
function definedNames(document: LangiumDocument): DefinedNames {
    const root = document.parseResult.value;
    const clauses = isContract(root) ? (root as Contract).clauses : [];
    return {
        calendars: clauses.filter(isCalendar).map((c) => c.name).filter(Boolean),
        fees: clauses.filter(isFee).map((c) => c.name).filter(Boolean),
        priorities: clauses.filter(isPriority).map((c) => c.name).filter(Boolean),
    };
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
