// One highlight in the notes pane: its quote (a jump back to the text), paragraph, color and note.
// A card renders again only when its own props change, not for every change to the article.
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { Credibility, Reliability } from '../../../shared/grading';
import type { Highlight, HighlightColor } from '../../../shared/model';
import { paragraphLabel, type ParagraphRange } from '../../../shared/paragraphs';
import { call } from '../api/client';
import { Icon } from '../icons';
import { QuoteInNoteButton } from '../notebook-notes/quote-in-note-button';
import { useNotices } from '../notices/notice-context';
import type { JumpRequest } from '../reader/article-body';
import { useColorMeanings } from '../settings/color-meanings';
import { TagPicker } from '../tags/tag-picker';
import { ColorPicker } from './color-picker';
import { Corroborations } from './corroborations';
import { CredibilityPicker } from './credibility-picker';
import { GradeBadge } from './grade-badge';
import { MarkdownNote } from './markdown-note';
import type { SaveOptions } from './use-debounced-save';
import { WordsChanged } from './words-changed';
import { startHighlightDrag } from '../notebook-notes/highlight-drag';

interface Props {
  highlight: Highlight;
  /**
   * The 1-based paragraphs the quote runs over; absent for an orphan.
   */
  paragraph?: ParagraphRange;
  active: boolean;
  focusRequest: JumpRequest | null;
  onQuoteClick?: (id: string) => void;
  /** Escape in the note: the keyboard goes back to the highlight in the text. */
  onNoteEscape?: (id: string) => void;
  onChanged: (highlight: Highlight) => void;
  onDeleted: (id: string) => void;
  /** In a virtualised list: the card's index in the whole list, and its offset from its top. */
  index?: number;
  top?: number;
  /** In a virtualised list: measures the card once it is in the page. */
  measureRef?: (element: HTMLLIElement | null) => void;
  /** The source's reliability, the first half of the quote's grade. */
  reliability?: Reliability | undefined;
}

/** Focus requests already carried out. */
const answered = new WeakSet<JumpRequest>();

export const HighlightCard = memo(HighlightCardUnmemoised);

function HighlightCardUnmemoised({
  highlight,
  paragraph,
  active,
  focusRequest,
  onQuoteClick,
  onNoteEscape,
  onChanged,
  onDeleted,
  index,
  top,
  measureRef,
  reliability,
}: Props) {
  const { reportError } = useNotices();
  const { meanings } = useColorMeanings();
  const cardRef = useRef<HTMLLIElement | null>(null);
  const noteRef = useRef<HTMLTextAreaElement | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { id } = highlight;
  const virtual = measureRef !== undefined;
  const setCardRef = useCallback(
    (element: HTMLLIElement | null) => {
      cardRef.current = element;
      measureRef?.(element);
    },
    [measureRef],
  );

  useEffect(() => {
    if (!focusRequest || focusRequest.id !== id || answered.has(focusRequest)) return;
    // Each request focuses once: a card remounted later (after an undo) must not take the keys.
    answered.add(focusRequest);
    // A virtualised list scrolls to its card itself, as the cards above it get measured.
    if (!virtual) cardRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    noteRef.current?.focus({ preventScroll: true });
  }, [focusRequest, id, virtual]);

  const saveNote = useCallback(
    async (note: string, { unloading }: SaveOptions) => {
      try {
        onChanged(await call('highlights.update', { id, note }, { unloading }));
      } catch (error) {
        reportError('Saving the note', error);
        throw error;
      }
    },
    [id, onChanged, reportError],
  );

  const setColor = async (color: HighlightColor) => {
    try {
      onChanged(await call('highlights.update', { id, color }));
    } catch (error) {
      reportError('Changing the color', error);
    }
  };

  const setCredibility = async (credibility: Credibility | null) => {
    try {
      onChanged(await call('highlights.update', { id, credibility }));
    } catch (error) {
      reportError('Grading the quote', error);
    }
  };

  const remove = async () => {
    // A note is work; deleting it takes a second, deliberate click.
    if (highlight.note.trim() && !confirming) return setConfirming(true);
    try {
      await call('highlights.delete', { id });
      onDeleted(id);
    } catch (error) {
      setConfirming(false);
      reportError('Deleting the highlight', error);
    }
  };

  return (
    <li
      ref={setCardRef}
      data-index={index}
      style={
        top === undefined
          ? undefined
          : { position: 'absolute', insetInline: 0, top: 0, transform: `translateY(${top}px)` }
      }
      className={`highlight-card highlight-card--${highlight.color}${active ? ' is-active' : ''}`}
      data-testid="highlight-card"
      data-highlight-id={id}
    >
      <div className="highlight-card__top">
        <span className="highlight-card__where">
          {paragraph ? paragraphLabel(paragraph) : 'Quote not found in the text'}
          <span className="highlight-card__meaning"> · {meanings[highlight.color]}</span>
        </span>
        <GradeBadge reliability={reliability} credibility={highlight.credibility} />
        <ColorPicker value={highlight.color} onChange={(color) => void setColor(color)} />
        {confirming ? (
          <span className="highlight-card__confirm">
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => void remove()}
            >
              Delete with note
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setConfirming(false)}
            >
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="icon-button"
            aria-label="Delete"
            title="Delete this highlight"
            onClick={() => void remove()}
          >
            <Icon name="trash" />
          </button>
        )}
      </div>
      {onQuoteClick ? (
        <button
          type="button"
          className="highlight-card__quote"
          dir="auto"
          onClick={() => onQuoteClick(id)}
          title="Show in the article, or drag into a notebook note to quote it"
          draggable
          onDragStart={(e) => startHighlightDrag(e, id)}
        >
          {highlight.quote.exact}
        </button>
      ) : (
        <blockquote className="highlight-card__quote highlight-card__quote--orphan" dir="auto">
          {highlight.quote.exact}
        </blockquote>
      )}
      <WordsChanged highlight={highlight} />
      <MarkdownNote
        label="Note"
        initial={highlight.note}
        placeholder="Add a note (Markdown)…"
        onSave={saveNote}
        textareaRef={(element) => {
          noteRef.current = element;
        }}
        // An orphan has no words in the text to go back to.
        onEscape={onQuoteClick && onNoteEscape ? () => onNoteEscape(id) : undefined}
      />
      {onQuoteClick && <Corroborations highlightId={id} />}
      <div className="highlight-card__meta">
        <TagPicker highlight={highlight} onChanged={onChanged} />
        <CredibilityPicker
          value={highlight.credibility as Credibility | undefined}
          onChange={(c) => void setCredibility(c)}
        />
        <QuoteInNoteButton highlightId={id} />
      </div>
    </li>
  );
}
