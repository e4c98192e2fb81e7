// What the export dialog's choices mean: the scope sent to `export.render`, the formats on
// offer, and the counts read back from the Markdown preview.
import type { ExportFormat, ExportScope } from '../../../shared/contract';
import type { HighlightColor } from '../../../shared/model';

export type ScopeKind = 'article' | 'chosen' | 'notebook' | 'filtered';
export type OrderChoice = 'library' | NonNullable<ExportScope['order']>;

export interface ExportChoices {
  scope: ScopeKind;
  /** The open article, for "this article". */
  articleId: string | null;
  chosenIds: readonly string[];
  tagIds: readonly string[];
  colors: readonly HighlightColor[];
  from: string;
  to: string;
  order: OrderChoice;
}

export const FORMATS: ReadonlyArray<{
  format: ExportFormat;
  label: string;
  hint: string;
  extension: string;
}> = [
  {
    format: 'markdown',
    label: 'Markdown',
    hint: '.md, opens in Obsidian or any editor',
    extension: 'md',
  },
  { format: 'docx', label: 'Word', hint: '.docx, for Word and LibreOffice', extension: 'docx' },
  { format: 'pdf', label: 'PDF', hint: 'a printable brief', extension: 'pdf' },
  { format: 'html', label: 'HTML', hint: 'one self-contained page', extension: 'html' },
  {
    format: 'csv',
    label: 'CSV',
    hint: 'one row per highlight, for spreadsheets',
    extension: 'csv',
  },
  {
    format: 'jsonld',
    label: 'W3C annotations',
    hint: 'JSON-LD Web Annotations',
    extension: 'jsonld',
  },
  {
    format: 'bundle',
    label: 'Notebook bundle',
    hint: '.dossier, a complete backup of the notebook',
    extension: 'dossier',
  },
];

/**
 * The name the file will be offered under, from the name the Markdown preview was given: every
 * format names an export alike (shared/export-title), only the extension differs.
 */
export function suggestedName(previewName: string, format: ExportFormat): string {
  const extension = FORMATS.find((f) => f.format === format)?.extension ?? format;
  return previewName.replace(/\.md$/, '') + `.${extension}`;
}

export const formatLabel = (format: ExportFormat): string =>
  FORMATS.find((f) => f.format === format)?.label ?? format;

/**
 * The choices a format is made from: a bundle is the whole notebook (the contract refuses a scope
 * for it), so it sees the whole-notebook scope while the analyst's own choices wait unchanged for
 * another format.
 */
export function choicesFor(choices: ExportChoices, format: ExportFormat): ExportChoices {
  return format === 'bundle' ? { ...choices, scope: 'notebook', order: 'library' } : choices;
}

/** Why the choices cannot be exported yet, or null when they can. */
export function scopeProblem(choices: ExportChoices): string | null {
  if (choices.scope === 'article' && !choices.articleId) {
    return 'Open an article first: “This article” exports the article on screen.';
  }
  if (choices.scope === 'chosen' && choices.chosenIds.length === 0) {
    return 'Choose at least one article to export.';
  }
  if (choices.scope === 'filtered' && choices.from && choices.to && choices.from > choices.to) {
    return 'The date range ends before it starts.';
  }
  return null;
}

/** The scope half of `export.render`'s input; call only when `scopeProblem` is null. */
export function scopeOf(choices: ExportChoices): ExportScope {
  const scope: ExportScope = {};
  if (choices.scope === 'article' && choices.articleId) scope.articleIds = [choices.articleId];
  if (choices.scope === 'chosen') scope.articleIds = [...choices.chosenIds];
  if (choices.scope === 'filtered') {
    if (choices.tagIds.length) scope.tagIds = [...choices.tagIds];
    if (choices.colors.length) scope.colors = [...choices.colors];
    if (choices.from) scope.from = choices.from;
    if (choices.to) scope.to = choices.to;
  }
  if (choices.order !== 'library') scope.order = choices.order;
  return scope;
}

/** The Markdown without a YAML front matter block, which a preview would show as stray text. */
export function withoutFrontMatter(markdown: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

/** Articles and highlights in a Markdown export, read from its per-article "Highlights (n)" headings. */
export function countsOf(markdown: string): { articles: number; highlights: number } | null {
  const anchored = [...markdown.matchAll(/^#{1,6} Highlights \((\d+)\)\s*$/gm)];
  if (anchored.length === 0) return /\S/.test(withoutFrontMatter(markdown)) ? null : empty;
  const orphans = [...markdown.matchAll(/^#{1,6} No longer in the current text \((\d+)\)\s*$/gm)];
  const sum = (matches: RegExpMatchArray[]) =>
    matches.reduce((total, m) => total + Number(m[1]), 0);
  return { articles: anchored.length, highlights: sum(anchored) + sum(orphans) };
}

const empty = { articles: 0, highlights: 0 };

/** "2 articles, 5 highlights". */
export function describeCounts({ articles, highlights }: { articles: number; highlights: number }) {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(articles, 'article')}, ${plural(highlights, 'highlight')}`;
}
