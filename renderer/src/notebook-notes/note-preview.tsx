// A notebook note rendered: its Markdown (safely, as every note), with each `[[highlight:id]]`
// shown as the highlight's current quote and source, a link back to that spot in the article.
import { highlightRefs, splitRefs } from '../../../shared/note-refs';
import { MarkdownPreview } from '../notes/markdown-preview';
import { useQuotedHighlights, type QuotedHighlight } from './use-quoted-highlights';

interface Props {
  body: string;
  stamp: unknown;
  onOpenHighlight: (articleId: string, highlightId: string) => void;
}

export function NotePreview({ body, stamp, onOpenHighlight }: Props) {
  const quotes = useQuotedHighlights(highlightRefs(body), stamp);
  const parts = splitRefs(body);
  return (
    <div className="notebook-note__preview" data-testid="notebook-note-preview">
      {parts.map((part, i) =>
        'text' in part ? (
          part.text.trim() ? (
            <MarkdownPreview key={i} source={part.text} />
          ) : null
        ) : (
          <QuoteBlock
            key={i}
            quote={quotes ? (quotes.get(part.highlightId) ?? 'missing') : 'loading'}
            onOpen={onOpenHighlight}
          />
        ),
      )}
    </div>
  );
}

function QuoteBlock({
  quote,
  onOpen,
}: {
  quote: QuotedHighlight | 'missing' | 'loading';
  onOpen: Props['onOpenHighlight'];
}) {
  if (quote === 'loading') return <p className="quoted quoted--missing">Loading the quote…</p>;
  if (quote === 'missing')
    return <p className="quoted quoted--missing">(highlight no longer in the notebook)</p>;
  const { highlight, articleTitle, paragraph } = quote;
  return (
    <a
      className={`quoted quoted--${highlight.color}`}
      href={`#highlight-${highlight.id}`}
      data-testid="quoted-highlight"
      title="Open the article at this highlight"
      onClick={(e) => {
        e.preventDefault();
        onOpen(highlight.articleId, highlight.id);
      }}
    >
      <blockquote dir="auto">{highlight.quote.exact}</blockquote>
      <span className="quoted__source" dir="auto">
        — {articleTitle}
        {paragraph ? `, ¶${paragraph}` : ' (quote no longer in the text)'}
      </span>
    </a>
  );
}
