// "Quote in note" on a highlight card: puts a reference to the highlight into the open note.
import { useQuoteTarget } from './quote-target';

export function QuoteInNoteButton({ highlightId }: { highlightId: string }) {
  const target = useQuoteTarget();
  if (!target) return null;
  return (
    <button
      type="button"
      className="link-button quote-in-note"
      title={`Quote this highlight in “${target.title}”`}
      onClick={() => target.insert(highlightId)}
    >
      Quote in note
    </button>
  );
}
