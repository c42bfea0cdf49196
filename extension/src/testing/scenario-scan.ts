/**
 * Finds the scenarios of a contract and their `expect` lines in its text, for the Test
 * Explorer. A scan, not the parser: it must list the scenarios of every .sla file in the
 * workspace without loading each into the language server, and keep listing them while
 * the file has errors elsewhere. The run itself goes to the server, whose answer is
 * authoritative. No vscode import.
 */

export interface ScannedExpect {
    /** 1-based line of the `expect`. */
    line: number;
    /** 0-based column where `expect` starts. */
    column: number;
    /** The expectation as written, e.g. "response missed for incident 1". */
    text: string;
}

export interface ScannedScenario {
    name: string;
    /** 1-based line of `scenario`. */
    line: number;
    column: number;
    expects: ScannedExpect[];
}

const SCENARIO = /^(\s*)scenario\s+"((?:[^"\\]|\\.)*)"/;
const EXPECT = /^(\s*)expect\b\s*(.*?)\s*(?:\/\/.*)?$/;

/** Scenarios in text order; an unclosed scenario runs to the end of the text. */
export function scanScenarios(text: string): ScannedScenario[] {
    const out: ScannedScenario[] = [];
    const lines = text.split(/\r?\n/);
    let current: ScannedScenario | undefined;
    let depth = 0;
    let inBlockComment = false;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const code = stripComments(raw, inBlockComment);
        inBlockComment = code.inBlockComment;
        if (!current) {
            const m = SCENARIO.exec(code.text);
            if (m) {
                current = { name: m[2].replace(/\\(.)/g, '$1'), line: i + 1, column: m[1].length, expects: [] };
                out.push(current);
                depth = 0;
            }
        } else {
            const m = EXPECT.exec(code.text);
            if (m && depth === 1) current.expects.push({ line: i + 1, column: m[1].length, text: m[2].replace(/\s*}+\s*$/, '') });
        }
        if (current) {
            depth += braces(code.text);
            if (depth <= 0 && code.text.includes('}')) current = undefined;
        }
    }
    return out;
}

/** The line without comments and string contents (so braces in them do not count). */
function stripComments(line: string, inBlockComment: boolean): { text: string; inBlockComment: boolean } {
    let text = '';
    let i = 0;
    let inString = false;
    while (i < line.length) {
        if (inBlockComment) {
            const end = line.indexOf('*/', i);
            if (end < 0) return { text, inBlockComment: true };
            i = end + 2;
            inBlockComment = false;
            continue;
        }
        const c = line[i];
        if (inString) {
            if (c === '\\') {
                text += line.slice(i, i + 2);
                i += 2;
                continue;
            }
            if (c === '"') inString = false;
            text += c;
        } else if (c === '"') {
            inString = true;
            text += c;
        } else if (line.startsWith('//', i)) {
            break;
        } else if (line.startsWith('/*', i)) {
            inBlockComment = true;
            i += 2;
            continue;
        } else {
            text += c;
        }
        i++;
    }
    return { text, inBlockComment: false };
}

function braces(code: string): number {
    let n = 0;
    let inString = false;
    for (let i = 0; i < code.length; i++) {
        const c = code[i];
        if (inString) {
            if (c === '\\') i++;
            else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '{') n++;
        else if (c === '}') n--;
    }
    return n;
}
