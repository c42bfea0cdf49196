/** A deadline as `sla deadlines` prints it and the editor's deadline table shows it. */
import type { ClockModel } from '../model/types.js';
import type { DeadlineResult } from '../engine/deadlines.js';
import { formatInZone } from '../engine/time.js';
import type { DeadlineCell } from '../protocol/sla-protocol.js';

/** "P1 response (art. 5.2), line 44" — enough to find the clause in the contract. */
export function clauseName(priority: string, clause: ClockModel): string {
    const article = clause.article ? ` (${clause.article})` : '';
    return `${priority} ${clause.kind.replace(/-/g, ' ')}${article}, line ${clause.span.line}`;
}

/** The deadline in the zone (ISO with offset), the clause that set it and why it won. */
export function deadlineRow(priority: string, r: DeadlineResult, zone: string): DeadlineCell {
    return {
        deadline: r.deadline === null ? null : formatInZone(r.deadline, zone),
        clause: r.clause ? clauseName(priority, r.clause) : null,
        explanation: r.explanation,
    };
}
