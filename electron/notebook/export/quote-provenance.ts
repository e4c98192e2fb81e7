// What every export says about a quote besides its words: the paragraphs it runs over, tag paths,
// colour meaning and where the article's date came from, worked out once for all formats.
import { codePointToUtf16 } from '../../../shared/anchoring';
import { gradeInWords, gradeOf } from '../../../shared/grading';
import type { ArticleDetail, ColorMeanings, Highlight, Tag } from '../../../shared/model';
import { paragraphNumbers, paragraphRange, type ParagraphRange } from '../../../shared/paragraphs';

/** The 1-based paragraphs the quote starts and ends in (for an orphan, where it used to be). */
export function paragraphsOf(article: ArticleDetail, highlight: Highlight): ParagraphRange {
  // Positions count code points; blocks, UTF-16 units.
  const { text } = article;
  const { start, end } = highlight.position;
  return paragraphRange(article.blocks, codePointToUtf16(text, start), codePointToUtf16(text, end));
}

/** How the written exports cite the quote's place: `¶3`, `¶3–4`; an orphan's `was ¶3`. */
export function paragraphCitation(article: ArticleDetail, highlight: Highlight): string {
  return `${highlight.orphan ? 'was ' : ''}¶${paragraphNumbers(paragraphsOf(article, highlight))}`;
}

/** The highlight's tags as paths (`Actors/TTP`), in the order the analyst gave them. */
export function tagPaths(tags: readonly Tag[], highlight: Highlight): string[] {
  return highlight.tagIds
    .map((id) => tags.find((t) => t.id === id)?.name)
    .filter((name): name is string => Boolean(name));
}

export function colorMeaning(meanings: ColorMeanings, highlight: Highlight): string {
  return meanings[highlight.color] ?? highlight.color;
}

/** Where the publication date was found, in the analyst's words ('' when unknown). */
export function dateOriginLabel(article: ArticleDetail): string {
  switch (article.publishedAtSource) {
    case 'date-line':
      return 'from the date line on the page';
    case 'user':
      return 'entered by hand';
    case 'metadata':
      // Imported before 'file' existed: a PDF's or Word file's date was its creation date.
      return article.kind === 'pdf' || article.kind === 'docx'
        ? "from the file's properties, its creation date"
        : 'from the page metadata';
    case 'url':
      return 'from the URL';
    case 'file':
      return "from the file's properties, its creation date";
    default:
      return '';
  }
}

/** The swatch each highlight colour is drawn with in the reader. */
export const COLOR_SWATCHES: Record<Highlight['color'], string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
  orange: '#fed7aa',
};

/**
 * `Words changed in version 3 (2026-12-02); before: “Haqqani network”`: said with a quote whose
 * words a new version of its article changed, so a reader sees what was first highlighted.
 */
export function wordsChangedLine(highlight: Highlight): string | null {
  const changed = highlight.wordsChanged;
  if (!changed) return null;
  const before = changed.before.replace(/\s+/g, ' ').trim();
  return `Words changed in version ${changed.version} (${changed.at.slice(0, 10)}); before: “${before}”`;
}

/** The quote's Admiralty grade in brackets ("[B2]"): its source's reliability, its credibility. */
export function gradeMark(article: ArticleDetail, highlight: Highlight): string | null {
  const grade = gradeOf(article.reliability, highlight.credibility);
  return grade ? `[${grade}]` : null;
}

/** The grade with its meaning, for a footnote: "[B2] usually reliable source; probably true." */
export function gradeSentence(article: ArticleDetail, highlight: Highlight): string | null {
  const words = gradeInWords(article.reliability, highlight.credibility);
  if (!words) return null;
  const [grade, meaning] = words.split(': ');
  return `[${grade}] ${meaning}.`;
}

/** "Corroborated by: “…” — title, ¶ 2; …" for a quote linked to others, else null. */
export function corroborationLine(
  model: { corroborations?: ReadonlyMap<string, readonly { line: string }[]> },
  highlight: Highlight,
): string | null {
  const others = model.corroborations?.get(highlight.id);
  return others?.length ? `Corroborated by: ${others.map((o) => o.line).join('; ')}` : null;
}
