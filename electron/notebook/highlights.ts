// Highlights: created from UTF-16 offsets (the core derives the W3C selectors), recoloured,
// annotated, tagged and deleted; each change rewrites only its article's file and index entry.
import { randomUUID } from 'node:crypto';
import { describe as describeRange, snapToGraphemes, trimWhitespace } from '../../shared/anchoring';
import type { Output, ParsedInput } from '../../shared/contract';
import { NotebookError } from '../../shared/result';
import { bulkUpdate } from './highlights-bulk';
import type { NotebookInternals } from './internals';
import type { TagBook } from './tag-book';

export class Highlights {
  constructor(
    private readonly nb: NotebookInternals,
    private readonly tags: TagBook,
  ) {}

  /** Highlights by id with their article's title; ids no longer in the notebook are left out. */
  get(ids: readonly string[]): Promise<Output<'highlights.get'>> {
    return this.nb.serial.run(async () => {
      const found: Output<'highlights.get'> = [];
      for (const id of ids) {
        const articleId = this.nb.library.articleOfHighlight(id);
        if (!articleId) continue;
        const db = await this.nb.loadArticle(articleId);
        const highlight = db.data.highlights.find((h) => h.id === id);
        if (highlight)
          found.push({
            highlight: structuredClone(highlight),
            articleTitle: db.data.article.title,
          });
      }
      return found;
    });
  }

  create(input: ParsedInput<'highlights.create'>) {
    return this.nb.serial.run(async () => {
      const db = await this.nb.changingArticle(input.articleId);
      const { text } = db.data.article;
      if (input.end > text.length) {
        throw new NotebookError(
          'INVALID_INPUT',
          `The highlight ends at ${input.end}, past the end of the article text (${text.length}).`,
        );
      }
      const range = trimWhitespace(text, snapToGraphemes(text, input.start, input.end));
      if (range.end <= range.start) {
        throw new NotebookError('INVALID_INPUT', 'The selected range holds only white space.');
      }
      const now = new Date().toISOString();
      const highlight = {
        id: randomUUID(),
        articleId: input.articleId,
        ...describeRange(text, range.start, range.end),
        color: input.color ?? 'yellow',
        note: '',
        tagIds: [],
        createdAt: now,
        updatedAt: now,
      };
      await this.nb.changeArticleAndSummary(db, (data) => void data.highlights.push(highlight));
      return structuredClone(highlight);
    });
  }

  update({ id, color, note, tagIds, credibility }: ParsedInput<'highlights.update'>) {
    return this.nb.serial.run(async () => {
      const db = await this.nb.changingArticle(this.nb.articleOfHighlight(id));
      const at = db.data.highlights.findIndex((h) => h.id === id);
      if (at === -1) throw missingHighlight(id);
      if (tagIds) this.tags.requireAll(tagIds);
      // Tags count in the library entry, so a tag change goes through the summary too.
      await this.nb.changeArticleAndSummary(db, (data) => {
        const highlight = data.highlights[at]!;
        if (color !== undefined) highlight.color = color;
        if (note !== undefined) highlight.note = note;
        if (tagIds !== undefined) highlight.tagIds = [...new Set(tagIds)];
        if (credibility === null) delete highlight.credibility;
        else if (credibility !== undefined) highlight.credibility = credibility;
        highlight.updatedAt = new Date().toISOString();
      });
      return structuredClone(db.data.highlights[at]!);
    });
  }

  /** Recolours, tags or untags many highlights, one write per article (see highlights-bulk). */
  bulkUpdate(
    input: ParsedInput<'highlights.bulkUpdate'>,
  ): Promise<Output<'highlights.bulkUpdate'>> {
    return bulkUpdate(this.nb, this.tags, input);
  }

  delete(id: string): Promise<{ id: string }> {
    return this.nb.serial.run(async () => {
      const db = await this.nb.changingArticle(this.nb.articleOfHighlight(id));
      if (!db.data.highlights.some((h) => h.id === id)) throw missingHighlight(id);
      await this.nb.changeArticleAndSummary(db, (data) => {
        data.highlights = data.highlights.filter((h) => h.id !== id);
      });
      return { id };
    });
  }
}

export const missingHighlight = (id: string) =>
  new NotebookError('NOT_FOUND', `There is no highlight ${id} in this notebook.`);
