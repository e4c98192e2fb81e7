// Text patterns of page furniture that Readability keeps inside articles: ad labels,
// captions and credits, date lines, promos, calls to subscribe. Each is a convention of
// news and blog pages in general, not of one site.

export const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Ends like a sentence (also in Arabic/Urdu, CJK and Devanagari punctuation). */
export const endsSentence = (text: string): boolean =>
  /[.!?…:;。！？؟।۔]["'”’»)\]]*$/.test(text.trim());

/** Running prose: what an article body is made of. */
export function isProse(text: string, linkShare: number): boolean {
  if (linkShare > 0.5) return false;
  const n = words(text) + cjkChars(text) / 2;
  return (n >= 10 && endsSentence(text)) || n >= 25;
}

function cjkChars(text: string): number {
  return (text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length;
}

/** A label that marks an ad slot. */
export const AD_LABEL =
  /^(?:-*\s*)(?:advertisements?|advertising|advert|ads?|sponsored(?: content| links?)?|promoted(?: content)?|paid content|continue reading(?: below)?|(?:story|article) continues below(?: advertisement)?|scroll to continue(?: with content)?|iklan|anzeige|werbung|publicidad|publicité|pubblicità|реклама|إعلان|اشتہار)(?:\s*-*)$/i;

/** Caption and credit lines: "Photo: …", "Image copyright …", "(Image: GETTY)", "Credit…". */
const CAPTION_START =
  /^(?:(?:image|photo|picture|pic|media|video|graphic|illustration)s?\s*(?:caption|copyright|credit|source)|(?:image|photo|picture|pic|credit|photo credit|image credit|source|courtesy|illustration|graphic)s?\s*(?::|\.{2,}|…|\|))/i;
// Only credit forms: "(Image: GETTY)", "(AP Photo/…)", "Name / AP file", "X | Getty Images";
// a sentence ending "…, he told Reuters." is not a caption.
const CAPTION_END =
  /(?:\((?:image|photo|picture|pic|credit|source)s?\s*:[^)]*\)|\((?:ap photo|reuters|afp|epa|getty)[^)]*\)|[|/]\s*(?:getty images|ap(?: photo)?|reuters|afp|epa\S*|shutterstock|istock\S*)(?:\s+file)?|\b(?:via getty images|getty images|shutterstock|istockphoto))\s*$/i;
const COURTESY = /^(?:courtesy of|photo by|photograph by|image by|via)\s|\svia \S+$/i;

export function isCaptionLine(text: string): boolean {
  const n = words(text);
  if (n > 45) return false;
  if (CAPTION_START.test(text)) return true;
  if (CAPTION_END.test(text)) return true;
  return n <= 8 && COURTESY.test(text);
}

/** "Image 1 of 23", "1 / 8": gallery counters. */
export const GALLERY_COUNTER =
  /^(?:(?:image|photo|picture|slide)\s*)?\d+\s*(?:of|\/)\s*(?:\/\s*)?\d+$/i;

/** Labels of buttons and toggles that are markup rather than <button>s. */
export const CONTROL_LABEL =
  /^(?:caption|close|open|menu|search|share|print|e-?mail|next|previous|prev|back|expand|collapse|show (?:more|less)|load more|view (?:more|all|comments)|skip to (?:main )?content|sign in|log ?in|sign up|register|toggle navigation|play|pause|mute|unmute|full ?screen|enlarge (?:this )?image|zoom|hide caption|toggle caption|copy link|whatsapp|facebook|twitter|linkedin|reddit|pinterest|flipboard|telegram|share (?:this|the) (?:article|story|post|page)|share on \w+|follow us(?: on \w+)?|subscribe(?: now)?|newsletters?)$/i;

/** "© 2024 The Outlet", "Copyright 2024 …"; not a sentence about copyright law. */
export const COPYRIGHT = /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|@|\d{4}))/i;

/** Contributor lines at the foot of wire stories. */
export const CREDITS =
  /^(?:\(?(?:reporting|additional reporting|writing|editing|compiled|edited|written|produced) by\b|originally published (?:on|at|in)\b|(?:via|source)\s*:?\s*\S+$)|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i;

/** "READ MORE: …", "Related: …", "DON'T MISS": a link to another story. */
export const PROMO =
  /^(?:(?:read more|don'?t miss|see also|also read|read also|also see|read next|related (?:articles?|stories|news|posts?|coverage|reading))\b|(?:more (?:from|on|in|about)\b[^:|]{0,40}|related|watch|listen|recommended|trending|most (?:read|popular|viewed)|up next|more (?:articles|stories|posts) (?:from|by)\b.{0,60})\s*(?:[:|—–>»\n]|$))/i;

/** "5 min read", "Tempo de leitura: 1 minuto", view counters. */
export const READING_TIME =
  /^(?:\d+\s*)?(?:min(?:ute)?s?\.? read|reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura|letture|views?|reads)\b.{0,20}$/i;

/** A heading or label that opens the furniture under an article: the article has ended. */
export const TAIL_MARKER =
  /^(?:(?:you (?:may|might) (?:also )?(?:like|enjoy)|more (?:from|in|on|to explore)\b.*|more (?:\S+ ){0,3}(?:stories|articles|news|reads|coverage|videos)|related(?: articles| posts| stories| news| content| coverage| reading)?|read (?:more|next|also)|most (?:popular|read|viewed|shared)|recommended(?: for you| stories| reading)?|popular(?: posts| stories| now| news| articles)?|trending(?: now| stories)?|latest(?: news| posts| stories| articles)?|recent (?:posts|articles|stories)|top stories|editor'?s picks|around the web|sponsored stories|about the authors?|about us|comments?|\d+ comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|in (?:other news|case you missed)[^.]*|what to read next|keep reading|tags?|topics?|filed under)\W*)$/i;

/** "Filed under: X |", "Tags: …", "Posted in …". */
export const TAGS_LINE = /^(?:filed under|tags?|tagged|topics?|categories|category|posted in)\s*:/i;

/**
 * A call to subscribe, follow or download: an imperative opening aimed at the reader ("Sign
 * up …", "Follow us …", "Get the app …") with prompt wording after it. "Listen to the traders
 * here …" opens like one but is reporting: words such as "here" or "coverage" are not enough.
 */
export const CALL_TO_ACTION =
  /^(?:please )?(?:subscribe|sign up|register|join|follow|download|get|click|tap|listen|watch|like us|want more|never miss|don'?t miss|stay (?:informed|up to date|connected|in the know)|have a (?:news )?tip|if you (?:enjoyed|like|liked|value)|support (?:us|our)|become a (?:member|subscriber))\b.*\b(?:newsletters?|subscri(?:be|bers?|ption)|sign(?:ing)? up|inbox|(?:may|can) be reached|(?:the|our|free|\w+'s) app|podcasts?|(?:on|via) (?:twitter|facebook|instagram|youtube|linkedin|tiktok|whatsapp|telegram|x)|(?:youtube|whatsapp|telegram) channel|membership|(?:news|email|e-mail) alerts|clicking here|click here|tap here)\b/i;

/** Wording only prompts use, wherever it stands in the paragraph. */
export const PROMPT_PHRASE =
  /\b(?:sign up for (?:our|the|a) (?:\w+ ){0,3}newsletters?|subscribe to (?:our|the) (?:\w+ ){0,3}(?:newsletters?|channel|podcast)|delivered (?:straight |directly |right )?to your inbox|in your inbox|click(?:ing)? here|download (?:our|the) (?:free )?app|follow us on|like us on facebook)\b|^follow (?:[\p{L}'’.@-]+ ){1,4}on (?:twitter|facebook|instagram|youtube|tiktok|linkedin|x)\b/iu;

/**
 * An imperative opening aimed at the reader: a prompt when the paragraph is mostly a link, gives
 * an address, or ends by pointing at one ("… or listen back here.").
 */
export const IMPERATIVE =
  /^(?:please )?(?:subscribe|sign up|register|join|follow|download|get|click|tap|listen|watch|read|see|find out|learn more)\b/i;

const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTH_NAME}|${WEEKDAY}|[ap]\\.?m\\.?|gmt|utc|[a-z][sd]t|ist|cet|cest)(?=\\s|$|[,.|/-])`,
  'gi',
);
const WRITTEN_DATE = new RegExp(
  `\\b${MONTH_NAME}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}|\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b`,
  'i',
);
export const DATE_LABEL =
  /^(?:first |last )?(?:published|updated|posted|modified|created|date|publié|publicado|veröffentlicht|aggiornato|pubblicato)\b/i;

/** A date line about a revision, not the publication. */
export const UPDATED_LABEL =
  /^(?:last )?(?:updated|modified|aktualisiert|actualizado|atualizado|mis à jour|aggiornato)\b/i;

/** Short date lines: "Updated 1:39 am EST, Wednesday, November 20, 2019", "PUBLISHED: …". */
export function isDateLine(text: string): boolean {
  if (words(text) > 16) return false;
  const year = /\b(?:19|20)\d{2}\b/.test(text);
  const time = /\b\d{1,2}[:.h]\d{2}\b/i.test(text);
  // What is left once the date words are gone should be a label or two, not a sentence.
  const rest = words(
    text
      .replace(/\b\d+(?:st|nd|rd|th)?\b/gi, ' ')
      .replace(DATE_WORDS, ' ')
      .replace(/[^\p{L}\s]/gu, ' '),
  );
  if (DATE_LABEL.test(text) && (year || time) && rest <= 8) return true;
  if (year && time && rest <= 4) return true;
  return WRITTEN_DATE.test(text) && (year || time) && rest <= 2;
}
