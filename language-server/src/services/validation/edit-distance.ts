/** Levenshtein distance, for did-you-mean on short texts (codes, names, paths). */
export function editDistance(a: string, b: string): number {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}

/** The candidates one edit from `name` (or equal but for case), closest first: did-you-mean for a misspelt name. */
export function closeNames(name: string, candidates: Iterable<string>): string[] {
    const scored: [string, number][] = [];
    for (const c of new Set(candidates)) {
        if (c === name) continue;
        const d = c.toLowerCase() === name.toLowerCase() ? 0 : editDistance(c, name);
        if (d <= 1) scored.push([c, d]);
    }
    return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}
