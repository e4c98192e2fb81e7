import { describe, expect, it } from 'vitest';
import { mayHoldPhrase, pairSignature } from './pair-signature';

describe('pair signatures', () => {
  const words = 'the government rejected the offer and urged the militants to surrender'.split(' ');
  const bits = pairSignature(words);

  it('hold every run of adjacent words of the text', () => {
    for (let from = 0; from < words.length - 1; from++) {
      for (let to = from + 2; to <= words.length; to++) {
        expect(mayHoldPhrase(bits, words.slice(from, to))).toBe(true);
      }
    }
  });

  it('refuse words that are in the text but never side by side', () => {
    expect(mayHoldPhrase(bits, ['militants', 'rejected'])).toBe(false);
    expect(mayHoldPhrase(bits, ['surrender', 'the', 'offer'])).toBe(false);
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
      if (mayHoldPhrase(sig, [a, b])) falsePositives++;
    }
    expect(falsePositives / tried).toBeLessThan(0.03);
  });
});
