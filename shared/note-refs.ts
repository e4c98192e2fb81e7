// How a notebook note quotes a highlight by reference: `[[highlight:<id>]]` in its Markdown.
// The reference stays linked to the highlight; readers render it as the quote with its source.

const REF = /\[\[highlight:([A-Za-z0-9-]{1,64})\]\]/g;

export const highlightRef = (id: string) => `[[highlight:${id}]]`;

/** The highlight ids a note refers to, in order of first appearance. */
export function highlightRefs(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(REF), (m) => m[1]!))];
}

/** Splits a note body into text and references, for rendering each reference as a quote. */
export function splitRefs(body: string): Array<{ text: string } | { highlightId: string }> {
  const parts: Array<{ text: string } | { highlightId: string }> = [];
  let last = 0;
  for (const m of body.matchAll(REF)) {
    if (m.index > last) parts.push({ text: body.slice(last, m.index) });
    parts.push({ highlightId: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}
