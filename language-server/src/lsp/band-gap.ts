/** The gap below a compensation band as a quick fix needs it, and a band's text as written. */
import type { Bound, CompensationBand } from '../model/types.js';
import { pct } from '../checker/rule-support.js';
import { sweepBands } from '../checker/band-sweep.js';

export interface BandGap {
    /** Bounds of a band filling the gap; lower undefined for a gap below every band. */
    lower?: Bound;
    upper: Bound;
    /** Exactly one value is uncovered (one band stops below it, the next starts above it). */
    point: boolean;
    /** Share of the fee to propose: that of the neighbouring band with lower availability, else this band's. */
    percent: number;
    text: string;
}

/** The gap that ends where `target` starts, if any (the checker's remedy-band-gap sweep). */
export function bandGap(bands: CompensationBand[], target: CompensationBand): BandGap | undefined {
    const g = sweepBands(bands).gaps.find((x) => x.band === target);
    if (!g) return undefined;
    if (!g.lower) {
        const lo = g.upper.value;
        return { upper: g.upper, point: false, percent: target.percent, text: `availability ${g.upper.inclusive ? 'up to' : 'below'} ${pct(lo)}` };
    }
    const at = g.lower.value;
    return {
        lower: g.lower, upper: g.upper, point: g.point, percent: g.prev?.percent ?? target.percent,
        text: g.point ? `exactly ${pct(at)}` : `availability between ${pct(at)} and ${pct(g.upper.value)}`,
    };
}

/** "availability from 90% below 95%: 40% of Maandvergoeding". */
export function bandText(b: CompensationBand): string {
    const lo = b.lower ? ` ${b.lower.inclusive ? 'from' : 'above'} ${pct(b.lower.value)}` : '';
    const hi = b.upper ? ` ${b.upper.inclusive ? 'up to' : 'below'} ${pct(b.upper.value)}` : '';
    return `availability${lo}${hi}: ${pct(b.percent)} of ${b.fee}`;
}
