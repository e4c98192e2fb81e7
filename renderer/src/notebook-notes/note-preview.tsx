// A notebook note rendered: its Markdown (safely, as every note), with each `[[highlight:id]]`
// shown as the highlight's current quote and source, a link back to that spot in the article.
// The references are rendered inside the one Markdown document, so lists and paragraphs around
// them stay whole and a reference inside code stays code.
import { useCallback } from 'react';
import { highlightRefs } from '../../../shared/note-refs';
import { paragraphNumbers } from '../../../shared/paragraphs';
import { MarkdownPreview } from '../notes/markdown-preview';
import type { RefLayout } from './highlight-ref-plugin';
import { useQuotedHighlights, type QuotedHighlight } from './use-quoted-highlights';

interface Props {
  body: string;
  stamp: unknown;
  onOpenHighlight: (articleId: string, highlightId: string) => void;
}

export function NotePreview({ body, stamp, onOpenHighlight }: Props) {
  const quotes = useQuotedHighlights(highlightRefs(body), stamp);
  const renderRef = useCallback(
    (id: string, layout: RefLayout) => (
      <Quote
        quote={quotes ? (quotes.get(id) ?? 'missing') : 'loading'}
        layout={layout}
        onOpen={onOpenHighlight}
      />
    ),
    [quotes, onOpenHighlight],
  );
  return (
    <div className="notebook-note__preview" data-testid="notebook-note-preview">
      {body.trim() ? <MarkdownPreview source={body} renderHighlightRef={renderRef} /> : null}
    </div>
  );
}

/** A quote block when the reference is alone in its paragraph, else an inline quote (no blocks in a line). */
export function Quote({
  quote,
  layout,
  onOpen,
}: {
  quote: QuotedHighlight | 'missing' | 'loading';
  layout: RefLayout;
  onOpen: Props['onOpenHighlight'];
}) {
  const inline = layout === 'inline';
  const Wrap = inline ? 'span' : 'p';
  const QuoteText = inline ? 'q' : 'blockquote';
  if (quote === 'loading')
    return <Wrap className={`quoted quoted--missing quoted--${layout}`}>Loading the quote…</Wrap>;
  if (quote === 'missing')
    return (
      <Wrap className={`quoted quoted--missing quoted--${layout}`}>
        (highlight no longer in the notebook)
      </Wrap>
    );
  const { highlight, articleTitle, paragraph } = quote;
  return (
    <a
      className={`quoted quoted--${highlight.color} quoted--${layout}`}
      href={`#highlight-${highlight.id}`}
      data-testid="quoted-highlight"
      title="Open the article at this highlight"
      onClick={(e) => {
        e.preventDefault();
        onOpen(highlight.articleId, highlight.id);
      }}
    >
      <QuoteText dir="auto">{highlight.quote.exact}</QuoteText>
      {inline ? ' ' : null}
      <span className="quoted__source" dir="auto">
        — {articleTitle}
        {paragraph ? `, ¶${paragraphNumbers(paragraph)}` : ' (quote no longer in the text)'}
      </span>
    </a>
  );
}
