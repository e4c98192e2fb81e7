// The ranking at a glance: each hypothesis as a bar of the weighted evidence against it,
// least inconsistent first (the method's tentative answer), and the rows that could overturn it.
import type { AchMatrix } from '../../../../shared/ach';

export function AchRanking({ matrix }: { matrix: AchMatrix }) {
  if (matrix.hypotheses.length < 2) return null;
  const ranked = [...matrix.hypotheses].sort((a, b) => a.rank - b.rank);
  const most = Math.max(...ranked.map((h) => h.inconsistency), 1);
  const fragile = matrix.sensitivity.filter((s) => s.changesLeader).length;
  const rated = matrix.ratings.length > 0;
  return (
    <section className="ach-ranking" aria-label="Ranking">
      <ol className="ach-ranking__list">
        {ranked.map((h) => (
          <li key={h.id} className="ach-ranking__item">
            <span className="ach-ranking__rank">#{h.rank}</span>
            <span className="ach-ranking__title" dir="auto">
              {h.title}
            </span>
            <span className="ach-ranking__bar" aria-hidden="true">
              <span style={{ width: `${(h.inconsistency / most) * 100}%` }} />
            </span>
            <span className="ach-ranking__score">{h.inconsistency.toFixed(2)} against</span>
          </li>
        ))}
      </ol>
      {rated && (
        <p className="ach-ranking__note">
          {fragile === 0
            ? 'No single piece of evidence, removed, changes which hypothesis leads.'
            : `${fragile} piece${fragile === 1 ? '' : 's'} of evidence, removed alone, would change which hypothesis leads: check ${fragile === 1 ? 'it' : 'them'} first.`}
        </p>
      )}
    </section>
  );
}
