// A block the cleaner (or the analyst) removed, shown in place when asked: greyed, with the
// reason and a way to put it back. It is not part of the article's text or its offsets.
import type { SourceBlock } from '../../../shared/model';

interface Props {
  kind: SourceBlock['kind'];
  text: string;
  reason: string;
  onPutBack: () => void;
  busy: boolean;
  /** Index among the importer's blocks, to find this one again after a change. */
  sourceIndex: number;
}

export function RemovedBlock({ kind, text, reason, onPutBack, busy, sourceIndex }: Props) {
  const body = (
    <>
      <span className="removed-block__bar">
        <span className="removed-block__reason">removed: {reason}</span>
        <button
          type="button"
          className="button button--small removed-block__put-back"
          onClick={onPutBack}
          disabled={busy}
        >
          {busy ? 'Putting back…' : 'Put back'}
        </button>
      </span>
      <span className="removed-block__text" dir="auto">
        {text}
      </span>
    </>
  );
  const className = `removed-block removed-block--${kind}`;
  return kind === 'list-item' ? (
    <li className={className} data-testid="removed-block" data-source-index={sourceIndex}>
      {body}
    </li>
  ) : (
    <div className={className} data-testid="removed-block" data-source-index={sourceIndex}>
      {body}
    </div>
  );
}
