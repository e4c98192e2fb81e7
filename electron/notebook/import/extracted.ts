// What every source extractor returns: the article's metadata and its blocks in reading
// order, each either kept or removed by the cleaner (so the analyst can put it back).
import type { Block } from '../../../shared/model';

export type BlockKind = Block['kind'];

export interface ExtractedBlock {
  kind: BlockKind;
  text: string;
  /** Why the cleaner dropped this block (e.g. 'navigation', 'advertisement'); absent when kept. */
  removed?: string;
}

export interface Extracted {
  title: string | null;
  byline: string | null;
  /** The outlet, e.g. "The Express Tribune". */
  siteName: string | null;
  /** `YYYY-MM-DD`. */
  publishedAt: string | null;
  publishedAtSource: 'metadata' | 'date-line' | 'url' | 'file' | null;
  /** True when the date might be something other than the publication date (a "today" header). */
  publishedAtUncertain: boolean;
  /** BCP 47 tag such as `en` or `ur`. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  url: string | null;
  blocks: ExtractedBlock[];
  /** What the extractor decided and why, where it was not sure (e.g. a safety net that held). */
  diagnostics?: string[];
}

export const emptyExtracted = (): Extracted => ({
  title: null,
  byline: null,
  siteName: null,
  publishedAt: null,
  publishedAtSource: null,
  publishedAtUncertain: false,
  lang: null,
  dir: null,
  url: null,
  blocks: [],
});

/** The canonical text (kept blocks joined by blank lines, NFC) and its block offsets. */
export function assemble(blocks: readonly ExtractedBlock[]): { text: string; blocks: Block[] } {
  const { text, blocks: out } = assembleWithOrigins(blocks);
  return { text, blocks: out };
}

/** As `assemble`, also telling for each output block the index of the input block it came from. */
export function assembleWithOrigins(blocks: readonly ExtractedBlock[]) {
  let text = '';
  const out: Block[] = [];
  const origins: number[] = [];
  blocks.forEach((block, index) => {
    if (block.removed) return;
    const content = block.text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
    if (!content) return;
    if (text) text += '\n\n';
    out.push({ kind: block.kind, start: text.length, end: text.length + content.length });
    origins.push(index);
    text += content;
  });
  return { text, blocks: out, origins };
}
