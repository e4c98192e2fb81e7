// The notebook the reader benchmark (ui-reader.ts) measures: a browser host on a temporary
// folder, and a ~100 KB article given 1,000 highlights through the host's HTTP API.
import type { Output } from '../../shared/contract';
import { HighlightColor } from '../../shared/model';
import { api, type Host } from './browser-host';
import { random, WORDS } from './generate-library';

const ARTICLE_CHARS = 100_000;
const HIGHLIGHTS = 1000;
/** Every so many paragraphs one is left bare, for the highlights the benchmark makes. */
export const BARE_EVERY = 8;

// ---- the article ----

function articleText(rnd: () => number): string {
  const pick = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  const paragraphs = ['Militants and the state: a long report on the talks that failed'];
  let length = paragraphs[0]!.length;
  while (length < ARTICLE_CHARS) {
    const words = Array.from({ length: 80 + Math.floor(rnd() * 60) }, pick);
    const paragraph = words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** Word-aligned ranges inside the paragraphs that are not left bare; a few overlap or span two. */
function highlightRanges(
  text: string,
  blocks: readonly { start: number; end: number }[],
  rnd: () => number,
): { start: number; end: number }[] {
  const usable = blocks.filter((_, i) => i > 0 && i % BARE_EVERY !== 0);
  const ranges: { start: number; end: number }[] = [];
  while (ranges.length < HIGHLIGHTS) {
    const block = usable[Math.floor(rnd() * usable.length)]!;
    let start = block.start + Math.floor(rnd() * (block.end - block.start - 40));
    while (start > block.start && text[start - 1] !== ' ') start--;
    const spans = rnd() < 0.02;
    let end = spans ? block.end + 30 : Math.min(block.end, start + 15 + Math.floor(rnd() * 100));
    while (end < text.length && /\S/.test(text[end] ?? '') && end < block.end) end++;
    end = Math.min(end, text.length);
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/** Imports the long article and highlights it 1,000 times through the host, as the UI would. */
export async function makeArticle(host: Host): Promise<Output<'articles.get'>> {
  const rnd = random(1000);
  const article = await api(host, 'articles.importText', {
    text: articleText(rnd),
    fileName: 'long-report.txt',
  });
  const colors = HighlightColor.options;
  for (const [i, range] of highlightRanges(article.text, article.blocks, rnd).entries()) {
    await api(host, 'highlights.create', {
      articleId: article.id,
      ...range,
      color: colors[i % colors.length],
    });
  }
  return api(host, 'articles.get', { id: article.id });
}
