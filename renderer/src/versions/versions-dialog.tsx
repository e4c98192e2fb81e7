// The article's text versions: list them, read an older one, and see what changed since.
import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/contract';
import type { ArticleDetail } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import { formatDateTime } from './format-date-time';
import { Modal } from './modal';
import { WordDiff } from './word-diff';

type VersionList = Output<'articles.versions'>;
type Version = Output<'articles.version'>;

export function VersionsDialog({
  article,
  onClose,
}: {
  article: Pick<ArticleDetail, 'id' | 'text' | 'lang'>;
  onClose: () => void;
}) {
  const { reportError } = useNotices();
  const [versions, setVersions] = useState<VersionList | null>(null);
  const [open, setOpen] = useState<{ version: Version; compare: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    call('articles.versions', { id: article.id })
      .then((list) => live && setVersions([...list].sort((a, b) => b.number - a.number)))
      .catch((error: unknown) => {
        if (!live) return;
        reportError('Listing the versions', error);
        setVersions([]);
      });
    return () => {
      live = false;
    };
  }, [article.id, reportError]);

  const show = async (number: number, compare: boolean) => {
    try {
      setOpen({ version: await call('articles.version', { id: article.id, number }), compare });
    } catch (error) {
      reportError('Opening the version', error);
    }
  };

  return (
    <Modal title="Versions" onClose={onClose} wide>
      <div className="versions">
        <ol className="versions__list" aria-label="Versions">
          {versions === null && <li className="muted">Loading…</li>}
          {versions?.map((v) => (
            <li
              key={v.number}
              className={`versions__item${open?.version.number === v.number ? ' is-open' : ''}`}
            >
              <span className="versions__number">Version {v.number}</span>
              {v.current && <span className="count">current</span>}
              <span className="versions__meta">
                {formatDateTime(v.createdAt)} · {v.length.toLocaleString()} characters
              </span>
              <span className="versions__actions">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void show(v.number, false)}
                >
                  View
                </button>
                {!v.current && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void show(v.number, true)}
                  >
                    What changed
                  </button>
                )}
              </span>
            </li>
          ))}
        </ol>
        <div className="versions__view">
          {!open ? (
            <p className="muted">Choose a version to read it, or see what changed since.</p>
          ) : open.compare ? (
            <>
              <h3 className="section-label">
                What changed from version {open.version.number} to the current text
              </h3>
              <WordDiff before={open.version.text} after={article.text} />
            </>
          ) : (
            <>
              <h3 className="section-label">Version {open.version.number} (read-only)</h3>
              <div
                className="versions__text"
                data-testid="version-text"
                dir="auto"
                lang={article.lang}
              >
                {open.version.text}
              </div>
            </>
          )}
        </div>
      </div>
    </Modal>
  );
}
