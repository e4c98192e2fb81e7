// Reads a Markdown source through marked's lexer (tokens only, nothing rendered): blocks
// keep their plain text, raw HTML never becomes text, and YAML front matter becomes metadata.
import { marked, type Token, type Tokens } from 'marked';
import { parseHTML } from 'linkedom';
import { parseDateLine } from './dates';
import { assemble, emptyExtracted, type Extracted, type ExtractedBlock } from './extracted';
import { textDirection } from './text-direction';

export function extractMarkdown(text: string): Extracted {
  const out = emptyExtracted();
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fence = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source);
  // A rule and a setext heading can look like a fence; front matter has `key: value` lines.
  const front = fence && /^[A-Za-z_][\w-]*\s*:/m.test(fence[1]!) ? fence : null;
  const blocks: ExtractedBlock[] = [];
  if (front) {
    blocks.push({ kind: 'paragraph', text: front[0].trim(), removed: 'front matter' });
    const meta = parseFrontMatter(front[1]!);
    out.title = pick(meta, 'title');
    out.byline = pick(meta, 'author', 'authors', 'byline', 'creator');
    out.siteName = pick(
      meta,
      'site',
      'sitename',
      'site_name',
      'publisher',
      'outlet',
      'source_name',
    );
    out.url = pick(meta, 'url', 'source', 'link', 'canonical_url', 'canonical', 'source_url');
    if (out.url && !/^https?:\/\//i.test(out.url)) out.url = null;
    out.lang = pick(meta, 'lang', 'language');
    const date = pick(meta, 'date', 'published', 'published_at', 'publishedat', 'pubdate');
    const day = date ? (/^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? parseDateLine(date)) : null;
    if (day && parseDateLine(day)) {
      out.publishedAt = day;
      out.publishedAtSource = 'metadata';
    }
  }

  const tokens = marked.lexer(front ? source.slice(front[0].length) : source, { gfm: true });
  const body: ExtractedBlock[] = [];
  for (const token of tokens) collect(token, false, body);

  // A leading level-1 heading is the title (or repeats the front matter's title).
  const first = body[0];
  const leading = tokens.find((t) => t.type !== 'space');
  if (first && leading?.type === 'heading' && leading.depth === 1) {
    if (!out.title) out.title = first.text;
    if (fold(first.text) === fold(out.title)) first.removed = 'title';
  }
  out.blocks = [...blocks, ...body];
  out.dir = textDirection(out.lang, assemble(out.blocks).text);
  return out;
}

function collect(token: Token, quote: boolean, out: ExtractedBlock[]): void {
  const push = (kind: ExtractedBlock['kind'], text: string) => {
    const clean = text.replace(/[ \t]+\n/g, '\n').trim();
    if (clean) out.push({ kind: quote ? 'quote' : kind, text: clean });
  };
  switch (token.type) {
    case 'heading':
      return push('heading', inline(token.tokens ?? []));
    case 'paragraph':
      return push('paragraph', inline(token.tokens ?? []));
    case 'text':
      return push('paragraph', token.tokens ? inline(token.tokens) : decodeEntities(token.text));
    case 'code':
      return push('paragraph', token.text);
    case 'blockquote':
      for (const child of (token as Tokens.Blockquote).tokens) collect(child, true, out);
      return;
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      list.items.forEach((item, i) => {
        // The item's own text; a nested list becomes blocks of its own after it.
        const own = item.tokens.filter((t) => t.type !== 'list');
        const parts = own.map((t) => ('tokens' in t && t.tokens ? inline(t.tokens) : blockText(t)));
        // An ordered list's numbers are part of what the author wrote ("step 3").
        const marker = list.ordered ? `${start + i}. ` : '';
        push('list-item', marker + parts.filter(Boolean).join('\n'));
        for (const nested of item.tokens.filter((t) => t.type === 'list'))
          collect(nested, quote, out);
      });
      return;
    }
    case 'table': {
      const table = token as Tokens.Table;
      for (const row of [table.header, ...table.rows]) {
        push('paragraph', row.map((cell) => inline(cell.tokens)).join(' | '));
      }
      return;
    }
    case 'html':
      // Raw HTML keeps only its visible words; script, style and comments go entirely.
      return push('paragraph', htmlText(token.text));
    default:
      // space, hr, def (link definitions): no text of their own.
      return;
  }
}

function blockText(token: Token): string {
  if (token.type === 'code') return token.text;
  if (token.type === 'html') return htmlText(token.text);
  return '';
}

/** Plain text of inline tokens: links keep their words, images and raw HTML tags go. */
function inline(tokens: Token[]): string {
  let text = '';
  let hidden: string | null = null;
  for (const t of tokens) {
    if (hidden) {
      // Inside an inline <script> or <style>: skip to its closing tag.
      if (t.type === 'html' && new RegExp(`^</${hidden}\\s*>`, 'i').test(t.raw)) hidden = null;
      continue;
    }
    switch (t.type) {
      case 'text':
        text += t.tokens ? inline(t.tokens) : decodeEntities(t.text);
        break;
      case 'escape':
      case 'codespan':
        // Literal by definition: `&amp;` inside backticks is what the author typed.
        text += t.text;
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        text += inline(t.tokens ?? []);
        break;
      case 'br':
        text += '\n';
        break;
      case 'html': {
        const open = /^<(script|style|textarea|template|iframe|noscript)\b/i.exec(t.raw);
        if (open && !new RegExp(`</${open[1]}\\s*>\\s*$`, 'i').test(t.raw)) hidden = open[1]!;
        // Inline tags add no text; an element given whole (comment, <span>x</span>) may.
        else if (!open) text += htmlText(t.raw);
        break;
      }
      default:
        // image, checkbox: no words of the article.
        break;
    }
  }
  return text;
}

let scratch: Document | null = null;

/** The visible text of an HTML fragment, parsed (never rendered) with linkedom. */
function htmlText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  scratch ??= parseHTML('<!doctype html><html><body></body></html>').document;
  const holder = scratch.createElement('div');
  holder.innerHTML = html;
  holder
    .querySelectorAll('script, style, template, noscript, iframe, textarea')
    .forEach((el) => el.remove());
  return (holder.textContent ?? '').replace(/[ \t]+/g, ' ');
}

/** Marked leaves character references as written; `&amp;` must read as `&`. */
function decodeEntities(text: string): string {
  return text.includes('&') ? htmlText(text.replace(/</g, '&lt;')) : text;
}

type FrontMatter = Map<string, string | string[]>;

/** The simple YAML that note tools write: `key: value`, quoted strings, and lists. */
function parseFrontMatter(yaml: string): FrontMatter {
  const meta: FrontMatter = new Map();
  let listKey: string | null = null;
  for (const raw of yaml.split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(raw);
    if (item && listKey) {
      const list = meta.get(listKey);
      meta.set(listKey, [...(Array.isArray(list) ? list : []), unquote(item[1]!)]);
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(raw);
    if (!pair) continue;
    const key = pair[1]!.toLowerCase();
    const value = pair[2]!.trim();
    listKey = value === '' ? key : null;
    if (/^\[.*\]$/.test(value)) {
      meta.set(key, value.slice(1, -1).split(',').map(unquote).filter(Boolean));
    } else if (value !== '') meta.set(key, unquote(value.replace(/\s+#.*$/, '')));
  }
  return meta;
}

function unquote(value: string): string {
  const v = value.trim();
  if (/^".*"$/.test(v)) return v.slice(1, -1).replace(/\\(["\\])/g, '$1');
  if (/^'.*'$/.test(v)) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

function pick(meta: FrontMatter, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    const text = Array.isArray(value) ? value.join(', ') : value;
    if (text?.trim()) return text.trim();
  }
  return null;
}

const fold = (text: string | null) => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
