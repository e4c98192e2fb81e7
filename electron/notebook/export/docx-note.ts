// Notes are Markdown; the Word and PDF exports print them as styled text. This reads a note
// into format-neutral blocks of styled spans. Raw HTML is kept as literal text, never markup.
import { Lexer, type Token, type Tokens } from 'marked';

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
}

export interface NoteBlock {
  kind: 'paragraph' | 'heading' | 'quote' | 'code';
  spans: Span[];
  /** For a list item: its bullet (`•` or `3.`) and nesting depth (0 at the top). */
  bullet?: string;
  depth?: number;
  /** For a heading: its level, 1 to 6. */
  level?: number;
}

type Style = Omit<Span, 'text'>;

export function noteBlocks(markdown: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  walkBlocks(new Lexer().lex(markdown.trim()), blocks, {});
  return blocks.filter((b) => b.spans.some((s) => s.text.trim()));
}

interface Context {
  quote?: boolean;
  bullet?: string;
  depth?: number;
}

function walkBlocks(tokens: Token[], out: NoteBlock[], ctx: Context): void {
  for (const token of tokens) {
    const kind = ctx.quote ? 'quote' : 'paragraph';
    const item = { bullet: ctx.bullet, depth: ctx.depth };
    switch (token.type) {
      case 'paragraph':
      case 'text':
        out.push({ kind, spans: inline(tokenChildren(token), {}), ...item });
        ctx = { ...ctx, bullet: undefined };
        break;
      case 'heading':
        out.push({
          kind: 'heading',
          spans: inline(tokenChildren(token), { bold: true }),
          level: (token as Tokens.Heading).depth,
        });
        break;
      case 'code':
        out.push({ kind: 'code', spans: [{ text: (token as Tokens.Code).text, code: true }] });
        break;
      case 'blockquote':
        walkBlocks((token as Tokens.Blockquote).tokens, out, { ...ctx, quote: true });
        break;
      case 'list': {
        const list = token as Tokens.List;
        const first = typeof list.start === 'number' ? list.start : 1;
        list.items.forEach((li, i) => {
          const bullet = list.ordered ? `${first + i}.` : '•';
          const depth = ctx.depth === undefined ? 0 : ctx.depth + 1;
          walkBlocks(li.tokens, out, { quote: ctx.quote, bullet, depth });
        });
        break;
      }
      case 'html':
        out.push({ kind, spans: [{ text: (token as Tokens.HTML).text.trim() }], ...item });
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          out.push({ kind, spans: [{ text: row.map((cell) => cell.text).join(' | ') }] });
        }
        break;
      }
      default:
        break; // space, hr, def: nothing to print
    }
  }
}

function tokenChildren(token: Token): Token[] | string {
  return 'tokens' in token && token.tokens ? token.tokens : 'text' in token ? token.text : '';
}

function inline(tokens: Token[] | string, style: Style): Span[] {
  if (typeof tokens === 'string') return [{ text: tokens, ...style }];
  return tokens.flatMap((token): Span[] => {
    switch (token.type) {
      case 'strong':
        return inline(tokenChildren(token), { ...style, bold: true });
      case 'em':
        return inline(tokenChildren(token), { ...style, italic: true });
      case 'del':
        return inline(tokenChildren(token), style);
      case 'codespan':
        return [{ text: (token as Tokens.Codespan).text, ...style, code: true }];
      case 'link': {
        const { href } = token as Tokens.Link;
        const link = /^https?:\/\//i.test(href) ? href : undefined;
        return inline(tokenChildren(token), { ...style, ...(link ? { link } : {}) });
      }
      case 'br':
        return [{ text: '\n', ...style }];
      case 'image':
        return [{ text: (token as Tokens.Image).text, ...style }];
      case 'text':
        return 'tokens' in token && token.tokens
          ? inline(token.tokens, style)
          : [{ text: (token as Tokens.Text).text, ...style }];
      case 'escape':
        return [{ text: (token as Tokens.Escape).text, ...style }];
      case 'html':
        return [{ text: token.raw, ...style }];
      default:
        return [{ text: token.raw, ...style }];
    }
  });
}
