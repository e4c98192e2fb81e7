// Names why a block is not article text, in words an analyst recognises ("navigation",
// "other stories"), from the landmarks and class names around it.
import type { Frame } from './blocks';

/** Class/id words and the reason they stand for; the first match from the block outwards wins. */
const HINTS: [RegExp, string][] = [
  [/\b(?:ad|ads|advert\w*|sponsor\w*|promo\w*|dfp|banner|outbrain|taboola)\b/, 'advertisement'],
  [/\b(?:share|sharing|social|sociable)\b/, 'share bar'],
  [/\b(?:newsletter|subscri\w*|signup|sign-up|registration)\b/, 'subscription prompt'],
  [/\b(?:comment\w*|discussion|disqus|replies|respond)\b/, 'comments'],
  [
    /\b(?:related|recommend\w*|more-?stories|read-?more|read-?next|also|trending|popular|most-?read|outbrain)\b/,
    'other stories',
  ],
  [/\b(?:caption|credit|figcaption|wp-caption-text|photo-?credit)\b/, 'caption'],
  [/\b(?:author|byline|bio|contributor)\b/, 'byline'],
  [/\b(?:breadcrumbs?|crumbs?)\b/, 'breadcrumbs'],
  [/\b(?:tags?|topics?|categor\w*|keywords?)\b/, 'tags'],
  [/\b(?:nav|navbar|navigation|menu\w*|masthead|skip)\b/, 'navigation'],
  [/\b(?:footer|foot|copyright|colophon)\b/, 'footer'],
  [/\b(?:header|top-?bar|site-?header)\b/, 'header'],
  [/\b(?:sidebar|side-?bar|rail|widget\w*|aside)\b/, 'sidebar'],
  [/\b(?:modal|popup|overlay|cookie\w*|consent|gdpr)\b/, 'pop-up'],
];

const LANDMARKS: Record<string, string> = {
  nav: 'navigation',
  footer: 'footer',
  header: 'header',
  aside: 'sidebar',
  figcaption: 'caption',
  form: 'form',
};

const ROLES: Record<string, string> = {
  navigation: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'sidebar',
  search: 'form',
  dialog: 'pop-up',
};

/** Words of an element's class and id, split on case and punctuation. */
export function classWords(element: Element): string {
  const raw = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_]+/g, ' ')
    .toLowerCase();
}

/** Why Readability (or we) dropped a block, judged from the elements around it. */
export function reasonFor(frame: Frame, outside: boolean): string {
  return contextReason(frame, null) ?? (outside ? 'outside the article' : 'not article text');
}

/**
 * The landmark or class hint nearest to the block, looking up from it and stopping at
 * `stop` (the article's own container: hints above it describe the whole page).
 */
export function contextReason(frame: Frame, stop: Frame | null, hints = HINTS): string | null {
  let depth = 0;
  for (let f: Frame | null = frame; f && f !== stop && f.tag !== 'body'; f = f.parent) {
    const landmark = LANDMARKS[f.tag] ?? ROLES[f.role];
    if (landmark) return landmark;
    if (f.words.trim()) {
      for (const [re, reason] of hints) if (re.test(f.words)) return reason;
    }
    if (++depth > 12) break;
  }
  return null;
}
