// A small Bloom filter of an article's adjacent word pairs and triples. The index has no word
// positions, so a phrase is first narrowed to the articles whose signature holds every pair and
// triple of its words, and only those few are read from disk and checked word for word.

const BITS_PER_ITEM = 10;
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
  return mix(wordHash(a), wordHash(b));
}

/** Two hashes of an ordered triple: its first pair's, mixed with the third word. */
function tripleHashes(a: string, b: string, c: string): [number, number] {
  const [h] = mix(wordHash(a), wordHash(b));
  return mix(h ^ 0x5bd1e995, wordHash(c));
}

function mix(x: number, y: number): [number, number] {
  let h = Math.imul(x ^ (y >>> 7) ^ (y << 13), 0x9e3779b1);
  h ^= h >>> 16;
  let g = Math.imul(y ^ (x << 5) ^ (x >>> 11), 0x2c1b3c6d);
  g ^= g >>> 12;
  g = Math.imul(g, 0x297a2d39);
  g ^= g >>> 15;
  return [h >>> 0, (g | 1) >>> 0];
}

/** The hash pairs of a run of terms: each adjacent pair, then each adjacent triple. */
function runHashes(terms: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < terms.length; i++) out.push(hashes(terms[i]!, terms[i + 1]!));
  for (let i = 0; i + 2 < terms.length; i++) {
    out.push(tripleHashes(terms[i]!, terms[i + 1]!, terms[i + 2]!));
  }
  return out;
}

/**
 * The signature of a sequence of terms: every adjacent pair and triple set in a bit array.
 * Triples matter where a text's pairs are common: most pairs of a phrase may occur somewhere
 * in a long article, its triples rarely do.
 */
export function pairSignature(terms: readonly string[]): Uint8Array {
  const items = Math.max(1, 2 * terms.length - 3);
  const bytes = Math.max(8, Math.ceil((items * BITS_PER_ITEM) / 8));
  const bits = new Uint8Array(bytes);
  const size = bytes * 8;
  for (const [h1, h2] of runHashes(terms)) {
    for (let k = 0; k < HASHES; k++) {
      const bit = (h1 + k * h2) % size;
      bits[bit >>> 3]! |= 1 << (bit & 7);
    }
  }
  return bits;
}

/** A phrase's pairs and triples hashed once, to be tested against many signatures. */
export type PhraseProbe = Uint32Array;

export function phraseProbe(terms: readonly string[]): PhraseProbe {
  return Uint32Array.from(runHashes(terms).flat());
}

/** False when the signature surely lacks one of the phrase's runs; true when it may hold all. */
export function mayHoldPhrase(bits: Uint8Array, probe: PhraseProbe): boolean {
  const size = bits.length * 8;
  for (let i = 0; i < probe.length; i += 2) {
    const h1 = probe[i]!;
    const h2 = probe[i + 1]!;
    for (let k = 0; k < HASHES; k++) {
      const bit = (h1 + k * h2) % size;
      if ((bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    }
  }
  return true;
}
