// Notes in the HTML export: the analyst's Markdown through marked, with raw HTML shown as text,
// images reduced to their alt text and links kept only when they go to http(s) addresses.
import { Marked, type Tokens } from 'marked';

/** Every exported page's policy: no scripts, no remote loads, only its own inline styles. */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The address when it is an absolute http(s) URL, else null. */
export function webAddress(href: string): string | null {
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const notes = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    image: ({ text }: Tokens.Image) => escapeHtml(text),
    checkbox: ({ checked }: Tokens.Checkbox) => (checked ? '☑ ' : '☐ '),
    link(this: { parser: { parseInline: (t: Tokens.Link['tokens']) => string } }, token) {
      const label = this.parser.parseInline(token.tokens);
      const href = webAddress(token.href);
      return href ? `<a href="${escapeHtml(href)}" rel="noreferrer">${label}</a>` : label;
    },
  },
});

export function noteToHtml(markdown: string): string {
  return notes.parse(markdown.trim(), { async: false });
}
