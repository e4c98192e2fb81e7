// The wording of page furniture, one list for the HTML refiner and the copied-text cleaner:
// labels that are never article text when they stand alone (ad slots, share bars, sign-in
// links, menus), headings that open what follows an article (other stories, comments, tags),
// and the wording of prompts, captions, credits and copyright lines. Only conventions shared
// across sites and languages belong here; a feature of one site's pages does not.
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
  | 'promotion'
  | 'reading time'
  | 'related links'
  | 'share bar'
  | 'standfirst'
  | 'subscription prompt'
  | 'tags'
  | 'title';

/** A whole label (decorations aside) that is only one of these is furniture wherever it stands. */
const LABELS: [RegExp, RemovalReason][] = [
  [
    /^(?:advertis(?:e)?ments?|advertisment|advertising|advert|ads?|sponsored(?: content| links?| stories| by.*)?|promoted(?: content| stories)?|paid (?:content|post)|partner content|ad ?choices|advertise(?: with us| here)?|(?:story|article) continues below(?: (?:this )?(?:advertisement|ad))?|continue reading(?: below)?|scroll to continue(?: with content)?|publicidade|publicidad|publicité|pubblicità|anzeige|werbung|iklan|реклама|اشتہار|إعلان|تبلیغات)$/iu,
    'advertisement',
  ],
  [
    /^(?:share(?: this(?: article| story| post| page)?| it| (?:this |it )?on \S+| via \S+| (?:this )?(?:article|story|post|page))?|tweet(?: this)?|pin(?: it)?|print(?: this)?(?: article| page| story)?|e-?mail(?: this)?(?: article| story)?|save(?: article| story| for later)?|copy(?: the)? link|link copied|copied!?|facebook|twitter|x|linkedin|reddit|pinterest|whatsapp|telegram|flipboard|pocket|tumblr|messenger|sms|\d[\d.,]*[km]?\s*(?:shares?|comments?|views?|reads?|likes?)|shares?|likes?|report|listen(?: to (?:this )?article)?|follow us(?: on \S+)?)$/iu,
    'share bar',
  ],
  [
    /^(?:subscribe(?: now| today| here)?|sign (?:in|up|out)(?: now| here)?|log ?(?:in|out)|register|newsletters?|my account|manage (?:my )?account|create (?:an )?account|join(?: now)?|get (?:it|the app)|download (?:the|our) app|already a subscriber\??)$/iu,
    'subscription prompt',
  ],
  [
    /^(?:skip to (?:main )?(?:content|navigation|search)|(?:main )?menu|close(?: menu)?|open(?: menu)?|search(?: this site)?:?|home(?: ?page)?|back to top|back|sections?|more|next|prev(?:ious)?|(?:next|previous|prev) (?:article|story|post)\W*|toggle navigation|navigation|×|breadcrumbs?|all|explore|view all(?: \(\d+\))?|see all|load more|show (?:more|less)|read more|expand|collapse|more\.{3}|…|play|pause|mute|unmute|full ?screen|zoom)$/iu,
    'navigation',
  ],
  [
    /^(?:(?:image|photo|picture|slide|media|video)s?\s*)?\d+\s*(?:of|\/)\s*\/?\s*\d+$|^(?:image|photo|picture|media|video)s? (?:caption|copyright)\b.*|^(?:enlarge|expand|view) (?:this )?(?:image|photo|gallery)$|^video$|^watch(?: now| live| video)?$|^play video$|^credit\W*$|^(?:hide |toggle )?caption$/iu,
    'caption',
  ],
  [
    /^(?:(?:view|download|open)\s+)?(?:as\s+)?(?:pdf|print)(?:\s*[/|]\s*(?:pdf|print))?(?: version| view| edition)?$/iu,
    'navigation',
  ],
  [
    /^(?:\d+\s*)?(?:min(?:ute)?s?\.? read|reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura)\b.{0,20}$/iu,
    'reading time',
  ],
  [
    /^(?:(?:published|posted|updated|last updated)\s*:?\s*)?(?:\d+|an?|one)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?|d|weeks?|months?)\s+ago$|^(?:published|posted|updated)\s*:?\s*(?:today|yesterday|just now)$/iu,
    'date line',
  ],
];

/** Headings that open what follows an article: other stories, comments, tags, the author. */
const TAIL: [RegExp, RemovalReason][] = [
  [
    /^(?:most (?:popular|read|viewed|shared|commented|watched)\b.*|related(?: articles?| posts?| stories| news| content| topics| links| coverage| reading| videos?)?|read (?:more|also|next)(?: about .*| from .*)?|what to read next|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)(?: this)?\W*|(?:more|latest) (?:from|stories|news|in|on|articles|headlines|videos|like this)(?: .*)?|more (?:\S+ ){0,3}(?:stories|articles|news|coverage|videos)|latest(?: news| posts| stories| headlines| videos)?|trending(?: now| news| stories| topics)?(?: in .*)?|recommended(?: for you| stories| articles| reading| videos)?|popular(?: posts| stories| news| now| articles)?|top (?:stories|videos?|news|headlines)|editor'?s picks|don'?t miss|also (?:read|see|on .*)|see also|further reading|keep reading|up next|in other news|in case you missed(?: it)?|around the web|sponsored stories|recent (?:posts|articles|stories)|the latest|other (?:stories|news)|also in .*|explore more|artigos relacionados|leia (?:também|mais)|notícias relacionadas|lees ook|lesen sie auch|mehr zum thema|weitere (?:beiträge|artikel).*|à lire aussi|lire aussi|voir aussi|articles similaires|artículos relacionados|noticias relacionadas|lee también|articoli correlati|leggi anche|artikel terkait|baca juga|материалы по теме|читайте также|похожие (?:статьи|новости)|関連記事|관련(?: ?기사)?|متعلقہ(?: خبریں)?|مزید (?:پڑھیں|خبریں)|ذات صلة|اقرأ أيضا|مطالب مرتبط)$/iu,
    'related links',
  ],
  [
    /^(?:(?:leave|post|add|write|submit) (?:a|your) (?:reply|comment|response)|top (?:rated )?comments|(?:read|view|see|show) all comments|\(?\d+\)?\s*(?:comments?|responses?|replies)(?: so far)?|comments? \(\+?\d*\)|(?:view|show|read|see)(?: all)?(?: \d+)? comments?|join the (?:discussion|conversation)|(?:discussion|conversation)|comments?:?|responses?|deixe um comentário|lascia un commento|kommentare|commentaires|comentarios|комментарии|تبصرے|التعليقات)$/iu,
    'comments',
  ],
  [
    /^(?:tags?|topics?|filed under|categories|category|keywords|related tags|tagged(?: with)?)(?:\s*:.*|\s+.*,.*)?$/iu,
    'tags',
  ],
  [
    /^(?:about the authors?|about (?:us|me)|author|more (?:articles )?(?:from|by) .*)$/iu,
    'author note',
  ],
  [
    /^(?:About|Über|Sobre|À propos de) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u,
    'author note',
  ],
];

/** Wording that gives a short line away as a prompt, a promo, a notice: [pattern, reason, most words]. */
const PROMPTS: [RegExp, RemovalReason, number][] = [
  [
    /\bcookies?\b.*\b(?:accept|consent|settings|preferences|browsing|our (?:site|website)|this (?:site|website)|privacy|policy)|\b(?:accept|consent)\b.*\bcookies?\b/iu,
    'cookie notice',
    60,
  ],
  [
    // Addressed to the reader: "Sign up for our newsletter", "… delivered to your inbox".
    /^(?:subscribe|sign up|join|receive|enter your e-?mail)\b.*\b(?:newsletters?|inbox|e-?mail|updates|alerts)\b|^(?:\S+ ){0,4}newsletters?$|\bopt-?in (?:box|checkbox)\b|\bour (?:\w+ ){0,3}newsletters?\b|\b(?:your|our) inbox\b|\bunsubscribe at any time\b|\bsubscribe (?:now|today|here)\b|\bsubscribe to (?:our|my|the) (?:\w+ ){0,3}(?:newsletters?|channel|podcast)\b|\bsign(?:ing)? up (?:for|to) (?:our|the|a) (?:\w+ ){0,3}newsletters?\b|\bdelivered (?:straight |directly |right )?to your inbox\b/iu,
    'subscription prompt',
    40,
  ],
  [
    /\b(?:click(?:ing)?|clique|cliquez|haga clic|klicken sie|klik)\s+(?:here|aqui|aquí|ici|hier|di sini|on (?:the )?(?:link|image|photo|button)|the (?:link|image|button)|below|sur)\b|\b(?:tap here)\b|\bdownload (?:the|our) (?:free )?app\b|\bget the app\b|\bfollow us on\b|\blike us on facebook\b|^follow (?:[\p{L}'’.@-]+ ){1,4}on (?:twitter|facebook|instagram|youtube|tiktok|linkedin|x)\b/iu,
    'subscription prompt',
    30,
  ],
  [
    // A disclosure of the page's own earnings, not an article about affiliate marketing.
    /\b(?:we|us|our|this (?:post|page|site|article))\b.*\baffiliate\b|\baffiliate\b.*\b(?:we|us|our)\b|\b(?:may|might|will) (?:receive|earn|get) (?:a |an )?(?:small )?(?:share|commission)\b/iu,
    'promotion',
    50,
  ],
  [
    /\ball rights reserved\b|\bsubject to copyright\b|^(?:©|\(c\)|copyright\s*(?:©|\(c\)|@|\d{4}))|\b(?:this|the) (?:material|article|content|story)s? (?:may|must) not be (?:re)?(?:published|produced|reproduced|broadcast|rewritten|redistributed)\b/iu,
    'footer',
    60,
  ],
  [
    /^(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie (?:policy|settings)|contact(?: us)?|about(?: us)?|careers|sitemap|site map|accessibility)(?:\s*[|·•,]\s*.*)?$/iu,
    'footer',
    12,
  ],
  [
    /\byour email address will not be published\b|\brequired fields are marked\b|\byou must be logged in to (?:post|leave) a comment\b|\bcomments? (?:are|is) (?:closed|moderated)\b/iu,
    'comments',
    40,
  ],
  [
    /^if you (?:enjoyed|liked|value|appreciate) (?:this|our|reading)\b|\b(?:take|taking) (?:our|this|the|a) (?:short )?survey\b/iu,
    'promotion',
    60,
  ],
  [
    // "READ MORE: …", "Related: …", "DON'T MISS »": a link to another story.
    /^(?:read more|don'?t miss|see also|also read|read also|read next|related (?:articles?|stories|news|posts?|coverage|reading))\b|^(?:read more|related(?: articles?| stories| news| coverage)?|see also|also read|read also|read next|more|watch|listen|read|recommended|trending|must read|don'?t miss|more (?:from|on|in|about)\b[^:|]{0,40}|most (?:read|popular|viewed)|up next)\s*(?::|»|›|>|\||—|–)\s*\S/iu,
    'related links',
    45,
  ],
  [/^(?:filed under|tags?|tagged|topics?|categories|category|posted in)\s*:/iu, 'tags', 30],
];

/** A copyright notice, however long the small print after it. */
const COPYRIGHT_LINE = /^(?:©|ⓒ|\(c\)\s|copyright\b)/iu;

/** Why a whole line or block is furniture wherever it stands, or null. */
export function labelReason(text: string): RemovalReason | null {
  const label = bare(text);
  for (const [re, reason] of LABELS) if (re.test(label)) return reason;
  if (COPYRIGHT_LINE.test(text) && wordCount(text) <= 80) return 'footer';
  return null;
}

/** Why a short line is a prompt, promo, notice or credit by its wording, or null. */
export function promptReason(text: string): RemovalReason | null {
  if (text.length > 800) return null;
  const words = wordCount(text);
  for (const [re, reason, maxWords] of PROMPTS)
    if (words <= maxWords && re.test(text)) return reason;
  return null;
}

/** The reason a heading opens what follows an article ("Related articles", "3 Comments"). */
export function tailReason(text: string): RemovalReason | null {
  if (wordCount(text) > 8 || text.length > 200) return null;
  const label = bare(text);
  for (const [re, reason] of TAIL) if (re.test(label)) return reason;
  return null;
}

// Captions and credits: "Photo: …", "Image copyright …", "(Image: GETTY)", "Name/AP",
// "… REUTERS/Jane Doe". The agencies and picture libraries are the ones news pages credit.
const AGENCY =
  'getty(?: images)?|shutterstock|istock(?:photo)?|alamy|ap(?: photo)?|afp|reuters|epa(?:-efe)?|associated press';
const CAPTION_START = new RegExp(
  `^(?:(?:image|photo|picture|pic|media|video|graphic|illustration|foto|file photo)s?\\s*(?:caption|copyright|credit|source)|(?:image|photo|picture|pic|foto|credit|photo credit|image credit|source|courtesy|illustration|graphic|file photo)s?\\s*(?::|\\.{2,}|…|\\||by\\b|\\/|–|—))`,
  'iu',
);
const CAPTION_END = new RegExp(
  `(?:\\((?:image|photo|picture|pic|credit|source|foto)s?(?: credit)?\\s*:[^)]*\\)|\\((?:${AGENCY})[^)]*\\)|[|/]\\s*(?:${AGENCY})(?:\\s+file)?|\\bvia (?:${AGENCY}))\\s*\\.?$`,
  'iu',
);
/** A credit in brackets, source then photographer: "(AP Photo/Alan Diaz)", "(NASA/David Ladd)". */
const BRACKET_CREDIT = /\([^()]*\p{Lu}[\p{L}'’.-]*\s*\/\s*\p{Lu}[^()]*\)\s*\.?$/u;
/** A wire photo's credit, agency then photographer: "… REUTERS/Jane Doe/File Photo". */
const WIRE_CREDIT =
  /\b(?:REUTERS|AFP|AP|EPA|AAP|ANP|ANSA|XINHUA|ANADOLU|BLOOMBERG)(?: PHOTO)?\s*\/\s*\p{Lu}\p{Ll}/u;
/** A credit closing a caption, in the page's language: "… Photo: File", "… فوٹو: فائل". */
const CLOSING_CREDIT =
  /(?:^|[\s.)۔|])(?:photo|image|picture|foto|фото|فوٹو|تصویر|عکس|صورة)s?(?: credit)?\s*:\s*[^.:!?۔]{2,40}$|[.)]\s*(?:credit|source)s?\s*:\s*[^.:]{2,60}\.?$/iu;
const COURTESY = /^(?:courtesy of|photo by|photograph by|image by)\s/i;

/** A caption or credit line under a picture. */
export function isCaptionLine(text: string): boolean {
  const n = wordCount(text);
  if (n > 60) return false;
  if (CAPTION_START.test(text) || CAPTION_END.test(text)) return true;
  if (BRACKET_CREDIT.test(text) || WIRE_CREDIT.test(text) || CLOSING_CREDIT.test(text)) return true;
  return n <= 8 && COURTESY.test(text);
}

/** A short credit line on its own: "Photo: Getty Images", "GETTY", "Courtesy of …". */
export function isCredit(text: string): boolean {
  // A caption with its credit in brackets ("… (Image: Getty)") is a caption, not a credit line.
  if (wordCount(text) > 6 || text.length > 200) return false;
  if (text.includes('(') && text.trimEnd().endsWith(')')) return false;
  return (
    /^(?:photo|image|picture|foto|credit|illustration|source|courtesy|pictured)s?\b/iu.test(
      bare(text),
    ) || new RegExp(`\\b(?:${AGENCY})\\b`, 'iu').test(text)
  );
}

/** "Jane Doe (@jane) is a reporter at …": the note about the writer under an article. */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?: \([^)]{1,60}\))? (?:is|was|has been) (?:an?|the) [^.]{0,80}\b(?:contributor|writer|reporter|editor|correspondent|journalist|columnist|author|curator|producer|freelancer|blogger)s?\b/u;
/** Contributor lines at the foot of wire stories. */
const CREDITS =
  /^\(?(?:(?:additional )?reporting|writing|editing|compiled|edited|written|translated|produced) by\b|\bcontributed (?:to )?(?:this |the )?(?:report|story|article|reporting)\b|^(?:follow|contact) (?:us|him|her|them|the (?:author|writer|reporter)) (?:on|at|via)\b|^have a (?:news )?tip\b|^originally published (?:on|at|in)\b/iu;
const FOLLOW_NAME =
  /^(?:Follow|Contact) \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2} (?:on|at|via)\b/u;

/**
 * A sign-off under the article: a note about the writer, reporting and editing credits, a
 * "follow her on Twitter". Only trailing lines count: mid-article the same words are reporting.
 */
export function isSignOff(text: string): boolean {
  if (wordCount(text) > 80 || text.length > 800) return false;
  return AUTHOR_BIO.test(text) || CREDITS.test(text) || FOLLOW_NAME.test(text);
}

/**
 * A call to subscribe, follow or download: an imperative opening aimed at the reader with
 * prompt wording after it. "Listen to the traders here …" opens like one but is reporting:
 * words such as "here" or "coverage" are not enough.
 */
export const CALL_TO_ACTION =
  /^(?:please )?(?:subscribe|sign up|register|join|follow|download|get|click|tap|listen|watch|like us|want more|never miss|don'?t miss|stay (?:informed|up to date|connected)|have a (?:news )?tip|if you (?:enjoyed|like|liked|value)|support (?:us|our)|become a (?:member|subscriber))\b.*\b(?:newsletters?|subscri(?:be|bers?|ption)|sign(?:ing)? up|inbox|(?:may|can) be reached|(?:the|our|free|\w+'s) app|podcasts?|(?:on|via) (?:twitter|facebook|instagram|youtube|linkedin|tiktok|whatsapp|telegram|x)|(?:youtube|whatsapp|telegram) channel|membership|(?:news|email|e-mail) alerts|click(?:ing)? here|tap here)\b/i;

/** An imperative opening aimed at the reader: a prompt when the paragraph points at a link. */
export const IMPERATIVE =
  /^(?:please )?(?:subscribe|sign up|register|join|follow|download|get|click|tap|listen|watch|read|see|find out|learn more)\b/i;
