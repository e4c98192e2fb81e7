// Captions, credits and sign-offs: "Photo: …", "(AP Photo/…)", "REUTERS/Jane Doe", "Reporting
// by …; Editing by …", the note about the writer under an article.
import { bare, wordCount } from './text';
import { CREDIT_WORDS, has, labelWords, set } from './wording';

// The agencies and picture libraries news pages credit.
const AGENCY =
  'getty(?: images)?|shutterstock|istock(?:photo)?|alamy|ap|afp|reuters|epa(?:-efe)?|associated press';
const CAPTION_MARK = /^\p{L}+\s*(?::|\.{2,}|…|\||\/|–|—)/u;
const AGENCY_WORD = new RegExp(`\\b(?:${AGENCY})\\b`, 'iu');
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
    ) || AGENCY_WORD.test(text)
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
