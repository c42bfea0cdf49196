/**
 * Rules about promises without teeth: a guarantee that nothing follows from, and an
 * "announced in time" condition with no time to announce in.
 */
import type { ContractModel } from '../model/types.js';
import type { Finding } from './finding.js';
import { cite, finding, pct } from './rule-support.js';
import type { ModelRule } from './check-model.js';

const KIND_WORD: Record<string, string> = {
    'planned-maintenance': 'planned', 'urgent-maintenance': 'urgent', 'emergency-maintenance': 'emergency',
};

export function guaranteeWithoutRemedy(model: ContractModel): Finding[] {
    const g = model.availability?.guarantee;
    if (!g) return [];
    const answered = model.remedyGroups.some((group) => group.remedies.some((r) =>
        r.type === 'warning' ? r.trigger.type === 'availability-below'
            : r.type === 'credit' ? r.basis.type !== 'deadline' : r.type === 'compensation' && r.bands.length > 0));
    if (answered) return [];
    return [finding('guarantee-without-remedy', g,
        `the ${pct(g.value)} guarantee per ${g.period} has no remedy in this contract: no warning, compensation or termination right follows when it is missed. `
        + `If the consequence is in another agreement, say so in a note; otherwise add a remedies block.`)];
}

export function announcedWithoutNotice(model: ContractModel): Finding[] {
    const out: Finding[] = [];
    for (const ex of model.availability?.exclusions ?? []) {
        if (!ex.announced) continue;
        const kinds = ex.kind === 'maintenance' ? Object.keys(KIND_WORD) : [ex.kind];
        const windows = model.maintenance.filter((w) => kinds.includes(`${w.kind}-maintenance`));
        const without = windows.filter((w) => !w.notice);
        if (windows.length === 0 || without.length === 0) continue;
        const names = without.map((w) => w.kind).join(' and ');
        out.push(finding('announced-without-notice', ex,
            `${names} maintenance is only excluded 'if announced', but no notice period is set for it${cite(without[0])}: `
            + `an announcement one minute before the work starts would count as in time. Add 'announced <period> before' to the window.`,
            without.map((w) => ({ at: w, note: `the ${w.kind} window, without a notice period` }))));
    }
    return out;
}

export const consequenceRules: ModelRule[] = [guaranteeWithoutRemedy, announcedWithoutNotice];
