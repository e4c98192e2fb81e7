// What the Word and PDF exports print around each quote: an article's provenance facts, the
// line under a quote (paragraph, colour meaning, tags), the sources list and script direction.
import type { ArticleDetail, Highlight } from '../../../shared/model';
import type { ExportVocabulary } from './model';
import { gradeMark, paragraphCitation } from './quote-provenance';

export interface Fact {
  label: string;
  value: string;
  /** Set for the URL: a web address to link to. */
  link?: string;
}

/** Outlet, author, date (and where it was found), URL, file and capture date, when known. */
export function provenanceFacts(article: ArticleDetail): Fact[] {
  const facts: (Fact | false | undefined)[] = [
    article.source !== undefined && { label: 'Source', value: article.source },
    article.byline !== undefined && { label: 'Author', value: article.byline },
    article.publishedAt !== undefined && {
      label: 'Date',
      value: `${article.publishedAt}${dateOrigin(article)}`,
    },
    article.url !== undefined && { label: 'URL', value: article.url, link: article.url },
    article.fileName !== undefined && { label: 'File', value: article.fileName },
    { label: 'Captured', value: article.capturedAt.slice(0, 10) },
  ];
  return facts.filter((f): f is Fact => Boolean(f && f.value.trim()));
}

function dateOrigin(article: ArticleDetail): string {
  const uncertain = article.publishedAtUncertain ? ', may not be the publication date' : '';
  switch (article.publishedAtSource) {
    case 'date-line':
      return ` (from the date line on the page${uncertain})`;
    case 'user':
      return ' (entered by hand)';
    case 'metadata':
      return ' (from the page metadata)';
    case 'url':
      return ' (from the URL)';
    case 'file':
      return " (from the file's properties, its creation date)";
    default:
      return uncertain ? ` (${uncertain.slice(2)})` : '';
  }
}

/** `¶3 [B2] · yellow: Key claim · #Actors/TTP #lead`: where the quote sits, its grade, its marks. */
export function attribution(article: ArticleDetail, highlight: Highlight, model: ExportVocabulary) {
  const tags = tagNames(highlight, model).map((name) => `#${name.replace(/\s+/g, '_')}`);
  const grade = gradeMark(article, highlight);
  return [
    `${paragraphCitation(article, highlight)}${grade ? ` ${grade}` : ''}`,
    `${highlight.color}: ${model.colorMeanings[highlight.color]}`,
    ...(tags.length ? [tags.join(' ')] : []),
  ].join(' · ');
}

export function tagNames(highlight: Highlight, { tags }: ExportVocabulary): string[] {
  return highlight.tagIds
    .map((id) => tags.find((t) => t.id === id)?.name)
    .filter((name): name is string => Boolean(name));
}

/** One line per article for the closing sources list: title, outlet, date, URL. */
export function sourceLine(
  article: Pick<ArticleDetail, 'title' | 'source' | 'publishedAt' | 'url'>,
): string {
  return [article.title, article.source, article.publishedAt, article.url]
    .filter((part): part is string => Boolean(part?.trim()))
    .map((part) => part.replace(/\s+/g, ' '))
    .join(' · ');
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const HEBREW = /[\u0590-\u05FF]/gu;
const LETTER = /\p{L}/gu;

/** Whether a text reads right to left: more Arabic-script (or Hebrew) letters than others. */
export function isRightToLeft(text: string): boolean {
  const rtl = (text.match(ARABIC)?.length ?? 0) + (text.match(HEBREW)?.length ?? 0);
  return rtl > 0 && rtl * 2 >= (text.match(LETTER)?.length ?? 0);
}

/** The generated date as a reader expects it on a title page. */
export const generatedOn = (model: ExportVocabulary) =>
  model.generatedAt.toISOString().slice(0, 10);
