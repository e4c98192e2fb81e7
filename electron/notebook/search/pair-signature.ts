// A small Bloom filter of an article's adjacent word pairs. The index has no word positions, so
// a phrase is first narrowed to the articles whose signature holds every pair of its words,
// and only those few are read from disk and checked word for word.

const BITS_PER_PAIR = 10;
const HASHES = 4;

/** FNV-1a of one word, remembered: a notebook has far fewer distinct words than words. */
const wordHashes = new Map<string, number>();
function wordHash(word: string): number {
  let h = wordHashes.get(word);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h >>>= 0;
    if (wordHashes.size < 2_000_000) wordHashes.set(word, h);
  }
  return h;
}

/** Two hashes of an ordered pair (double hashing gives the rest). */
function hashes(a: string, b: string): [number, number] {
  const x = wordHash(a);
  const y = wordHash(b);
  let h = Math.imul(x ^ (y >>> 7) ^ (y << 13), 0x9e3779b1);
  h ^= h >>> 16;
  let g = Math.imul(y ^ (x << 5) ^ (x >>> 11), 0x2c1b3c6d);
  g ^= g >>> 12;
  g = Math.imul(g, 0x297a2d39);
  g ^= g >>> 15;
  return [h >>> 0, (g | 1) >>> 0];
}

/** The signature of a sequence of terms: every adjacent pair set in a bit array. */
export function pairSignature(terms: readonly string[]): Uint8Array {
  const pairs = Math.max(1, terms.length - 1);
  const bytes = Math.max(8, Math.ceil((pairs * BITS_PER_PAIR) / 8));
  const bits = new Uint8Array(bytes);
  const size = bytes * 8;
  for (let i = 0; i + 1 < terms.length; i++) {
    const [h1, h2] = hashes(terms[i]!, terms[i + 1]!);
    for (let k = 0; k < HASHES; k++) {
      const bit = (h1 + k * h2) % size;
      bits[bit >>> 3]! |= 1 << (bit & 7);
    }
  }
  return bits;
}

/** False when the signature surely lacks one of the phrase's pairs; true when it may hold all. */
export function mayHoldPhrase(bits: Uint8Array, terms: readonly string[]): boolean {
  const size = bits.length * 8;
  for (let i = 0; i + 1 < terms.length; i++) {
    const [h1, h2] = hashes(terms[i]!, terms[i + 1]!);
    for (let k = 0; k < HASHES; k++) {
      const bit = (h1 + k * h2) % size;
      if ((bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    }
  }
  return true;
}
