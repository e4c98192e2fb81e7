// Analysis of Competing Hypotheses: the questions on the left, the chosen one's matrix beside.
import { useState, type FormEvent } from 'react';
import { useAchCreate, useAchList } from './use-ach';
import { AchMatrixPanel } from './ach-matrix-panel';
import './ach.css';

export function AchView() {
  const { data: matrices, isPending } = useAchList();
  const [chosen, setChosen] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const create = useAchCreate();
  const shown =
    chosen && matrices?.some((m) => m.id === chosen) ? chosen : (matrices?.[0]?.id ?? null);

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    if (!question.trim()) return;
    create.mutate(question, {
      onSuccess: (matrix) => {
        setQuestion('');
        setChosen(matrix.id);
      },
    });
  };

  return (
    <div className="ach" data-testid="ach">
      <nav className="ach__questions" aria-label="Questions">
        <form className="ach__new" onSubmit={onCreate}>
          <label className="ach__new-label" htmlFor="ach-new-question">
            A question to weigh
          </label>
          <textarea
            id="ach-new-question"
            className="ach__new-input"
            rows={2}
            placeholder="Will the TTP return to talks before winter?"
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) onCreate(e);
            }}
          />
          <button type="submit" className="button button--primary" disabled={!question.trim()}>
            New matrix
          </button>
        </form>
        {isPending ? (
          <p className="pane__empty">Opening…</p>
        ) : (
          <ul className="ach__question-list">
            {matrices?.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="ach__question"
                  aria-current={m.id === shown ? 'true' : undefined}
                  onClick={() => setChosen(m.id)}
                  dir="auto"
                >
                  <span className="ach__question-text">{m.question}</span>
                  <span className="ach__question-meta">
                    {m.hypotheses.length} hypotheses · {m.evidence.length} evidence
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <div className="ach__main">
        {shown ? (
          <AchMatrixPanel key={shown} id={shown} onDeleted={() => setChosen(null)} />
        ) : (
          !isPending && (
            <div className="ach__intro">
              <h3>Weigh competing hypotheses</h3>
              <p>
                Write the question, list every reasonable answer as a hypothesis, then add the
                evidence: quotes from your sources (drag a highlight here, or find one) and your own
                arguments. Rate each piece against each hypothesis. Dossier ranks the hypotheses by
                the evidence <em>against</em> them, weighted by credibility and relevance, and shows
                which evidence tells them apart.
              </p>
            </div>
          )
        )}
      </div>
    </div>
  );
}
