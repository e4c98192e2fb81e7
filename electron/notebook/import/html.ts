// Extracts the article from a saved web page: Readability picks the article on an inert
// linkedom DOM, our own general rules then refine it, and every other visible block of the
// page is returned marked as removed so the analyst can see and restore it.
import { Readability } from '@mozilla/readability';
import { emptyExtracted, type Extracted, type ExtractedBlock } from './extracted';
import { markBlocks, readKept, type PageBlock } from './html/blocks';
import { blocksInBody, bodyBlocks, densestContainer, plainBody } from './html/fallback';
import { parseDocument, sanitize } from './html/dom';
import { readMetadata } from './html/metadata';
import { dateInLine } from './html/page-dates';
import { DATE_LABEL, isDateLine } from './html/patterns';
import { reasonFor } from './html/reasons';
import { fold, refine, type Candidate } from './html/refine';

/** Enough removed blocks to show what went, few enough to keep an article file small. */
const MAX_REMOVED = 400;

export interface HtmlOptions {
  /** Where the page came from; used for relative links and a date in the path. */
  url?: string;
  fileName?: string;
}

export function extractHtml(html: string, options: HtmlOptions = {}): Extracted {
  const result = emptyExtracted();
  const document = parseDocument(html);
  const meta = readMetadata(document, options.url);
  Object.assign(result, {
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    publishedAt: meta.publishedAt,
    publishedAtSource: meta.publishedAtSource,
    lang: meta.lang,
    dir: meta.dir,
    url: meta.url,
  });
  sanitize(document);
  const pageBlocks = markBlocks(document.body);
  const kept = chooseArticle(document, pageBlocks, meta.articleBody);
  const candidates = pageBlocks.map((block): Candidate => {
    const text = kept.get(block.id);
    if (!text) return { block, text: block.text, removed: 'readability' };
    // Readability loses some <br> line breaks; when it kept the whole block, keep the
    // page's own lines.
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    return { block, text: flat(text) === flat(block.text) ? block.text : text };
  });
  const urls = [meta.url, options.url].filter((u): u is string => !!u);
  refine(candidates, { title: meta.title, byline: meta.byline, urls });
  result.blocks = toBlocks(candidates, meta.title);
  if (!result.blocks.some((b) => !b.removed) && meta.articleBody) {
    // The page shows no article but states one: take the publisher's word for it.
    result.blocks = [...bodyBlocks(meta.articleBody), ...result.blocks];
  }
  if (!result.publishedAt) {
    const line = findDateLine(candidates);
    if (line) {
      result.publishedAt = line.date;
      result.publishedAtSource = 'date-line';
      result.publishedAtUncertain = line.uncertain;
    }
  }
  if (!result.dir) result.dir = textDirection(result.blocks);
  return result;
}

/** Below this much text Readability has found a scrap, not an article. */
const SCRAP = 250;

/**
 * Readability's article; when it finds none or a scrap, the blocks the page's JSON-LD
 * article body vouches for, or else the element holding the most prose.
 */
function chooseArticle(
  document: Document,
  pageBlocks: PageBlock[],
  articleBody: string | null,
): Map<number, string> {
  const kept = runReadability(document);
  const size = (m: Map<number, string>) => [...m.values()].reduce((n, t) => n + t.length, 0);
  if (size(kept) >= SCRAP) return kept;
  if (articleBody && articleBody.length >= SCRAP) {
    const stated = blocksInBody(pageBlocks, plainBody(articleBody));
    if (size(stated) >= size(kept)) return stated;
  }
  const densest = densestContainer(pageBlocks);
  return size(densest) > Math.max(SCRAP, 2 * size(kept)) ? densest : kept;
}

/** Readability's verdict: the text of each block it kept, by block id. */
function runReadability(document: Document): Map<number, string> {
  try {
    const article = new Readability<Element>(document, {
      serializer: (node) => node as Element,
      disableJSONLD: true,
    }).parse();
    return article?.content ? readKept(article.content) : new Map();
  } catch {
    // A page Readability cannot cope with is a page with no article, not a crash.
    return new Map();
  }
}

/** The kept blocks in reading order, with the removed ones (up to a cap) between them. */
function toBlocks(candidates: Candidate[], title: string | null): ExtractedBlock[] {
  const out: ExtractedBlock[] = [];
  let removed = 0;
  const keptIds = candidates.filter((c) => !c.removed).map((c) => c.block.id);
  const firstKept = keptIds[0] ?? Infinity;
  const lastKept = keptIds[keptIds.length - 1] ?? -1;
  for (const c of candidates) {
    if (!c.removed) {
      out.push(...split({ kind: c.block.kind, text: c.text }));
      continue;
    }
    if (removed >= MAX_REMOVED) continue;
    removed++;
    const outside = c.block.id < firstKept || c.block.id > lastKept;
    let reason = c.removed;
    if (reason === 'readability') {
      const isTitle = !!title && fold(c.block.text) === fold(title);
      reason = isTitle ? 'title' : reasonFor(c.block.frame, outside);
    }
    out.push({ kind: c.block.kind, text: c.block.text, removed: reason });
  }
  return out;
}

/** A block holding blank lines (paragraphs separated by <br><br>) becomes several blocks. */
function split(block: ExtractedBlock): ExtractedBlock[] {
  return block.text
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ ...block, text }));
}

/**
 * A date line near the top of the article ("Published November 20, 2019"). One above the
 * article, in the page's header, may be the site's "today" rather than the article's date.
 */
function findDateLine(candidates: Candidate[]): { date: string; uncertain: boolean } | null {
  const first = candidates.findIndex((c) => !c.removed);
  if (first < 0) return null;
  for (const c of candidates.slice(Math.max(0, first - 20), first + 10)) {
    if (!isDateLine(c.text)) continue;
    const date = dateInLine(c.text);
    // "Published …" names itself; a bare date above the article may be the page's "today".
    const above = c.block.id < candidates[first]!.block.id;
    if (date) return { date, uncertain: above && !DATE_LABEL.test(c.text) };
  }
  return null;
}

/** 'rtl' when most letters of the kept text are Arabic-script or Hebrew. */
function textDirection(blocks: ExtractedBlock[]): 'ltr' | 'rtl' | null {
  let rtl = 0;
  let letters = 0;
  for (const block of blocks) {
    if (block.removed) continue;
    for (const ch of block.text.slice(0, 5000)) {
      if (!/\p{L}/u.test(ch)) continue;
      letters++;
      if (/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(ch)) rtl++;
    }
  }
  if (!letters) return null;
  return rtl / letters > 0.5 ? 'rtl' : 'ltr';
}
