// Adding evidence: a quote found by search (or dragged onto the matrix), or an argument typed.
import { useState } from 'react';
import type { AchMatrix, Relevance } from '../../../../shared/ach';
import { RELEVANCES } from '../../../../shared/ach';
import { highlightDropTarget } from '../../notebook-notes/highlight-drag';
import { QuotePicker } from '../../notebook-notes/quote-picker';

interface Added {
  highlightId?: string;
  text?: string;
  relevance?: Relevance;
}

export function AchEvidenceAdder({
  matrix,
  onAdd,
}: {
  matrix: AchMatrix;
  onAdd: (e: Added) => void;
}) {
  const [picking, setPicking] = useState(false);
  const [argument, setArgument] = useState('');
  const [relevance, setRelevance] = useState<Relevance>('medium');
  const used = new Set(matrix.evidence.flatMap((e) => (e.highlightId ? [e.highlightId] : [])));

  const addArgument = () => {
    if (!argument.trim()) return;
    onAdd({ text: argument.trim(), relevance });
    setArgument('');
  };

  return (
    <section
      className="ach-add"
      aria-label="Add evidence"
      {...highlightDropTarget((highlightId) => onAdd({ highlightId, relevance }))}
    >
      <div className="ach-add__row">
        {picking ? (
          <QuotePicker
            label="Find a quote to add as evidence"
            exclude={used}
            onPick={(highlightId) => {
              setPicking(false);
              onAdd({ highlightId, relevance });
            }}
            onClose={() => setPicking(false)}
          />
        ) : (
          <button type="button" className="button" onClick={() => setPicking(true)}>
            Add a quote…
          </button>
        )}
        <span className="ach-add__or">or</span>
        <input
          type="text"
          aria-label="An argument or assumption as evidence"
          placeholder="An argument or assumption…"
          value={argument}
          onChange={(e) => setArgument(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') addArgument();
          }}
        />
        <select
          aria-label="Relevance of the evidence to add"
          value={relevance}
          onChange={(e) => setRelevance(e.target.value as Relevance)}
        >
          {RELEVANCES.map((r) => (
            <option key={r} value={r}>
              {r} relevance
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={addArgument} disabled={!argument.trim()}>
          Add argument
        </button>
      </div>
      <p className="ach-add__hint">
        Add a quote… finds quotes with the notebook's search: words, tag:, grade:B2,
        reliability:&lt;=B.
      </p>
    </section>
  );
}
