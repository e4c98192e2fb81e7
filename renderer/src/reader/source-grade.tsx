// The source's reliability on the Admiralty scale (A completely reliable … F cannot be judged),
// with the analyst's reason, set in the reader's header. Every quote of the article carries it
// as the letter of its grade.
import { useState } from 'react';
import { RELIABILITIES, RELIABILITY_MEANINGS, type Reliability } from '../../../shared/grading';
import { MAX_RELIABILITY_REASON_CHARS } from '../../../shared/limits';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';

interface Props {
  article: ArticleDetail;
  onSaved: (summary: ArticleSummary) => void;
}

export function SourceGrade({ article, onSaved }: Props) {
  const { reportError } = useNotices();
  const [reason, setReason] = useState(article.reliabilityReason ?? '');
  const [busy, setBusy] = useState(false);

  const save = async (fields: { reliability?: Reliability | ''; reliabilityReason?: string }) => {
    setBusy(true);
    try {
      const saved = await call('articles.update', { id: article.id, ...fields });
      setReason(saved.reliabilityReason ?? '');
      onSaved(saved);
    } catch (error) {
      reportError('Grading the source', error);
    } finally {
      setBusy(false);
    }
  };
  const saveReason = () => {
    const trimmed = reason.trim();
    if (trimmed !== (article.reliabilityReason ?? '')) void save({ reliabilityReason: trimmed });
  };

  return (
    <div className="source-grade">
      <select
        className="source-grade__select"
        aria-label="Source reliability"
        title="How reliable is this source? Its letter is the first half of every quote's grade."
        value={article.reliability ?? ''}
        disabled={busy}
        onChange={(event) => void save({ reliability: event.target.value as Reliability | '' })}
      >
        <option value="">Reliability not graded</option>
        {RELIABILITIES.map((r) => (
          <option key={r} value={r}>
            {r} · {RELIABILITY_MEANINGS[r]}
          </option>
        ))}
      </select>
      {article.reliability && (
        <input
          type="text"
          className="source-grade__reason"
          aria-label="Why this grade"
          placeholder="Why this grade?"
          maxLength={MAX_RELIABILITY_REASON_CHARS}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onBlur={saveReason}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              saveReason();
            }
            if (event.key === 'Escape') setReason(article.reliabilityReason ?? '');
          }}
        />
      )}
    </div>
  );
}
