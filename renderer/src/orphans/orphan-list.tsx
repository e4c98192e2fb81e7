// Highlights whose words a revision removed: their old quote and note, and a way to re-attach
// each to words the analyst selects in the article.
import type { Highlight } from '../../../shared/model';
import { MarkdownPreview } from '../notes/markdown-preview';
import { useColorMeanings } from '../settings/color-meanings';

interface Props {
  orphans: readonly Highlight[];
  /** The orphan waiting for new words, if any. */
  reattachingId: string | null;
  onReattach: (highlight: Highlight | null) => void;
}

export function OrphanList({ orphans, reattachingId, onReattach }: Props) {
  const { meanings } = useColorMeanings();
  if (orphans.length === 0) return null;
  return (
    <section className="orphans" aria-label="Orphans" data-testid="orphans">
      <h3 className="section-label section-label--warning">
        Orphans <span className="count">{orphans.length}</span>
      </h3>
      <p className="orphans__help">
        Their words are no longer in the text. Re-attach one by selecting the words it belongs to.
      </p>
      <ol className="highlight-list">
        {orphans.map((h) => {
          const waiting = h.id === reattachingId;
          return (
            <li
              key={h.id}
              className={`orphan highlight-card--${h.color}${waiting ? ' is-active' : ''}`}
              data-testid="orphan"
              data-highlight-id={h.id}
            >
              <div className="highlight-card__top">
                <span className="highlight-card__where">{meanings[h.color]}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={waiting}
                  onClick={() => onReattach(waiting ? null : h)}
                >
                  {waiting ? 'Cancel re-attach' : 'Re-attach'}
                </button>
              </div>
              <blockquote className="orphan__quote" dir="auto">
                {h.quote.exact}
              </blockquote>
              {h.note.trim() && <MarkdownPreview source={h.note} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
