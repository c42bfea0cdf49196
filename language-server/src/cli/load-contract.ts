/**
 * Loads one contract for the commands that compute (deadlines, simulate, test). A contract
 * with errors gives no result: its diagnostics are printed and the command exits 1, so a
 * pipeline never acts on figures from a contract that did not check.
 */
import { NodeFileSystem } from 'langium/node';
import { createSlaCoreServices } from '../services/sla-module.js';
import { checkTexts, toPlain } from '../services/diagnostics.js';
import { checkedContract } from '../services/checked-contract.js';
import type { ContractModel } from '../model/types.js';
import { formatDiagnostic } from './check-command.js';
import { readInput } from './read-inputs.js';
import { EXIT, type CommandIO } from './io.js';

export type Loaded = { ok: true; model: ContractModel; zone: string } | { ok: false; exit: number };

export async function loadContract(file: string, io: CommandIO): Promise<Loaded> {
    const input = await readInput(file);
    if (input.kind === 'unreadable') {
        io.err(`sla: cannot read ${file}: ${input.reason}`);
        return { ok: false, exit: EXIT.usage };
    }
    if (input.kind === 'rejected') {
        io.err(formatDiagnostic(input.diagnostic));
        return { ok: false, exit: EXIT.errors };
    }
    const services = createSlaCoreServices(NodeFileSystem);
    const [checked] = await checkTexts(services, [{ file, text: input.text }]);
    // A failing `expect` line is the scenario's verdict, not a fault of the contract:
    // `sla test` reports it, and deadlines and simulations do not depend on it.
    const contract = checkedContract(checked.document.diagnostics ?? [], () => checked.model);
    if (!contract.ok && contract.problem === 'errors') {
        const errors = contract.errors.map((d) => toPlain(file, d)).sort((a, b) => a.line - b.line || a.column - b.column);
        for (const d of errors) io.err(formatDiagnostic(d));
        io.err(`sla: ${file} has ${errors.length} error(s); fix them first (sla check ${file})`);
        return { ok: false, exit: EXIT.errors };
    }
    if (!contract.ok) {
        io.err(`sla: ${file} names no valid time zone; add e.g. time zone "Europe/Amsterdam"`);
        return { ok: false, exit: EXIT.errors };
    }
    return { ok: true, model: contract.model, zone: contract.zone };
}
