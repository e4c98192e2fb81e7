// Article versions and anchoring that does not drift: revising an article's text keeps the
// earlier versions and re-anchors every highlight; orphans can be re-attached; a deleted
// highlight can be put back (undo).
import {
  describe as describeRange,
  reanchor,
  snapToGraphemes,
  trimWhitespace,
} from '../../shared/anchoring';
import type { Output, ParsedInput } from '../../shared/contract';
import type { ArticleFile, Highlight } from '../../shared/model';
import { NotebookError } from '../../shared/result';
import { assemble, type ExtractedBlock } from './import/extracted';
import type { NotebookInternals } from './internals';

export class Revisions {
  constructor(private readonly nb: NotebookInternals) {}

  /**
   * Stores `text` as the article's new version (the current one is kept among the earlier
   * versions) and finds every highlight again on it, orphans included: found ones get new
   * selectors, lost ones become orphans keeping their old quote.
   */
  revise({ id, text }: ParsedInput<'articles.revise'>): Promise<Output<'articles.revise'>> {
    return this.nb.serial.run(async () => {
      const db = await this.nb.changingArticle(id);
      const paragraphs = paragraphsOf(text);
      const next = assemble(paragraphs);
      const { article, highlights } = db.data;
      const current = article.version ?? 1;
      if (next.text === article.text) {
        return {
          version: current,
          anchored: highlights.filter((h) => !h.orphan).map((h) => h.id),
          moved: [],
          orphaned: highlights.filter((h) => h.orphan).map((h) => h.id),
        };
      }
      const outcome: Output<'articles.revise'> = {
        version: current + 1,
        anchored: [],
        moved: [],
        orphaned: [],
      };
      const now = new Date().toISOString();
      const placed = highlights.map((h) => {
        const found = reanchor(next.text, { quote: h.quote, position: h.position });
        if (!found) {
          outcome.orphaned.push(h.id);
          return { ...h, orphan: true };
        }
        const updated: Highlight = {
          ...h,
          ...describeRange(next.text, found.start, found.end),
        };
        delete updated.orphan;
        const same = !h.orphan && found.how === 'exact' && updated.quote.exact === h.quote.exact;
        (same ? outcome.anchored : outcome.moved).push(h.id);
        if (!same) updated.updatedAt = now;
        return updated;
      });
      await this.nb.changeArticleAndSummary(db, (data) => {
        data.versions = [
          ...(data.versions ?? []),
          {
            number: current,
            text: data.article.text,
            blocks: data.article.blocks,
            createdAt: now,
          },
        ];
        data.article.text = next.text;
        data.article.blocks = next.blocks;
        data.article.sourceBlocks = paragraphs;
        data.article.version = current + 1;
        data.highlights = placed;
      });
      return outcome;
    });
  }

  /** Every version of the article's text, oldest first, the current one last. */
  versions(id: string): Promise<Output<'articles.versions'>> {
    return this.nb.serial.run(async () => {
      const { data } = await this.nb.loadArticle(id);
      const earlier = (data.versions ?? []).map((v, i) => ({
        number: v.number,
        createdAt: createdAtOf(data, i),
        length: v.text.length,
        current: false,
      }));
      return [
        ...earlier,
        {
          number: data.article.version ?? 1,
          createdAt: createdAtOf(data, earlier.length),
          length: data.article.text.length,
          current: true,
        },
      ];
    });
  }

  version({ id, number }: ParsedInput<'articles.version'>): Promise<Output<'articles.version'>> {
    return this.nb.serial.run(async () => {
      const { data } = await this.nb.loadArticle(id);
      if (number === (data.article.version ?? 1)) {
        const createdAt = createdAtOf(data, data.versions?.length ?? 0);
        return { number, text: data.article.text, createdAt };
      }
      const at = data.versions?.findIndex((v) => v.number === number) ?? -1;
      if (at === -1) {
        throw new NotebookError('NOT_FOUND', `The article has no version ${number}.`);
      }
      return { number, text: data.versions![at]!.text, createdAt: createdAtOf(data, at) };
    });
  }

  /** Attaches a highlight (an orphan or not) to newly selected words, keeping its note and tags. */
  reattach({ id, start, end }: ParsedInput<'highlights.reattach'>): Promise<Highlight> {
    return this.nb.serial.run(async () => {
      const db = await this.nb.changingArticle(this.nb.articleOfHighlight(id));
      const at = db.data.highlights.findIndex((h) => h.id === id);
      if (at === -1) throw missingHighlight(id);
      const { text } = db.data.article;
      if (end > text.length) {
        throw new NotebookError(
          'INVALID_INPUT',
          `The selection ends at ${end}, past the end of the article text (${text.length}).`,
        );
      }
      const range = trimWhitespace(text, snapToGraphemes(text, start, end));
      if (range.end <= range.start) {
        throw new NotebookError('INVALID_INPUT', 'The selected range holds only white space.');
      }
      await this.nb.changeArticleAndSummary(db, (data) => {
        const highlight: Highlight = {
          ...data.highlights[at]!,
          ...describeRange(text, range.start, range.end),
          updatedAt: new Date().toISOString(),
        };
        delete highlight.orphan;
        data.highlights[at] = highlight;
      });
      return structuredClone(db.data.highlights[at]!);
    });
  }

  /**
   * Puts a deleted highlight back (undo), with its id, note, tags, colour and dates. Its quote
   * is looked for in the current text; if its words are gone it comes back as an orphan.
   */
  restore(highlight: Highlight): Promise<Highlight> {
    return this.nb.serial.run(async () => {
      const { id, articleId } = highlight;
      if (this.nb.library.data.highlightArticles[id]) {
        throw new NotebookError('CONFLICT', `The notebook already holds a highlight ${id}.`);
      }
      const db = await this.nb.changingArticle(articleId);
      if (db.data.highlights.some((h) => h.id === id)) {
        throw new NotebookError('CONFLICT', `The notebook already holds a highlight ${id}.`);
      }
      const known = new Set(this.nb.library.data.tags.map((t) => t.id));
      const { text } = db.data.article;
      const found = reanchor(text, { quote: highlight.quote, position: highlight.position });
      const restored: Highlight = {
        ...structuredClone(highlight),
        tagIds: highlight.tagIds.filter((t) => known.has(t)),
        ...(found ? describeRange(text, found.start, found.end) : {}),
      };
      if (found) delete restored.orphan;
      else restored.orphan = true;
      await this.nb.changeArticleAndSummary(
        db,
        (data) => data.highlights.push(restored),
        (lib) => {
          lib.highlightArticles[id] = articleId;
        },
      );
      return structuredClone(restored);
    });
  }
}

/** A revised text's paragraphs: NFC, `\n` line ends, split on blank lines, trimmed. */
function paragraphsOf(text: string): ExtractedBlock[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph' as const, text: p }));
}

/**
 * When the i-th version (oldest first, the current one last) came to be: the first at the
 * article's capture, each later one when the version before it was stored away (a kept
 * version's `createdAt` is the moment it was revised).
 */
function createdAtOf(data: ArticleFile, i: number): string {
  return i === 0 ? data.article.capturedAt : data.versions![i - 1]!.createdAt;
}

const missingHighlight = (id: string) =>
  new NotebookError('NOT_FOUND', `There is no highlight ${id} in this notebook.`);
