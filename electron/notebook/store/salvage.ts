// Reads what can still be read from a damaged article file: every complete highlight and the
// note. Article files put them first, so a file cut off at the end usually keeps them all.
import { ArticleNote, Highlight } from '../../../shared/model';

/** Each complete JSON object in `raw` that is a valid highlight, by id (last one wins). */
export function salvageHighlights(raw: string): Highlight[] {
  const found = new Map<string, Highlight>();
  for (const object of objectsStartingWith(raw, /\{\s*"id"\s*:/g)) {
    const parsed = Highlight.safeParse(object);
    if (parsed.success) found.set(parsed.data.id, parsed.data);
  }
  return [...found.values()];
}

export function salvageNote(raw: string): ArticleNote | null {
  const at = raw.search(/"note"\s*:\s*\{/);
  if (at === -1) return null;
  const [object] = objectsStartingWith(raw.slice(raw.indexOf('{', at)), /^\{/g);
  const parsed = ArticleNote.safeParse(object);
  return parsed.success ? parsed.data : null;
}

/** Parses the balanced `{...}` beginning at each match of `start`; incomplete ones are skipped. */
function objectsStartingWith(raw: string, start: RegExp): unknown[] {
  const objects: unknown[] = [];
  for (const match of raw.matchAll(start)) {
    const end = closingBrace(raw, match.index);
    if (end === -1) continue;
    try {
      objects.push(JSON.parse(raw.slice(match.index, end + 1)));
    } catch {
      // Not an object after all (e.g. the match sat inside a string).
    }
  }
  return objects;
}

function closingBrace(raw: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}
