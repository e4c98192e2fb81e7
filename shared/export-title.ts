// What an export is called: the title its document carries and the file name it suggests, both
// decided here from what was exported (an article, a tag, a colour, chosen quotes, notes, the
// notebook), so every format and every host names the same export the same way.
import type { HighlightColor } from './model';
import { NotebookError } from './result';

/** What a scope chose, in the analyst's words (titles and tag names, not ids). */
export interface ExportSubject {
  /** The notebook notes a brief is made of, by title, in order. */
  notes?: readonly string[];
  /** The articles the scope named, by title, in export order (absent: it named none). */
  articles?: readonly string[];
  /** The tags whose quotes it keeps, by name (`Actors/TTP`). */
  tags?: readonly string[];
  colors?: readonly HighlightColor[];
  /** The days its articles fall between (`2024-06-01`). */
  from?: string;
  to?: string;
  /** How many quotes were picked one by one (the Quotations view's "export these"). */
  picked?: number;
}

/** The title of an export of the whole notebook (notebooks carry no name of their own). */
export const NOTEBOOK_TITLE = 'Dossier notebook';

/**
 * `Talks on hold`, `Quotes tagged Economy`, `Red quotes — Kabul talks`, `Assessment and 2 more`,
 * `Dossier notebook, from 2024-01-01`.
 */
export function exportTitle(subject: ExportSubject): string {
  if (subject.notes?.length) return firstAndMore(subject.notes.map(untitled('Untitled note')));
  const quotes = quotesPhrase(subject);
  const articles = subject.articles?.length
    ? firstAndMore(subject.articles.map(untitled('Untitled article')))
    : null;
  const title =
    quotes && articles ? `${quotes} — ${articles}` : (quotes ?? articles ?? NOTEBOOK_TITLE);
  const range = dateRange(subject.from, subject.to);
  return range ? `${title}, ${range}` : title;
}

/** A file's name on its longest (UTF-8 bytes, before the date): well inside every system's 255. */
const MAX_NAME_BYTES = 120;

/**
 * The file name an export suggests: the title's words (letters of every script kept, with their
 * marks, so an Urdu title stays readable), dashes between, the day, the extension. Nothing a
 * system refuses (`/ \ : * ? " < > |`, control characters, a trailing dot or space) survives.
 */
export function exportFileName(title: string, day: Date, extension: string): string {
  if (!/^[a-z0-9]{1,10}$/.test(extension)) {
    throw new NotebookError(
      'INVALID_INPUT',
      `extension: “${extension}” is not a file extension (letters and digits only).`,
    );
  }
  const words = title
    .normalize('NFC')
    .toLowerCase()
    // An apostrophe is part of its word (`TTP’s` is `ttps`, not `ttp-s`).
    .replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '')
    // Letters, their combining marks, digits and the joiners Persian and Urdu spell with.
    .split(/[^\p{L}\p{M}\p{N}\u200c\u200d]+/u)
    .map((w) => w.replace(/^[\p{M}\u200c\u200d]+|[\u200c\u200d]+$/gu, ''))
    .filter(Boolean);
  let base = '';
  for (const word of words) {
    const next = base ? `${base}-${word}` : word;
    if (utf8Length(next) > MAX_NAME_BYTES) {
      // A first word too long on its own is cut at a character (never inside a surrogate pair).
      if (!base) base = cutToBytes(word, MAX_NAME_BYTES);
      break;
    }
    base = next;
  }
  return `${base || 'dossier-export'}-${day.toISOString().slice(0, 10)}.${extension}`;
}

const untitled = (fallback: string) => (title: string) =>
  title.replace(/\s+/g, ' ').trim() || fallback;

/** `Kabul talks`, or `Kabul talks and 2 more`. */
function firstAndMore(titles: readonly string[]): string {
  return titles.length === 1 ? titles[0]! : `${titles[0]} and ${titles.length - 1} more`;
}

/** `Red quotes tagged Economy`, `3 chosen quotes`, or null when no quote was filtered out. */
function quotesPhrase({ tags = [], colors = [], picked }: ExportSubject): string | null {
  if (!tags.length && !colors.length && !picked) return null;
  const count = picked ? `${picked} chosen ` : '';
  const hues = colors.length ? `${listOf(colors, 'and')} ` : '';
  const noun = picked === 1 ? 'quote' : 'quotes';
  const tagged = tags.length ? ` tagged ${listOf(tags, 'or')}` : '';
  const phrase = `${count}${hues}${noun}${tagged}`;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** `a`, `a or b`, `a, b or c`; past three, `a, b or 3 more`. */
function listOf(items: readonly string[], joiner: 'and' | 'or'): string {
  if (items.length === 1) return items[0]!;
  if (items.length > 3) return `${items.slice(0, 2).join(', ')} ${joiner} ${items.length - 2} more`;
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

function dateRange(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return from === to ? `on ${from}` : `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return null;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function cutToBytes(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (utf8Length(out + ch) > max) break;
    out += ch;
  }
  return out;
}
