// Finds the article's byline: the author the page's metadata states, else the text of its
// byline element (rel=author, itemprop=author, byline/author classes).
import { metaText, textOf } from './dom';
import { WEEKDAY_WORD_SOURCE } from '../furniture/date-words';
import { DATE_IN_TEXT } from './page-dates';

/** A weekday left at the end of a byline once its date is gone: "Jane Doe, Tuesday". */
const TRAILING_WEEKDAY = new RegExp(
  `[\\s,|·•–—-]*(?:${WEEKDAY_WORD_SOURCE})\\.?[\\s,|·•–—-]*$`,
  'iu',
);

const BYLINE_SELECTORS = [
  '[rel~="author"]',
  '[itemprop~="author"] [itemprop~="name"]',
  '[itemprop~="author"]',
  '[class*="byline"]',
  '[class*="author-name"]',
  '[class*="author"]',
];

/** The first stated author that reads as a name, else a byline element's text. */
export function findByline(document: Document, stated: (string | null | undefined)[]) {
  for (const candidate of stated) {
    const byline = cleanByline(candidate);
    if (byline && !/^https?:/i.test(byline)) return byline;
  }
  for (const selector of BYLINE_SELECTORS) {
    for (const element of document.querySelectorAll(selector)) {
      // Comment forms label their name fields "Name (required)" with author classes.
      if (element.closest('form, label, script, style, template, [class*="comment"]')) continue;
      const byline = cleanByline(textOf(element));
      if (byline) return byline;
    }
  }
  return null;
}

function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = metaText(value)
    .replace(/\s+/g, ' ')
    .replace(/^(?:(?:\p{L}+(?:ed|en)\s+)?by|author:?)\s+/iu, '')
    .replace(DATE_IN_TEXT, '')
    .replace(TRAILING_WEEKDAY, '')
    .replace(/[\s,|·•–—-]+$/, '')
    .trim();
  // A byline is a name or a few, not a paragraph.
  if (!text || text.length > 100 || text.split(/\s+/).length > 12) return null;
  return text;
}
