// Reads an article's metadata from the lines around its body: the headline, the byline and the
// outlet named in a copyright line.
import type { Line } from './lines';

const BYLINE =
  /^(?:(?:\p{L}+(?:ed|en) )?by|von|par|por|di|door|oleh|автор|текст|تحریر|بقلم)\s*:?\s+(.+)$/iu;
const NAME_END = /\s*(?:[|•·,;/(]|\s[-–—]\s|\s(?:on|am|at|le|el|il|em|de|den|и)\s|\d|@|$)/iu;
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}.'’-]*|and|&|und|et|y|e|de|da|van|von|der|al|el|bin|ibn|la|le|du)$/u;

/** A line that opens with a byline ("By Jane Doe", "von …"), not one that mentions one. */
export function isBylineLine(text: string): boolean {
  return BYLINE.test(text.trim()) && readByline(text) !== null;
}

/** The author named by a byline ("By Jane Doe, Reuters" → "Jane Doe"), or null. */
export function readByline(text: string): string | null {
  if (text.length > 300) return null;
  const m = BYLINE.exec(text.trim()) ?? /\bby\s+(\p{Lu}.+)$/u.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.split(NAME_END)[0]!.trim();
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 7 || name.length < 3) return null;
  if (!words.every((w) => NAME_WORD.test(w)) || !/^\p{Lu}/u.test(name)) return null;
  return name === name.toUpperCase() ? titleCase(name) : name;
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

const COPYRIGHT =
  /(?:©|ⓒ|\(c\)|copyright\s*(?:[©ⓒ@]|\([cC]\))?)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*,?\s*(?:by\s+)?(.+?)(?:\.\s|\.$|\s*[|,;]|\s+all rights|\s+\(|$)/iu;
const COMPANY =
  /(?:[\s,]+(?:inc|llc|ltd|limited|pty|plc|gmbh|ag|s\.?a|co|corp|corporation|group|media group)\.?)+$/iu;

/** The outlet named in a copyright line ("© 2024 The Outlet. All rights reserved."), or null. */
export function siteFromCopyright(text: string): string | null {
  // A footer line may run on into the small print: the notice itself opens it.
  const m = COPYRIGHT.exec(text.length > 200 ? text.slice(0, 200) : text);
  if (!m || m.index > 120) return null;
  let name = m[1]!.trim();
  for (let prev = ''; prev !== name;) {
    prev = name;
    name = name
      .replace(COMPANY, '')
      // "© Copyright Hearst …", "© 2019 MSPoweruser - All rights", "… Limited 2019".
      .replace(/^(?:copyright\b|[©ⓒ])\s*/iu, '')
      .replace(/\s*(?:[-–—|·•]|(?:19|20)\d{2})\s*$/u, '')
      .replace(/^(?:(?:19|20)\d{2}\s*[-–]?\s*)/u, '')
      .trim();
  }
  if (!/\p{L}{2}/u.test(name)) return null;
  const words = name.split(/\s+/);
  if (name.length < 2 || words.length > 6 || !/^[\p{Lu}\p{N}]/u.test(name)) return null;
  if (/^(?:all|the)$/i.test(name) || /rights reserved/i.test(name)) return null;
  return name;
}

/**
 * The headline among the header lines above the body: a line the page prints twice (or that a
 * breadcrumb ends with); else the headline-like line just above the byline and date lines, or
 * just after the first of them (never one below them all when a headline stands above them);
 * else the nearest one above the body. Captions and credits are furniture, never headlines.
 */
export function chooseTitle(
  lines: readonly Line[],
  header: readonly number[],
  isMeta: (i: number) => boolean,
  usable: (i: number) => boolean,
): number | null {
  if (header.length === 0) return null;
  const bodyStart = header.at(-1)! + 1;
  const nearby = lines.slice(Math.max(0, bodyStart - 25), bodyStart);
  // A breadcrumb ends with the headline ("HomeWorldPakistan rejects …"): it is not the headline.
  const endsWithOther = (i: number) =>
    header.some(
      (j) =>
        j !== i &&
        lines[j]!.words >= 3 &&
        lines[i]!.key.length > lines[j]!.key.length &&
        lines[i]!.key.endsWith(lines[j]!.key),
    );
  const candidates = header.filter(
    (i) => usable(i) && looksLikeHeadline(lines[i]!) && !endsWithOther(i),
  );
  // Printed twice in the header, or the end of a breadcrumb or share line.
  const repeated = (i: number) =>
    lines[i]!.words >= 4 &&
    nearby.some(
      (other) =>
        other.index !== i &&
        (other.key === lines[i]!.key ||
          (other.key.length > lines[i]!.key.length && other.key.endsWith(lines[i]!.key))),
    );

  // The run of byline and date lines nearest the body.
  const metas = header.filter(isMeta);
  let anchor: number | null = null;
  for (let k = metas.length - 1; k >= 0; k--) {
    if (k === metas.length - 1 || metas[k + 1]! - metas[k]! <= 6) anchor = metas[k]!;
    else break;
  }
  const fallback = () =>
    candidates.filter((i) => i >= bodyStart - 20 && repeated(i)).at(-1) ??
    candidates.at(-1) ??
    null;
  if (anchor === null) return fallback();

  // Between the last byline or date line and the body stand the standfirst and the lead
  // picture's caption, often longer than the headline: when a headline-like line of some
  // length stands above the byline, nothing below them all is the headline.
  const lastMeta = metas.at(-1)!;
  const headlineAbove = candidates.some(
    (i) => i < anchor && i >= anchor - 6 && lines[i]!.words >= HEADLINE_ABOVE,
  );
  // Long lines read as headlines, short ones as labels; each line further away counts less.
  let best: number | null = null;
  let bestScore = -Infinity;
  for (const i of candidates) {
    if (i < anchor - 6 || (i > lastMeta && headlineAbove)) continue;
    // A headline usually stands above its byline; one below it pays a line's distance more.
    const distance = i < anchor ? anchor - i - 1 : i - anchor;
    const score = Math.min(lines[i]!.words, 20) - 4 * distance + (repeated(i) ? 8.5 : 0);
    if (score >= bestScore) [best, bestScore] = [i, score];
  }
  return best ?? fallback();
}

/** Words enough for a line above the byline to be a headline rather than a label or link. */
const HEADLINE_ABOVE = 5;

function looksLikeHeadline(line: Line): boolean {
  if (line.words < 3 || line.words > 30 || line.text.length > 300 || line.bullet) return false;
  // A standfirst ends with a full stop; a headline does not (a question or exclamation may).
  if (/[.,;:]["'”’)\]]*$/u.test(line.text) && !/(?:\.\.\.|…)$/u.test(line.text)) return false;
  if (/@\w|https?:\/\/|www\./u.test(line.text)) return false;
  return /\p{L}{3}/u.test(line.text);
}
