// The sort of the Quotations table as a menu and a direction button: in the narrow pane it is
// the only way to sort; beside the column headers it also offers the sorts without a column.
import type { QuotationSort } from '../../../shared/search';

const SORTS: Array<{ sort: QuotationSort; label: string }> = [
  { sort: 'article', label: 'Article' },
  { sort: 'position', label: 'Place in article' },
  { sort: 'date', label: 'Date' },
  { sort: 'outlet', label: 'Outlet' },
  { sort: 'colour', label: 'Colour' },
  { sort: 'grade', label: 'Grade' },
  { sort: 'quote', label: 'Quote' },
  { sort: 'created', label: 'Highlighted on' },
];

interface Props {
  sort: QuotationSort;
  descending: boolean;
  onChange: (sort: QuotationSort, descending: boolean) => void;
}

export function SortChoice({ sort, descending, onChange }: Props) {
  return (
    <span className="sort-choice">
      <label className="sort-choice__label">
        <span className="visually-hidden">Sort by</span>
        <select
          value={sort}
          aria-label="Sort by"
          onChange={(e) => onChange(e.target.value as QuotationSort, descending)}
        >
          {SORTS.map((s) => (
            <option key={s.sort} value={s.sort}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="icon-button sort-choice__direction"
        aria-label={descending ? 'Descending: sort ascending' : 'Ascending: sort descending'}
        title={descending ? 'Descending' : 'Ascending'}
        onClick={() => onChange(sort, !descending)}
      >
        {descending ? '↓' : '↑'}
      </button>
    </span>
  );
}
