// The import progress panel: a bar (n of N), each source's status, Cancel while running, and
// at the end a summary with every failure and its reason. It stays until dismissed.
import { useEffect, useRef } from 'react';
import { ImportItemRow } from './import-item-row';
import { counts, describeBundle, describeSkipped, summarize, type ImportRun } from './import-run';

interface Props {
  run: ImportRun;
  onOpen: (articleId: string) => void;
  onCancel: () => void;
  onDismiss: () => void;
}

export function ImportPanel({ run, onOpen, onCancel, onDismiss }: Props) {
  const c = counts(run);
  const failures = run.items.filter((i) => i.status === 'failed');
  const heading = run.finished
    ? run.cancelled
      ? 'Import cancelled'
      : 'Import finished'
    : `Importing ${Math.min(c.done + 1, c.total)} of ${c.total}`;
  const listRef = useFollowCurrent(run);

  const rows = (
    <ol className="import-list" ref={listRef} aria-label="Sources">
      {run.items.map((item) => (
        <ImportItemRow
          key={item.key}
          item={item}
          onOpen={onOpen}
          // Once finished, the summary above gives each failure's reason.
          showMessage={!run.finished}
        />
      ))}
    </ol>
  );

  return (
    <section
      className={`import-panel${run.finished ? ' is-finished' : ''}`}
      aria-label="Import"
      data-testid="import-panel"
    >
      <header className="import-panel__header">
        <h2 className="import-panel__title" aria-live="polite">
          {heading}
        </h2>
        {run.finished ? (
          <button
            type="button"
            className="icon-button import-panel__dismiss"
            aria-label="Dismiss the import summary"
            title="Dismiss"
            onClick={onDismiss}
          >
            ×
          </button>
        ) : (
          <button type="button" className="button button--small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </header>
      {c.total > 0 && (
        <div className="import-panel__progress">
          <progress max={c.total} value={c.done} aria-label="Import progress" />
          <span className="import-panel__count">
            {c.done} of {c.total} done
          </span>
        </div>
      )}
      {run.finished && (
        <div className="import-panel__summary" data-testid="import-summary" role="status">
          <p className="import-panel__totals">{summarize(run)}</p>
          {run.items.map(
            (item) =>
              item.bundle && (
                <p key={item.key} className="import-panel__bundle" data-testid="bundle-summary">
                  {describeBundle(item.bundle)}
                </p>
              ),
          )}
          {run.skipped.length > 0 && (
            <p className="import-panel__skipped">{describeSkipped(run.skipped)}</p>
          )}
          {failures.length > 0 && (
            <ul className="import-failures" aria-label="Failures">
              {failures.map((f) => (
                <li key={f.key}>
                  <span className="import-failures__name">{f.label}</span>
                  <span className="import-failures__reason">{f.message}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {!run.finished ? (
        rows
      ) : c.total > 0 ? (
        // A short run stays listed, so each imported source is one click from its article.
        <details className="import-panel__all" open={c.total <= 10}>
          <summary>
            All {c.total} source{c.total === 1 ? '' : 's'}
          </summary>
          {rows}
        </details>
      ) : null}
    </section>
  );
}

/** Keeps the source being imported in view as the run moves down a long list. */
function useFollowCurrent(run: ImportRun) {
  const listRef = useRef<HTMLOListElement | null>(null);
  const current = run.items.find((i) => i.status === 'reading' || i.status === 'importing')?.key;
  useEffect(() => {
    if (!current) return;
    const index = run.items.findIndex((i) => i.key === current);
    listRef.current?.children[index]?.scrollIntoView({ block: 'nearest' });
  }, [current, run.items]);
  return listRef;
}
