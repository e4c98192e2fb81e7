// One matrix: its question, the ranking, the table of ratings, adding evidence, and export.
import { useState } from 'react';
import { useAchChange, useAchDelete, useAchMatrix } from './use-ach';
import { AchEvidenceAdder } from './ach-evidence-adder';
import { AchExport } from './ach-export';
import { AchRanking } from './ach-ranking';
import { AchTable } from './ach-table';
import { EditableText } from './editable-text';

export function AchMatrixPanel({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const { data: matrix, error } = useAchMatrix(id);
  const change = useAchChange('Changing the matrix');
  const remove = useAchDelete();
  const [confirming, setConfirming] = useState(false);
  const [hypothesis, setHypothesis] = useState('');

  if (error) return <p className="pane__empty">This matrix could not be opened.</p>;
  if (!matrix) return <p className="pane__empty">Opening…</p>;

  const update = (
    input: Omit<Parameters<typeof change.mutate>[0] & { op: 'ach.update' }, 'op'>['input'],
  ) => change.mutate({ op: 'ach.update', input });

  const addHypothesis = () => {
    const title = hypothesis.trim();
    if (!title) return;
    update({ id, addHypothesis: title });
    setHypothesis('');
  };

  return (
    <article className="ach-matrix" aria-label={`Matrix: ${matrix.question}`}>
      <header className="ach-matrix__header">
        <EditableText
          className="ach-matrix__question"
          label="The question"
          value={matrix.question}
          onSave={(question) => update({ id, question })}
          as="h3"
        />
        <div className="ach-matrix__actions">
          <AchExport matrix={matrix} />
          {confirming ? (
            <span className="ach-confirm" role="group" aria-label="Delete this matrix?">
              Delete this matrix?
              <button
                type="button"
                className="button button--danger"
                onClick={() => remove.mutate(id, { onSuccess: onDeleted })}
              >
                Delete
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              Delete…
            </button>
          )}
        </div>
      </header>
      <AchRanking matrix={matrix} />
      <div className="ach-matrix__add-hypothesis">
        <input
          type="text"
          className="input"
          aria-label="A new hypothesis"
          placeholder="Another hypothesis…"
          value={hypothesis}
          onChange={(e) => setHypothesis(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') addHypothesis();
          }}
        />
        <button
          type="button"
          className="button"
          onClick={addHypothesis}
          disabled={!hypothesis.trim()}
        >
          Add hypothesis
        </button>
      </div>
      <AchTable matrix={matrix} change={change.mutate} />
      <AchEvidenceAdder matrix={matrix} onAdd={(addEvidence) => update({ id, addEvidence })} />
    </article>
  );
}
