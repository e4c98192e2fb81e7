// Markdown export: YAML front matter, then each article's provenance and its highlights in
// document order as blockquotes with paragraph number, colour (and what it means), Obsidian
// tags and note. Orphaned highlights are listed apart: their words are no longer in the text.
import type { ExportResult } from '../../../shared/contract';
import type { ArticleDetail, ColorMeanings, Highlight, Tag } from '../../../shared/model';
import { exportFileName, type ExportModel } from './model';
import { colorMeaning, dateOriginLabel, paragraphOf, tagPaths } from './quote-provenance';

/** What a highlight's colour and tag ids mean in this notebook. */
interface ExportVocabulary {
  colorMeanings: ColorMeanings;
  tags: readonly Tag[];
}

export function renderMarkdown(model: ExportModel): ExportResult {
  const single = model.articles.length === 1;
  // With several articles each one is a `##` section under the document's own title.
  const depth = single ? 1 : 2;
  const sections = model.articles.map((article) => renderArticle(article, model, depth));
  const body = single ? sections : ['# Dossier notes', ...sections];
  return {
    fileName: exportFileName(model, 'md'),
    mimeType: 'text/markdown',
    encoding: 'utf8',
    data: `${frontMatter(model)}\n${body.join('\n\n---\n\n')}\n`,
  };
}

function frontMatter(model: ExportModel): string {
  const [only] = model.articles;
  const fields: [string, string | number | undefined][] =
    model.articles.length === 1 && only
      ? [
          ['title', only.title],
          ['source', only.source],
          ['author', only.byline],
          ['date', only.publishedAt],
          ['url', only.url],
          ['captured', only.capturedAt],
        ]
      : [['title', 'Dossier notes']];
  fields.push(['generated', model.generatedAt.toISOString()], ['articles', model.articles.length]);
  const lines = fields
    .filter((f): f is [string, string | number] => f[1] !== undefined && f[1] !== '')
    .map(([key, value]) => `${key}: ${typeof value === 'number' ? value : yamlString(value)}`);
  return ['---', ...lines, '---', ''].join('\n');
}

/**
 * A JSON string is a valid YAML double-quoted scalar once the characters YAML does not
 * allow raw (DEL, C1 controls, line and paragraph separators, BOM, non-characters) are escaped;
 * so are `<>&[]` and backticks, so a viewer that shows front matter as text makes no markup of it.
 */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff<>&[\]`]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function renderArticle(article: ArticleDetail, vocabulary: ExportVocabulary, depth: number) {
  const h = (level: number) => '#'.repeat(depth + level);
  const lines = [`${h(0)} ${inline(article.title)}`, ''];
  const origin = dateOriginLabel(article);
  const facts: [string, string | undefined][] = [
    ['Source', article.source],
    ['Author', article.byline],
    ['Date', article.publishedAt && `${article.publishedAt}${origin ? ` (${origin})` : ''}`],
    ['URL', article.url],
    ['File', article.fileName],
    ['Captured', article.capturedAt.slice(0, 10)],
  ];
  for (const [label, value] of facts) {
    if (value) lines.push(`- **${label}:** ${label === 'URL' ? url(value) : inline(value)}`);
  }

  if (article.note.body.trim()) {
    lines.push('', `${h(1)} Article note`, '', safeNote(article.note.body));
  }

  const anchored = article.highlights.filter((x) => !x.orphan);
  const orphans = article.highlights.filter((x) => x.orphan);
  lines.push('', `${h(1)} Highlights (${anchored.length})`);
  if (anchored.length === 0) lines.push('', '_No highlights._');
  for (const x of anchored) lines.push('', ...renderHighlight(article, x, vocabulary));
  if (orphans.length) {
    lines.push('', `${h(1)} No longer in the current text (${orphans.length})`);
    for (const x of orphans) lines.push('', ...renderHighlight(article, x, vocabulary));
  }
  return lines.join('\n');
}

function renderHighlight(
  article: ArticleDetail,
  highlight: Highlight,
  { colorMeanings, tags }: ExportVocabulary,
): string[] {
  const quote = highlight.quote.exact
    .split('\n')
    .map((line) => (line.trim() ? `> ${escapeLineStart(escapeMarkup(line))}` : '>'));
  const tagNames = tagPaths(tags, highlight)
    .map(obsidianTag)
    .filter(Boolean)
    .map((name) => `#${name}`);
  const attribution = [
    `— ${highlight.orphan ? 'was ' : ''}¶${paragraphOf(article, highlight)}`,
    `${highlight.color} (${inline(colorMeaning(colorMeanings, highlight))})`,
    ...(tagNames.length ? [tagNames.join(' ')] : []),
  ].join(' · ');
  const lines = [...quote, '', attribution];
  if (highlight.note.trim()) lines.push('', safeNote(highlight.note));
  return lines;
}

/**
 * Notes are the analyst's Markdown and keep their formatting, but pasted text may carry raw
 * HTML or script links: those become text, and images become plain links (no remote loads).
 */
export function safeNote(note: string): string {
  return note
    .trim()
    .replace(/<(?!https?:\/\/[^\s<>]*>)/g, '\\<')
    .replace(/!\[/g, '!\\[')
    .replace(/\]\((?!\s*<?(?:https?:\/\/|#))/gi, '\\]\\(')
    .replace(/^(\s{0,3})\[([^\]\n]*)\]:(?!\s*<?https?:\/\/)/gm, '$1\\[$2\\]:');
}

/**
 * An Obsidian tag holds letters, digits, `_`, `-` and `/` (nesting) and is not all digits:
 * spaces and anything else become `_`; no part starts or ends with `_`, so it never reads as
 * emphasis in a CommonMark viewer.
 */
export function obsidianTag(path: string): string {
  const tag = path
    .split('/')
    .map((part) =>
      part
        .replace(/[^\p{L}\p{N}\p{M}_-]+/gu, '_')
        .replace(/_+/g, '_')
        .replace(/^_+|_+$/g, ''),
    )
    .filter(Boolean)
    .join('/');
  return /^[\d/]*$/.test(tag) && tag ? `tag/${tag}` : tag;
}

/** A web address as an autolink, which CommonMark takes literally; anything odd stays text. */
const url = (value: string) => (/^https?:\/\/[^\s<>]+$/.test(value) ? `<${value}>` : inline(value));

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
