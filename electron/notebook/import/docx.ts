// Reads a Word (.docx) document: mammoth turns its styled paragraphs into simple HTML, which
// is walked (never rendered) into headings, paragraphs, list items and quotes.
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { statedDate } from './dates';
import { assemble, emptyExtracted, type Extracted, type ExtractedBlock } from './extracted';
import { openDocx } from './docx-zip';
import { ImportError, quoted } from './import-error';
import { textDirection } from './text-direction';

/** Word's built-in quote and title styles, by display name and by style ID. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  'p.Title => h1.title:fresh',
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  'p.Quote => blockquote > p:fresh',
  'p.IntenseQuote => blockquote > p:fresh',
];

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  const docx = await openDocx(bytes, fileName);
  let html: string;
  try {
    // Mammoth accepts an opened package in place of bytes; handing it ours means every part
    // it reads goes through the bounded inflation above, never an unchecked one of its own.
    const result = await mammoth.convertToHtml({ file: docx } as unknown as MammothInput, {
      styleMap: STYLE_MAP,
      includeEmbeddedStyleMap: false,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
      // Images are dropped from the text, so they are never even inflated.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    throw new ImportError(
      fileName,
      `${quoted(fileName)} could not be read as a Word document: ${reason}.`,
      { cause: error },
    );
  }

  const out = emptyExtracted();
  const blocks = htmlToBlocks(html);
  const core = parseCore(await docx.readText('docProps/core.xml').catch(() => null));
  const titled = blocks.find((b) => b.styleTitle);
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  out.title = core.title ?? titled?.text ?? firstHeading?.text ?? null;
  // The title at the top of the document is the article's title, not its first line.
  const first = blocks[0];
  if (first && out.title && first.kind === 'heading' && fold(first.text) === fold(out.title)) {
    first.removed = 'title';
  } else if (titled && fold(titled.text) === fold(out.title ?? '')) titled.removed = 'title';
  out.byline = core.creator;
  // A date the document states ("Date: 15 July 2024", a dateline) is the author's word; the
  // file's creation date is often when it was copied or exported, so it is only the fallback.
  const line = statedDate(blocks);
  if (line && (line.label !== 'updated' || !core.created)) {
    out.publishedAt = line.date;
    out.publishedAtSource = 'date-line';
    out.publishedAtUncertain = line.ambiguous || line.label === 'updated';
  } else if (core.created) {
    out.publishedAt = core.created;
    out.publishedAtSource = 'file';
    out.publishedAtUncertain = true;
  }
  out.lang = core.language;
  out.blocks = blocks.map(({ kind, text, removed }) =>
    removed ? { kind, text, removed } : { kind, text },
  );
  out.dir = textDirection(out.lang, assemble(out.blocks).text);
  return out;
}

interface DocxBlock extends ExtractedBlock {
  /** Set in Word's Title style. */
  styleTitle?: boolean;
}

/** Walks mammoth's HTML in document order into blocks; markup is read, never rendered. */
export function htmlToBlocks(html: string): DocxBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: DocxBlock[] = [];
  const push = (block: DocxBlock) => {
    if (block.text.trim()) blocks.push({ ...block, text: block.text.trim() });
  };

  const walk = (elements: Element[], quote: boolean) => {
    for (const el of elements) {
      const tag = el.tagName.toLowerCase();
      if (/^h[1-6]$/.test(tag)) {
        push({ kind: 'heading', text: textOf(el), styleTitle: el.classList.contains('title') });
      } else if (tag === 'p') {
        push({ kind: quote ? 'quote' : 'paragraph', text: textOf(el) });
      } else if (tag === 'blockquote') {
        walk(Array.from(el.children), true);
      } else if (tag === 'ul' || tag === 'ol') {
        for (const li of Array.from(el.children).filter((c) => c.tagName.toLowerCase() === 'li')) {
          // Mammoth's footnotes and endnotes come as a list: keep their "[n]" marker so the
          // reference in the text still leads somewhere.
          const note = /^(?:footnote|endnote)-(\d+)$/.exec(li.id);
          const text = textOf(li, true);
          push({
            kind: quote ? 'quote' : 'list-item',
            text: note ? `[${note[1]}] ${text.trim()}` : text,
          });
          walk(
            Array.from(li.children).filter((c) => /^(?:ul|ol)$/i.test(c.tagName)),
            quote,
          );
        }
      } else if (tag === 'table') {
        for (const row of Array.from(el.querySelectorAll('tr'))) {
          const cells = Array.from(row.children).map((cell) =>
            textOf(cell).replace(/\s*\n\s*/g, ' '),
          );
          push({ kind: quote ? 'quote' : 'paragraph', text: cells.filter(Boolean).join(' | ') });
        }
      } else {
        walk(Array.from(el.children), quote);
      }
    }
  };
  walk(Array.from(document.body.children), false);
  return blocks;
}

/**
 * The text of an element: line breaks kept as `\n`, back-links of footnotes ("↑") and
 * images dropped, and (for a list item) its nested lists left to their own blocks.
 */
function textOf(el: Element, skipLists = false): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      text += (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    const tag = child.tagName.toLowerCase();
    if (tag === 'br') text += '\n';
    else if (tag === 'img' || (skipLists && (tag === 'ul' || tag === 'ol'))) return;
    else if (tag === 'a' && /^#(?:footnote|endnote)-ref-/.test(child.getAttribute('href') ?? ''))
      return;
    else {
      if (tag === 'p' && text && !text.endsWith('\n')) text += '\n';
      child.childNodes.forEach(visit);
    }
  };
  el.childNodes.forEach(visit);
  return text.replace(/ *\n */g, '\n').trim();
}

interface CoreProperties {
  title: string | null;
  creator: string | null;
  created: string | null;
  language: string | null;
}

/** docProps/core.xml (Dublin Core): read by element local name, whatever prefix a tool used. */
export function parseCore(xml: string | null): CoreProperties {
  const get = (name: string): string | null => {
    const m = new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`).exec(
      xml ?? '',
    );
    const value = m ? decodeXml(m[1]!).replace(/\s+/g, ' ').trim() : '';
    return value || null;
  };
  const created = /^(\d{4})-(\d{2})-(\d{2})/.exec(get('created') ?? '');
  return {
    title: get('title'),
    creator: get('creator'),
    // 1601-01-01 is Windows' zero time, written by tools that had no date to give.
    created: created && created[1] !== '1601' ? created[0] : null,
    language: get('language'),
  };
}

function decodeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_, ref: string) => {
      const code = ref[0] === 'x' || ref[0] === 'X' ? parseInt(ref.slice(1), 16) : Number(ref);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    })
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name as 'lt'],
    );
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
