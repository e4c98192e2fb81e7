// Lines up the blocks the importer found (kept and removed) with the article's kept blocks,
// so the reader can show removed ones in place without them entering the text's offsets.
import type { ArticleDetail, Block, SourceBlock } from '../../../shared/model';

export interface KeptUnit {
  type: 'kept';
  block: Block;
  /** Index into `blocks`: paragraph numbers count kept blocks only. */
  index: number;
  /** Index into `sourceBlocks`, for removing it; null when the two lists do not line up. */
  sourceIndex: number | null;
}

export interface RemovedUnit {
  type: 'removed';
  source: SourceBlock & { removed: string };
  sourceIndex: number;
}

export type BodyUnit = KeptUnit | RemovedUnit;

/** The canonical text keeps a block as the importer's text trimmed and NFC-normalized. */
const canonical = (text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n').trim();

/**
 * Kept source blocks correspond in order to `blocks` (an empty one yields no block). When they
 * do not line up, as a defensive fallback, the kept blocks render alone and cannot be removed.
 */
export function bodyUnits(
  article: Pick<ArticleDetail, 'text' | 'blocks' | 'sourceBlocks'>,
  showRemoved: boolean,
): BodyUnit[] {
  const plain = (): BodyUnit[] =>
    article.blocks.map((block, index) => ({ type: 'kept', block, index, sourceIndex: null }));
  const units: BodyUnit[] = [];
  let next = 0;
  for (const [sourceIndex, source] of article.sourceBlocks.entries()) {
    if (source.removed) {
      if (showRemoved)
        units.push({
          type: 'removed',
          source: { ...source, removed: source.removed },
          sourceIndex,
        });
      continue;
    }
    if (!canonical(source.text)) continue;
    const block = article.blocks[next];
    if (!block || article.text.slice(block.start, block.end) !== canonical(source.text)) {
      return plain();
    }
    units.push({ type: 'kept', block, index: next, sourceIndex });
    next++;
  }
  return next === article.blocks.length ? units : plain();
}

export const removedCount = (article: Pick<ArticleDetail, 'sourceBlocks'>): number =>
  article.sourceBlocks.filter((b) => b.removed).length;
