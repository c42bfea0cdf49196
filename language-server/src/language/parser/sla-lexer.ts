import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';

type Token = LexerResult['tokens'][number];
type TokenType = Token['tokenType'];

const enum Ch {
    Tab = 9, LF = 10, VT = 11, FF = 12, CR = 13, Space = 32, Quote = 34, Percent = 37,
    Star = 42, Comma = 44, Minus = 45, Dot = 46, Slash = 47, Zero = 48, Nine = 57, Colon = 58,
    Semicolon = 59, Q = 81, LBracket = 91, Backslash = 92, RBracket = 93, Underscore = 95,
    LBrace = 123, RBrace = 125,
}

const isDigit = (c: number) => c >= Ch.Zero && c <= Ch.Nine;
const digitAt = (text: string, k: number) => isDigit(text.charCodeAt(k));
function digitsFrom(text: string, k: number): number {
    let e = k;
    while (isDigit(text.charCodeAt(e))) e++;
    return e - k;
}
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xC0 && c <= 0x24F);
const isIdStart = (c: number) => isLetter(c) || c === Ch.Underscore;
const isIdPart = (c: number) => isIdStart(c) || isDigit(c) || c === Ch.Minus;
/** JavaScript's \s, which the WS terminal uses. */
const isSpace = (c: number) => c === Ch.Space || (c >= Ch.Tab && c <= Ch.CR) || c === 0xA0 || c === 0x1680
    || (c >= 0x2000 && c <= 0x200A) || c === 0x2028 || c === 0x2029 || c === 0x202F || c === 0x205F
    || c === 0x3000 || c === 0xFEFF;
/** What `.` does not match in a JavaScript regular expression without the s flag. */
const isRegExpLineBreak = (c: number) => c === Ch.LF || c === Ch.CR || c === 0x2028 || c === 0x2029;

const SINGLE_CHAR_KEYWORDS = [Ch.LBrace, Ch.RBrace, Ch.Comma, Ch.Colon, Ch.Semicolon, Ch.Percent];
/**
 * The terminals of grammar/sla.langium this scanner implements, in grammar order (the
 * order Chevrotain tries them in, after the keywords; whitespace overlaps none of them).
 * If the grammar's terminals differ in any way (a pattern, the order, one more or less),
 * the scanner is not used and Chevrotain lexes everything.
 */
const EXPECTED_TERMINALS = [
    ['DATE', String.raw`/\d{4}-\d{2}-\d{2}/`],
    ['QUARTER', String.raw`/\d{4}-Q[1-4]/`],
    ['MONTH', String.raw`/\d{4}-\d{2}/`],
    ['TIME', String.raw`/\d{1,2}:\d{2}/`],
    ['ORDINAL', String.raw`/\d+(st|nd|rd|th)/`],
    ['NUMBER', String.raw`/-?\d+(\.\d+)?/`],
    ['ARTICLE', String.raw`/\[[^\]\r\n]*\]/`],
    ['ID', String.raw`/[A-Za-z_\u00C0-\u024F][A-Za-z0-9_\-\u00C0-\u024F]*/`],
    ['STRING', String.raw`/"(\\.|[^"\\])*"/`],
    ['WS', String.raw`/\s+/`],
    ['ML_COMMENT', String.raw`/\/\*[\s\S]*?\*\//`],
    ['SL_COMMENT', String.raw`/\/\/[^\n\r]*/`],
] as const;
type TerminalName = (typeof EXPECTED_TERMINALS)[number][0];

/**
 * A hand-written scanner for the SLA terminals, giving exactly the tokens Chevrotain's
 * lexer gives for the grammar, three to four times faster: Chevrotain tries the keyword
 * and terminal regular expressions one after another at every offset, and a 5,000-line
 * contract has 31,000 tokens. The rules it follows (Langium's token order):
 * - whitespace (\s) is skipped; comments go to the hidden group;
 * - a word is the longest run the ID terminal matches; it is a keyword if it is one
 *   exactly (each word keyword has ID as its longer alternative), else an ID;
 * - at a digit or minus the first of DATE, QUARTER, MONTH, TIME, ORDINAL, NUMBER that
 *   matches wins, as Chevrotain takes the first pattern in order, not the longest;
 * - lines and columns count \n, \r\n and \r as one line break each, as Chevrotain does.
 * Text with anything it does not take (a character no terminal starts with, an unclosed
 * string, article or comment) goes to Chevrotain as a whole, so every lexing error and
 * its message is Chevrotain's own. A test compares both on samples, edits and fuzz.
 */
export class SlaLexer extends DefaultLexer {
    private readonly words = new Map<string, TokenType>();
    private readonly singles = new Map<number, TokenType>();
    private readonly terminal: Record<TerminalName, TokenType>;
    /** Whether the grammar's tokens are the ones the scanner implements (else Chevrotain lexes all). */
    readonly fast: boolean;

    constructor(services: LangiumCoreServices) {
        super(services);
        const types = this.definition as Record<string, TokenType>;
        let fast = true;
        for (const type of Object.values(types)) {
            const pattern = type.PATTERN;
            if (typeof pattern !== 'string') continue;
            const code = pattern.charCodeAt(0);
            if (pattern.length === 1 && SINGLE_CHAR_KEYWORDS.includes(code)) {
                this.singles.set(code, type);
            } else if ([...pattern].every((ch) => isIdPart(ch.charCodeAt(0))) && isIdStart(code)
                && [type.LONGER_ALT].flat().some((alt) => alt?.name === 'ID')) {
                this.words.set(pattern, type);
            } else {
                fast = false; // a keyword of another shape: the rules above would not hold
            }
        }
        this.terminal = Object.fromEntries(EXPECTED_TERMINALS.map(([name]) => [name, types[name]])) as SlaLexer['terminal'];
        const terminals = Object.values(types).filter((type) => typeof type.PATTERN !== 'string')
            .map((type) => [type.name, String(type.PATTERN)]);
        this.fast = fast && this.singles.size === SINGLE_CHAR_KEYWORDS.length
            && JSON.stringify(terminals) === JSON.stringify(EXPECTED_TERMINALS);
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const scanned = this.fast ? this.scan(text) : undefined;
        if (!scanned) return super.tokenize(text, options);
        return { tokens: scanned.tokens, hidden: scanned.hidden, errors: [], report: this.tokenBuilder.flushLexingReport?.(text) };
    }

    /** The tokens of the text, or undefined where Chevrotain would report an error. */
    private scan(text: string): { tokens: Token[]; hidden: Token[] } | undefined {
        const tokens: Token[] = [];
        const hidden: Token[] = [];
        const n = text.length;
        const t = this.terminal;
        // Line and column of offset i, 1-based as in Chevrotain.
        const at: Position = { line: 1, column: 1 };
        let i = 0;
        while (i < n) {
            const c = text.charCodeAt(i);
            let type: TokenType | undefined;
            let end = i + 1;
            let list = tokens;
            let multiline = false;
            if (isSpace(c)) {
                while (end < n && isSpace(text.charCodeAt(end))) end++;
                passLines(text, i, end, at);
                i = end;
                continue;
            } else if (isIdStart(c)) {
                while (end < n && isIdPart(text.charCodeAt(end))) end++;
                const image = text.substring(i, end);
                const keyword = this.words.get(image);
                // A keyword's image is its pattern: one shared string instead of a copy per token.
                tokens.push(keyword ? token(keyword.PATTERN as string, i, at, keyword) : token(image, i, at, t.ID));
                at.column += end - i;
                i = end;
                continue;
            } else if (isDigit(c) || c === Ch.Minus) {
                type = this.number(text, i);
                if (!type) return undefined;
                end = i + this.numberLength;
            } else if (c === Ch.Quote) {
                for (;;) {
                    if (end >= n) return undefined;
                    const d = text.charCodeAt(end);
                    if (d === Ch.Quote) break;
                    if (d === Ch.Backslash) {
                        if (end + 1 >= n || isRegExpLineBreak(text.charCodeAt(end + 1))) return undefined;
                        end += 2;
                    } else {
                        end++;
                    }
                }
                end++;
                type = t.STRING;
                multiline = true;
            } else if (c === Ch.LBracket) {
                while (end < n && text.charCodeAt(end) !== Ch.RBracket) {
                    const d = text.charCodeAt(end);
                    if (d === Ch.LF || d === Ch.CR) return undefined;
                    end++;
                }
                if (end >= n) return undefined;
                end++;
                type = t.ARTICLE;
            } else if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Star) {
                const close = text.indexOf('*/', i + 2);
                if (close < 0) return undefined;
                end = close + 2;
                type = t.ML_COMMENT;
                list = hidden;
                multiline = true;
            } else if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Slash) {
                end = i + 2;
                while (end < n && text.charCodeAt(end) !== Ch.LF && text.charCodeAt(end) !== Ch.CR) end++;
                type = t.SL_COMMENT;
                list = hidden;
            } else {
                type = this.singles.get(c);
                if (!type) return undefined;
            }
            const made = token(typeof type.PATTERN === 'string' ? type.PATTERN : text.substring(i, end), i, at, type);
            list.push(made);
            if (multiline) {
                passLines(text, i, end, at);
                // A token over several lines ends on the line the last break opened (it
                // cannot end in a break: strings end in a quote, comments in */).
                if (at.line !== made.startLine) {
                    made.endLine = at.line;
                    made.endColumn = at.column - 1;
                }
            } else {
                at.column += end - i;
            }
            i = end;
        }
        return { tokens, hidden };
    }

    /** Length of the token the last call of `number` found. */
    private numberLength = 0;

    /** DATE, QUARTER, MONTH, TIME, ORDINAL, NUMBER at i: the first that matches, as Chevrotain tries them. */
    private number(text: string, i: number): TokenType | undefined {
        const t = this.terminal;
        const four = digitAt(text, i) && digitAt(text, i + 1) && digitAt(text, i + 2) && digitAt(text, i + 3)
            && text.charCodeAt(i + 4) === Ch.Minus;
        if (four && digitAt(text, i + 5) && digitAt(text, i + 6)) {
            if (text.charCodeAt(i + 7) === Ch.Minus && digitAt(text, i + 8) && digitAt(text, i + 9)) return this.found(t.DATE, 10);
            return this.found(t.MONTH, 7);
        }
        if (four && text.charCodeAt(i + 5) === Ch.Q && text.charCodeAt(i + 6) >= 49 && text.charCodeAt(i + 6) <= 52) return this.found(t.QUARTER, 7);
        if (digitAt(text, i) && digitAt(text, i + 1) && text.charCodeAt(i + 2) === Ch.Colon && digitAt(text, i + 3) && digitAt(text, i + 4)) return this.found(t.TIME, 5);
        if (digitAt(text, i) && text.charCodeAt(i + 1) === Ch.Colon && digitAt(text, i + 2) && digitAt(text, i + 3)) return this.found(t.TIME, 4);
        const digits = digitsFrom(text, i);
        if (digits > 0) {
            const a = text.charCodeAt(i + digits);
            const b = text.charCodeAt(i + digits + 1);
            // st, nd, rd, th
            if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104)) {
                return this.found(t.ORDINAL, digits + 2);
            }
        }
        const sign = text.charCodeAt(i) === Ch.Minus ? 1 : 0;
        const whole = digitsFrom(text, i + sign);
        if (whole === 0) return undefined;
        let length = sign + whole;
        if (text.charCodeAt(i + length) === Ch.Dot) {
            const fraction = digitsFrom(text, i + length + 1);
            if (fraction > 0) length += 1 + fraction;
        }
        return this.found(t.NUMBER, length);
    }

    private found(type: TokenType, length: number): TokenType {
        this.numberLength = length;
        return type;
    }
}

/** A token as Chevrotain makes it (same fields, same order), on one line until told otherwise. */
interface Position { line: number; column: number }

function token(image: string, start: number, at: Position, type: TokenType): Token {
    return {
        image, startOffset: start, endOffset: start + image.length - 1,
        startLine: at.line, endLine: at.line, startColumn: at.column, endColumn: at.column + image.length - 1,
        tokenTypeIdx: type.tokenTypeIdx!, tokenType: type,
    };
}

/**
 * Line and column after text[start, end): \n, \r\n and \r are one break each, and the
 * column restarts after the last one, as Chevrotain's line terminator pattern counts.
 */
function passLines(text: string, start: number, end: number, at: Position): void {
    let breaks = 0;
    let lastBreakEnd = -1;
    for (let k = start; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c === Ch.CR) {
            if (k + 1 < end && text.charCodeAt(k + 1) === Ch.LF) k++;
            breaks++;
            lastBreakEnd = k;
        } else if (c === Ch.LF) {
            breaks++;
            lastBreakEnd = k;
        }
    }
    if (breaks > 0) {
        at.line += breaks;
        at.column = end - lastBreakEnd;
    } else {
        at.column += end - start;
    }
}
