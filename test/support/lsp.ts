/** Shared LSP test services (hover, completion, formatting, ...) with "now" fixed. */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { Contract } from '../../language-server/src/generated/ast.js';
import { createSlaServices } from '../../language-server/src/lsp/sla-lsp-module.js';

export const lsp = createSlaServices(EmptyFileSystem);
export const Sla = lsp.Sla;
export const parseLsp = parseHelper<Contract>(Sla);

/** Monday 2 November 2026, 08:00 in Amsterdam: the examples' "now". */
export const NOW = Date.parse('2026-11-02T08:00:00+01:00');
Sla.editor.Clock.fixed = NOW;

export const SAMPLES = {
    klik: readFileSync(new URL('../../samples/klik-onderwijs.sla', import.meta.url), 'utf8'),
    avetica: readFileSync(new URL('../../samples/avetica-moodle.sla', import.meta.url), 'utf8'),
    // The samples from public SLAs (issue 9).
    sussex: readFileSync(new URL('../../samples/sussex-its.sla', import.meta.url), 'utf8'),
    hivemq: readFileSync(new URL('../../samples/hivemq-support.sla', import.meta.url), 'utf8'),
    gitlab: readFileSync(new URL('../../samples/gitlab-support.sla', import.meta.url), 'utf8'),
    arcus: readFileSync(new URL('../../samples/arcus-virtual-server.sla', import.meta.url), 'utf8'),
    axs: readFileSync(new URL('../../samples/axs-ict.sla', import.meta.url), 'utf8'),
};

/** The text with `<|>` inserted before the n-th occurrence (0-based) of `needle`, plus `shift` characters. */
export function mark(text: string, needle: string, shift = 0, nth = 0): string {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) throw new Error(`"${needle}" not found ${nth + 1} times`);
    }
    return text.slice(0, at + shift) + '<|>' + text.slice(at + shift);
}

/** Offset of the n-th occurrence of `needle`, plus `shift`. */
export function offsetOf(text: string, needle: string, shift = 0, nth = 0): number {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) throw new Error(`"${needle}" not found ${nth + 1} times`);
    }
    return at + shift;
}
