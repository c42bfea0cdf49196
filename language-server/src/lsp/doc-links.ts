/**
 * Links from the editor into the documentation: a diagnostic's code to its row of
 * docs/checker.md, a hover to its construct's section of docs/language.md.
 *
 * The packaged extension ships both files (.vscodeignore), so the links are `file:` URIs of
 * those copies with a line fragment (`…/docs/checker.md#L42`): VS Code opens them in an
 * editor at that line, offline, with no command of the extension involved. The line is
 * looked up in the file itself, so the links follow the generated doc. Without the files
 * (a server started from elsewhere) the links go to the same lines in the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { URI } from 'langium';

export const REPOSITORY_DOCS = 'https://github.com/sla-tools/sla-language/blob/HEAD/docs';

/** Sections of docs/language.md by the heading text they start with. */
export const LANGUAGE_SECTIONS = {
    facts: 'Contract facts',
    calendars: 'Calendars',
    priorities: 'Priorities and clocks',
    commitments: 'Commitments, targets and shares',
    remedies: 'Remedies and credits',
    credits: 'Terms: cap, minimum, claim window, on request',
    availability: 'Availability',
    levels: 'Levels and their periods',
    measured: 'Which minutes count',
    exclusions: 'Outages that do not count',
    chronic: 'Chronic outages',
    services: 'Services',
    scenarios: 'Scenarios',
    maintenance: 'Maintenance',
    surcharges: 'Surcharges',
    changes: 'Change requests, notices and commitments',
    backups: 'Backups and notes',
    imports: 'Files: contracts, libraries and imports',
} as const;

export type LanguageSection = keyof typeof LANGUAGE_SECTIONS;

export class SlaDocLinks {
    private readonly lines = new Map<string, string[] | null>();

    /** `docs` is the folder holding language.md and checker.md; by default ./docs if it exists. */
    constructor(private docs: string | undefined = defaultDocs()) {}

    /**
     * Where the server's own copy of the docs is (main.ts: beside the bundle). Without it the
     * links go to the repository, never to a docs folder that happens to be in the working directory.
     */
    setFolder(docs: string | undefined): void {
        this.docs = docs && existsSync(join(docs, 'checker.md')) ? docs : undefined;
        this.lines.clear();
    }

    /** The row of a code in docs/checker.md. */
    codeLink(code: string): string {
        return this.link('checker.md', (l) => l.startsWith(`| \`${code}\` |`));
    }

    /** The heading of a section of docs/language.md (in the repository: GitHub's anchor of the heading). */
    sectionLink(section: LanguageSection): string {
        const title = LANGUAGE_SECTIONS[section];
        if (!this.docs) return `${REPOSITORY_DOCS}/language.md#${githubAnchor(title)}`;
        return this.link('language.md', (l) => /^#{2,3} /.test(l) && l.replace(/^#+ /, '') === title);
    }

    /** "[language reference: Maintenance](…)", the last line of a hover. */
    sectionMarkdown(section: LanguageSection): string {
        return `[Language reference: ${LANGUAGE_SECTIONS[section]}](${this.sectionLink(section)})`;
    }

    private link(file: string, match: (line: string) => boolean): string {
        const lines = this.read(file);
        const index = lines ? lines.findIndex(match) : -1;
        const fragment = index >= 0 ? `#L${index + 1}` : '';
        if (this.docs && lines) return `${URI.file(join(this.docs, file)).toString()}${fragment}`;
        return `${REPOSITORY_DOCS}/${file}${fragment ? `?plain=1${fragment}` : ''}`;
    }

    private read(file: string): string[] | undefined {
        if (!this.docs) return undefined;
        let lines = this.lines.get(file);
        if (lines === undefined) {
            try {
                lines = readFileSync(join(this.docs, file), 'utf8').split(/\r?\n/);
            } catch {
                lines = null;
            }
            this.lines.set(file, lines);
        }
        return lines ?? undefined;
    }
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
export function githubAnchor(title: string): string {
    return title.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

function defaultDocs(): string | undefined {
    const here = resolve('docs');
    return existsSync(join(here, 'checker.md')) ? here : undefined;
}
