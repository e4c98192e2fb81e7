// Cleans text copied out of a browser page: keeps the headline and the article body,
// drops navigation, breadcrumbs, ads and "most popular" lists, and reads the date line.
import type { Block } from '../../../shared/model';
import { parseDateLine } from './dates';

export interface CleanedText {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  text: string;
  blocks: Block[];
}

/** Lines that are never article text wherever they stand. */
const JUNK =
  /^(?:-*\s*advertis(?:e)?ments?\s*-*|sponsored(?: content)?|skip to (?:main )?content|share(?: this(?: article| story)?)?:?|tweet|print|e-?mail|whatsapp|facebook|twitter|linkedin|telegram|copy link|loading\.*|subscribe(?: now)?|sign (?:in|up)|log ?in|menu|search|close|home)$/i;

/** A heading that opens the list of other stories under an article: the article has ended. */
const TAIL =
  /^(?:most (?:popular|read|viewed|shared)|related(?: articles| posts| stories| news| content)?|read (?:more|also|next)|you (?:may|might) also like|more (?:from|stories|news|in)\b.*|latest(?: news| posts| stories)?|trending(?: now)?|recommended(?: for you)?|popular (?:posts|stories|news)|leave a (?:reply|comment)|\d*\s*comments?|about the author|recent posts)$/i;

const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*$/u;
const BULLET = /^(?:[-•*▪◦‣]|\d{1,3}[.)])\s+/;

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
const endsSentence = (line: string) => /[.!?…:;]["'”’)\]]*$/.test(line);

/** A line that reads as running prose rather than a label, link or heading. */
const isProse = (line: string) => (words(line) >= 8 && endsSentence(line)) || words(line) >= 30;

/** Compares lines whatever their quote style, case and spacing. */
const fold = (line: string) =>
  line
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function cleanWebText(raw: string): CleanedText {
  const lines = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\u00a0\t ]+/g, ' ').trim())
    .filter((line) => line !== '');

  let publishedAt: string | null = null;
  let byline: string | null = null;
  const firstProse = lines.findIndex(isProse);
  const bodyStart = firstProse === -1 ? 0 : firstProse;

  // Before the body: the headline, a date line, a byline; everything else is navigation.
  const header: string[] = [];
  for (const line of lines.slice(0, bodyStart)) {
    const date = parseDateLine(line);
    if (date) {
      publishedAt ??= date;
      continue;
    }
    if (BYLINE.test(line) && words(line) <= 8) {
      byline ??= line.replace(/^by\s+/i, '');
      continue;
    }
    if (!JUNK.test(line) && !TAIL.test(line) && words(line) <= 30 && !endsSentence(line)) {
      header.push(line);
    }
  }
  const title = chooseTitle(header);

  // The body runs from the first prose line until a tail heading, and ends at its last prose line.
  const body: string[] = [];
  for (const line of lines.slice(bodyStart)) {
    if (TAIL.test(line)) break;
    if (JUNK.test(line)) continue;
    if (title && fold(line) === fold(title)) continue;
    const date = parseDateLine(line);
    if (date) {
      publishedAt ??= date;
      continue;
    }
    body.push(line);
  }
  let lastProse = body.length - 1;
  while (lastProse >= 0 && !isProse(body[lastProse]!)) lastProse--;
  const kept = firstProse === -1 ? body : body.slice(0, lastProse + 1);

  return { title, byline, publishedAt, ...toBlocks(kept) };
}

/**
 * The headline is the header line that another header line repeats (a breadcrumb ends
 * with it, or the page title holds it); failing that, the line nearest the body.
 */
function chooseTitle(header: string[]): string | null {
  const repeated = header.find((line, i) =>
    header.some(
      (other, j) => j !== i && other.length > line.length && fold(other).endsWith(fold(line)),
    ),
  );
  return repeated ?? header.at(-1) ?? null;
}

function toBlocks(lines: string[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += '\n\n';
    const kind: Block['kind'] = BULLET.test(line)
      ? 'list-item'
      : /^["“].*["”]$/.test(line)
        ? 'quote'
        : !isProse(line) && words(line) <= 12 && !endsSentence(line)
          ? 'heading'
          : 'paragraph';
    const content = kind === 'list-item' ? line.replace(BULLET, '') : line;
    blocks.push({ kind, start: text.length, end: text.length + content.length });
    text += content;
  }
  return { text, blocks };
}
