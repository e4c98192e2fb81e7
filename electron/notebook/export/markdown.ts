// Markdown export: YAML front matter, then each article's provenance and its highlights in
// document order as blockquotes with paragraph number, colour (and what it means), Obsidian
// tags and note. Orphaned highlights are listed apart: their words are no longer in the text.
import type { SkippedArticle } from '../../../shared/contract';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import type { BriefModel } from './brief/brief-model';
import { briefFootnotesMarkdown, briefNotesMarkdown } from './brief/brief-text';
import {
  exportFileName,
  NOTES_HEADING,
  skippedHeading,
  skippedLines,
  type ExportDocument,
  type ExportRenderer,
  type ExportVocabulary,
} from './model';
import { later, type ExportChunk } from './output';
import {
  colorMeaning,
  dateOriginLabel,
  paragraphCitation,
  gradeMark,
  corroborationLine,
  tagPaths,
  wordsChangedLine,
} from './quote-provenance';

const RULE = '\n\n---\n\n';

export const renderMarkdown: ExportRenderer = (doc) => ({
  fileName: exportFileName(doc, 'md'),
  mimeType: 'text/markdown',
  encoding: 'utf8',
  chunks: markdown(doc),
});

async function* markdown(doc: ExportDocument): AsyncGenerator<ExportChunk> {
  yield* frontMatter(doc);
  yield '\n';
  // Unless the export is its one article, each article is a `##` section under the export's title.
  const depth = doc.articleTitled ? 1 : 2;
  let first = true;
  const section = (text: string) => {
    const out = first ? text : `${RULE}${text}`;
    first = false;
    return out;
  };
  if (!doc.articleTitled) yield section(`# ${inline(doc.title)}`);
  for await (const article of doc.articles) yield section(renderArticle(article, doc, depth));
  if (doc.notebookNotes) yield section(notebookNotes(doc.notebookNotes));
  if (doc.skipped.length) yield section(skippedNote(doc.skipped));
  if (doc.notebookNotes?.quotes.length) {
    yield `\n\n${briefFootnotesMarkdown(doc.notebookNotes).join('\n')}`;
  }
  yield '\n';
}

/** The notebook notes, as a brief writes them, under their own heading. */
function notebookNotes(brief: BriefModel): string {
  const lines = briefNotesMarkdown(brief, {
    level: 3,
    headed: true,
    leftOutLabel: 'Left out of the notebook notes',
  });
  return [`## ${NOTES_HEADING} (${brief.notes.length})`, '', ...lines].join('\n').trim();
}

function frontMatter(doc: ExportDocument): ExportChunk[] {
  const only = doc.articleTitled ? doc.only : undefined;
  const fields: [string, string | undefined][] = only
    ? [
        ['title', only.title],
        ['source', only.source],
        ['author', only.byline],
        ['date', only.publishedAt],
        ['url', only.url],
        ['captured', only.capturedAt],
      ]
    : [['title', doc.title]];
  fields.push(['generated', doc.generatedAt.toISOString()]);
  const lines = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([key, value]) => `${key}: ${yamlString(value)}\n`);
  // The count of several articles is known once they are read: room is kept for it.
  const count = only ? '1' : later(String(doc.atMost), () => String(doc.count));
  return ['---\n', ...lines, 'articles: ', count, '\n---\n'];
}

/** Articles whose files could not be read, said where the reader of the notes will see it. */
function skippedNote(skipped: readonly SkippedArticle[]): string {
  return [
    `**${inline(skippedHeading(skipped))}:**`,
    '',
    ...skippedLines(skipped).map((line) => `- ${inline(line)}`),
  ].join('\n');
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
  model: ExportVocabulary,
): string[] {
  const { colorMeanings, tags } = model;
  const quote = highlight.quote.exact
    .split('\n')
    .map((line) => (line.trim() ? `> ${escapeLineStart(escapeMarkup(line))}` : '>'));
  const tagNames = tagPaths(tags, highlight)
    .map(obsidianTag)
    .filter(Boolean)
    .map((name) => `#${name}`);
  const grade = gradeMark(article, highlight);
  const attribution = [
    `— ${paragraphCitation(article, highlight)}${grade ? ` ${grade}` : ''}`,
    `${highlight.color} (${inline(colorMeaning(colorMeanings, highlight))})`,
    ...(tagNames.length ? [tagNames.join(' ')] : []),
  ].join(' · ');
  const lines = [...quote, '', attribution];
  const changed = wordsChangedLine(highlight);
  if (changed) lines.push('', `*${inline(changed)}*`);
  const corroborated = corroborationLine(model, highlight);
  if (corroborated) lines.push('', `*${inline(corroborated)}*`);
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
