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
import type { ArticleFile, Block, Highlight } from '../../shared/model';
import { NotebookError } from '../../shared/result';
import { assemble, type ExtractedBlock } from './import/extracted';
import { sourceBlocksOf } from './import/to-article';
import type { NotebookInternals } from './internals';
import { carryRemoved } from './removed-blocks';

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
      const { article, highlights } = db.data;
      const paragraphs = withKinds(paragraphsOf(text), article.text, article.blocks);
      const next = assemble(paragraphs);
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
        // Found on other words: what they were is kept on the highlight, to be shown and cited.
        if (!h.orphan && updated.quote.exact !== h.quote.exact) {
          updated.wordsChanged = { before: h.quote.exact, version: current + 1, at: now };
        }
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
        // What was removed stays removed, and can still be shown and put back.
        data.article.sourceBlocks = carryRemoved(sourceBlocksOf(data.article), paragraphs);
        // The cleaner's notes were about the imported page, not about the analyst's new text.
        delete data.article.cleaning;
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
  restore(highlight: Highlight, replace = false): Promise<Highlight> {
    return this.nb.serial.run(async () => {
      const { id, articleId } = highlight;
      const holder = this.nb.library.articleOfHighlight(id);
      if (replace) {
        // Undo/redo of a re-attach: the highlight is there and takes the snapshot's place.
        if (!holder) throw missingHighlight(id);
        if (holder !== articleId) {
          throw new NotebookError('CONFLICT', `The highlight ${id} belongs to another article.`);
        }
      } else if (holder) {
        throw new NotebookError('CONFLICT', `The notebook already holds a highlight ${id}.`);
      }
      const db = await this.nb.changingArticle(articleId);
      const at = db.data.highlights.findIndex((h) => h.id === id);
      if (replace && at === -1) throw missingHighlight(id);
      if (!replace && at !== -1) {
        throw new NotebookError('CONFLICT', `The notebook already holds a highlight ${id}.`);
      }
      const { tags, tagMerges } = this.nb.library;
      const known = new Set(tags.map((t) => t.id));
      const tagIds = [
        ...new Set(
          highlight.tagIds.map((t) => mergedTag(t, tagMerges)).filter((t) => known.has(t)),
        ),
      ];
      const { text } = db.data.article;
      const found = reanchor(text, { quote: highlight.quote, position: highlight.position });
      const restored: Highlight = {
        ...structuredClone(highlight),
        tagIds,
        ...(found ? describeRange(text, found.start, found.end) : {}),
      };
      if (found) delete restored.orphan;
      else restored.orphan = true;
      await this.nb.changeArticleAndSummary(db, (data) => {
        if (replace) data.highlights[at] = restored;
        else data.highlights.push(restored);
      });
      return structuredClone(restored);
    });
  }
}

/** Where a tag went through `tags.merge`, following merges of merges. */
function mergedTag(id: string, merges: Readonly<Record<string, string>>): string {
  const seen = new Set([id]);
  let at = id;
  for (let next = merges[at]; next !== undefined && !seen.has(next); next = merges[at]) {
    seen.add(next);
    at = next;
  }
  return at;
}

/** A revised text's paragraphs: NFC, `\n` line ends, split on blank lines, trimmed. */
function paragraphsOf(text: string): ExtractedBlock[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({
      kind: BULLET.test(p) ? ('list-item' as const) : ('paragraph' as const),
      text: p,
    }));
}

/** A line that starts with a bullet, as a pasted list item does. */
const BULLET = /^[-*•▪◦‣·–—]\s/u;

/**
 * Carries each block's kind (heading, quote, list item) over to the new paragraphs: a paragraph
 * whose text an old block had takes its kind; the others are aligned with the remaining old
 * blocks in order (the most alike pairs, as in a diff) and take the kind of the one they
 * resemble. Paragraphs like none of the old blocks keep the kind `paragraphsOf` gave them.
 */
export function withKinds(
  paragraphs: ExtractedBlock[],
  oldText: string,
  oldBlocks: readonly Block[],
): ExtractedBlock[] {
  const old = oldBlocks.map((b) => ({ kind: b.kind, text: oldText.slice(b.start, b.end) }));
  const out = paragraphs.map((p) => ({ ...p }));
  const used = new Array<boolean>(old.length).fill(false);
  const placed = new Array<boolean>(out.length).fill(false);
  // The same text: the same kind, taking old blocks in order.
  const byText = new Map<string, number[]>();
  old.forEach((b, i) => byText.set(b.text, [...(byText.get(b.text) ?? []), i]));
  out.forEach((p, i) => {
    const j = byText.get(p.text)?.shift();
    if (j === undefined) return;
    p.kind = old[j]!.kind;
    used[j] = true;
    placed[i] = true;
  });
  // The rest: an alignment of the unmatched paragraphs with the unused old blocks, in order,
  // pairing only blocks alike enough.
  const ps = out.flatMap((_, i) => (placed[i] ? [] : [i]));
  const os = old.flatMap((_, j) => (used[j] ? [] : [j]));
  if (ps.length === 0 || os.length === 0 || ps.length * os.length > 250_000) return out;
  const like = ps.map((i) => os.map((j) => likeness(out[i]!.text, old[j]!.text)));
  const best = Array.from({ length: ps.length + 1 }, () =>
    new Array<number>(os.length + 1).fill(0),
  );
  for (let a = ps.length - 1; a >= 0; a--) {
    for (let b = os.length - 1; b >= 0; b--) {
      const pair = like[a]![b]! >= SIMILAR ? like[a]![b]! + best[a + 1]![b + 1]! : -1;
      best[a]![b] = Math.max(pair, best[a + 1]![b]!, best[a]![b + 1]!);
    }
  }
  for (let a = 0, b = 0; a < ps.length && b < os.length;) {
    const score = best[a]![b]!;
    if (like[a]![b]! >= SIMILAR && score === like[a]![b]! + best[a + 1]![b + 1]!) {
      out[ps[a]!]!.kind = old[os[b]!]!.kind;
      a++;
      b++;
    } else if (score === best[a + 1]![b]!) a++;
    else b++;
  }
  return out;
}

/** How alike two blocks must be (see `likeness`) to be taken for the same one, edited. */
const SIMILAR = 0.5;

/** Dice coefficient of the two texts' character bigrams, 0..1. */
function likeness(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
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
