// The wording of page furniture, one list for the HTML refiner and the copied-text cleaner.
// A label is furniture when every word of it is a word of one kind of page control (share,
// sign in, menu, ad slot) and one of them is that kind's key word; a heading opens what follows
// an article when its words are those of "more stories", comments or tags. Rules go by words
// and their order, not by phrases: "More Top Stories" and "Recommended for you" are told by the
// same vocabulary, and a phrase one site prints is not a rule. The words are conventions of news
// and blog pages in general, in the languages Dossier's sources are written in.
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

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

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
function madeOf(
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
    'link article story post page later',
  ),
  kind(
    'subscription prompt',
    'subscribe subscriber sign login logout log register newsletter newsletters account join app',
    'in up out manage create get download already',
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
  kind('navigation', 'pdf', 'view download open as print version edition'),
];

const PICTURE = set(
  'image images photo photos picture pictures pic media video videos foto fotos graphic illustration file',
);
const CREDIT_WORDS = set('caption copyright credit credits source');

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

/** Why a whole line or block is furniture wherever it stands, or null. */
export function labelReason(text: string): RemovalReason | null {
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
const OTHER_STORIES = kind(
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
/** Words that name a list of other stories on their own. */
const LIST_NAMES = set('related recommended trending popular more');

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
  if (TAGS_HEADING.test(label)) return 'tags';
  if (words[0] === 'more' && words[1] === 'by') return 'author note';
  if (words[0] === 'about' && words.length <= 3 && set('author authors us me').has(words.at(-1)!))
    return 'author note';
  if (words.length === 1 && words[0] === 'author') return 'author note';
  if (ABOUT_NAME.test(label)) return 'author note';
  return null;
}

const TAGS_HEADING =
  /^(?:tags?|topics?|filed under|categories|category|keywords|tagged(?: with)?)(?:\s*:.*|\s+.*,.*)?$/iu;
const ABOUT_NAME =
  /^(?:About|Über|Sobre|À propos de) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

// ---------------------------------------------------------------- prompts, notices, promos

const NEWSLETTER_WORDS = set('newsletter newsletters inbox unsubscribe opt-in');
const READER_WORDS = set(
  'you your our sign signing subscribe subscribing join receive get delivered enter',
);
const CLICK_WORDS = set('click clicking clique cliquez klik klicken tap');
const POINTING_WORDS = set('here aqui aquí ici hier sini below link image photo button sur');
const SOCIAL = set('twitter facebook instagram youtube tiktok linkedin x whatsapp telegram');
const REPRODUCE_WORDS = set('published republished reproduced broadcast rewritten redistributed');
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

const has = (words: readonly string[], vocabulary: ReadonlySet<string>) =>
  words.some((w) => vocabulary.has(w));

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
  return verbs >= 2 && words.includes('not') && has(words, set('may must'));
}

/** "If you enjoyed this article …": the reader asked for something. */
function readerEnjoyed(words: readonly string[]): boolean {
  return (
    words[0] === 'if' &&
    words[1] === 'you' &&
    set('enjoyed liked value appreciate').has(words[2] ?? '')
  );
}

// ---------------------------------------------------------------- captions and credits

// The agencies and picture libraries news pages credit.
const AGENCY =
  'getty(?: images)?|shutterstock|istock(?:photo)?|alamy|ap|afp|reuters|epa(?:-efe)?|associated press';
const CAPTION_MARK = /^\p{L}+\s*(?::|\.{2,}|…|\||\/|–|—)/u;
const CAPTION_END = new RegExp(
  `(?:\\((?:image|photo|picture|pic|credit|source|foto)s?(?:\\s+\\p{L}+)?\\s*:[^)]*\\)|\\((?:${AGENCY})\\b[^)]*\\)|[|/]\\s*(?:${AGENCY})\\b[^|/]{0,12})\\s*\\.?$`,
  'iu',
);
/** A credit in brackets, source then photographer: "(AP Photo/Alan Diaz)", "(NASA/David Ladd)". */
const BRACKET_CREDIT = /\([^()]*\p{Lu}[\p{L}'’.-]*\s*\/\s*\p{Lu}[^()]*\)\s*\.?$/u;
/** A wire photo's credit, agency then photographer: "… REUTERS/Jane Doe/File Photo". */
const WIRE_CREDIT =
  /\b(?:REUTERS|AFP|AP|EPA|AAP|ANP|ANSA|XINHUA|ANADOLU|BLOOMBERG)\b[^/]{0,7}\/\s*\p{Lu}\p{Ll}/u;
/** A credit closing a caption, in the page's language: "… Photo: File", "… فوٹو: فائل". */
const CLOSING_CREDIT =
  /(?:^|[\s.)۔|])(?:photo|image|picture|foto|фото|فوٹو|تصویر|عکس|صورة|credit|source)s?\s*:\s*[^.:!?۔]{2,40}\.?$/iu;
const CREDIT_OPENERS = set(
  'image images photo photos picture pictures pic foto fotos credit credits source courtesy illustration graphic file photograph',
);

/** The first words of a caption's credit: "Photo: …", "Image copyright …", "Photo by …". */
export function opensCaption(text: string): boolean {
  const words = labelWords(text.slice(0, 60));
  if (!CREDIT_OPENERS.has(words[0] ?? '')) return false;
  return CREDIT_WORDS.has(words[1] ?? '') || words[1] === 'by' || CAPTION_MARK.test(bare(text));
}

/** A caption or credit line under a picture. */
export function isCaptionLine(text: string): boolean {
  const n = wordCount(text);
  if (n > 60) return false;
  if (opensCaption(text) || CAPTION_END.test(text)) return true;
  return BRACKET_CREDIT.test(text) || WIRE_CREDIT.test(text) || CLOSING_CREDIT.test(text);
}

/** A short credit line on its own: "Photo: Getty Images", "GETTY", "Courtesy of …". */
export function isCredit(text: string): boolean {
  // A caption with its credit in brackets ("… (Image: Getty)") is a caption, not a credit line.
  if (wordCount(text) > 6 || text.length > 200) return false;
  if (text.includes('(') && text.trimEnd().endsWith(')')) return false;
  const words = labelWords(text);
  return (
    set('photo photos image picture foto credit illustration source courtesy pictured').has(
      words[0] ?? '',
    ) || new RegExp(`\\b(?:${AGENCY})\\b`, 'iu').test(text)
  );
}

// ---------------------------------------------------------------- sign-offs and calls to action

/** "Jane Doe (@jane) is a reporter at …": the note about the writer under an article. */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?: \([^)]{1,60}\))? (?:is|was|has been)\b[^.]{0,80}\b(?:contributor|writer|reporter|editor|correspondent|journalist|columnist|author|curator|producer|freelancer|blogger)s?\b/u;
const FOLLOW_NAME =
  /^(?:Follow|Contact) \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2} (?:on|at|via)\b/u;
const CREDIT_VERBS = set('reporting writing editing compiled edited written translated produced');

/** "Reporting by …; Editing by …", "… contributed to this report", "Contact us at …". */
function credits(words: readonly string[]): boolean {
  const i = words[0] === 'additional' ? 1 : 0;
  if (CREDIT_VERBS.has(words[i] ?? '') && words[i + 1] === 'by') return true;
  if (words.includes('contributed') && has(words, set('report story article reporting')))
    return true;
  if (words[0] === 'originally' && words[1] === 'published') return true;
  if (set('follow contact').has(words[0] ?? '') && set('us him her them the').has(words[1] ?? ''))
    return words.slice(2, 5).some((w) => set('on at via').has(w));
  return words[0] === 'have' && words.slice(1, 4).includes('tip');
}

/**
 * A sign-off under the article: a note about the writer, reporting and editing credits, a
 * "follow her on Twitter". Only trailing lines count: mid-article the same words are reporting.
 */
export function isSignOff(text: string): boolean {
  if (wordCount(text) > 80 || text.length > 800) return false;
  return AUTHOR_BIO.test(text) || FOLLOW_NAME.test(text) || credits(labelWords(text.slice(0, 200)));
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
