// The Quotations view's filter: the search query language typed in a box; a query the host
// refuses is said softly below it, while the rows of the last good one stay in view.

interface Props {
  value: string;
  onChange: (query: string) => void;
  problem: string | null;
}

export function QuotationFilter({ value, onChange, problem }: Props) {
  return (
    <div className="quotations-filter">
      <input
        type="search"
        className="quotations-filter__input"
        aria-label="Filter quotations"
        aria-describedby={problem ? 'quotations-filter-problem' : undefined}
        aria-invalid={problem ? true : undefined}
        placeholder='tag:Actors colour:yellow "talks"…'
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid="quotations-filter"
      />
      {problem && (
        <p className="quotations-filter__problem" id="quotations-filter-problem" role="status">
          {problem}
        </p>
      )}
    </div>
  );
}
