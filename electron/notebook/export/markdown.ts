// Markdown export: each article's provenance, then its highlights in document order as
// blockquotes with paragraph number, colour (and what it means), tags and note. Orphaned
// highlights are listed apart: their words are no longer in the text.
import { codePointToUtf16 } from '../../../shared/anchoring';
import type { ExportResult } from '../../../shared/contract';
import type { ArticleDetail, ColorMeanings, Highlight, Tag } from '../../../shared/model';
import { exportFileName, type ExportModel } from './model';
import { paragraphNumber } from '../../../shared/paragraphs';

/** What a highlight's colour and tag ids mean in this notebook. */
interface ExportVocabulary {
  colorMeanings: ColorMeanings;
  tags: readonly Tag[];
}

export function renderMarkdown(model: ExportModel): ExportResult {
  const sections = model.articles.map((article) => renderArticle(article, model));
  return {
    fileName: exportFileName(model, 'md'),
    mimeType: 'text/markdown',
    data: `${sections.join('\n\n---\n\n')}\n`,
  };
}

function renderArticle(article: ArticleDetail, vocabulary: ExportVocabulary): string {
  const lines = [`# ${inline(article.title)}`, ''];
  const facts: [string, string | undefined][] = [
    ['Source', article.source],
    ['Author', article.byline],
    ['Date', article.publishedAt && `${article.publishedAt}${dateOrigin(article)}`],
    ['URL', article.url],
    ['File', article.fileName],
    ['Captured', article.capturedAt.slice(0, 10)],
  ];
  for (const [label, value] of facts) {
    if (value) lines.push(`- **${label}:** ${label === 'URL' ? `<${value}>` : inline(value)}`);
  }

  if (article.note.body.trim()) lines.push('', '## Article note', '', article.note.body.trim());

  const anchored = article.highlights.filter((h) => !h.orphan);
  const orphans = article.highlights.filter((h) => h.orphan);
  lines.push('', `## Highlights (${anchored.length})`);
  if (anchored.length === 0) lines.push('', '_No highlights._');
  for (const h of anchored) lines.push('', ...renderHighlight(article, h, vocabulary));
  if (orphans.length) {
    lines.push('', `## No longer in the current text (${orphans.length})`);
    for (const h of orphans) lines.push('', ...renderHighlight(article, h, vocabulary));
  }
  return lines.join('\n');
}

function renderHighlight(
  article: ArticleDetail,
  highlight: Highlight,
  { colorMeanings, tags }: ExportVocabulary,
): string[] {
  const start = codePointToUtf16(article.text, highlight.position.start);
  const quote = highlight.quote.exact
    .split('\n')
    .map((line) => (line.trim() ? `> ${escapeLineStart(escapeMarkup(line))}` : '>'));
  const tagNames = highlight.tagIds
    .map((id) => tags.find((t) => t.id === id)?.name)
    .filter((name): name is string => Boolean(name))
    .map((name) => `#${name.replace(/\s+/g, '_')}`);
  const attribution = [
    `— ${highlight.orphan ? 'was ' : ''}¶${paragraphNumber(article.blocks, start)}`,
    `${highlight.color} (${inline(colorMeanings[highlight.color])})`,
    ...(tagNames.length ? [tagNames.join(' ')] : []),
  ].join(' · ');
  const lines = [...quote, '', attribution];
  if (highlight.note.trim()) lines.push('', highlight.note.trim());
  return lines;
}

function dateOrigin(article: ArticleDetail): string {
  switch (article.publishedAtSource) {
    case 'date-line':
      return ' (from the date line on the page)';
    case 'user':
      return ' (entered by hand)';
    case 'metadata':
      return ' (from the page metadata)';
    case 'url':
      return ' (from the URL)';
    default:
      return '';
  }
}

/**
 * Imported text is hostile: escaping every character Markdown or HTML could act on keeps
 * `<img onerror>` or `[x](javascript:…)` from becoming markup in a viewer.
 */
const escapeMarkup = (value: string) => value.replace(/([\\`*_[\]<>#|&!~])/g, '\\$1');

/** Keeps a value on one line and stops it from being read as Markdown syntax. */
const inline = (value: string) => escapeMarkup(value.replace(/\s+/g, ' '));

/** A quoted line must not turn into a heading, list or fence inside the blockquote. */
const escapeLineStart = (line: string) =>
  line.replace(/^(\s*)([>+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
