// Extracts the article from a saved web page: Readability picks the article on an inert
// linkedom DOM, our own general rules then refine it, and every other visible block of the
// page is returned marked as removed so the analyst can see and restore it.
import { Readability } from '@mozilla/readability';
import { readDateLine } from './dates';
import { emptyExtracted, type Extracted, type ExtractedBlock } from './extracted';
import { markBlocks, readKept, type PageBlock } from './html/blocks';
import { blocksInBody, bodyBlocks, densestContainer, plainBody } from './html/fallback';
import { parseDocument, sanitize } from './html/dom';
import { readMetadata } from './html/metadata';
import { dateInLine } from './html/page-dates';
import { DATE_LABEL, UPDATED_LABEL, isDateLine } from './furniture/date-lines';
import { coverage, wordCount as words } from './furniture/text';
import { TUNING, type HtmlTuning } from './furniture/tuning';
import { reasonFor } from './html/reasons';
import { fold, refine, type Candidate } from './html/refine';

/** Enough removed blocks to show what went, few enough to keep an article file small. */
const MAX_REMOVED = 400;

export interface HtmlOptions {
  /** Where the page came from; used for relative links and a date in the path. */
  url?: string;
  fileName?: string;
  /** The refiner's numbers; the defaults unless a benchmark is fitting them. */
  tuning?: HtmlTuning;
}

export function extractHtml(html: string, options: HtmlOptions = {}): Extracted {
  return finishHtml(prepareHtml(html, options), options.tuning);
}

/** A page parsed, its metadata read and Readability's verdict taken: all but our own rules. */
export interface PreparedHtml {
  result: Extracted;
  meta: ReturnType<typeof readMetadata>;
  candidates: Candidate[];
  /** Readability's own article text, for the safety net. */
  readabilityText: string;
  /** The blocks are Readability's choice (not the JSON-LD body's or the densest element's). */
  fromReadability: boolean;
  urls: string[];
}

export function prepareHtml(html: string, options: HtmlOptions = {}): PreparedHtml {
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
  const readability = runReadability(document);
  const kept = chooseArticle(readability.kept, pageBlocks, meta.articleBody);
  const candidates = pageBlocks.map((block): Candidate => {
    const text = kept.get(block.id);
    if (!text) return { block, text: block.text, removed: 'readability' };
    // Readability loses some <br> line breaks; when it kept the whole block, keep the
    // page's own lines.
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    return { block, text: flat(text) === flat(block.text) ? block.text : text };
  });
  const urls = [meta.url, options.url].filter((u): u is string => !!u);
  const fromReadability = kept === readability.kept;
  return { result, meta, candidates, readabilityText: readability.text, fromReadability, urls };
}

/** Our rules on a prepared page, with the safety net under them; the prepared page is not changed. */
export function finishHtml(prepared: PreparedHtml, tuning: HtmlTuning = TUNING.html): Extracted {
  const { meta, urls, readabilityText, fromReadability } = prepared;
  const result: Extracted = { ...prepared.result, diagnostics: [] };
  const candidates = prepared.candidates.map((c) => ({ ...c }));
  refine(candidates, { title: meta.title, byline: meta.byline, urls }, tuning);
  result.blocks = toBlocks(candidates, meta.title);
  safetyNet(result, candidates, {
    chosen: prepared.candidates,
    readabilityText,
    fromReadability,
    share: tuning.safetyNetShare,
  });
  if (!result.blocks.some((b) => !b.removed) && meta.articleBody) {
    // The page shows no article but states one: take the publisher's word for it.
    result.blocks = [...bodyBlocks(meta.articleBody), ...result.blocks];
  }
  if (!result.publishedAt) {
    const line = findDateLine(candidates, meta);
    if (line) {
      result.publishedAt = line.date;
      result.publishedAtSource = 'date-line';
      result.publishedAtUncertain = line.uncertain;
    }
  }
  if (!result.dir) result.dir = textDirection(result.blocks);
  if (!result.diagnostics!.length) delete result.diagnostics;
  return result;
}

const keptText = (candidates: readonly Candidate[]) =>
  candidates
    .filter((c) => !c.removed)
    .map((c) => c.text)
    .join('\n');

/** Below this many words Readability's article is too small to overrule our rules with. */
const NET_WORDS = 50;

/**
 * When our rules keep much less of Readability's own article than `share` of it, the rules
 * have misread the page: the blocks Readability chose stand, or, where its article could not
 * be matched to the page's blocks, its own text. The diagnostics say which. On Readability's
 * blocks "how much" is the words kept; on blocks chosen another way it is how many of
 * Readability's runs of three words the kept text holds.
 */
function safetyNet(
  result: Extracted,
  candidates: Candidate[],
  options: {
    /** The blocks as chosen before our rules ran. */
    chosen: readonly Candidate[];
    readabilityText: string;
    fromReadability: boolean;
    share: number;
  },
): void {
  const { chosen, readabilityText, fromReadability, share: least } = options;
  const total = words(readabilityText);
  if (total < NET_WORDS) return;
  const heldOf = (text: string) =>
    fromReadability ? words(text) / total : coverage(readabilityText, text);
  const held = heldOf(keptText(candidates));
  if (held >= least) return;
  const percent = Math.round(100 * held);
  // The blocks as chosen hold Readability's article unless its article could not be matched
  // to the page's blocks (then they hold little of it, whoever chose them).
  if (heldOf(keptText(chosen)) >= least) {
    for (const c of candidates) if (c.removed && c.removed !== 'readability') delete c.removed;
    result.blocks = toBlocks(candidates, null);
    result.diagnostics!.push(
      fromReadability
        ? `The cleaner's rules would have kept only ${percent}% of the article that Readability found on this page, so that article was kept as Readability found it: check it for leftover menus or links.`
        : `The cleaner's rules would have kept only ${percent}% of the article that Readability found on this page, so the article as first found on the page was kept: check it for leftover menus or links.`,
    );
    return;
  }
  result.blocks = [...bodyBlocks(readabilityText), ...result.blocks.map(asRemoved)];
  result.diagnostics!.push(
    `The cleaner's rules would have kept only ${percent}% of the article that Readability found on this page, and that article could not be matched to the page's paragraphs, so its plain text was kept: check it for leftover menus or links, and the page's own paragraphs are under "Show removed".`,
  );
}

const asRemoved = (b: ExtractedBlock): ExtractedBlock =>
  b.removed ? b : { ...b, removed: 'not in the article' };

/** Below this much text Readability has found a scrap, not an article. */
const SCRAP = 250;

/**
 * Readability's article; when it finds none or a scrap, the blocks the page's JSON-LD
 * article body vouches for, or else the element holding the most prose.
 */
function chooseArticle(
  kept: Map<number, string>,
  pageBlocks: PageBlock[],
  articleBody: string | null,
): Map<number, string> {
  const size = (m: Map<number, string>) => [...m.values()].reduce((n, t) => n + t.length, 0);
  if (size(kept) >= SCRAP) return kept;
  if (articleBody && articleBody.length >= SCRAP) {
    const stated = blocksInBody(pageBlocks, plainBody(articleBody));
    if (size(stated) >= size(kept)) return stated;
  }
  const densest = densestContainer(pageBlocks);
  return size(densest) > Math.max(SCRAP, 2 * size(kept)) ? densest : kept;
}

/** Readability's verdict: the text of each block it kept, by block id, and its article text. */
function runReadability(document: Document): { kept: Map<number, string>; text: string } {
  try {
    const article = new Readability<Element>(document, {
      serializer: (node) => node as Element,
      disableJSONLD: true,
    }).parse();
    if (!article?.content) return { kept: new Map(), text: '' };
    return { kept: readKept(article.content), text: article.textContent ?? '' };
  } catch {
    // A page Readability cannot cope with is a page with no article, not a crash.
    return { kept: new Map(), text: '' };
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
 * The date line near the top of the article. One labelled "Published" or "Posted" wins; an
 * unlabelled one inside the article or directly by its headline or byline comes next. An
 * unlabelled date elsewhere above the article may be the site's "today" in its top bar, and an
 * "Updated" date is not the publication date: either is given only as uncertain.
 */
function findDateLine(
  candidates: Candidate[],
  meta: { title: string | null; byline: string | null },
): { date: string; uncertain: boolean } | null {
  const first = candidates.findIndex((c) => !c.removed);
  if (first < 0) return null;
  const firstId = candidates[first]!.block.id;
  const title = fold(meta.title ?? '');
  const byArticle = (c: Candidate | undefined) =>
    !!c &&
    ((!!title && fold(c.text) === title) ||
      (words(c.text) <= 12 &&
        (/^by\s+\p{Lu}/iu.test(c.text) || (!!meta.byline && c.text.includes(meta.byline)))));
  const window = candidates.slice(Math.max(0, first - 20), first + 10);
  const lines = window.flatMap((c, k) => {
    const date = isDateLine(c.text) ? dateInLine(c.text) : null;
    if (!date) return [];
    const inArticle = c.block.id >= firstId || byArticle(window[k - 1]) || byArticle(window[k + 1]);
    return [{ date, label: dateLabel(c.text), inArticle }];
  });
  const best =
    lines.find((l) => l.label === 'published') ??
    lines.find((l) => l.label === null && l.inArticle);
  if (best) return { date: best.date, uncertain: false };
  const fallback = lines.find((l) => l.label === null) ?? lines[0];
  return fallback ? { date: fallback.date, uncertain: true } : null;
}

/** What a date line calls its date: "Published …", "Updated …", or nothing. */
function dateLabel(text: string): 'published' | 'updated' | null {
  const line = readDateLine(text);
  if (line) return line.label;
  if (UPDATED_LABEL.test(text)) return 'updated';
  return DATE_LABEL.test(text) ? 'published' : null;
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
