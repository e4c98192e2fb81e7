// Renders a note's Markdown safely: no raw HTML, only http(s)/mailto links, no remote images.
// Notebook notes also render their `[[highlight:id]]` references, in place, as quotes.
import { useMemo, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import {
  isRefUrl,
  remarkHighlightRefs,
  type RefLayout,
} from '../notebook-notes/highlight-ref-plugin';

const SAFE_PROTOCOL = /^(https?|mailto):/i;

/** Anything that is not an absolute http(s)/mailto address is dropped (no javascript:, no in-app paths). */
export function safeUrl(url: string): string {
  return SAFE_PROTOCOL.test(url.trim()) ? url : '';
}

/** As safeUrl, but keeps the preview's own highlight-reference links. */
const safeUrlOrRef = (url: string): string => (isRefUrl(url) ? url : safeUrl(url));

export type RenderHighlightRef = (highlightId: string, layout: RefLayout) => ReactNode;

// A remote image would leak that the note was opened; show its description instead.
const img: Components['img'] = ({ alt }) => (
  <span className="note-preview__image">[image{alt ? `: ${alt}` : ''}]</span>
);

function components(renderRef?: RenderHighlightRef): Components {
  return {
    a: ({ href, children, node }) => {
      const refId = node?.properties.dataHighlightRef;
      if (renderRef && typeof refId === 'string') {
        return renderRef(refId, node?.properties.dataLayout === 'block' ? 'block' : 'inline');
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
const refPlugins = [remarkHighlightRefs];

interface Props {
  source: string;
  /** Renders each `[[highlight:id]]`; without it references stay as typed. */
  renderHighlightRef?: RenderHighlightRef;
}

export function MarkdownPreview({ source, renderHighlightRef }: Props) {
  const withRefs = useMemo(
    () => (renderHighlightRef ? components(renderHighlightRef) : null),
    [renderHighlightRef],
  );
  return (
    <div className="note-preview" dir="auto">
      <Markdown
        skipHtml
        urlTransform={withRefs ? safeUrlOrRef : safeUrl}
        remarkPlugins={withRefs ? refPlugins : undefined}
        components={withRefs ?? plain}
      >
        {source}
      </Markdown>
    </div>
  );
}
