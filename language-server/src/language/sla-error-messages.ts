/**
 * Syntax error messages in words a contract writer knows: "a time like 09:00" rather
 * than "token of type 'TIME'". The parser still recovers; only the wording changes.
 */
import type { ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider } from 'langium';

const TOKEN_WORDS: Record<string, string> = {
    DATE: 'a date like 2026-11-06',
    MONTH: 'a month like 2026-11',
    QUARTER: 'a quarter like 2026-Q4',
    TIME: 'a time like 09:00',
    ORDINAL: 'an ordinal like 2nd',
    NUMBER: 'a number',
    ARTICLE: 'an article tag like [art. 5.2]',
    ID: 'a name',
    STRING: 'a text in "double quotes"',
    EOF: 'the end of the file',
};

/** Terminals are described in words; every other token is a keyword, quoted as written. */
export function describeToken(type: TokenType): string {
    const name = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
    return TOKEN_WORDS[name] ?? `'${name}'`;
}

function found(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') return 'the end of the file';
    return `'${token.image.length > 40 ? token.image.slice(0, 40) + '…' : token.image}'`;
}

/** "a, b or c", at most `max` items so the message stays readable. */
function oneOf(words: string[], max = 8): string {
    const unique = [...new Set(words)];
    const shown = unique.slice(0, max);
    const more = unique.length > max ? ` (or ${unique.length - max} more)` : '';
    return shown.length <= 1 ? (shown[0] ?? 'something else') + more
        : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}${more}`;
}

/** What a file must start with, said the way the writer will type it. */
function fileStart(actual: IToken | undefined): string {
    return !actual || actual.tokenType?.name === 'EOF'
        ? 'The file is empty: a contract starts with  contract "Name" { ... }  and a library with  library "Name" { ... }'
        : `A contract starts with  contract "Name" { ... }  and a library with  library "Name" { ... }, but this file starts with ${found(actual)}.`;
}

export class SlaParserErrorMessageProvider extends AbstractParserErrorMessageProvider {
    override buildMismatchTokenMessage(o: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        if (/^contract(:KW)?$/.test(o.expected.name)) return fileStart(o.actual);
        return `Expected ${describeToken(o.expected)} here, but found ${found(o.actual)}.`;
    }

    override buildNotAllInputParsedMessage(o: { firstRedundant: IToken; ruleName: string }): string {
        return `Nothing may follow the closing '}' of the contract, but found ${found(o.firstRedundant)}.`;
    }

    override buildNoViableAltMessage(o: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; ruleName: string }): string {
        const first = o.expectedPathsPerAlt.flatMap((alt) => alt.map((path) => path[0]).filter(Boolean));
        // Langium 4.4 suffixes rule names with a zero-width space.
        if (o.ruleName.replace(/\u200B/g, '') === 'Contract' && first.some((t) => /^contract(:KW)?$/.test(t.name))) return fileStart(o.actual[0]);
        const starts = first.map(describeToken);
        return `Expected ${oneOf(starts)} here, but found ${found(o.actual[0])}.`;
    }

    override buildEarlyExitMessage(o: { expectedIterationPaths: TokenType[][]; actual: IToken[]; ruleName: string }): string {
        const starts = o.expectedIterationPaths.map((path) => path[0]).filter(Boolean).map(describeToken);
        return `Expected at least one ${oneOf(starts)} here, but found ${found(o.actual[0])}.`;
    }
}

export class SlaLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const ch = fullText.charAt(startOffset);
        if (ch === '"') return 'This text is not closed: add the closing " (a text runs from one double quote to the next).';
        if (ch === '[') return "This article tag is not closed: add ']' on the same line, as in [art. 5.2].";
        const text = fullText.substr(startOffset, Math.min(length, 20));
        return `'${text}' is not part of the language here; words, numbers with units, times, dates, texts in "double quotes" and article tags are.`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected ${found(token)}.`;
    }
}
