// Builds a stored article from an extracted source, and re-derives an article's text when
// the analyst changes which blocks the cleaner kept.
import { randomUUID } from 'node:crypto';
import { codePointToUtf16, describe } from '../../../shared/anchoring';
import { ARTICLE_SCHEMA_VERSION, type ArticleFile, type SourceBlock } from '../../../shared/model';
import { MAX_TITLE_CHARS } from '../../../shared/limits';
import { NotebookError } from '../../../shared/result';
import type { ExtractedSource } from './extract';
import { assemble, assembleWithOrigins } from './extracted';

export function articleFromSource(
  source: ExtractedSource,
  { sha256, fileName }: { sha256: string; fileName?: string },
): ArticleFile {
  const { text, blocks } = assemble(source.blocks);
  // A real file's name is a fair title; pasted text ("Pasted text", no extension) opens with
  // its own first words instead.
  const title = capped(
    source.title?.trim() ||
      (fileName && /\.[^.]+$/.test(fileName) ? fileName.replace(/\.[^.]+$/, '') : firstWords(text)),
    MAX_TITLE_CHARS,
  );
  const optional = {
    source: source.siteName?.trim() || undefined,
    byline: source.byline?.trim() || undefined,
    url: source.url ?? undefined,
    lang: source.lang ?? undefined,
    // Left-to-right is the default; leaving it unset lets each paragraph find its own direction.
    dir: source.dir === 'rtl' ? ('rtl' as const) : undefined,
    publishedAt: source.publishedAt ?? undefined,
    publishedAtSource: source.publishedAt ? (source.publishedAtSource ?? undefined) : undefined,
    publishedAtUncertain: source.publishedAt && source.publishedAtUncertain ? true : undefined,
    fileName,
  };
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: {
      id: randomUUID(),
      title,
      ...(Object.fromEntries(
        Object.entries(optional).filter(([, v]) => v !== undefined),
      ) as Partial<typeof optional>),
      kind: source.kind,
      sha256,
      capturedAt: new Date().toISOString(),
      text,
      blocks,
      sourceBlocks: source.blocks.map(({ kind, text: t, removed }) =>
        removed ? { kind, text: t, removed } : { kind, text: t },
      ),
      ...(source.diagnostics?.length ? { cleaning: source.diagnostics } : {}),
    },
    highlights: [],
    note: { body: '' },
  };
}

/** The blocks the importer found; an article from before cleaning was revisable kept them all. */
export function sourceBlocksOf(article: ArticleFile['article']): SourceBlock[] {
  return (
    article.sourceBlocks ??
    article.blocks.map((b) => ({ kind: b.kind, text: article.text.slice(b.start, b.end) }))
  );
}

/**
 * Removes a block from the text or puts it back. Every highlight moves with its own block, so
 * it keeps its exact words; a block holding highlights cannot be removed.
 */
export function setBlockRemoved(file: ArticleFile, index: number, removed: boolean): void {
  const sourceBlocks = sourceBlocksOf(file.article);
  const block = sourceBlocks[index];
  if (!block) {
    throw new NotebookError('INVALID_INPUT', `The article has no block ${index + 1}.`);
  }
  if (Boolean(block.removed) === removed) return;
  const before = assembleWithOrigins(sourceBlocks);
  const next = sourceBlocks.map((b, i) =>
    i !== index
      ? b
      : removed
        ? { ...b, removed: 'removed by you' }
        : { kind: b.kind, text: b.text },
  );
  const after = assembleWithOrigins(next);
  const oldText = file.article.text;

  /** Where UTF-16 offset `at` of the old text stands in the new text, via its block. */
  const move = (at: number, isEnd: boolean) => {
    const k = before.blocks.findIndex((b) => (isEnd ? at <= b.end : at < b.end));
    const from = before.blocks[k];
    const to = after.blocks[after.origins.indexOf(before.origins[k]!)];
    return from && to ? to.start + (at - from.start) : null;
  };

  const placed = file.highlights.map((h) => {
    const start = codePointToUtf16(oldText, h.position.start);
    const end = codePointToUtf16(oldText, h.position.end);
    const s = move(start, false);
    const e = move(end, true);
    const ok = s !== null && e !== null && after.text.slice(s, e) === h.quote.exact;
    return { h, range: ok ? { start: s, end: e } : null };
  });
  const lost = placed.filter((p) => p.range === null);
  if (lost.length) {
    const first = clip(lost[0]!.h.quote.exact);
    const n = lost.length;
    throw new NotebookError(
      'CONFLICT',
      removed
        ? `This block holds ${n} highlight${n === 1 ? '' : 's'} (“${first}”); delete ${n === 1 ? 'it' : 'them'} before removing the block.`
        : `A highlight runs across the place this block would go back to (“${first}”); delete it before putting the block back.`,
    );
  }
  for (const { h, range } of placed)
    Object.assign(h, describe(after.text, range!.start, range!.end));
  Object.assign(file.article, { text: after.text, blocks: after.blocks, sourceBlocks: next });
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 8).join(' ');
  return words.length < text.trim().length ? `${words}…` : words;
}

/** A page's title past the cap every title has is cut at a character boundary, marked with "…". */
function capped(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text.slice(0, max)];
  chars.pop(); // room for the ellipsis, and never half a surrogate pair
  return `${chars.join('').trimEnd()}…`;
}
