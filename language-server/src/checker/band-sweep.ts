/**
 * One sweep over compensation bands from 0% upwards, shared by the checker's coverage
 * rules and the editor's "fill the gap" quick fix, so both see the same gaps.
 */
import type { CompensationBand } from '../model/types.js';

export interface Edge { value: number; inclusive: boolean }

export const lowOf = (b: CompensationBand): Edge => b.lower ?? { value: 0, inclusive: true };
export const highOf = (b: CompensationBand): Edge => b.upper ?? { value: Infinity, inclusive: true };

/** Availability that no band covers, just below `band`. */
export interface BandGap {
    band: CompensationBand;
    /** The band below the gap; none when the gap is below every band. */
    prev?: CompensationBand;
    /** Bounds of a band that would fill the gap (no lower bound below every band). */
    lower?: Edge;
    upper: Edge;
    /** Exactly one value is uncovered: one band stops below it, the next starts above it. */
    point: boolean;
}

export interface BandSweep {
    /** Bands by lower bound, inclusive bounds first. */
    sorted: CompensationBand[];
    gaps: BandGap[];
    /** Everything below `coveredTo.value` is covered, the value itself if inclusive. */
    coveredTo: Edge;
    /** The band that reaches highest. */
    top?: CompensationBand;
}

export function sweepBands(bands: readonly CompensationBand[]): BandSweep {
    const sorted = [...bands].sort((a, b) => lowOf(a).value - lowOf(b).value || (lowOf(a).inclusive ? -1 : 1));
    const gaps: BandGap[] = [];
    let at = 0;
    let atIncluded = false;
    let top: CompensationBand | undefined;
    sorted.forEach((b, i) => {
        const lo = lowOf(b);
        const gap = lo.value > at || (lo.value === at && !atIncluded && !lo.inclusive);
        const upper = { value: lo.value, inclusive: !lo.inclusive };
        if (gap && i === 0) {
            if (lo.value > 0 || !lo.inclusive) gaps.push({ band: b, upper, point: false });
        } else if (gap && top) {
            gaps.push({ band: b, prev: top, lower: { value: at, inclusive: !atIncluded }, upper, point: lo.value === at });
        }
        const hi = highOf(b);
        if (hi.value > at || (hi.value === at && hi.inclusive)) {
            at = hi.value;
            atIncluded = hi.inclusive;
            top = b;
        }
    });
    return { sorted, gaps, coveredTo: { value: at, inclusive: atIncluded }, top };
}
