/** A 53-bit hash of a string (cyrb53): small enough to be an exact JavaScript number, spread well enough for sets. */
export function fingerprint(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A set of fingerprints in one flat array (open addressing): about 16 bytes per member instead of
 * the hundred or more a `Set` of the strings would take, so a streamed import can remember
 * millions of relationship ids. A fingerprint seen before means "probably a repeat", to be confirmed.
 */
export class FingerprintSet {
  private slots = new Float64Array(1 << 16);
  private count = 0;

  /** How many distinct fingerprints it holds. */
  get size(): number {
    return this.count;
  }

  /** Adds a fingerprint; returns false if it was already there. */
  add(value: number): boolean {
    // 0 marks an empty slot, so the fingerprint 0 is stored as 1 (a harmless extra collision).
    const v = value === 0 ? 1 : value;
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let i = (v % this.slots.length) & mask;
    for (;;) {
      const slot = this.slots[i] as number;
      if (slot === 0) {
        this.slots[i] = v;
        this.count += 1;
        return true;
      }
      if (slot === v) return false;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    this.count = 0;
    for (const v of old) if (v !== 0) this.add(v);
  }
}
