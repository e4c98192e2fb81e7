// Splits a search snippet, whose matches the host marks «like this», into plain and marked runs,
// so the UI renders them as text nodes and <mark> elements and never as HTML.

export interface SnippetPart {
  text: string;
  marked: boolean;
}

const OPEN = '«';
const CLOSE = '»';

/**
 * A « opens a match and the next » closes it. A » with no match open, or a « inside one, is
 * the article's own punctuation and stays as text; a match still open at the end runs to it.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let run = '';
  const flush = () => {
    if (!run) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += run;
    else parts.push({ text: run, marked });
    run = '';
  };
  for (const char of snippet) {
    if (char === OPEN && !marked) {
      flush();
      marked = true;
    } else if (char === CLOSE && marked) {
      flush();
      marked = false;
    } else {
      run += char;
    }
  }
  flush();
  return parts;
}

/** The snippet as it reads, without the match markers (for labels and titles). */
export function snippetText(snippet: string): string {
  return snippetParts(snippet)
    .map((p) => p.text)
    .join('');
}
