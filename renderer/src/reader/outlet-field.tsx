// The article's outlet in the reader's header. When the import found none, it says "Outlet
// unknown" and asks for it once, in place: a small field the analyst can fill or set aside.
// Set aside, it is not asked again for that article; "Outlet unknown" stays and can be clicked.
import { useState, type FormEvent } from 'react';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { MAX_SOURCE_CHARS } from '../../../shared/limits';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';

const ASKED_KEY = 'dossier.outlet-asked';

function askedIds(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(ASKED_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((x) => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

function markAsked(id: string): void {
  const ids = askedIds();
  ids.add(id);
  try {
    // The newest thousand are enough to not ask twice; the list never grows without end.
    localStorage.setItem(ASKED_KEY, JSON.stringify([...ids].slice(-1000)));
  } catch {
    // Storage refused (private mode, full): the question may come back, nothing is lost.
  }
}

interface Props {
  article: ArticleDetail;
  onSaved: (summary: ArticleSummary) => void;
}

export function OutletField({ article, onSaved }: Props) {
  const { reportError } = useNotices();
  const [open, setOpen] = useState(() => !article.source && !askedIds().has(article.id));
  const [value, setValue] = useState('');
  const [saving, setSaving] = useState(false);

  if (article.source) {
    return (
      <span className="article-meta__source" dir="auto">
        {article.source}
      </span>
    );
  }
  const setAside = () => {
    markAsked(article.id);
    setOpen(false);
  };
  if (!open) {
    return (
      <button
        type="button"
        className="link-button article-meta__missing"
        title="No outlet was found in this source: click to add it"
        onClick={() => setOpen(true)}
      >
        Outlet unknown
      </button>
    );
  }
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const source = value.trim();
    if (!source) return;
    setSaving(true);
    try {
      const saved = await call('articles.update', { id: article.id, source });
      markAsked(article.id);
      onSaved(saved);
    } catch (error) {
      reportError('Saving the outlet', error);
      setSaving(false);
    }
  };
  return (
    <form className="outlet-ask" onSubmit={(event) => void save(event)}>
      <label className="outlet-ask__label" htmlFor={`outlet-${article.id}`}>
        Outlet unknown:
      </label>
      <input
        id={`outlet-${article.id}`}
        type="text"
        className="outlet-ask__input"
        placeholder="Who published it?"
        value={value}
        dir="auto"
        maxLength={MAX_SOURCE_CHARS}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setAside();
        }}
        disabled={saving}
      />
      <button type="submit" className="button button--small" disabled={saving || !value.trim()}>
        Save
      </button>
      <button type="button" className="link-button" onClick={setAside} disabled={saving}>
        Not now
      </button>
    </form>
  );
}
