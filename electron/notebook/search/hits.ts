// One page of search hits: ranked, phrases checked in the article text where the index could
// only say "maybe", each with its title, a marked snippet and where the first match is.
import type { SearchHit } from '../../../shared/search';
import { containsRun } from './filters';
import type { EvalContext, Hits } from './evaluate';
import type { Entry } from './entries';
import { openingOf, snippetOf, type Matcher } from './snippet';
import { terms } from './tokenize';
import { topK } from './top';

/** Spare candidates ranked beyond the page, for articles whose phrase turns out not to be there. */
const SLACK = 32;

export async function hitsPage(
  ctx: EvalContext,
  hits: Hits,
  phrases: readonly string[][],
  { limit, offset }: { limit: number; offset: number },
  textOf: (articleId: string) => Promise<string>,
): Promise<{ total: number; hits: SearchHit[] }> {
  const { entries } = ctx.index;
  let total = 0;
  for (const s of hits.scores) if (s >= 0) total++;
  const matcher: Matcher = { terms: ctx.matched, phrases };
  const rejected = new Set<number>();
  for (let k = offset + limit + SLACK; ; k *= 4) {
    const { kind } = ctx.columns;
    const ranked = topK(hits.scores, (n) => kind[n]!, k, rejected);
    const page: SearchHit[] = [];
    let kept = 0;
    let short = false;
    // Found by filters alone, an article shows its opening, which the index keeps; otherwise
    // the texts this page will most likely show are read side by side (the disk waits overlap).
    const wantsText = matcher.terms.size > 0 || matcher.phrases.length > 0;
    const texts = new Map<number, Promise<string>>();
    const read = (n: number, articleId: string) => {
      let text = texts.get(n);
      if (!text) texts.set(n, (text = textOf(articleId)));
      return text;
    };
    if (wantsText) {
      for (const { n } of ranked.slice(0, offset + limit)) {
        const entry = entries[n]!;
        if (entry.kind === 'article') read(n, entry.articleId).catch(() => undefined);
      }
    }
    for (const { n, score } of ranked) {
      if (page.length >= limit) break;
      const entry = entries[n]!;
      let text: string | undefined;
      if (entry.kind === 'article' && wantsText) {
        text = await read(n, entry.articleId);
        const owed = hits.needs.get(n);
        // The pair signature let it through; the words themselves decide.
        if (owed && !owed.every((phrase) => containsRun(terms(text!), phrase))) {
          rejected.add(n);
          short = true;
          continue;
        }
      }
      if (kept++ < offset) continue;
      page.push(describe(entry, score, matcher, ctx, text));
    }
    // Enough hits, or no more candidates: the rejected ones are no hits at all.
    if (page.length >= limit || ranked.length < k || !short) {
      return { total: total - rejected.size, hits: page };
    }
  }
}

function describe(
  entry: Entry,
  score: number,
  matcher: Matcher,
  ctx: EvalContext,
  text: string | undefined,
): SearchHit {
  const rounded = Math.round(score * 1000) / 1000;
  switch (entry.kind) {
    case 'article': {
      const summary = ctx.summary(entry.articleId);
      const title = summary?.title ?? '';
      const inText = snippetOf(text ?? '', matcher);
      const shown =
        inText ??
        snippetOf([title, summary?.byline, summary?.source].filter(Boolean).join(' · '), matcher);
      return {
        kind: 'article',
        articleId: entry.articleId,
        title,
        snippet: shown?.snippet ?? openingOf(text ?? entry.opening),
        score: rounded,
        ...(inText ? { start: inText.start, end: inText.end } : {}),
      };
    }
    case 'highlight': {
      const { highlight } = entry;
      const inQuote = snippetOf(highlight.quote.exact, matcher);
      const inNote = inQuote ? null : snippetOf(highlight.note, matcher);
      return {
        kind: 'highlight',
        articleId: entry.articleId,
        highlightId: highlight.id,
        title: ctx.summary(entry.articleId)?.title ?? '',
        snippet: (inQuote ?? inNote)?.snippet ?? openingOf(highlight.quote.exact),
        score: rounded,
        start: inQuote ? entry.start + inQuote.start : entry.start,
        end: inQuote ? entry.start + inQuote.end : entry.end,
      };
    }
    case 'articleNote':
      return {
        kind: 'articleNote',
        articleId: entry.articleId,
        title: ctx.summary(entry.articleId)?.title ?? '',
        snippet: snippetOf(entry.body, matcher)?.snippet ?? openingOf(entry.body),
        score: rounded,
      };
    case 'notebookNote':
      return {
        kind: 'notebookNote',
        noteId: entry.noteId,
        title: entry.title.trim() || 'Untitled note',
        snippet:
          (snippetOf(entry.body, matcher) ?? snippetOf(entry.title, matcher))?.snippet ??
          openingOf(entry.body),
        score: rounded,
      };
  }
}
