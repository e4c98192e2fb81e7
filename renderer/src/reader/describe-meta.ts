// Words for an article's provenance: where its date came from, its language, its kind of source.
import type { ArticleMeta, SourceKind } from '../../../shared/model';
import { formatCalendarDate } from './format-date';

export interface DateLabel {
  date: string;
  /** Where the date was found, e.g. "from page metadata". */
  provenance: string | null;
  /** The date might be the page's "today" header rather than the article's own. */
  uncertain: boolean;
}

const PROVENANCE: Record<NonNullable<ArticleMeta['publishedAtSource']>, string> = {
  metadata: 'from page metadata',
  'date-line': 'from the date line',
  url: 'from the address',
  user: 'set by you',
  file: "from the file's properties, its creation date",
};

export function dateLabel(meta: ArticleMeta): DateLabel | null {
  if (!meta.publishedAt) return null;
  const date = formatCalendarDate(meta.publishedAt);
  if (meta.publishedAtUncertain) {
    // Say why the date is in doubt, which depends on where it was found.
    const provenance =
      meta.publishedAtSource === 'date-line'
        ? "date line, may be the page's date rather than the article's"
        : meta.publishedAtSource === 'file' ||
            // Imported before 'file' existed: a PDF's or Word file's date was its creation date.
            (meta.publishedAtSource === 'metadata' && (meta.kind === 'pdf' || meta.kind === 'docx'))
          ? "the file's creation date, which may not be when it was published"
          : `${meta.publishedAtSource ? PROVENANCE[meta.publishedAtSource] : 'found on the page'}, not certainly the publication date`;
    return { date, provenance, uncertain: true };
  }
  const from = meta.publishedAtSource;
  return { date, provenance: from ? PROVENANCE[from] : null, uncertain: false };
}

const KIND: Record<SourceKind, string> = {
  text: 'Copied web text',
  html: 'Web page',
  pdf: 'PDF',
  docx: 'Word document',
  markdown: 'Markdown',
};

export const kindLabel = (kind: SourceKind | undefined): string | null =>
  kind ? KIND[kind] : null;

/** `ur` -> "Urdu (ur)", in the analyst's own language; an unknown tag is shown as it is. */
export function languageName(tag: string | undefined): string | null {
  if (!tag) return null;
  try {
    const name = new Intl.DisplayNames([navigator.language, 'en'], { type: 'language' }).of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

export function directionLabel(dir: ArticleMeta['dir']): string {
  if (dir === 'rtl') return 'Right to left';
  if (dir === 'ltr') return 'Left to right';
  return 'Per paragraph';
}

/** "25 Jun 2024, 14:02" in the analyst's time zone: the moment it was captured here. */
export function formatCapturedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "By Kamran Yousaf" unless the byline already says "By". */
export const bylineText = (byline: string): string =>
  /^(by|from)\b/i.test(byline.trim()) ? byline.trim() : `By ${byline.trim()}`;

/** A link's visible text: host and path, without the scheme or a trailing slash. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
    const shown = `${u.host}${path}`;
    return shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
  } catch {
    return url;
  }
}
