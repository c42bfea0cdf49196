/**
 * The gap below a compensation band, found with the same sweep as the checker's
 * remedy-band-gap rule (checker/coverage-rules.ts), and a band's text as written.
 */
import type { Bound, CompensationBand } from '../model/types.js';
import { pct } from '../checker/rule-support.js';

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

const low = (b: CompensationBand): Bound => b.lower ?? { value: 0, inclusive: true };
const high = (b: CompensationBand): Bound => b.upper ?? { value: Infinity, inclusive: true };

/** The gap that ends where `target` starts, if any. */
export function bandGap(bands: CompensationBand[], target: CompensationBand): BandGap | undefined {
    const sorted = [...bands].sort((a, b) => low(a).value - low(b).value || (low(a).inclusive ? -1 : 1));
    let at = 0;
    let atIncluded = false;
    let first = true;
    let prev: CompensationBand | undefined;
    for (const b of sorted) {
        const lo = low(b);
        const gap = lo.value > at || (lo.value === at && !atIncluded && !lo.inclusive);
        if (b === target) {
            if (!gap) return undefined;
            const upper: Bound = { value: lo.value, inclusive: !lo.inclusive };
            if (first) {
                if (!(lo.value > 0 || !lo.inclusive)) return undefined;
                return { upper, point: false, percent: b.percent, text: `availability ${lo.inclusive ? 'below' : 'up to'} ${pct(lo.value)}` };
            }
            const lower: Bound = { value: at, inclusive: !atIncluded };
            return {
                lower, upper, point: lo.value === at, percent: prev?.percent ?? b.percent,
                text: lo.value === at ? `exactly ${pct(at)}` : `availability between ${pct(at)} and ${pct(lo.value)}`,
            };
        }
        first = false;
        const hi = high(b);
        if (hi.value > at || (hi.value === at && hi.inclusive)) {
            at = hi.value;
            atIncluded = hi.inclusive;
            prev = b;
        }
    }
    return undefined;
}

/** "availability from 90% below 95%: 40% of Maandvergoeding". */
export function bandText(b: CompensationBand): string {
    const lo = b.lower ? ` ${b.lower.inclusive ? 'from' : 'above'} ${pct(b.lower.value)}` : '';
    const hi = b.upper ? ` ${b.upper.inclusive ? 'up to' : 'below'} ${pct(b.upper.value)}` : '';
    return `availability${lo}${hi}: ${pct(b.percent)} of ${b.fee}`;
}
