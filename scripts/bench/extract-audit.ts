// What each removal reason costs and earns on the benchmark pages: how many words it removed,
// and how many of those belong to the article by the ground truth. A reason that removes
// article text on several pages is the rule most likely to fail on pages it has never seen.
import type { ExtractedBlock } from '../../electron/notebook/import/extracted';

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

export interface AuditPage {
  key: string;
  gold: string;
  blocks: readonly ExtractedBlock[];
}

interface Tally {
  pages: Set<string>;
  blocks: number;
  words: number;
  articleWords: number;
  /** Pages where this reason removed at least one article sentence's worth (8 words). */
  costly: Map<string, number>;
}

/**
 * The words of `text` that the article holds: each word counts when a run of four words
 * around it (or, in a block under four words, the whole block) occurs in the article.
 */
export function articleWordsIn(text: string, goldShingles: Set<string>, goldJoined: string) {
  const t = tokens(text);
  if (t.length === 0) return 0;
  if (t.length < 4) return t.length >= 2 && goldJoined.includes(` ${t.join(' ')} `) ? t.length : 0;
  const inArticle = new Array<boolean>(t.length).fill(false);
  for (let i = 0; i + 4 <= t.length; i++) {
    if (goldShingles.has(t.slice(i, i + 4).join(' '))) inArticle.fill(true, i, i + 4);
  }
  return inArticle.filter(Boolean).length;
}

export function auditRemovals(pages: readonly AuditPage[], minCost = 8): string[] {
  const tallies = new Map<string, Tally>();
  for (const page of pages) {
    const t = tokens(page.gold);
    const goldShingles = new Set<string>();
    for (let i = 0; i + 4 <= t.length; i++) goldShingles.add(t.slice(i, i + 4).join(' '));
    const goldJoined = ` ${t.join(' ')} `;
    for (const block of page.blocks) {
      if (!block.removed) continue;
      const tally = tallies.get(block.removed) ?? {
        pages: new Set(),
        blocks: 0,
        words: 0,
        articleWords: 0,
        costly: new Map(),
      };
      tallies.set(block.removed, tally);
      const lost = articleWordsIn(block.text, goldShingles, goldJoined);
      tally.pages.add(page.key);
      tally.blocks += 1;
      tally.words += tokens(block.text).length;
      tally.articleWords += lost;
      if (lost > 0) tally.costly.set(page.key, (tally.costly.get(page.key) ?? 0) + lost);
    }
  }
  const rows = [...tallies.entries()].sort((a, b) => b[1].articleWords - a[1].articleWords);
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  return [
    `  ${'reason'.padEnd(20)} ${pad('pages', 5)} ${pad('blocks', 6)} ${pad('words', 7)} ${pad('article words', 13)}  pages losing ≥ ${minCost} article words`,
    ...rows.map(([reason, t]) => {
      const costly = [...t.costly.entries()].filter(([, n]) => n >= minCost);
      const share = t.words ? ` (${((100 * t.articleWords) / t.words).toFixed(1)}%)` : '';
      return `  ${reason.padEnd(20)} ${pad(t.pages.size, 5)} ${pad(t.blocks, 6)} ${pad(t.words, 7)} ${pad(t.articleWords + share, 13)}  ${costly.length}${costly.length ? `: ${costly.map(([k, n]) => `${k.slice(0, 8)} ${n}`).join(', ')}` : ''}`;
    }),
  ];
}
