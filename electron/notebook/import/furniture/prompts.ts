// Prompts, notices and promos told by their words: a newsletter or an app offered to the reader,
// "click here", a cookie notice, an earnings disclosure, a ban on copying, the small print of a
// comment form, a "Related: …" promo; and the calls to action the HTML refiner weighs by context.
import { wordCount } from './text';
import { has, labelWords, madeOf, OTHER_STORIES, set, type RemovalReason } from './wording';

/** Words that name a list of other stories on their own. */
const LIST_NAMES = set('related recommended trending popular more');
const NEWSLETTER_WORDS = set('newsletter newsletters inbox unsubscribe opt-in');
const READER_WORDS = set(
  'you your our sign signing subscribe subscribing join receive get delivered enter',
);
const CLICK_WORDS = set('click clicking clique cliquez klik klicken tap');
const POINTING_WORDS = set('here aqui aquí ici hier sini below link image photo button sur');
const SOCIAL = set('twitter facebook instagram youtube tiktok linkedin x whatsapp telegram');
const REPRODUCE_WORDS = set('published republished reproduced broadcast rewritten redistributed');
/** "Opens in a new window": a link's notice to the reader, in the languages we read. */
const OPEN_WORDS = set(
  'open opens opening abre abren ouvre ouvrent öffnet öffnen opent apre aprono',
);
const INTO_WORDS = set('in into dans en em im nel nella');
const NEW_WORDS = set(
  'new nueva nuevo nouvelle nouvel neuen neues neue nieuw nieuwe nuova nova novo',
);
const WINDOW_WORDS = set(
  'window windows tab tabs fenêtre onglet ventana pestaña fenster janela aba venster finestra scheda',
);
const SEPARATOR = /\s*(?::|»|›|>|\||—|–)\s*/u;

/**
 * The small print of a comment form: words in this order, each at most `gap` words after the
 * one before ("Your email address will not be published", "Comments are closed").
 */
const COMMENT_FORM: readonly { words: readonly string[]; gap: number }[] = [
  { words: ['email', 'address', 'published'], gap: 4 },
  { words: ['required', 'fields'], gap: 1 },
  { words: ['logged', 'comment'], gap: 5 },
  { words: ['comments', 'closed'], gap: 2 },
  { words: ['comments', 'moderated'], gap: 2 },
];

/** `sequence` occurs in `words` in order, each word at most `gap` places after the last. */
function inOrder(words: readonly string[], sequence: readonly string[], gap: number): boolean {
  return words.some((w, start) => {
    if (w !== sequence[0]) return false;
    let at = start;
    for (const next of sequence.slice(1)) {
      const found = words.slice(at + 1, at + 1 + gap).indexOf(next);
      if (found < 0) return false;
      at += found + 1;
    }
    return true;
  });
}

/** A label opening a line: the text before a separator, or the leading words in capitals. */
function leadingLabel(text: string): string | null {
  const head = text.slice(0, 40).split(SEPARATOR);
  if (head.length > 1 && head[1]) return head[0]!;
  const caps = /^((?:[\p{Lu}'’]{2,}\s+){1,3})\p{Lu}\p{Ll}/u.exec(text);
  return caps ? caps[1]!.trim() : null;
}

const COOKIE =
  /\bcookies?\b.*\b(?:accept|consent|settings|preferences|browsing|site|website|privacy|policy)\b|\b(?:accept|consent)\b.*\bcookies?\b/iu;
const FOOTER_LINKS =
  /^(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie (?:policy|settings)|contact(?: us)?|about(?: us)?|careers|sitemap|site map|accessibility)(?:\s*[|·•,]\s*.*)?$/iu;

/** Why a short line is a prompt, promo or notice by its words, or null. */
export function promptReason(text: string): RemovalReason | null {
  if (text.length > 800) return null;
  const n = wordCount(text);
  const words = labelWords(text);
  if (n <= 60 && COOKIE.test(text)) return 'cookie notice';
  if (n <= 40 && has(words, NEWSLETTER_WORDS) && has(words, READER_WORDS))
    return 'subscription prompt';
  if (n <= 6 && words.at(-1)?.startsWith('newsletter')) return 'subscription prompt';
  if (n <= 30 && pointsToClick(words)) return 'subscription prompt';
  if (
    n <= 30 &&
    words.includes('app') &&
    set('download get').has(words[0] === 'please' ? words[1]! : words[0]!)
  )
    return 'subscription prompt';
  if (n <= 30 && followsOn(words)) return 'subscription prompt';
  if (n <= 50 && affiliate(words)) return 'promotion';
  if (n <= 60 && (/\ball rights reserved\b/iu.test(text) || reproduction(words))) return 'footer';
  if (n <= 12 && FOOTER_LINKS.test(text)) return 'footer';
  if (n <= 12 && opensNewWindow(words)) return 'navigation';
  if (n <= 40 && COMMENT_FORM.some((form) => inOrder(words, form.words, form.gap)))
    return 'comments';
  if (
    n <= 60 &&
    (readerEnjoyed(words) || (words.includes('survey') && has(words, set('take taking'))))
  )
    return 'promotion';
  if (n <= 45) {
    const label = leadingLabel(text);
    const head = label ? labelWords(label) : [];
    // One word alone must name a list ("Related: …"); "Also: …" or "Next: …" opens a sentence.
    const named = head.length >= 2 || LIST_NAMES.has(head[0] ?? '');
    if (named && head.length <= 4 && madeOf(head, OTHER_STORIES.keys, OTHER_STORIES.vocabulary))
      return 'other stories';
  }
  if (
    n <= 30 &&
    /^(?:filed under|tags?|tagged|topics?|categories|category|posted in)\s*:/iu.test(text)
  )
    return 'tags';
  return null;
}

function pointsToClick(words: readonly string[]): boolean {
  return words.some(
    (w, i) => CLICK_WORDS.has(w) && words.slice(i + 1, i + 4).some((x) => POINTING_WORDS.has(x)),
  );
}

/**
 * "These are external links and will open in a new window", "(opens in new tab)": an opening
 * verb with a new window or tab at most four words after it, in the window's own order.
 */
function opensNewWindow(words: readonly string[]): boolean {
  return words.some((w, i) => {
    // French elides the pronoun: "s’ouvre".
    if (!OPEN_WORDS.has(w.replace(/^\p{L}['’]/u, ''))) return false;
    // "in a new window", not "opens a new window for talks" or "opens new Windows store".
    const into = words.slice(i + 1, i + 3).findIndex((x) => INTO_WORDS.has(x));
    if (into < 0) return false;
    const after = words.slice(i + 2 + into, i + 5 + into);
    return after.some(
      (x, j) =>
        (NEW_WORDS.has(x) && WINDOW_WORDS.has(after[j + 1] ?? '')) ||
        (WINDOW_WORDS.has(x) && NEW_WORDS.has(after[j + 1] ?? '')),
    );
  });
}

/** "Follow us on Twitter", "Like us on Facebook", "Follow Jane Doe on Instagram". */
function followsOn(words: readonly string[]): boolean {
  if (!set('follow like').has(words[0] ?? '')) return false;
  const on = words.indexOf('on', 1);
  return on > 0 && on <= 5 && SOCIAL.has(words[on + 1] ?? '');
}

/** A disclosure of the page's own earnings, not an article about affiliate marketing. */
function affiliate(words: readonly string[]): boolean {
  const money = has(
    words,
    set('commission commissions earn earns compensation compensated purchase purchases'),
  );
  if (words.includes('affiliate') && has(words, set('we us our')) && money) return true;
  // "This post may contain affiliate links": a page's note on its own links, not "the
  // affiliate may have links to the cartel".
  const at = words.indexOf('affiliate');
  if (
    at >= 0 &&
    words.slice(at + 1, at + 5).some((w) => w === 'link' || w === 'links') &&
    has(words, set('this page post article site contain contains'))
  )
    return true;
  return (
    words.includes('commission') &&
    has(words, set('may might will')) &&
    has(words, set('earn receive get'))
  );
}

/**
 * "This material may not be published, broadcast, rewritten or redistributed": a ban listing
 * several ways of copying. One verb alone ("may not be published until …") is reporting.
 */
function reproduction(words: readonly string[]): boolean {
  const verbs = words.filter((w) => REPRODUCE_WORDS.has(w)).length;
  if (verbs >= 2 && words.includes('not') && has(words, set('may must'))) return true;
  // "This document is subject to copyright … no part may be reproduced without permission."
  // It speaks of the page itself ("this document", "no part of"): not "the letters, still
  // under copyright, may not be reproduced without the family's permission".
  const itself =
    has(words, set('this document material content site')) || inOrder(words, ['no', 'part'], 1);
  return (
    itself &&
    words.includes('copyright') &&
    has(words, set('no not without')) &&
    has(words, set('may must')) &&
    has(words, set('reproduced reproduction copied')) &&
    has(words, set('permission consent'))
  );
}

/** "If you enjoyed this article …": the reader asked for something. */
function readerEnjoyed(words: readonly string[]): boolean {
  return (
    words[0] === 'if' &&
    words[1] === 'you' &&
    set('enjoyed liked value appreciate').has(words[2] ?? '')
  );
}

const ASKING_VERBS = set(
  "subscribe sign register join follow download get click tap listen watch like want never don't stay have if support become",
);
const PROMPT_WORDS = set(
  'newsletter newsletters subscribe subscribers subscriber subscription inbox reached app podcast podcasts membership alerts channel',
);
const IMPERATIVE_VERBS = set(
  'subscribe sign register join follow download get click tap listen watch read see find learn',
);

const firstVerb = (words: readonly string[]) => (words[0] === 'please' ? words[1] : words[0]) ?? '';

/**
 * A call to subscribe, follow or download: an imperative opening aimed at the reader with a
 * prompt's word after it. "Listen to the traders here …" opens like one but is reporting:
 * words such as "here" or "coverage" are not enough.
 */
export function callsToAction(text: string): boolean {
  const words = labelWords(text);
  if (!ASKING_VERBS.has(firstVerb(words))) return false;
  // "Subscribe to WIRED and stay smart …": subscribing is all that verb asks for.
  if (firstVerb(words) === 'subscribe') return true;
  return (
    has(words.slice(1), PROMPT_WORDS) ||
    followsOn(words) ||
    pointsToClick(words) ||
    words.slice(1).some((w, i) => set('on via').has(w) && SOCIAL.has(words[i + 2] ?? ''))
  );
}

/** An imperative opening aimed at the reader: a prompt when the paragraph points at a link. */
export function opensImperative(text: string): boolean {
  return IMPERATIVE_VERBS.has(firstVerb(labelWords(text.slice(0, 40))));
}
