import { describe, expect, it } from 'vitest';
import { mayHoldPhrase, pairSignature, phraseProbe } from './pair-signature';

describe('pair signatures', () => {
  const words = 'the government rejected the offer and urged the militants to surrender'.split(' ');
  const bits = pairSignature(words);

  it('hold every run of adjacent words of the text', () => {
    for (let from = 0; from < words.length - 1; from++) {
      for (let to = from + 2; to <= words.length; to++) {
        expect(mayHoldPhrase(bits, phraseProbe(words.slice(from, to)))).toBe(true);
      }
    }
  });

  it('refuse words that are in the text but never side by side', () => {
    expect(mayHoldPhrase(bits, phraseProbe(['militants', 'rejected']))).toBe(false);
    expect(mayHoldPhrase(bits, phraseProbe(['surrender', 'the', 'offer']))).toBe(false);
  });

  it('let few pairs through that are not there (about 1 in 100 for one pair)', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `w${(i * 7919) % 1500}`);
    const sig = pairSignature(text);
    const present = new Set(text.slice(1).map((w, i) => `${text[i]} ${w}`));
    let falsePositives = 0;
    let tried = 0;
    for (let i = 0; i < 5000; i++) {
      const a = `w${(i * 31) % 1500}`;
      const b = `w${(i * 17 + 3) % 1500}`;
      if (present.has(`${a} ${b}`)) continue;
      tried++;
      if (mayHoldPhrase(sig, phraseProbe([a, b]))) falsePositives++;
    }
    expect(falsePositives / tried).toBeLessThan(0.03);
  });

  it('turn away most phrases whose pairs each occur, but not one after the other', () => {
    // Each phrase "a b c" is split in the text: "a b" in one place and "b c" in another.
    const text: string[] = [];
    const phrases: string[][] = [];
    for (let i = 0; i < 300; i++) {
      const [a, b, c] = [`a${i}`, `b${i}`, `c${i}`];
      text.push(a, b, `x${i}`, b, c);
      phrases.push([a, b, c]);
    }
    const sig = pairSignature(text);
    for (const [a, b, c] of phrases) {
      expect(mayHoldPhrase(sig, phraseProbe([a!, b!]))).toBe(true);
      expect(mayHoldPhrase(sig, phraseProbe([b!, c!]))).toBe(true);
    }
    const through = phrases.filter((p) => mayHoldPhrase(sig, phraseProbe(p))).length;
    expect(through / phrases.length).toBeLessThan(0.05);
  });
});
