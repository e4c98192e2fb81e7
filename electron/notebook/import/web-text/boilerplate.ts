// Recognises page furniture by its wording: lines that are never article text wherever they
// stand (ads, share bars, sign-up prompts, captions), and headings that open the lists and
// comment threads that follow an article. General phrases only, no site's own wording.
import { trimEndWhere, type Line } from './lines';

/** Why the cleaner removed a block; shown to the analyst, who can put it back. */
export type RemovalReason =
  | 'advertisement'
  | 'author note'
  | 'byline'
  | 'caption'
  | 'comments'
  | 'cookie notice'
  | 'date line'
  | 'duplicate'
  | 'footer'
  | 'navigation'
  | 'promotion'
  | 'related links'
  | 'share bar'
  | 'standfirst'
  | 'subscription prompt'
  | 'tags'
  | 'title';

/** A whole line (decorations aside) that is only one of these is furniture. */
const WHOLE_LINE: [RegExp, RemovalReason][] = [
  [
    /^(?:advertis(?:e)?ments?|advertising|advert|ads?|sponsored(?: content| links| stories| by.*)?|promoted(?: content| stories)?|paid (?:content|post)|partner content|publicidade|publicidad|pubblicità|anzeige|werbung|iklan|реклама|اشتہار|إعلان|تبلیغات|ad ?choices|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: the main story| below)?|scroll to continue(?: with content)?|google search engine|advertise(?: with us| here)?)$/iu,
    'advertisement',
  ],
  [
    /^(?:share(?: this(?: article| story| post| page)?| it| (?:this |it )?on \S+| via \S+| (?:it |this )?with (?:friends|\S+)| all sharing options.*| (?:this )?(?:article|story))?|sharing is caring!?|tweet(?: this)?|pin(?: it)?|print(?: this)?(?: article| page| story)?|e-?mail(?: this)?(?: article| story)?|save(?: article| story| for later)?|copy(?: the)? link|link copied|copied!?|facebook|twitter|x|linkedin|reddit|pinterest|whatsapp|telegram|flipboard|pocket|mix|tumblr|stumbleupon|google\+|blogger|odnoklassniki|vk|messenger|sms|comments?|\d[\d.,]*[km]?\s*(?:shares?|comments?|views?|reads?|likes?)|shares?|likes?|report|gift article|listen(?: to (?:this )?article)?)$/iu,
    'share bar',
  ],
  [
    /^(?:subscribe(?: now| today| here)?|sign (?:in|up|out)(?: now| here)?|log ?(?:in|out)|register|newsletters?|my account|manage (?:my )?account|create (?:an )?account|join(?: now)?|get (?:it|the app)|download (?:the|our) app|already a subscriber\??)$/iu,
    'subscription prompt',
  ],
  [
    /^(?:skip to (?:main )?(?:content|navigation|site index|search)|(?:main )?menu|close(?: menu| panel)?|open menu|search(?: for| this site)?:?|home(?: ?page)?|back to top|go to home ?page\W*|sections?|more|next|prev(?:ious)?|(?:next|previous|prev) (?:article|story|post)\W*|toggle navigation|navigation|x|×|you are (?:at|here):?|breadcrumbs?|all|explore|view all(?: \(\d+\))?|see all|load more|show more|read more|more\.{3}|…)$/iu,
    'navigation',
  ],
  [
    /^(?:image|photo|picture|media|video)s? (?:\d+ )?(?:of\s*\/?\s*\d+|caption|copyright)\b.*|^\d+\s*(?:\/|of)\s*\d+$|^back to (?:gallery|slideshow)$|^(?:enlarge|expand|view) (?:this )?(?:image|photo|gallery)$|^video$|^watch(?: now| live| video)?$|^play(?: video)?$|^credit\W*$|^caption$/iu,
    'caption',
  ],
  [
    /^(?:(?:view|download|open)\s+)?(?:as\s+)?(?:pdf|print)(?:\s*[/|]\s*(?:pdf|print))?(?: mode| version| view| edition| this)?$/iu,
    'navigation',
  ],
  [/^(?:\d+\s*)?min(?:ute)?s? read$|^\d+ min read$|^reading time:? .*$/iu, 'navigation'],
  [
    /^(?:published|posted|updated|last updated)\b.{0,40}\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\b.{0,40}$|^(?:(?:published|posted|updated|last updated)\s*:?\s*)?(?:\d+|an?|one)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?|d|weeks?|months?)\s+ago$|^(?:published|posted|updated)\s*:?\s*(?:today|yesterday|just now)$/iu,
    'date line',
  ],
  [/^[\d\s.,:+%#|/()\-–—]*$/u, 'navigation'],
];

/** Headings that open what follows an article: other stories, comments, tags. */
const TAIL: [RegExp, RemovalReason][] = [
  [
    /^(?:most (?:popular|read|viewed|shared|commented|watched)\b.*|related(?: articles?| posts?| stories| news| content| topics| links| coverage| reading| videos?| items| roundup.*)?|read (?:more|also|next)(?: about .*| from .*)?|read these next|what to read next|you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)(?: this)?\W*|(?:more|latest) (?:from|stories|news|in|on|articles|headlines|videos|great .*|like this)(?: .*)?|latest(?: news| posts| stories| headlines| videos)?|trending(?: now| news| stories| topics)?(?: in .*)?|recommended(?: for you| stories| articles| reading| videos)?|popular(?: posts| stories| news| now| articles)?|top (?:stories|videos?|news|headlines)|editor'?s picks|don'?t miss|also (?:read|see|on .*)|see also|further reading|keep reading|next up(?: in .*)?|up next|in other news|around the web|from (?:our|the) (?:partners|web)|sponsored stories|recent posts|the latest|more stories|other (?:stories|news)|also in .*|explore (?:more|further)|previous articles|you may have missed|artigos relacionados|leia (?:também|mais)|notícias relacionadas|lees ook|lesen sie auch|mehr zum thema|weitere (?:beiträge|artikel).*|à lire aussi|lire aussi|voir aussi|articles similaires|artículos relacionados|noticias relacionadas|lee también|articoli correlati|leggi anche|artikel terkait|baca juga|материалы по теме|читайте также|похожие (?:статьи|новости)|вам также может быть интересно|関連記事|관련(?: ?기사)?|متعلقہ(?: خبریں)?|مزید (?:پڑھیں|خبریں)|ذات صلة|اقرأ أيضا|مطالب مرتبط)$/iu,
    'related links',
  ],
  [
    /^(?:(?:leave|post|add|write|submit) (?:a|your) (?:reply|comment|response)|top (?:rated )?comments|(?:read|view|see|show) all comments|\(?\d+\)?\s*(?:comments?|responses?|replies)(?: so far)?|comments? \(\+?\d*\)|(?:view|show|read|see)(?: all)?(?: \d+)? comments?|join the (?:discussion|conversation)|(?:discussion|conversation)|comment(?:s| on this (?:story|article))?:|responses?|deixe um comentário|lascia un commento|kommentare|commentaires|comentarios|комментарии|تبصرے|التعليقات)$/iu,
    'comments',
  ],
  [
    /^(?:tags?|topics?|filed under|categories|category|keywords|related tags|tagged(?: with)?)(?:\s*:.*|\s+.*,.*)?$/iu,
    'tags',
  ],
  [
    /^(?:about the author|about (?:us|me)|author|more (?:articles )?(?:from|by) .*)$/iu,
    'author note',
  ],
  [
    /^(?:About|Über|Sobre|À propos de) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u,
    'author note',
  ],
];

/** Phrases that give a short line away as a prompt to subscribe, follow or accept cookies. */
const PROMPTS: [RegExp, RemovalReason, number][] = [
  [
    /\bcookies?\b.*\b(?:accept|consent|settings|preferences|browsing|our (?:site|website)|this (?:site|website)|privacy|policy)|\b(?:accept|consent)\b.*\bcookies?\b/iu,
    'cookie notice',
    60,
  ],
  [
    // Addressed to the reader: "Sign up for our newsletter", "… delivered to your inbox".
    /^(?:subscribe|sign up|join|receive|enter your e-?mail)\b.*\b(?:newsletters?|inbox|e-?mail|updates|alerts)\b|^(?:\S+ ){0,4}newsletters?$|\bopt-?in (?:box|checkbox)\b|\bour (?:\w+ ){0,3}newsletters?\b|\b(?:your|our) inbox\b|\b(?:you can )?unsubscribe at any time\b|\bsubscribe (?:now|today|here)\b|\bsubscribe to (?:our|my)\b|\bsign(?:ing)? up (?:for|to) our\b|\bdelivered (?:to your inbox|straight to your|right to you)\b/iu,
    'subscription prompt',
    40,
  ],
  [
    /\b(?:click(?:ing)?|clique|cliquez|haga clic|klicken sie|klik)\s+(?:here|aqui|aquí|ici|hier|di sini|on (?:the )?(?:link|image|photo|button)|the (?:link|image|button)|below|sur)\b|\bdownload (?:the|our) app\b|\bget the app\b|\bfollow us on\b|\bfollow (?:[\p{L}.@]+ ){1,5}on (?:facebook|twitter|instagram)/iu,
    'promotion',
    30,
  ],
  [
    // A disclosure of the page's own earnings, not an article about affiliate marketing.
    /\b(?:we|us|our|this (?:post|page|site|article))\b.*\baffiliate\b|\baffiliate\b.*\b(?:we|us|our)\b|\b(?:may|might|will) (?:receive|earn|get) (?:a |an )?(?:small )?(?:share|commission)\b/iu,
    'promotion',
    50,
  ],
  [
    /\ball rights reserved\b|^(?:©|\(c\)|copyright\b)|\bsubject to copyright\b|\b(?:this|the) (?:material|article|content|document|story)s? (?:may|must) not be (?:re)?(?:published|produced|reproduced|broadcast|rewritten|redistributed)\b/iu,
    'footer',
    60,
  ],
  [
    /^(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie (?:policy|settings)|contact(?: us)?|about(?: us)?|careers|sitemap|site map|accessibility|do not sell my (?:personal )?info(?:rmation)?)(?:\s*[|·•,]\s*.*)?$/iu,
    'footer',
    12,
  ],
  [
    /\byour email address will not be published\b|\brequired fields are marked\b|\bsave my name, email\b|\byou must be logged in to (?:post|leave) a comment\b|\bcomments? (?:are|is) (?:closed|moderated)\b/iu,
    'comments',
    40,
  ],
  [
    /^if you (?:enjoyed|liked|value|appreciate) (?:this|our|reading)\b|\b(?:take|taking) (?:our|this|the|a) (?:short )?survey\b|^give (?:us )?feedback$/iu,
    'promotion',
    60,
  ],
  [
    /^(?:read more|related|see also|also read|read also|more|watch|listen|read|recommended|trending|must read|don'?t miss|related coverage|related stories)\s*(?::|»|›|>|\|)\s*\S/iu,
    'related links',
    40,
  ],
  [
    /^(?:image|photo|picture|pic|foto|credit|illustration|graphic|file photo)s?\s*(?:credit)?\s*(?::|by\b|\/|–|-|—|\|)|\((?:photo|image|picture|pic|credit|foto)s?(?: credit)?\s*:|(?:[/|(]|\bphoto:?)\s*[^/|(]{0,40}\b(?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy|ap|afp|reuters|epa(?:-efe)?)\b[^.]{0,30}\)?\s*\.?$|[.)]\s*(?:photo|image|picture|credit|source)s?(?: credit)?\s*:\s*[^.:]{2,60}\.?$/iu,
    'caption',
    60,
  ],
  // A caption's credit in brackets: "(AP Photo/Alan Diaz)", "(NASA/David Ladd)".
  [/\([^()]*\p{Lu}[\p{L}'’.-]*\s*\/\s*\p{Lu}[^()]*\)\s*\.?$/u, 'caption', 60],
  // A wire photo's credit, agency then photographer: "… REUTERS/Jane Doe/File Photo".
  [
    /\b(?:REUTERS|AFP|AP|EPA|AAP|ANP|ANSA|XINHUA|ANADOLU|BLOOMBERG)(?: PHOTO)?\s*\/\s*\p{Lu}\p{Ll}/u,
    'caption',
    60,
  ],
  // A credit closing a caption, in the page's language: "… Photo: File", "… فوٹو: فائل".
  [
    /(?:^|[\s.)۔|])(?:photo|image|picture|foto|фото|فوٹو|تصویر|عکس|صورة)s?(?: credit)?\s*:\s*[^.:!?۔]{2,40}$/iu,
    'caption',
    60,
  ],
];

/** A copyright notice, however long the small print after it. */
const COPYRIGHT_LINE = /^(?:©|ⓒ|\(c\)\s|copyright\b)/iu;

const DECORATION = new Set([...' \t-–—•·|»«›‹<>()[]*_=~:']);

/** Strips the dashes, bullets, brackets and arrows pages wrap around labels. */
function bare(text: string): string {
  let start = 0;
  while (start < text.length && DECORATION.has(text[start]!) && text[start] !== ':') start++;
  return trimEndWhere(text.slice(start), (c) => DECORATION.has(c)).replace(/\s+/g, ' ');
}

/** Why a line is furniture wherever it stands, or null. */
export function furniture(line: Line): RemovalReason | null {
  const text = bare(line.text);
  if (tailHeading(line) === 'comments') return 'comments';
  for (const [re, reason] of WHOLE_LINE) if (re.test(text)) return reason;
  if (COPYRIGHT_LINE.test(line.text)) return 'footer';
  if (line.text.length > 800) return null;
  for (const [re, reason, maxWords] of PROMPTS)
    if (line.words <= maxWords && re.test(line.text)) return reason;
  return null;
}

/** The reason a line opens the furniture after an article ("Related articles", "3 Comments"). */
export function tailHeading(line: Line): RemovalReason | null {
  if (line.words > 8 || line.text.length > 200) return null;
  const text = bare(line.text);
  for (const [re, reason] of TAIL) if (re.test(text)) return reason;
  return null;
}

/** A credit line under a picture: "Photo: Getty Images", "GETTY", "Courtesy of …". */
export function isCredit(line: Line): boolean {
  // A caption with its credit in brackets ("… (Image: Getty)") is a caption, not a credit line.
  if (line.words > 6 || line.text.length > 200) return false;
  if (line.text.includes('(') && line.text.trimEnd().endsWith(')')) return false;
  return (
    /^(?:photo|image|picture|foto|credit|illustration|source|courtesy|pictured)s?\b|\b(?:getty|reuters|afp|associated press|shutterstock|alamy|epa|istock)\b/iu.test(
      bare(line.text),
    ) || /^credit\W*$/iu.test(line.text)
  );
}

/** "Jane Doe (@jane) is a reporter at …": the note about the writer under an article. */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?: \([^)]{1,60}\))? (?:is|was|has been) (?:an?|the) [^.]{0,80}\b(?:contributor|writer|reporter|editor|correspondent|journalist|columnist|author|curator|producer|freelancer|blogger)s?\b/u;
const CREDITS =
  /^(?:(?:additional )?reporting|writing|editing|compiled|translated|produced) by\b|\bcontributed (?:to )?(?:this )?(?:report|story|article|reporting)\b|^(?:follow|contact) (?:us|him|her|them|the (?:author|writer|reporter)) (?:on|at|via)\b|^have a (?:news )?tip\b/iu;
const FOLLOW_NAME =
  /^(?:Follow|Contact) \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2} (?:on|at|via)\b/u;

/**
 * A sign-off under the article: a note about the writer, reporting and editing credits, a
 * "follow her on Twitter". Only trailing lines count: mid-article the same words are reporting.
 */
export function isSignOff(line: Line): boolean {
  if (line.words > 80 || line.text.length > 800) return false;
  return AUTHOR_BIO.test(line.text) || CREDITS.test(line.text) || FOLLOW_NAME.test(line.text);
}
