// Cleans text copied out of a browser page (select-all, copy): finds the article among the
// menus, share bars, ads and "most popular" lists, reads its metadata, and keeps every other
// line as a removed block with the reason, so the analyst can see and restore it.
import { readDateLine, type DateLine } from './dates';
import type { ExtractedBlock, Extracted } from './extracted';
import { DATE_LABEL, isDateLine } from './furniture/date-lines';
import { isCaptionLine, isCredit, isSignOff } from './furniture/credits';
import { promptReason } from './furniture/prompts';
import { labelReason, opensPictureNote, tailReason, type RemovalReason } from './furniture/wording';
import { TUNING, type TextTuning } from './furniture/tuning';
import { guessLanguage } from './web-text/language';
import { blockKind, BULLET, splitLines, type Line } from './web-text/lines';
import { chooseTitle, isBylineLine, readByline, siteFromCopyright } from './web-text/metadata';
import { mainRegion, type Region } from './web-text/region';
import { mastheadOf, organisationInByline } from './outlet';

/** How far above the body (in lines that are not furniture) the headline, byline and date line are looked for. */
const HEADER_LINES = 25;

export function extractWebText(raw: string, tuning: TextTuning = TUNING.text): Extracted {
  const lines = splitLines(raw, tuning.longLineWords);
  const furnitureOf = lines.map((line) => furniture(line.text));
  const tailOf = lines.map((line) => tailReason(line.text));
  const dateOf = lines.map((line) => (line.words <= 16 ? readDateLine(line.text) : null));
  const isDate = (i: number) => dateOf[i] !== null;
  const isByline = (i: number) => lines[i]!.words <= 12 && readByline(lines[i]!.text) !== null;
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.key, (counts.get(line.key) ?? 0) + 1);

  // A comment count in the article's header ("0 Comments") is followed by the article itself.
  const opensComments = (i: number) => {
    if (tailOf[i] !== 'comments' || /^comments?$/i.test(lines[i]!.key)) return false;
    let next = i + 1;
    while (next < lines.length && (furnitureOf[next] || isDate(next) || isByline(next))) next++;
    return !(lines[next] && lines[next]!.prose && lines[next]!.words >= 20);
  };
  // Text with no furniture at all, mostly prose, is already clean (pasted from a document, or
  // an article someone tidied): it is kept whole, bar its headline and date and byline lines.
  const proseLines = lines.filter((line) => line.prose).length;
  const clean =
    proseLines > 0 &&
    proseLines * 2 >= lines.length &&
    lines.every((_, i) => !furnitureOf[i] && !tailOf[i]);
  const firstProse = lines.findIndex((line) => line.prose);
  const region = clean
    ? { start: firstProse, end: lines.length }
    : (mainRegion(
        lines.map((line, i) => ({
          line,
          furniture: furnitureOf[i] !== null,
          tail: tailOf[i] !== null,
          comments: opensComments(i),
          meta: !line.prose && !/^[—–-]/.test(line.text) && (isDate(i) || isBylineLine(line.text)),
          repeated: counts.get(line.key)! > 1,
        })),
        tuning,
      ) ?? ({ start: 0, end: lines.length } satisfies Region));

  // A byline or date line just inside the region means the lines above it were the headline
  // and standfirst: the body starts after it.
  let bodyStart = region.start;
  let proseAbove = 0;
  for (let i = region.start; i < Math.min(region.end - 1, region.start + 8); i++) {
    if (isDate(i) || isBylineLine(lines[i]!.text)) {
      if (proseAbove <= 80) bodyStart = i + 1;
    } else if (lines[i]!.prose) proseAbove += lines[i]!.words;
  }

  // A share panel or a menu can stand between the headline and the body: its lines do not
  // count towards the header's length.
  let headerFrom = bodyStart;
  for (let counted = 0; headerFrom > 0 && counted < HEADER_LINES; headerFrom--) {
    if (!furnitureOf[headerFrom - 1]) counted++;
  }
  const header = range(headerFrom, bodyStart);
  const titleIndex = chooseTitle(
    lines,
    header,
    // A bare date at the very top is the site's "today", not this article's date line.
    (i) =>
      (isDate(i) && !(i < 3 && dateOf[i]!.bare)) || isByline(i) || furnitureOf[i] === 'date line',
    (i) =>
      !furnitureOf[i] &&
      !tailOf[i] &&
      !isDate(i) &&
      !isByline(i) &&
      !isCredit(lines[i]!.text) &&
      !(lines[i]!.words >= 8 && lines[i + 1] && isCredit(lines[i + 1]!.text)),
  );
  const title = titleIndex === null ? null : lines[titleIndex]!;

  const reasons: (RemovalReason | null)[] = lines.map(() => null);
  // Before the body: metadata lines, the standfirst, and navigation.
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i]!;
    if (title && (i === titleIndex || line.key === title.key)) reasons[i] = 'title';
    else if (isDate(i)) reasons[i] = 'date line';
    else if (isByline(i)) reasons[i] = 'byline';
    else if (furnitureOf[i]) reasons[i] = furnitureOf[i]!;
    else if (titleIndex !== null && i > titleIndex && line.prose) reasons[i] = 'standfirst';
    else if (!clean) reasons[i] = 'navigation';
  }
  cleanBody(lines, bodyStart, region.end, reasons, {
    furnitureOf,
    tailOf,
    title,
    isDate,
    isByline,
    headlineRun: tuning.headlineRun,
  });
  // After the body: the lists, comments and footer that follow an article.
  let section: RemovalReason = 'navigation';
  for (let i = region.end; i < lines.length; i++) {
    if (tailOf[i]) section = tailOf[i]!;
    else if (siteFromCopyright(lines[i]!.text)) section = 'footer';
    reasons[i] = furnitureOf[i] ?? section;
  }

  const blocks: ExtractedBlock[] = lines.map((line, i) => {
    const kind = blockKind(line);
    const text =
      kind === 'list-item' && !/^\d/.test(line.text) ? line.text.replace(BULLET, '') : line.text;
    const reason = reasons[i];
    return reason ? { kind, text, removed: reason } : { kind, text };
  });

  const date = chooseDate(dateOf, header, titleIndex, bodyStart, region.end, isByline);
  const byline = findByline(
    lines,
    [...header, ...range(bodyStart, Math.min(region.end, bodyStart + 5))],
    titleIndex,
  );
  const kept = blocks
    .filter((b) => !b.removed)
    .map((b) => b.text)
    .join('\n');
  return {
    title: title?.text ?? null,
    byline: byline?.name ?? null,
    siteName:
      findSiteName(lines) ??
      organisationInByline(byline?.line) ??
      mastheadOf(
        lines.map((l) => l.text),
        titleIndex ?? bodyStart,
      ),
    publishedAt: date?.date ?? null,
    publishedAtSource: date ? 'date-line' : null,
    publishedAtUncertain: date?.uncertain ?? false,
    ...guessLanguage(kept),
    url: null,
    blocks,
  };
}

/** Why a line is furniture wherever it stands: a label, a prompt, a timed date line. */
function furniture(text: string): RemovalReason | null {
  if (tailReason(text) === 'comments') return 'comments';
  const reason = labelReason(text) ?? promptReason(text);
  if (reason) return reason;
  if (isCaptionLine(text)) return 'caption';
  // A line of figures alone is a counter or a page number: copied text keeps no table cells.
  if (/^[\d\s.,:+%#|/()\-–—]*$/u.test(text)) return 'navigation';
  return DATE_LABEL.test(text) && /\d{1,2}:\d{2}/.test(text) && isDateLine(text)
    ? 'date line'
    : null;
}

interface BodyContext {
  furnitureOf: (RemovalReason | null)[];
  tailOf: (RemovalReason | null)[];
  title: Line | null;
  isDate: (i: number) => boolean;
  isByline: (i: number) => boolean;
  headlineRun: number;
}

/** Inside the article's stretch: drops furniture, captions, repeats and runs of link-like lines. */
function cleanBody(
  lines: readonly Line[],
  start: number,
  end: number,
  reasons: (RemovalReason | null)[],
  { furnitureOf, tailOf, title, isDate, isByline, headlineRun }: BodyContext,
): void {
  const seen = new Set<string>();
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (furnitureOf[i]) reasons[i] = furnitureOf[i]!;
    else if (title && line.key === title.key) reasons[i] = 'title';
    else if (!line.prose && isDate(i)) reasons[i] = 'date line';
    else if (!line.prose && isByline(i)) reasons[i] = 'byline';
    else if (line.words >= 3 && seen.has(line.key)) reasons[i] = 'duplicate';
    else if (
      next &&
      i + 1 < end &&
      line.words <= 40 &&
      !isCredit(line.text) &&
      isCredit(next.text) &&
      !next.prose &&
      // "Image copyright …" opens the next picture's caption; it does not close this line.
      !opensPictureNote(next.text)
    ) {
      reasons[i] = 'caption';
      reasons[i + 1] = 'caption';
      i++;
    }
    seen.add(line.key);
  }

  // A heading that opens a list of other stories, and the list itself; or a run of
  // headline-like lines with no prose between them.
  for (let i = start; i < end; i++) {
    if (lines[i]!.prose) continue;
    let j = i;
    while (j < end && !lines[j]!.prose) j++;
    const run = range(i, j);
    const tail = run.map((k) => tailOf[k]).find((r) => r);
    const open = run.filter((k) => !reasons[k]);
    const linkLike = open.filter(
      (k) => !lines[k]!.bullet && !lines[k]!.sentence && !lines[k]!.table,
    );
    const avgWords = linkLike.reduce((s, k) => s + lines[k]!.words, 0) / (linkLike.length || 1);
    if (tail) for (const k of run.slice(run.findIndex((k) => tailOf[k]))) reasons[k] ??= tail;
    else if (linkLike.length >= headlineRun && avgWords >= 4)
      for (const k of linkLike) reasons[k] = 'other stories';
    i = j;
  }

  // Sign-offs under the last paragraph.
  for (let i = end - 1; i >= start; i--) {
    if (reasons[i]) continue;
    if (!isSignOff(lines[i]!.text)) break;
    reasons[i] = 'author note';
  }
}

function findByline(
  lines: readonly Line[],
  header: number[],
  titleIndex: number | null,
): { name: string; line: string } | null {
  const after = header.filter((i) => titleIndex === null || i > titleIndex);
  for (const i of [...after, ...header]) {
    if (lines[i]!.words > 16) continue;
    const name = readByline(lines[i]!.text);
    if (name) return { name, line: lines[i]!.text };
  }
  return null;
}

function findSiteName(lines: readonly Line[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const name = siteFromCopyright(lines[i]!.text);
    if (name) return name;
  }
  return null;
}

/**
 * The publication date. A line labelled "Published …" near the headline or under the body wins;
 * then an unlabelled date line that belongs to the article's own header. An "Updated" date, a
 * date that reads either way round, or a bare date away from the headline and byline (likely
 * the site's "today" in its top bar) is given only when nothing better exists, marked uncertain.
 */
function chooseDate(
  dateOf: readonly (DateLine | null)[],
  header: readonly number[],
  titleIndex: number | null,
  bodyStart: number,
  bodyEnd: number,
  isByline: (i: number) => boolean,
): (DateLine & { uncertain: boolean }) | null {
  const at = (indexes: number[]) =>
    indexes.flatMap((index) => (dateOf[index] ? [{ ...dateOf[index]!, index }] : []));
  const topLines = range(0, Math.min(3, header[0] ?? 0));
  const found = at([...topLines, ...header]);
  const afterBody = at(range(bodyEnd, Math.min(dateOf.length, bodyEnd + 10)));
  const title = titleIndex ?? header[0] ?? 0;
  const nearTitle = found.filter((d) => d.index >= title - 3);
  // A bare date is the article's own only where the article's header holds it: directly by the
  // headline or a byline, or between the headline and the body.
  const inArticleHeader = (i: number) =>
    (titleIndex !== null && (Math.abs(i - titleIndex) <= 1 || (i > titleIndex && i < bodyStart))) ||
    (i > 0 && isByline(i - 1)) ||
    (i + 1 < dateOf.length && isByline(i + 1));
  const published = (d: DateLine) => d.label === 'published' && !d.ambiguous;
  const pick = (d: DateLine | undefined, uncertain: boolean) => (d ? { ...d, uncertain } : null);

  return (
    pick(nearTitle.find(published), false) ??
    pick(afterBody.find(published), false) ??
    pick(
      nearTitle.find(
        (d) => d.label === null && !d.ambiguous && (!d.bare || inArticleHeader(d.index)),
      ),
      false,
    ) ??
    pick(
      nearTitle.find((d) => d.label !== 'updated' && (!d.bare || inArticleHeader(d.index))),
      true,
    ) ??
    pick(
      nearTitle.find((d) => d.label === 'updated'),
      true,
    ) ??
    pick(found[0], true)
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
