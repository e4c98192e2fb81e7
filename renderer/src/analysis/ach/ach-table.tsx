// The matrix itself: hypotheses across, evidence down, a rating in each cell; each row says
// whether it tells the hypotheses apart and what the ranking would be without it.
import {
  ACH_RATINGS,
  ACH_RATING_MEANINGS,
  RELEVANCES,
  type AchMatrix,
} from '../../../../shared/ach';
import { GradeBadge } from '../../notes/grade-badge';
import { highlightDropTarget } from '../../notebook-notes/highlight-drag';
import { useOpenFromAnalysis } from '../analysis-state';
import { EditableText } from './editable-text';
import type { useAchChange } from './use-ach';

type Change = ReturnType<typeof useAchChange>['mutate'];

export function AchTable({ matrix, change }: { matrix: AchMatrix; change: Change }) {
  const open = useOpenFromAnalysis();
  const { id } = matrix;
  const rating = (evidenceId: string, hypothesisId: string) =>
    matrix.ratings.find((r) => r.evidenceId === evidenceId && r.hypothesisId === hypothesisId)
      ?.rating ?? '';
  const title = (hypothesisId: string) =>
    matrix.hypotheses.find((h) => h.id === hypothesisId)?.title ?? '';

  if (!matrix.hypotheses.length && !matrix.evidence.length) {
    return (
      <p className="ach-empty">
        Add at least two hypotheses, then the evidence to weigh against them.
      </p>
    );
  }

  return (
    <div
      className="ach-table-wrap"
      {...highlightDropTarget((highlightId) =>
        change({ op: 'ach.update', input: { id, addEvidence: { highlightId } } }),
      )}
    >
      <table className="ach-table" aria-label={`Evidence against hypotheses: ${matrix.question}`}>
        <thead>
          <tr>
            <th scope="col" className="ach-table__evidence-head">
              Evidence
            </th>
            <th
              scope="col"
              className="ach-table__num"
              title="Credibility weight × relevance weight"
            >
              Weight
            </th>
            {matrix.hypotheses.map((h, i) => (
              <th key={h.id} scope="col" className="ach-table__hypothesis">
                <span className="ach-table__h-index">H{i + 1}</span>
                <EditableText
                  label={`Hypothesis ${i + 1}`}
                  value={h.title}
                  onSave={(title) =>
                    change({
                      op: 'ach.update',
                      input: { id, renameHypothesis: { id: h.id, title } },
                    })
                  }
                />
                <button
                  type="button"
                  className="icon-button ach-table__remove"
                  aria-label={`Remove hypothesis “${h.title}”`}
                  title="Remove this hypothesis and its ratings"
                  onClick={() =>
                    change({ op: 'ach.update', input: { id, removeHypothesisId: h.id } })
                  }
                >
                  ×
                </button>
              </th>
            ))}
            <th scope="col">Diagnostic?</th>
            <th scope="col">Without it</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.evidence.map((e, row) => {
            const without = matrix.sensitivity.find((s) => s.evidenceId === e.id);
            return (
              <tr
                key={e.id}
                className={e.diagnostic ? 'ach-row' : 'ach-row ach-row--flat'}
                data-testid="ach-evidence"
              >
                <th scope="row" className="ach-table__evidence">
                  <span className="ach-table__e-index">E{row + 1}</span>
                  {e.highlightId ? (
                    <span className="ach-evidence">
                      <button
                        type="button"
                        className="link-button ach-evidence__quote"
                        dir="auto"
                        disabled={e.missing || !e.articleId}
                        title={
                          e.missing
                            ? 'This quote is no longer in the notebook'
                            : 'Open the source at this quote'
                        }
                        onClick={() =>
                          e.articleId && open(e.articleId, { highlightId: e.highlightId })
                        }
                      >
                        “{e.text}”
                      </button>
                      <span className="ach-evidence__source" dir="auto">
                        {e.missing ? 'quote deleted' : e.articleTitle}
                      </span>
                      <GradeBadge reliability={e.reliability} credibility={e.credibility} />
                    </span>
                  ) : (
                    <span className="ach-evidence">
                      <span className="ach-evidence__kind">Argument</span>
                      <EditableText
                        label={`Evidence ${row + 1}`}
                        value={e.text}
                        onSave={(text) =>
                          change({
                            op: 'ach.update',
                            input: { id, editEvidence: { id: e.id, text } },
                          })
                        }
                      />
                    </span>
                  )}
                  <select
                    className="ach-evidence__relevance"
                    aria-label={`Relevance of evidence ${row + 1}`}
                    value={e.relevance}
                    onChange={(event) =>
                      change({
                        op: 'ach.update',
                        input: {
                          id,
                          editEvidence: {
                            id: e.id,
                            relevance: event.target.value as (typeof RELEVANCES)[number],
                          },
                        },
                      })
                    }
                  >
                    {RELEVANCES.map((r) => (
                      <option key={r} value={r}>
                        {r} relevance
                      </option>
                    ))}
                  </select>
                </th>
                <td className="ach-table__num">{e.weight.toFixed(2)}</td>
                {matrix.hypotheses.map((h, i) => {
                  const value = rating(e.id, h.id);
                  return (
                    <td key={h.id} className={`ach-cell ach-cell--${value || 'none'}`}>
                      <select
                        aria-label={`E${row + 1} against H${i + 1} (${h.title})`}
                        title={value ? ACH_RATING_MEANINGS[value] : 'Not rated'}
                        value={value}
                        onChange={(event) =>
                          change({
                            op: 'ach.rate',
                            input: {
                              id,
                              evidenceId: e.id,
                              hypothesisId: h.id,
                              rating: (event.target.value || null) as
                                (typeof ACH_RATINGS)[number] | null,
                            },
                          })
                        }
                      >
                        <option value="">–</option>
                        {ACH_RATINGS.map((r) => (
                          <option key={r} value={r} title={ACH_RATING_MEANINGS[r]}>
                            {r}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
                <td className="ach-table__flag">
                  {e.diagnostic ? (
                    <span className="ach-flag ach-flag--yes">Diagnostic</span>
                  ) : (
                    <span
                      className="ach-flag"
                      title="Rated alike against every hypothesis (or not yet rated): it does not tell them apart"
                    >
                      Not diagnostic
                    </span>
                  )}
                </td>
                <td className="ach-table__sensitivity">
                  {without && matrix.hypotheses.length > 1
                    ? without.changesLeader
                      ? without.leaders.length > 1
                        ? `${without.leaders.map((h) => `H${matrix.hypotheses.findIndex((x) => x.id === h) + 1}`).join(' and ')} would tie`
                        : `${title(without.leaders[0]!)} would lead`
                      : without.changesRanking
                        ? 'Order changes, lead holds'
                        : 'No change'
                    : ''}
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button ach-table__remove"
                    aria-label={`Remove evidence ${row + 1}`}
                    title="Remove this evidence and its ratings"
                    onClick={() =>
                      change({ op: 'ach.update', input: { id, removeEvidenceId: e.id } })
                    }
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Weighted inconsistency
            </th>
            {matrix.hypotheses.map((h) => (
              <td key={h.id} className="ach-table__score" data-testid="ach-score">
                {h.inconsistency.toFixed(2)}
                <span className="ach-table__rank">#{h.rank}</span>
              </td>
            ))}
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
