// Inline form for an article's title, source, date and address; sends only what changed.
import { useState, type FormEvent } from 'react';
import type { Input } from '../../../shared/contract';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { call } from '../api/client';
import { messageOf } from '../api/api-error';

interface Props {
  article: ArticleDetail;
  onSaved: (summary: ArticleSummary) => void;
  onCancel: () => void;
}

export function MetadataForm({ article, onSaved, onCancel }: Props) {
  const [title, setTitle] = useState(article.title);
  const [source, setSource] = useState(article.source ?? '');
  const [date, setDate] = useState(article.publishedAt ?? '');
  const [url, setUrl] = useState(article.url ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes: Input<'articles.update'> = { id: article.id };
    if (title.trim() !== article.title) changes.title = title.trim();
    if (source.trim() !== (article.source ?? '')) changes.source = source.trim();
    if (date !== (article.publishedAt ?? '')) changes.publishedAt = date;
    if (url.trim() !== (article.url ?? '')) changes.url = url.trim();
    if (Object.keys(changes).length === 1) return onCancel();
    setSaving(true);
    setError(null);
    try {
      onSaved(await call('articles.update', changes));
    } catch (failure) {
      // Shown beside the fields, where the user can correct them.
      setError(messageOf(failure));
      setSaving(false);
    }
  };

  return (
    <form
      className="metadata-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label className="field field--wide">
        <span>Title</span>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          dir="auto"
          autoFocus
        />
      </label>
      <label className="field">
        <span>Source</span>
        <input
          value={source}
          onChange={(e) => setSource(e.target.value)}
          placeholder="Outlet or site"
          dir="auto"
        />
      </label>
      <label className="field">
        <span>Published</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field field--wide">
        <span>Address</span>
        <input
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://…"
        />
      </label>
      {error && (
        <p className="metadata-form__error" role="alert">
          Could not save the details: {error}
        </p>
      )}
      <div className="metadata-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save details'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
