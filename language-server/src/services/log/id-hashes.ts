/**
 * Duplicate ids in bounded memory: every id goes in as a 52-bit hash (two 32-bit FNV-1a
 * hashes with different seeds) into an open-addressing table of doubles, 8 bytes a row
 * instead of a string a row (a Set of 5,000,000 ids takes some 300 MB). A hash seen twice
 * marks a suspect; only suspects' ids are then compared exactly (a second look at the
 * rows, in spill.ts), so a hash collision never reports a false duplicate.
 */
export class IdHashes {
    private table = new Float64Array(1 << 16);
    private size = 0;
    /** Hashes seen more than once: ids to compare exactly. */
    readonly suspects = new Set<number>();

    /** Adds an id's hash; true when the hash was there already. */
    add(id: string): boolean {
        const h = hashId(id);
        if (this.size * 4 >= this.table.length * 3) this.grow();
        if (insert(this.table, h)) { this.size++; return false; }
        this.suspects.add(h);
        return true;
    }

    private grow(): void {
        const old = this.table;
        this.table = new Float64Array(old.length * 2);
        for (const h of old) if (h !== 0) insert(this.table, h);
    }
}

/** Puts h in the table; false when it is there already. 0 marks an empty slot, so hashes are never 0. */
function insert(table: Float64Array, h: number): boolean {
    const mask = table.length - 1;
    let i = (h % 0x40000000) & mask;
    for (;;) {
        const x = table[i];
        if (x === 0) { table[i] = h; return true; }
        if (x === h) return false;
        i = (i + 1) & mask;
    }
}

export function hashId(id: string): number {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < id.length; i++) {
        const c = id.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
    }
    // 32 bits of a and 20 of b: an integer below 2^52, exact in a double; +1 keeps it off 0.
    return (a >>> 0) * 0x100000 + ((b >>> 12) & 0xfffff) + 1;
}
