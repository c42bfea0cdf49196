/** Shared test services: one instance for the whole run, as the language server has. */
import { EmptyFileSystem } from 'langium';
import { parseHelper, validationHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import type { Contract } from '../../language-server/src/generated/ast.js';
import { createSlaCoreServices } from '../../language-server/src/services/sla-module.js';
import { buildModel } from '../../language-server/src/model/build-model.js';
import type { ContractModel } from '../../language-server/src/model/types.js';

export const services = createSlaCoreServices(EmptyFileSystem);
export const parse = parseHelper<Contract>(services.Sla);
export const validate = validationHelper<Contract>(services.Sla);

/** Wraps clauses in a contract with a zone and a Werkdag calendar, the usual context of a rule. */
export function contract(body: string, header = DEFAULT_HEADER): string {
    return `contract "Test" {\n${header}\n${body}\n}\n`;
}

export const DEFAULT_HEADER = `  time zone "Europe/Amsterdam"
  calendar Werkdag {
    Monday to Friday 09:00 to 17:00
    closed on public holidays of NL
  }`;

export async function modelOf(text: string): Promise<ContractModel> {
    const doc = await parse(text);
    return buildModel(doc.parseResult.value).model;
}

export function codes(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map((d) => String(d.code ?? (d.data as { code?: string } | undefined)?.code ?? '?'));
}

/** The diagnostics with a given code, for asserting on their place and message. */
export function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
    return diagnostics.filter((d) => String(d.code ?? (d.data as { code?: string } | undefined)?.code) === code);
}
