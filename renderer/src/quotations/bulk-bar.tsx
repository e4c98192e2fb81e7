// The bar over the table while quotations are selected: recolour, regrade, add or remove a tag, quote
// them in a notebook note, export them, or clear the selection; and what the last change did.
import { CREDIBILITIES, CREDIBILITY_MEANINGS } from '../../../shared/grading';
import type { TagSummary } from '../../../shared/model';
import { useArticleEditing } from '../layout/article-editing';
import { colorName, COLORS, useColorMeanings } from '../settings/color-meanings';
import { useTags } from '../tags/tags-context';
import { PopoverButton } from './popover-button';
import { QuoteInNoteMenu } from './quote-in-note-menu';
import { countLabel } from './quotation-format';
import { TagChooser } from './tag-chooser';
import type { BulkChange } from './bulk-command';
import type { BulkActions, BulkWords } from './use-bulk-actions';

interface Props {
  ids: readonly string[];
  /** The ids of every row shown are still arriving: the actions wait for them. */
  gathering: boolean;
  /** Tags the selected quotations carry, as far as the loaded rows tell. */
  carriedTags: () => readonly TagSummary[];
  actions: BulkActions;
  onExport: () => void;
  onClear: () => void;
}

export function BulkBar({ ids, gathering, carriedTags, actions, onExport, onClear }: Props) {
  const { meanings } = useColorMeanings();
  const { tags, create } = useTags();
  const { status, apply } = actions;
  const busy = actions.busy || gathering;
  // The change is said while it is the last step in the undo history, with its Undo.
  const { undo } = useArticleEditing();

  const run = (change: BulkChange, words: BulkWords) => apply(ids, change, words);

  const addTag = (tag: { id: string; name: string }) =>
    void run(
      { addTagIds: [tag.id] },
      { step: `tag “${tag.name}”`, done: (n) => `Tagged ${n} “${tag.name}”` },
    );

  return (
    <div
      className="quotations-bulk"
      data-testid="quotations-bulk"
      role="toolbar"
      aria-label="Selected quotations"
    >
      <span className="quotations-bulk__head">
        <span className="quotations-bulk__count" data-testid="quotations-selected">
          {countLabel(ids.length)} selected
        </span>
        <button type="button" className="link-button quotations-bulk__clear" onClick={onClear}>
          Clear
        </button>
      </span>
      <PopoverButton label="Recolour" title="Recolour" kind="menu" disabled={busy}>
        {(close) =>
          COLORS.map((color) => (
            <button
              key={color}
              type="button"
              role="menuitem"
              className="menu__item quotations-popover__colour"
              onClick={() => {
                close();
                void run(
                  { color },
                  {
                    step: `recolour to ${meanings[color]}`,
                    done: (n) => `Recoloured ${n}: ${meanings[color]} (${colorName(color)})`,
                  },
                );
              }}
            >
              <span className={`swatch swatch--static swatch--${color}`} aria-hidden="true" />
              <span className="menu__label">{meanings[color]}</span>
              <span className="menu__hint">{colorName(color)}</span>
            </button>
          ))
        }
      </PopoverButton>
      <PopoverButton label="Credibility" title="Grade the information" kind="menu" disabled={busy}>
        {(close) => (
          <>
            {CREDIBILITIES.map((grade) => (
              <button
                key={grade}
                type="button"
                role="menuitem"
                className="menu__item"
                onClick={() => {
                  close();
                  void run(
                    { credibility: grade },
                    {
                      step: `grade ${grade}`,
                      done: (n) => `Graded ${n} ${grade}: ${CREDIBILITY_MEANINGS[grade]}`,
                    },
                  );
                }}
              >
                <span className="menu__label">
                  {grade} {CREDIBILITY_MEANINGS[grade]}
                </span>
              </button>
            ))}
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              onClick={() => {
                close();
                void run(
                  { credibility: null },
                  { step: 'clear the grade', done: (n) => `Cleared the grade of ${n}` },
                );
              }}
            >
              <span className="menu__label">Not graded</span>
            </button>
          </>
        )}
      </PopoverButton>
      <PopoverButton label="Add tag" title="Add a tag" kind="dialog" disabled={busy} width={260}>
        {(close) => (
          <TagChooser
            label="Tag to add"
            tags={tags}
            codebook={tags}
            empty="The codebook is empty: type a path to create a tag."
            onChoose={(tag) => {
              close();
              addTag(tag);
            }}
            onCreate={(path) => {
              close();
              void create(path).then((tag) => tag && addTag(tag));
            }}
          />
        )}
      </PopoverButton>
      <PopoverButton
        label="Remove tag"
        title="Remove a tag"
        kind="dialog"
        disabled={busy}
        width={260}
      >
        {(close) => (
          <TagChooser
            label="Tag to remove"
            tags={carriedTags()}
            codebook={tags}
            empty="The selected quotations carry no tags."
            onChoose={(tag) => {
              close();
              void run(
                { removeTagIds: [tag.id] },
                { step: `untag “${tag.name}”`, done: (n) => `Took “${tag.name}” off ${n}` },
              );
            }}
          />
        )}
      </PopoverButton>
      <button type="button" className="button button--small" onClick={onExport} disabled={busy}>
        Export these…
      </button>
      <QuoteInNoteMenu ids={ids} disabled={busy} />
      {status && (status.failed || !status.step || status.step === undo.undoLabel) && (
        <p
          className={`quotations-bulk__status${status.failed ? ' is-failed' : ''}`}
          role={status.failed ? 'alert' : 'status'}
        >
          {status.text}
          {status.step && (
            <button
              type="button"
              className="link-button quotations-bulk__undo"
              onClick={undo.undo}
              disabled={undo.busy}
            >
              Undo
            </button>
          )}
        </p>
      )}
    </div>
  );
}
