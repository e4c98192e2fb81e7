// Bulk changes to many highlights at once (the Quotations view's recolour, regrade, tag, untag): the
// highlights are grouped by article and each article is changed in one durable write.
import type { Output, ParsedInput } from '../../shared/contract';
import { MAX_TAGS_PER_HIGHLIGHT } from '../../shared/limits';
import type { ArticleFile, Highlight } from '../../shared/model';
import { NotebookError } from '../../shared/result';
import type { NotebookInternals } from './internals';
import type { TagBook } from './tag-book';

type BulkInput = ParsedInput<'highlights.bulkUpdate'>;

interface Change {
  color: Highlight['color'] | undefined;
  /** A grade 1–6, null to clear it, undefined to leave it. */
  credibility: Highlight['credibility'] | null | undefined;
  add: readonly string[];
  remove: ReadonlySet<string>;
}

export function bulkUpdate(
  nb: NotebookInternals,
  tags: TagBook,
  { ids, color, credibility, addTagIds = [], removeTagIds = [] }: BulkInput,
): Promise<Output<'highlights.bulkUpdate'>> {
  return nb.serial.run(async () => {
    const change: Change = {
      color,
      credibility,
      add: [...new Set(addTagIds)],
      remove: new Set(removeTagIds),
    };
    if (
      color === undefined &&
      credibility === undefined &&
      change.add.length === 0 &&
      change.remove.size === 0
    ) {
      throw new NotebookError(
        'INVALID_INPUT',
        'Nothing to change: give a colour, a credibility, tags to add or tags to remove.',
      );
    }
    const both = change.add.find((t) => change.remove.has(t));
    if (both) {
      throw new NotebookError('INVALID_INPUT', `The tag ${both} is both added and removed.`);
    }
    tags.requireAll([...change.add, ...change.remove]);
    // Every id is looked up before any article is touched: an unknown one changes nothing.
    const byArticle = new Map<string, Set<string>>();
    for (const id of ids) {
      const articleId = nb.articleOfHighlight(id);
      const group = byArticle.get(articleId) ?? new Set<string>();
      group.add(id);
      byArticle.set(articleId, group);
    }

    let updated = 0;
    let articlesDone = 0;
    for (const [articleId, wanted] of byArticle) {
      try {
        updated += await changeArticle(nb, articleId, wanted, change);
        articlesDone++;
      } catch (error) {
        if (articlesDone === 0) throw error;
        throw partlyDone(error, nb, articleId, updated, articlesDone, byArticle.size);
      }
    }
    return { updated };
  });
}

/** Changes the wanted highlights of one article in one write; returns how many changed. */
async function changeArticle(
  nb: NotebookInternals,
  articleId: string,
  wanted: ReadonlySet<string>,
  change: Change,
): Promise<number> {
  // A highlight already as asked is left alone, so its updatedAt keeps meaning something, and
  // an article with nothing to change is neither backed up nor written.
  const toChange = (data: ArticleFile) =>
    data.highlights
      .map((h, at) => ({ h, at }))
      .filter(({ h }) => wanted.has(h.id) && differs(h, change));
  if (toChange((await nb.loadArticle(articleId)).data).length === 0) return 0;
  const db = await nb.changingArticle(articleId);
  const changing = toChange(db.data);
  for (const { h } of changing) {
    const count = nextTags(h.tagIds, change).length;
    if (count > MAX_TAGS_PER_HIGHLIGHT) {
      throw new NotebookError(
        'INVALID_INPUT',
        `The highlight “${clip(h.quote.exact)}” would carry ${count} tags; ` +
          `a highlight may carry at most ${MAX_TAGS_PER_HIGHLIGHT}.`,
      );
    }
  }
  const now = new Date().toISOString();
  // Tags count in the library entry, so the change goes through the summary too.
  await nb.changeArticleAndSummary(db, (data) => {
    for (const { at } of changing) {
      const highlight = data.highlights[at]!;
      if (change.color !== undefined) highlight.color = change.color;
      if (change.credibility === null) delete highlight.credibility;
      else if (change.credibility !== undefined) highlight.credibility = change.credibility;
      highlight.tagIds = nextTags(highlight.tagIds, change);
      highlight.updatedAt = now;
    }
  });
  return changing.length;
}

function nextTags(tagIds: readonly string[], { add, remove }: Change): string[] {
  return [...new Set([...tagIds.filter((t) => !remove.has(t)), ...add])];
}

function differs(h: Highlight, change: Change): boolean {
  if (change.color !== undefined && h.color !== change.color) return true;
  if (change.credibility !== undefined && (h.credibility ?? null) !== change.credibility)
    return true;
  if (change.add.some((t) => !h.tagIds.includes(t))) return true;
  return h.tagIds.some((t) => change.remove.has(t));
}

/** The error of an article that failed after others were changed: it says what was kept. */
function partlyDone(
  error: unknown,
  nb: NotebookInternals,
  articleId: string,
  updated: number,
  articlesDone: number,
  articles: number,
): NotebookError {
  const reason = error instanceof Error ? error.message : String(error);
  const title = nb.library.summary(articleId)?.title ?? articleId;
  const highlights = `${updated} highlight${updated === 1 ? '' : 's'}`;
  return new NotebookError(
    error instanceof NotebookError ? error.code : 'INTERNAL',
    `${highlights} in ${articlesDone} of ${articles} articles were changed and stay changed; ` +
      `then “${title}” could not be changed: ${reason}`,
  );
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
