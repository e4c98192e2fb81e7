// The export dialog's "what" half: which articles (this one, chosen ones, all, or a filtered
// view by tag, colour and date) and in what order.
import type { ArticleSummary, HighlightColor } from '../../../shared/model';
import { COLORS, colorName, useColorMeanings } from '../settings/color-meanings';
import { useTags } from '../tags/tags-context';
import type { ExportChoices, OrderChoice, ScopeKind } from './export-choices';

interface Props {
  choices: ExportChoices;
  onChange: (changes: Partial<ExportChoices>) => void;
  articles: readonly ArticleSummary[];
  articleTitle: string | null;
  /** The format is the whole notebook whatever the choices (a bundle): shown, not changeable. */
  wholeNotebookOnly?: boolean;
}

const SCOPES: ReadonlyArray<{ kind: ScopeKind; label: string }> = [
  { kind: 'article', label: 'This article' },
  { kind: 'chosen', label: 'Chosen articles' },
  { kind: 'notebook', label: 'Whole notebook' },
  { kind: 'filtered', label: 'Filtered' },
];

const ORDERS: ReadonlyArray<{ order: OrderChoice; label: string }> = [
  { order: 'library', label: 'Library order' },
  { order: 'title', label: 'Title' },
  { order: 'date', label: 'Date' },
  { order: 'source', label: 'Source' },
];

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

export function ExportScopeFields({
  choices,
  onChange,
  articles,
  articleTitle,
  wholeNotebookOnly = false,
}: Props) {
  return (
    <>
      <fieldset className="export-field" disabled={wholeNotebookOnly}>
        <legend>Scope</legend>
        <div className="export-choices">
          {SCOPES.map(({ kind, label }) => (
            <label key={kind} className="export-choice">
              <input
                type="radio"
                name="export-scope"
                value={kind}
                checked={choices.scope === kind}
                disabled={kind === 'article' && !choices.articleId}
                onChange={() => onChange({ scope: kind })}
              />
              {label}
            </label>
          ))}
        </div>
        {choices.scope === 'article' && articleTitle && (
          <p className="export-field__hint">{articleTitle}</p>
        )}
        {choices.scope === 'chosen' && (
          <ArticleChecklist
            articles={articles}
            chosen={choices.chosenIds}
            onChange={(chosenIds) => onChange({ chosenIds })}
          />
        )}
        {choices.scope === 'filtered' && <Filters choices={choices} onChange={onChange} />}
        {wholeNotebookOnly && (
          <p className="export-field__hint" data-testid="export-scope-locked">
            A notebook bundle is the whole notebook; pick another format to export part of it.
          </p>
        )}
      </fieldset>
      <label className="export-field export-field--inline">
        <span>Order</span>
        <select
          value={choices.order}
          disabled={wholeNotebookOnly}
          onChange={(event) => onChange({ order: event.target.value as OrderChoice })}
        >
          {ORDERS.map(({ order, label }) => (
            <option key={order} value={order}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

function ArticleChecklist({
  articles,
  chosen,
  onChange,
}: {
  articles: readonly ArticleSummary[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  if (articles.length === 0) return <p className="export-field__hint">The library is empty.</p>;
  return (
    <ul className="export-checklist" aria-label="Articles to export">
      {articles.map((a) => (
        <li key={a.id}>
          <label className="export-choice">
            <input
              type="checkbox"
              checked={chosen.includes(a.id)}
              onChange={(event) => onChange(toggle(chosen, a.id, event.target.checked))}
            />
            <span className="export-checklist__title" dir="auto">
              {a.title}
            </span>
            <span className="export-checklist__count">{a.highlightCount}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

function Filters({ choices, onChange }: Pick<Props, 'choices' | 'onChange'>) {
  const { tags } = useTags();
  const { meanings } = useColorMeanings();
  const sorted = [...tags].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="export-filters">
      <div className="export-filter" role="group" aria-label="Tags">
        <span className="export-filter__label">Tags</span>
        {sorted.length === 0 ? (
          <span className="export-field__hint">No tags in the codebook yet.</span>
        ) : (
          <ul className="export-checklist export-checklist--short">
            {sorted.map((tag) => (
              <li key={tag.id}>
                <label className="export-choice">
                  <input
                    type="checkbox"
                    checked={choices.tagIds.includes(tag.id)}
                    onChange={(event) =>
                      onChange({ tagIds: toggle(choices.tagIds, tag.id, event.target.checked) })
                    }
                  />
                  #{tag.name}
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="export-filter" role="group" aria-label="Colours">
        <span className="export-filter__label">Colours</span>
        <div className="export-colors">
          {COLORS.map((color: HighlightColor) => (
            <label key={color} className="export-choice" title={colorName(color)}>
              <input
                type="checkbox"
                checked={choices.colors.includes(color)}
                onChange={(event) =>
                  onChange({ colors: toggle(choices.colors, color, event.target.checked) })
                }
              />
              <span className={`swatch swatch--${color} swatch--static`} aria-hidden="true" />
              {meanings[color]}
            </label>
          ))}
        </div>
      </div>
      <div className="export-filter export-dates">
        <span className="export-filter__label">Dates</span>
        <label>
          From{' '}
          <input
            type="date"
            value={choices.from}
            onChange={(event) => onChange({ from: event.target.value })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={choices.to}
            onChange={(event) => onChange({ to: event.target.value })}
          />
        </label>
      </div>
      <p className="export-field__hint">
        Empty filters keep everything; tags include the tags below them.
      </p>
    </div>
  );
}
