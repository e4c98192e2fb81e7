// Our rules on top of Readability: drops the page furniture it keeps inside an article
// (captions, credits, bylines, date lines, promos, ad labels, link lists, author bios and
// what follows the article's end), each with the reason shown to the analyst.
import type { Frame, PageBlock } from './blocks';
import { reasonFor } from './reasons';
import { isDateLine } from '../furniture/date-lines';
import { wordCount as words, isProse } from '../furniture/text';
import { TUNING, type HtmlTuning } from '../furniture/tuning';
import { isCaptionLine, isSignOff } from '../furniture/credits';
import { callsToAction, opensImperative, promptReason } from '../furniture/prompts';
import { labelReason, tailReason } from '../furniture/wording';

export interface Candidate {
  block: PageBlock;
  text: string;
  removed?: string;
}

export interface RefineContext {
  title: string | null;
  byline: string | null;
  /** The page's own addresses (canonical and as given). */
  urls: string[];
}

/** Class/id words inside the article that mark furniture, not text. */
const INNER_HINTS: [RegExp, string][] = [
  [/\b(?:caption|credit|wp-caption-text|photo-?credit|image-?credit)s?\b/, 'caption'],
  [/\b(?:share|sharing|social-?share|share-?bar)\b/, 'share bar'],
  // Not "paywall": some sites wrap the subscriber part of the story itself in one.
  [/\b(?:newsletter|subscribe|subscription|signup)\b/, 'subscription prompt'],
  [
    /\b(?:related|recommended|read-?more|read-?next|more-?stories|trending|most-?read)\b/,
    'other stories',
  ],
  [
    /\b(?:author-?bio|about-?the-?author|author-?box|author-?info|author-?card|post-?author|bio)\b/,
    'author bio',
  ],
  [/\b(?:byline|dateline|timestamp|article-?date|post-?date|publish(?:ed)?-?date)\b/, 'byline'],
  [/\b(?:breadcrumbs?)\b/, 'breadcrumbs'],
  [/\b(?:comments?|comment-?list|disqus)\b/, 'comments'],
  [/\b(?:ad|ads|advert|advertisement|dfp|ad-?slot|ad-?container)\b/, 'advertisement'],
];

const INNER_LANDMARKS: Record<string, string> = {
  nav: 'navigation',
  aside: 'sidebar',
  footer: 'footer',
  header: 'article header',
  figcaption: 'caption',
  figure: 'caption',
};

export function refine(
  candidates: Candidate[],
  context: RefineContext,
  tuning: HtmlTuning = TUNING.html,
): void {
  const kept = () => candidates.filter((c) => !c.removed);
  restoreQuotes(candidates);
  const root = commonFrame(kept().map((c) => c.block.frame));
  const title = fold(context.title ?? '');

  const weight = frameWeights(kept(), root);
  const total = kept().reduce((sum, c) => sum + c.text.length, 0);
  for (const c of kept()) {
    const reason = innerReason(c, root, (f) => (weight.get(f) ?? 0) < total * tuning.hintedShare);
    if (reason) drop(c, reason);
  }
  const byline = fold(context.byline ?? '');
  for (const c of kept()) {
    const reason = textReason(c, title, byline) ?? (context.urls.includes(c.text) ? 'link' : null);
    if (reason) drop(c, reason);
  }
  dropCallsToAction(kept());
  for (const c of kept()) {
    // Text sharing an element with a picture, short of a paragraph: the picture's caption.
    const oneLine = !c.text.includes('\n');
    const url = /^\S+:\/\/\S+$/.test(c.text);
    if (
      c.block.besideImage &&
      oneLine &&
      !url &&
      words(c.text) <= tuning.captionWords &&
      !isProse(c.text, 0)
    )
      drop(c, 'caption');
  }
  for (const c of kept()) {
    // A paragraph that is one link is a promo for another page. Linked headings and list
    // items are often the article's own subject (a gift guide, a list of deals).
    const n = words(c.text);
    if (
      c.block.kind === 'paragraph' &&
      linkShare(c) >= tuning.linkParagraphShare &&
      n >= 4 &&
      n <= 30
    )
      drop(c, 'link');
  }
  trimEnds(candidates, context, tuning);
}

/**
 * Readability drops embedded posts (a tweet's blockquote sits in a "social" wrapper) that
 * the author quotes as part of the story: a quotation between kept paragraphs is text.
 */
function restoreQuotes(candidates: Candidate[]): void {
  const first = candidates.findIndex((c) => !c.removed);
  const last = candidates.findLastIndex((c) => !c.removed);
  const keptText = new Set(candidates.filter((c) => !c.removed).map((c) => fold(c.text)));
  for (let i = first + 1; i < last; i++) {
    const c = candidates[i]!;
    if (c.removed !== 'readability' || c.block.kind !== 'quote') continue;
    // Not a pull quote repeating the text, nor a quote inside a promo or comment box.
    if (keptText.has(fold(c.text))) continue;
    if (
      /advertisement|related|comments|subscription|navigation|footer/.test(
        reasonFor(c.block.frame, false),
      )
    )
      continue;
    delete c.removed;
  }
}

/** The deepest frame holding all of the given frames: the article's container. */
function commonFrame(frames: Frame[]): Frame | null {
  if (!frames.length) return null;
  const chain = (f: Frame) => {
    const out: Frame[] = [];
    for (let x: Frame | null = f; x; x = x.parent) out.unshift(x);
    return out;
  };
  let common = chain(frames[0]!);
  for (const frame of frames.slice(1)) {
    const other = chain(frame);
    let i = 0;
    while (i < common.length && i < other.length && common[i] === other[i]) i++;
    common = common.slice(0, i);
  }
  return common[common.length - 1] ?? null;
}

/** How much kept text each frame inside the article holds. */
function frameWeights(kept: Candidate[], root: Frame | null): Map<Frame, number> {
  const weight = new Map<Frame, number>();
  for (const c of kept) {
    for (let f: Frame | null = c.block.frame; f && f !== root; f = f.parent) {
      weight.set(f, (weight.get(f) ?? 0) + c.text.length);
    }
  }
  return weight;
}

/**
 * The landmark or class hint nearest the block inside the article. A hint on an element
 * that holds much of the article describes the article (a "related-content" wrapper around
 * the story), not furniture inside it, so `small` must vouch for the element.
 */
function innerReason(c: Candidate, root: Frame | null, small: (f: Frame) => boolean) {
  for (let f: Frame | null = c.block.frame; f && f !== root; f = f.parent) {
    if (!small(f)) continue;
    const landmark = INNER_LANDMARKS[f.tag];
    // A figure may hold a pull quote or an embedded post that belongs to the text.
    if (landmark && !(f.tag === 'figure' && c.block.kind === 'quote')) return landmark;
    if (f.words.trim()) {
      for (const [re, reason] of INNER_HINTS) if (re.test(f.words)) return reason;
    }
  }
  return null;
}

function textReason(c: Candidate, title: string, byline: string): string | null {
  const text = c.text;
  const folded = fold(text);
  if (title && folded === title) return 'title';
  // The page's stated author printed as a line of its own ("VICTOR TANGERMANN, FUTURISM").
  if (byline && (folded === byline || folded === `by ${byline}`)) return 'byline';
  const reason = labelReason(text) ?? promptReason(text);
  if (reason) return reason;
  if (isCaptionLine(text)) return 'caption';
  if (words(text) <= 60 && isSignOff(text)) return 'author note';
  if (isDateLine(text)) return 'date line';
  if (/^@\w+$/.test(text)) return 'link';
  return null;
}

/**
 * Short paragraphs asking the reader to subscribe, follow or download. Prompt wording marks one
 * anywhere; an imperative with prompt words, or one that is mostly a link, only where it does
 * not sit inside the running text, between two paragraphs of it.
 */
function dropCallsToAction(kept: Candidate[]): void {
  const prose = (c: Candidate | undefined) =>
    !!c && c.block.kind === 'paragraph' && isProse(c.text, linkShare(c));
  kept.forEach((c, k) => {
    if (c.block.kind !== 'paragraph' || words(c.text) > 30) return;
    const points =
      linkShare(c) >= 0.5 ||
      /https?:\/\/|www\./i.test(c.text) ||
      (c.block.linkChars > 0 && /\bhere\W*$/i.test(c.text));
    const asks = callsToAction(c.text) || (opensImperative(c.text) && points);
    if (asks && !(prose(kept[k - 1]) && prose(kept[k + 1]))) drop(c, 'subscription prompt');
  });
}

function linkShare(c: Candidate): number {
  return c.block.linkChars / Math.max(1, c.block.text.replace(/\s+/g, '').length);
}

/**
 * What follows the article's last paragraph: headings over nothing, a closing marker
 * ("Related", "About the author") past the middle and everything below it, author bios.
 */
function trimEnds(candidates: Candidate[], context: RefineContext, tuning: HtmlTuning): void {
  const kept = candidates.filter((c) => !c.removed);
  const prose = kept.map((c) => c.block.kind !== 'heading' && isProse(c.text, linkShare(c)));
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  if (first < 0) return;
  const lastProse = kept[last]!.block.id;
  // Linked list items after the last paragraph are the "more stories" list.
  for (const c of kept.slice(last + 1)) {
    if (c.block.kind === 'list-item' && linkShare(c) >= tuning.trailingListLinkShare)
      drop(c, 'other stories');
  }
  // A heading with nothing of the article under it introduces what is not the article.
  let contentBelow = false;
  for (const c of kept.slice(last + 1).reverse()) {
    if (c.removed) continue;
    if (c.block.kind !== 'heading') contentBelow = true;
    else if (!contentBelow) drop(c, 'after the article');
  }
  // A closing marker ("Related", "About the author") starts the furniture below it: one
  // Readability dropped after the last paragraph, or one it kept past the middle of the
  // article with little prose below (a "Related" box mid-story must not cut the story).
  const total = kept.reduce((sum, c) => sum + c.text.length, 0);
  const proseAfter = new Map<Candidate, number>();
  let below = 0;
  for (let i = kept.length - 1; i >= 0; i--) {
    proseAfter.set(kept[i]!, below);
    if (prose[i]) below += kept[i]!.text.length;
  }
  let seen = 0;
  let ended = false;
  for (const c of candidates) {
    if (ended) {
      drop(c, 'after the article');
      continue;
    }
    if (!c.removed) seen += c.text.length;
    if (!tailReason(c.text)) continue;
    const closing = c.removed
      ? c.block.id > lastProse
      : seen >= total * tuning.tailAfterShare &&
        (proseAfter.get(c) ?? 0) < total * tuning.tailProseBelowShare;
    if (closing) {
      ended = true;
      drop(c, 'after the article');
    }
  }
  // An author bio: a closing paragraph that opens with the author's name.
  const names = (context.byline ?? '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .flatMap((name) => name.split(/\s+/))
    .filter((w) => w.length > 2 && /^\p{Lu}/u.test(w));
  if (names.length) {
    const opener = new RegExp(
      `^(?:${names.map(escape).join('|')})\\b[^.]{0,80}?\\b(?:is|was|has|covers|joined|writes|reports|lives)\\b`,
    );
    for (let i = Math.max(first + 1, kept.length - 4); i < kept.length; i++) {
      if (opener.test(kept[i]!.text)) drop(kept[i]!, 'author note');
    }
  }
}

/** Marks a kept block removed; the first rule to drop a block names the reason. */
function drop(c: Candidate, reason: string): void {
  if (!c.removed) c.removed = reason;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compares texts whatever their case, quotes and spacing. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
