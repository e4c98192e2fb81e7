// Renders a note's Markdown safely: no raw HTML, only http(s)/mailto links, no remote images.
import Markdown, { type Components } from 'react-markdown';

const SAFE_PROTOCOL = /^(https?|mailto):/i;

/** Anything that is not an absolute http(s)/mailto address is dropped (no javascript:, no in-app paths). */
export function safeUrl(url: string): string {
  return SAFE_PROTOCOL.test(url.trim()) ? url : '';
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // A remote image would leak that the note was opened; show its description instead.
  img: ({ alt }) => <span className="note-preview__image">[image{alt ? `: ${alt}` : ''}]</span>,
};

export function MarkdownPreview({ source }: { source: string }) {
  return (
    <div className="note-preview" dir="auto">
      <Markdown skipHtml urlTransform={safeUrl} components={components}>
        {source}
      </Markdown>
    </div>
  );
}
