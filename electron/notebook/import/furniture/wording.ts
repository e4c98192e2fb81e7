// The wording of page furniture, one list for the HTML refiner and the copied-text cleaner.
// A label is furniture when every word of it is a word of one kind of page control (share,
// sign in, menu, ad slot) and one of them is that kind's key word; a heading opens what follows
// an article when its words are those of "more stories", comments or tags. Rules go by words
// and their order, not by phrases: "More Top Stories" and "Recommended for you" are told by the
// same vocabulary, and a phrase one site prints is not a rule. The words are conventions of news
// and blog pages in general, in the languages Dossier's sources are written in. Prompts and
// notices are in prompts.ts, captions, credits and sign-offs in credits.ts, on these helpers.
import { bare, wordCount } from './text';

/** Why a cleaner removed a block; shown to the analyst, who can put it back. */
export type RemovalReason =
  | 'advertisement'
  | 'after the article'
  | 'author note'
  | 'byline'
  | 'caption'
  | 'comments'
  | 'cookie notice'
  | 'date line'
  | 'duplicate'
  | 'footer'
  | 'link'
  | 'navigation'
  | 'other stories'
  | 'promotion'
  | 'reading time'
  | 'share bar'
  | 'standfirst'
  | 'subscription prompt'
  | 'tags'
  | 'title';

const vocabularies = new Map<string, ReadonlySet<string>>();

/** The words of a space-separated list as a set, made once per list (rules call it per line). */
export function set(words: string): ReadonlySet<string> {
  let vocabulary = vocabularies.get(words);
  if (!vocabulary) {
    vocabulary = new Set(words.split(/\s+/).filter(Boolean));
    vocabularies.set(words, vocabulary);
  }
  return vocabulary;
}

/** The words of a label, lower case, without the punctuation and decorations around them. */
export function labelWords(text: string): string[] {
  return bare(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .split(/[^\p{L}\p{M}\p{N}'×…-]+/u)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter(Boolean);
}

const isNumber = (w: string) => /^\d[\d.,]*[km]?$/.test(w);

/** Every word is of the vocabulary (or a number) and at least one is a key word. */
export function madeOf(
  words: readonly string[],
  keys: ReadonlySet<string>,
  vocabulary: ReadonlySet<string>,
) {
  return (
    words.length > 0 &&
    words.every((w) => keys.has(w) || vocabulary.has(w) || isNumber(w)) &&
    words.some((w) => keys.has(w))
  );
}

/** Small words any label may carry. */
const FILLER = set(
  'a an the this that it its to of on in at for from by with via and or & our your you us my me now here today',
);

interface Kind {
  reason: RemovalReason;
  keys: ReadonlySet<string>;
  vocabulary: ReadonlySet<string>;
  /** Longest label of this kind, in words. */
  most: number;
}

const kind = (reason: RemovalReason, keys: string, words: string, most = 6): Kind => ({
  reason,
  keys: set(keys),
  vocabulary: new Set([...set(words), ...FILLER]),
  most,
});

/** Page controls and slots, in the order they are tried. */
const LABEL_KINDS: Kind[] = [
  kind(
    'advertisement',
    'advertisement advertisements advertisment advertising advert adverts ad ads adchoices sponsored promoted paid publicidade publicidad publicité pubblicità anzeige werbung iklan реклама اشتہار إعلان تبلیغات',
    'content post posts stories story article links continues continue below scroll reading partner choices',
  ),
  kind(
    'share bar',
    'share shares sharing tweet pin print email e-mail save copy copied facebook twitter x linkedin reddit pinterest whatsapp telegram flipboard pocket tumblr messenger sms report listen follow',
    'link article story post page later friends panel close open',
  ),
  kind(
    'subscription prompt',
    'subscribe subscriber sign signed login logout log logged register newsletter newsletters account join app',
    'in up out manage create get download already edit profile settings are as',
  ),
  kind(
    'navigation',
    'skip menu close open search home homepage back top section sections more next prev previous toggle navigation breadcrumb breadcrumbs all explore view see load show less read expand collapse play pause mute unmute fullscreen zoom × …',
    'main content site page article story post full screen',
  ),
  kind(
    'caption',
    'caption captions credit gallery slideshow enlarge video videos watch',
    'image images photo photos picture pictures view expand hide toggle back live play',
  ),
  kind('navigation', 'pdf', 'view download open as print version edition mode'),
];

const PICTURE = set(
  'image images photo photos picture pictures pic media video videos foto fotos graphic illustration file',
);
export const CREDIT_WORDS = set('caption copyright credit credits source');

/** "Image copyright …", "Media caption …": a picture's caption or credit starts. */
const headsPicture = (words: readonly string[]) =>
  PICTURE.has(words[0] ?? '') && CREDIT_WORDS.has(words[1] ?? '');

/** A line that opens a picture's caption or credit ("Image copyright …", "Photo caption …"). */
export const opensPictureNote = (text: string): boolean =>
  headsPicture(labelWords(text.slice(0, 40)));

/** "Image 3 of 12", "1 / 8": a gallery's counter. */
const GALLERY_COUNTER =
  /^(?:(?:image|photo|picture|slide|media|video)s?\s*)?\d+\s*(?:of|\/)\s*\/?\s*\d+$/iu;
/** "12 shares", "3.4k views": a counter in a share bar. */
const COUNTER = /^\d[\d.,]*[km]?\s*(?:shares?|comments?|views?|reads?|likes?)$/iu;

const READ_WORDS = set('read reading leitura lectura lecture lettura lesezeit');
const TIME_WORDS = set('min mins minute minutes minuto minutos minuti time tempo tiempo temps');
const AGO_UNITS = set(
  'sec secs second seconds min mins minute minutes hour hours hr hrs h day days d week weeks month months',
);
const DATE_VERBS = set('published posted updated last');
const RELATIVE_DAYS = set('today yesterday now');

/** A relative date in place of a date line: "3 hours ago", "Updated: yesterday". */
function relativeDate(words: readonly string[]): boolean {
  if (words.length > 6) return false;
  const rest = words.filter((w) => !DATE_VERBS.has(w));
  if (rest.at(-1) === 'ago')
    return (
      rest.length === 3 &&
      (isNumber(rest[0]!) || set('a an one').has(rest[0]!)) &&
      AGO_UNITS.has(rest[1]!)
    );
  return rest.length < words.length && rest.length === 1 && RELATIVE_DAYS.has(rest[0]!);
}

/** A copyright notice, however long the small print after it. */
const COPYRIGHT_LINE = /^(?:©|ⓒ|\([cC]\)\s|copyright\b)/iu;

/**
 * Why a whole line or block is furniture wherever it stands, or null. Copied text loses the
 * space between neighbouring links ("Edit ProfileSign Out"): a line that is no label as it
 * stands is read again with a space where a small letter meets a capital.
 */
export function labelReason(text: string): RemovalReason | null {
  const reason = labelReasonOf(text);
  if (reason || !/\p{Ll}\p{Lu}/u.test(text)) return reason;
  return labelReasonOf(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
}

function labelReasonOf(text: string): RemovalReason | null {
  const label = bare(text);
  if (GALLERY_COUNTER.test(label)) return 'caption';
  if (COUNTER.test(label)) return 'share bar';
  const words = labelWords(label);
  if (words.length && words.length <= 6) {
    if (words[0] === 'sponsored' || (words.includes('continues') && words.includes('below')))
      return 'advertisement';
    for (const k of LABEL_KINDS)
      if (words.length <= k.most && madeOf(words, k.keys, k.vocabulary)) return k.reason;
    if (words.some((w) => READ_WORDS.has(w)) && words.some((w) => TIME_WORDS.has(w) || isNumber(w)))
      return 'reading time';
    if (relativeDate(words)) return 'date line';
  }
  if (wordCount(text) <= 60 && headsPicture(words)) return 'caption';
  if (COPYRIGHT_LINE.test(text) && wordCount(text) <= 80) return 'footer';
  return null;
}

// ---------------------------------------------------------------- what follows an article

/** Headings over lists of other stories, in every language Dossier reads. */
export const OTHER_STORIES = kind(
  'other stories',
  'related recommended popular trending latest recent more most read reading also next missed miss picks like enjoy interested similar further keep relacionados relacionadas leia lees lesen lire voir lee leggi baca читайте материалы похожие mehr weitere aussi também anche ook auch juga terkait correlati similaires также теме 関連記事 관련 متعلقہ مزید پڑھیں اقرأ أيضا صلة مرتبط',
  "stories story articles article news posts post headlines videos video content topics links coverage reads you may might be don't do not what editor's editors around web other sponsored case just top must see artigos notícias mais sie zum thema beiträge artikel à articles artículos noticias también articoli anche по статьи новости 기사 خبریں ذات مطالب",
  8,
);
const COMMENTS = kind(
  'comments',
  'comment comments commenting replies reply responses response discussion conversation kommentare commentaires comentarios comentário commento комментарии تبصرے التعليقات',
  'leave post add write submit top rated read view see show all join so far be first un um deixe lascia',
  8,
);
const FOLLOWS_A_WORD = set('from in on about');

/** The reason a heading opens what follows an article ("Related articles", "3 Comments"). */
export function tailReason(text: string): RemovalReason | null {
  if (wordCount(text) > 8 || text.length > 200) return null;
  const label = bare(text);
  const words = labelWords(label);
  if (!words.length) return null;
  if (madeOf(words, COMMENTS.keys, COMMENTS.vocabulary)) return 'comments';
  // "More from Opinion", "Latest in Science", "Most read this week": a list named by its section.
  if (set('more latest read').has(words[0]!) && FOLLOWS_A_WORD.has(words[1] ?? ''))
    return 'other stories';
  if (
    words[0] === 'most' &&
    set('popular read viewed shared commented watched').has(words[1] ?? '')
  )
    return 'other stories';
  if (madeOf(words, OTHER_STORIES.keys, OTHER_STORIES.vocabulary)) return 'other stories';
  if (namedList(label, words)) return 'other stories';
  if (TAGS_HEADING.test(label)) return 'tags';
  if (words[0] === 'more' && words[1] === 'by') return 'author note';
  if (words[0] === 'about' && words.length <= 3 && set('author authors us me').has(words.at(-1)!))
    return 'author note';
  if (words.length === 1 && words[0] === 'author') return 'author note';
  if (ABOUT_NAME.test(label)) return 'author note';
  return null;
}

/** What a list of other pages calls its items, and the words that describe such a list. */
const STORY_WORDS = set('stories articles reads posts videos podcasts');
const LIST_FILLER = set('great top latest popular recent recommended related from our the');

/**
 * "More Great WIRED Stories", "More Valley Courier videos": "more", the outlet's name and what
 * the list holds. Between them only names (capitalised) and a list's own words, so "More than
 * 200 stories" or "More people read the news" are not lists.
 */
function namedList(label: string, words: readonly string[]): boolean {
  if (words.length < 2 || words[0] !== 'more' || !STORY_WORDS.has(words.at(-1)!)) return false;
  const between = label.trim().split(/\s+/).slice(1, -1);
  return between.every((w) => /^\p{Lu}/u.test(w) || LIST_FILLER.has(w.toLowerCase()));
}

const TAGS_HEADING =
  /^(?:tags?|topics?|filed under|categories|category|keywords|tagged(?: with)?)(?:\s*:.*|\s+.*,.*)?$/iu;
const ABOUT_NAME =
  /^(?:About|Über|Sobre|À propos de) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** Some word of `words` is of the vocabulary. */
export const has = (words: readonly string[], vocabulary: ReadonlySet<string>) =>
  words.some((w) => vocabulary.has(w));
