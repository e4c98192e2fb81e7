// The timeline across every source: each dated sentence under its year, month or day (the zoom),
// the sources that date the same stretch of time side by side, filtered by source, grade, tag
// and entity; an event that another source seems to date otherwise says so and leads to it; an
// event opens its sentence in the reader, becomes a highlight there, or is quoted in a notebook
// note, each in one step.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { RELIABILITIES, type Reliability } from '../../../../shared/grading';
import type { ArticleSummary } from '../../../../shared/model';
import type { TimelineEvent } from '../../../../shared/timeline';
import { call } from '../../api/client';
import { articleListQuery, invalidateNotebook, timelineKey } from '../../api/queries';
import { GradeBadge } from '../../notes/grade-badge';
import { formatPartialDate } from '../../reader/format-date';
import { useNotices } from '../../notices/notice-context';
import { QuoteInNoteMenu } from '../../quotations/quote-in-note-menu';
import { useTags } from '../../tags/tags-context';
import { useOpenFromAnalysis } from '../analysis-state';
import './timeline.css';

const ZOOMS = [
  { id: 'year', label: 'Years', length: 4 },
  { id: 'month', label: 'Months', length: 7 },
  { id: 'day', label: 'Days', length: 10 },
] as const;
type Zoom = (typeof ZOOMS)[number]['id'];

export function TimelineView() {
  const {
    data: events,
    isPending,
    error,
  } = useQuery({
    queryKey: timelineKey,
    queryFn: () => call('timeline.list', {}),
  });
  const { data: articles = [] } = useQuery(articleListQuery());
  const [zoom, setZoom] = useState<Zoom>('month');
  const [source, setSource] = useState('');
  const [grade, setGrade] = useState<Reliability | ''>('');
  const [tagId, setTagId] = useState('');
  const [entity, setEntity] = useState('');
  const [disputed, setDisputed] = useState(false);
  const { tags } = useTags();
  const named = useMemo(
    () =>
      [...new Set((events ?? []).flatMap((e) => e.entities ?? []))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [events],
  );
  // A tag stands for the tags below it too.
  const tagPaths = useMemo(() => new Map(tags.map((t) => [t.id, t.name])), [tags]);
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);

  const shown = useMemo(() => {
    const length = ZOOMS.find((z) => z.id === zoom)!.length;
    const kept = (events ?? []).filter((e) => {
      if (source && e.articleId !== source) return false;
      if (disputed && !e.disagrees?.length) return false;
      if (entity && !e.entities?.includes(entity)) return false;
      if (tagId) {
        const path = tagPaths.get(tagId) ?? '';
        const carries = (e.tagIds ?? []).some((id) => {
          const name = tagPaths.get(id) ?? '';
          return name === path || name.startsWith(`${path}/`);
        });
        if (!carries) return false;
      }
      const reliability = byId.get(e.articleId)?.reliability;
      return !grade || (reliability !== undefined && reliability <= grade);
    });
    const buckets = new Map<string, TimelineEvent[]>();
    for (const e of kept) {
      const key = e.date.slice(0, Math.min(length, e.date.length));
      buckets.set(key, [...(buckets.get(key) ?? []), e]);
    }
    return [...buckets].sort(([a], [b]) => a.localeCompare(b));
  }, [events, source, grade, zoom, byId, disputed, entity, tagId, tagPaths]);

  if (error) return <p role="alert">The timeline could not be read: {String(error)}</p>;
  if (isPending) return <p className="timeline__empty">Reading the dates in every source…</p>;

  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline__controls" role="group" aria-label="Timeline view">
        <span className="timeline__zoom" role="radiogroup" aria-label="Zoom">
          {ZOOMS.map((z) => (
            <button
              key={z.id}
              type="button"
              role="radio"
              aria-checked={zoom === z.id}
              className={`button button--small${zoom === z.id ? ' is-on' : ''}`}
              onClick={() => setZoom(z.id)}
            >
              {z.label}
            </button>
          ))}
        </span>
        <label>
          Source{' '}
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">Every source</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reliability{' '}
          <select value={grade} onChange={(e) => setGrade(e.target.value as Reliability | '')}>
            <option value="">Any</option>
            {RELIABILITIES.map((r) => (
              <option key={r} value={r}>
                {r === 'A' ? 'A only' : `${r} or better`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag{' '}
          <select value={tagId} onChange={(e) => setTagId(e.target.value)}>
            <option value="">Any tag or none</option>
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Entity{' '}
          <select value={entity} onChange={(e) => setEntity(e.target.value)}>
            <option value="">Anyone, anywhere</option>
            {named.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={disputed}
            onChange={(e) => setDisputed(e.target.checked)}
          />{' '}
          Only events sources date differently
        </label>
        <span className="timeline__count">
          {shown.reduce((n, [, list]) => n + list.length, 0)} dated sentences
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="timeline__empty">
          {events?.length
            ? 'No dated sentence in the sources chosen.'
            : 'No source says when anything happened yet: dates appear as English sources are imported.'}
        </p>
      ) : (
        <ol className="timeline__list">
          {shown.map(([key, list]) => (
            <Bucket key={key} dateKey={key} events={list} articles={byId} />
          ))}
        </ol>
      )}
    </div>
  );
}

function Bucket({
  dateKey,
  events,
  articles,
}: {
  dateKey: string;
  events: TimelineEvent[];
  articles: Map<string, ArticleSummary>;
}) {
  // One column per source, so two sources dating the same time stand side by side.
  const bySource = new Map<string, TimelineEvent[]>();
  for (const e of events) bySource.set(e.articleId, [...(bySource.get(e.articleId) ?? []), e]);
  return (
    <li className="timeline__bucket" data-testid="timeline-bucket">
      <h3 className="timeline__date">
        {formatPartialDate(dateKey)}
        {bySource.size > 1 && <span className="timeline__sources"> · {bySource.size} sources</span>}
      </h3>
      <div className="timeline__columns">
        {[...bySource].map(([articleId, list]) => (
          <section
            key={articleId}
            className="timeline__source"
            aria-label={articles.get(articleId)?.title ?? 'A source'}
          >
            <h4 className="timeline__title">
              {articles.get(articleId)?.title ?? 'A source'}
              <GradeBadge reliability={articles.get(articleId)?.reliability} />
            </h4>
            {list.map((e) => (
              <Event key={`${e.start}:${e.date}`} event={e} articles={articles} />
            ))}
          </section>
        ))}
      </div>
    </li>
  );
}

const eventId = (e: { articleId: string; start: number; date: string }) =>
  `event-${e.articleId}-${e.start}-${e.date}`;

function Event({
  event,
  articles,
}: {
  event: TimelineEvent;
  articles: Map<string, ArticleSummary>;
}) {
  const open = useOpenFromAnalysis();
  const queryClient = useQueryClient();
  const { reportError } = useNotices();
  const [busy, setBusy] = useState(false);
  const at = event.phrase ? event.text.indexOf(event.phrase) : -1;

  const jump = () =>
    open(event.articleId, {
      find: {
        query: `"${(event.phrase ?? event.text).replace(/"/g, ' ')}"`,
        start: event.start + Math.max(0, at),
        nonce: Date.now(),
      },
    });

  // The event's highlight, made once: "Highlight it" and "Quote in note" share it.
  const made = useRef<string | null>(null);
  const makeHighlight = async (): Promise<string> => {
    if (made.current) return made.current;
    const highlight = await call('highlights.create', {
      articleId: event.articleId,
      start: event.start,
      end: event.end,
    });
    made.current = highlight.id;
    await invalidateNotebook(queryClient, event.articleId);
    return highlight.id;
  };

  const highlight = async () => {
    setBusy(true);
    try {
      open(event.articleId, { highlightId: await makeHighlight() });
    } catch (error) {
      reportError('The sentence could not be highlighted', error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className={`timeline__event${event.disagrees?.length ? ' timeline__event--disputed' : ''}`}
      data-testid="timeline-event"
      id={eventId(event)}
      tabIndex={-1}
    >
      <p className="timeline__when">
        {formatPartialDate(event.date)}{' '}
        <span className="timeline__precision">({event.precision})</span>
      </p>
      <p className="timeline__text" dir="auto">
        {at >= 0 ? (
          <>
            {event.text.slice(0, at)}
            <mark>{event.phrase}</mark>
            {event.text.slice(at + event.phrase!.length)}
          </>
        ) : (
          event.text
        )}
      </p>
      {event.disagrees?.length ? (
        <div className="timeline__disagrees" role="note">
          <strong>Dated otherwise:</strong>
          <ul>
            {event.disagrees.map((d) => (
              <li key={`${d.articleId}:${d.start}`}>
                {articles.get(d.articleId)?.title ?? 'Another source'} says{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const other = document.getElementById(eventId(d));
                    other?.scrollIntoView({ block: 'center', behavior: 'smooth' });
                    other?.focus();
                  }}
                >
                  {formatPartialDate(d.date)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="timeline__actions">
        <button type="button" className="link-button" onClick={jump}>
          Open at the sentence
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => void highlight()}
          disabled={busy}
        >
          Highlight it
        </button>
        <QuoteInNoteMenu ids={async () => [await makeHighlight()]} disabled={busy} />
      </div>
    </article>
  );
}
