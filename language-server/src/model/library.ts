/**
 * What a library may hold: definitions and standard clauses many contracts share. A
 * contract's own facts (who signs, which version, since when, for how long) and its
 * scenarios belong to one contract and are not carried into importers.
 */
import * as ast from '../generated/ast.js';

export function isSharedClause(clause: ast.Clause): boolean {
    return !(ast.isParty(clause) || ast.isVersion(clause) || ast.isContractDate(clause)
        || ast.isMinimumTerm(clause) || ast.isScenario(clause));
}
