// Renders a note's Markdown safely: no raw HTML, only http(s)/mailto links, no remote images.
// Notebook notes also render their `[[highlight:id]]` references, in place, as quotes, and
// their `[[Title]]` links to other notes and articles.
import { useMemo, type ComponentProps, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import {
  isRefUrl,
  remarkHighlightRefs,
  type RefLayout,
} from '../notebook-notes/highlight-ref-plugin';
import { isNoteLinkUrl, remarkNoteLinks } from '../notebook-notes/note-links';

const SAFE_PROTOCOL = /^(https?|mailto):/i;

/** Anything that is not an absolute http(s)/mailto address is dropped (no javascript:, no in-app paths). */
export function safeUrl(url: string): string {
  return SAFE_PROTOCOL.test(url.trim()) ? url : '';
}

/** A footnote's number and its way back: in-page anchors remark-gfm writes (`#user-content-…`). */
const FOOTNOTE_ANCHOR = /^#user-content-fn(ref)?-[\w-]+$/;
const safeUrlOrFootnote = (url: string): string => (FOOTNOTE_ANCHOR.test(url) ? url : safeUrl(url));

/** Moves to a footnote (or back to its number) inside this preview, leaving the app's address alone. */
function FootnoteLink({ href, children, ...rest }: ComponentProps<'a'> & { href: string }) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        event.preventDefault();
        const preview = event.currentTarget.closest('.note-preview');
        const target = preview?.querySelector<HTMLElement>(`[id="${CSS.escape(href.slice(1))}"]`);
        if (!target) return;
        target.scrollIntoView({ block: 'nearest' });
        // The keyboard follows: the note (or the number) is where reading goes on.
        const focusable = target.matches('a')
          ? target
          : target.querySelector<HTMLElement>('a[data-footnote-backref]');
        focusable?.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}

/** As safeUrl, but keeps the preview's own highlight-reference and note links. */
const safeUrlOrRef = (url: string): string =>
  isRefUrl(url) || isNoteLinkUrl(url) ? url : safeUrl(url);

export type RenderHighlightRef = (highlightId: string, layout: RefLayout) => ReactNode;
export type RenderNoteLink = (title: string) => ReactNode;

// A remote image would leak that the note was opened; show its description instead.
const img: Components['img'] = ({ alt }) => (
  <span className="note-preview__image">[image{alt ? `: ${alt}` : ''}]</span>
);

function components(renderRef?: RenderHighlightRef, renderLink?: RenderNoteLink): Components {
  return {
    a: ({ href, children, node, ...rest }) => {
      const refId = node?.properties.dataHighlightRef;
      if (renderRef && typeof refId === 'string') {
        return renderRef(refId, node?.properties.dataLayout === 'block' ? 'block' : 'inline');
      }
      const linked = node?.properties.dataNoteLink;
      if (renderLink && typeof linked === 'string') return renderLink(linked);
      if (href && FOOTNOTE_ANCHOR.test(href)) {
        return (
          <FootnoteLink {...rest} href={href}>
            {children}
          </FootnoteLink>
        );
      }
      // Only the plugin's own links may carry the reference scheme.
      const url = href ? safeUrl(href) : '';
      return url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <span>{children}</span>
      );
    },
    img,
  };
}

const plain = components();
const refPlugins = [remarkHighlightRefs, remarkNoteLinks];

/** Blocks that take their direction from their own first letters (an Urdu quote reads right to left). */
const DIRECTED = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th']);

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Gives every paragraph, list item, quote, heading and cell `dir="auto"`. */
function rehypeDirAuto() {
  const visit = (node: HastNode) => {
    if (node.type === 'element' && DIRECTED.has(node.tagName ?? '')) {
      node.properties = { ...node.properties, dir: 'auto' };
    }
    node.children?.forEach(visit);
  };
  return visit;
}
const rehypePlugins = [rehypeDirAuto];
const gfmPlugins = [remarkGfm];

interface Props {
  source: string;
  /** Renders each `[[highlight:id]]`; without it references stay as typed. */
  renderHighlightRef?: RenderHighlightRef;
  /** Renders each `[[Title]]` link (given with `renderHighlightRef`). */
  renderNoteLink?: RenderNoteLink;
  /** GitHub-flavoured Markdown: `[^1]` footnotes, tables (an export's preview, as it will read). */
  gfm?: boolean;
}

export function MarkdownPreview({ source, renderHighlightRef, renderNoteLink, gfm }: Props) {
  const withRefs = useMemo(
    () => (renderHighlightRef ? components(renderHighlightRef, renderNoteLink) : null),
    [renderHighlightRef, renderNoteLink],
  );
  return (
    <div className="note-preview" dir="auto">
      <Markdown
        skipHtml
        urlTransform={withRefs ? safeUrlOrRef : gfm ? safeUrlOrFootnote : safeUrl}
        remarkPlugins={withRefs ? refPlugins : gfm ? gfmPlugins : undefined}
        rehypePlugins={rehypePlugins}
        components={withRefs ?? plain}
      >
        {source}
      </Markdown>
    </div>
  );
}
