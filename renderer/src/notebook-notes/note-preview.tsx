// A notebook note rendered: its Markdown (safely, as every note), with each `[[highlight:id]]`
// shown as the highlight's current quote and source, a link back to that spot in the article.
// The references are rendered inside the one Markdown document, so lists and paragraphs around
// them stay whole and a reference inside code stays code.
import { useCallback } from 'react';
import { highlightRefs } from '../../../shared/note-refs';
import { paragraphNumbers } from '../../../shared/paragraphs';
import { MarkdownPreview } from '../notes/markdown-preview';
import type { RefLayout } from './highlight-ref-plugin';
import { linkKey } from './note-links';
import { useQuotedHighlights, type QuotedHighlight } from './use-quoted-highlights';

/** What a `[[Title]]` link can lead to: notes first, then articles, by title. */
export interface LinkTargets {
  find: (title: string) => { kind: 'note' | 'article'; id: string } | null;
  open: (target: { kind: 'note' | 'article'; id: string }) => void;
}

interface Props {
  body: string;
  stamp: unknown;
  onOpenHighlight: (articleId: string, highlightId: string) => void;
  links?: LinkTargets;
}

export function NotePreview({ body, stamp, onOpenHighlight, links }: Props) {
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
  const renderLink = useCallback(
    (title: string) => {
      const target = links?.find(title) ?? null;
      if (!target || !links) {
        return (
          <span className="note-link note-link--missing" title="No note or article has this title">
            {title}
          </span>
        );
      }
      return (
        <a
          className={`note-link note-link--${target.kind}`}
          href={`#${target.kind}-${target.id}`}
          data-testid="note-link"
          title={target.kind === 'note' ? 'Open this notebook note' : 'Open this article'}
          onClick={(event) => {
            event.preventDefault();
            links.open(target);
          }}
        >
          {title}
        </a>
      );
    },
    [links],
  );
  return (
    <div className="notebook-note__preview" data-testid="notebook-note-preview">
      {body.trim() ? (
        <MarkdownPreview source={body} renderHighlightRef={renderRef} renderNoteLink={renderLink} />
      ) : null}
    </div>
  );
}

/** Link targets from the notebook's notes and articles, titles compared as links compare them. */
export function linkTargets(
  notes: readonly { id: string; title: string }[],
  articles: readonly { id: string; title: string }[],
  open: LinkTargets['open'],
): LinkTargets {
  const byTitle = new Map<string, { kind: 'note' | 'article'; id: string }>();
  for (const a of articles) byTitle.set(linkKey(a.title), { kind: 'article', id: a.id });
  for (const n of notes) byTitle.set(linkKey(n.title), { kind: 'note', id: n.id });
  return { find: (title) => byTitle.get(linkKey(title)) ?? null, open };
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
