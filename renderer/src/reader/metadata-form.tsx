// Inline form for an article's details: title, byline, outlet, date, address, language and
// direction. Sends only what changed; each problem is shown beside its field.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Input } from '../../../shared/contract';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { messageOf } from '../api/api-error';
import { call } from '../api/client';
import {
  placeHostError,
  validateDetails,
  type DetailsField,
  type FieldErrors,
} from './details-validation';

interface Props {
  article: ArticleDetail;
  onSaved: (summary: ArticleSummary) => void;
  onCancel: () => void;
}

type Values = Record<DetailsField, string>;
type Span = 'wide' | 'half' | 'third';

const COMMON_LANGUAGES = ['en', 'ur', 'ps', 'fa', 'prs', 'ar', 'hi', 'pa', 'ru', 'zh', 'fr', 'de'];

const initialValues = (a: ArticleDetail): Values => ({
  title: a.title,
  byline: a.byline ?? '',
  source: a.source ?? '',
  publishedAt: a.publishedAt ?? '',
  url: a.url ?? '',
  lang: a.lang ?? '',
  dir: a.dir ?? '',
});

function changesOf(article: ArticleDetail, values: Values): Input<'articles.update'> {
  const before = initialValues(article);
  const changes: Input<'articles.update'> = { id: article.id };
  const text = ['title', 'byline', 'source', 'url', 'lang'] as const;
  for (const key of text) {
    if (values[key].trim() !== before[key]) changes[key] = values[key].trim();
  }
  if (values.publishedAt !== before.publishedAt) changes.publishedAt = values.publishedAt;
  if (values.dir !== before.dir && (values.dir === 'ltr' || values.dir === 'rtl')) {
    changes.dir = values.dir;
  }
  return changes;
}

export function MetadataForm({ article, onSaved, onCancel }: Props) {
  const [values, setValues] = useState<Values>(() => initialValues(article));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (key: DetailsField) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = changesOf(article, values);
    if (Object.keys(changes).length === 1) return onCancel();
    const problems = validateDetails(changes);
    setErrors(problems);
    setGeneral(null);
    if (Object.keys(problems).length > 0) return focusFirstError(event.currentTarget);
    setSaving(true);
    try {
      onSaved(await call('articles.update', changes));
    } catch (failure) {
      const placed = placeHostError(messageOf(failure));
      setErrors(placed.fields);
      setGeneral(placed.general);
      setSaving(false);
    }
  };

  /** `span`: how much of the form's width the field takes (wide, half, third). */
  const field = (key: DetailsField, label: string, control: ReactNode, span: Span) => (
    <div className={`field field--${span}${errors[key] ? ' has-error' : ''}`}>
      <label htmlFor={`details-${key}`}>{label}</label>
      {control}
      {errors[key] && (
        <p className="field-error" id={`details-${key}-error`} role="alert">
          {errors[key]}
        </p>
      )}
    </div>
  );
  const a11y = (key: DetailsField) => ({
    id: `details-${key}`,
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `details-${key}-error` : undefined,
  });
  const text = (key: DetailsField, extra: Record<string, string | boolean> = {}) => (
    <input
      {...a11y(key)}
      value={values[key]}
      onChange={(e) => set(key)(e.target.value)}
      {...extra}
    />
  );

  return (
    <form
      className="metadata-form"
      onSubmit={submit}
      noValidate
      aria-label="Article details"
      onKeyDown={(e) => e.key === 'Escape' && !saving && onCancel()}
    >
      {field('title', 'Title', text('title', { dir: 'auto', autoFocus: true }), 'wide')}
      {field('byline', 'Byline', text('byline', { dir: 'auto', placeholder: 'Author(s)' }), 'half')}
      {field(
        'source',
        'Outlet',
        text('source', { dir: 'auto', placeholder: 'Site or publication' }),
        'half',
      )}
      {field(
        'url',
        'Address',
        text('url', { type: 'url', placeholder: 'https://…', spellCheck: false }),
        'wide',
      )}
      {field('publishedAt', 'Published', text('publishedAt', { type: 'date' }), 'third')}
      {field(
        'lang',
        'Language',
        <>
          {text('lang', {
            list: 'details-languages',
            placeholder: 'e.g. en, ur',
            spellCheck: false,
          })}
          <datalist id="details-languages">
            {COMMON_LANGUAGES.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </>,
        'third',
      )}
      {field(
        'dir',
        'Direction',
        <select {...a11y('dir')} value={values.dir} onChange={(e) => set('dir')(e.target.value)}>
          {/* The host keeps a direction once set; "per paragraph" is offered while none is. */}
          {!article.dir && <option value="">Per paragraph (automatic)</option>}
          <option value="ltr">Left to right</option>
          <option value="rtl">Right to left</option>
        </select>,
        'third',
      )}
      {general && (
        <p className="metadata-form__error" role="alert">
          Could not save the details: {general}
        </p>
      )}
      <div className="metadata-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save details'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
        <span className="metadata-form__hint">Empty a field to clear it.</span>
      </div>
    </form>
  );
}

function focusFirstError(form: HTMLFormElement) {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
