// The article's provenance details under its title: language, direction, source kind and
// file, when it was captured, and the fingerprint of the bytes kept under originals/.
import type { ArticleMeta } from '../../../shared/model';
import { directionLabel, formatCapturedAt, kindLabel, languageName } from './describe-meta';

export function ArticleFacts({ meta }: { meta: ArticleMeta }) {
  const kind = kindLabel(meta.kind);
  const source = [meta.fileName, kind].filter(Boolean).join(' · ');
  return (
    <dl className="article-facts" data-testid="article-facts">
      <div>
        <dt>Language</dt>
        <dd>{languageName(meta.lang) ?? <span className="muted">not set</span>}</dd>
      </div>
      <div>
        <dt>Direction</dt>
        <dd>{directionLabel(meta.dir)}</dd>
      </div>
      {source && (
        <div>
          <dt>Imported from</dt>
          <dd dir="auto">{source}</dd>
        </div>
      )}
      <div>
        <dt>Captured</dt>
        <dd>
          <time dateTime={meta.capturedAt}>{formatCapturedAt(meta.capturedAt)}</time>
        </dd>
      </div>
      <div>
        <dt>SHA-256</dt>
        <dd className="article-facts__hash" title={meta.sha256}>
          {meta.sha256.slice(0, 12)}
        </dd>
      </div>
    </dl>
  );
}
