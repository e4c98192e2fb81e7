// What the sources say happened: the dates in each English article's text, resolved against the
// article's own date (published, else captured), oldest first. Each article's dates are worked
// out once per text version and kept in memory. Each event carries the tags of the highlights
// on its sentence, the entities it names, and the sentences of other sources that seem to tell
// the same event with another date.
import type { Output, ParsedInput } from '../../shared/contract';
import type { ArticleSummary } from '../../shared/model';
import type { TimelineEvent } from '../../shared/timeline';
import { codePointToUtf16 } from '../../shared/anchoring';
import { dateDisagreements } from './analysis/date-disagreements';
import { datesIn } from './analysis/dates';
import type { Entities } from './entities';
import type { NotebookInternals } from './internals';

/** What an article's dates depend on: its text version and its own date. */
const keyOf = (summary: ArticleSummary) =>
  `${summary.version ?? 1}|${summary.publishedAt ?? summary.capturedAt.slice(0, 10)}`;

export class Timeline {
  private readonly cache = new Map<string, { key: string; events: TimelineEvent[] }>();

  constructor(
    private readonly nb: NotebookInternals,
    private readonly entities: Entities,
  ) {}

  async list({ articleIds }: ParsedInput<'timeline.list'>): Promise<Output<'timeline.list'>> {
    await this.entities.warm();
    await this.warm(articleIds);
    return this.nb.serial.run(async () => {
      const summaries = articleIds
        ? [...new Set(articleIds)].map((id) => this.nb.summary(id))
        : this.nb.library.articles;
      const events: TimelineEvent[] = [];
      const named = await this.entities.mentionsByArticle();
      for (const summary of summaries) {
        const own = await this.eventsOf(summary);
        const marks = summary.highlightCount ? await this.tagRanges(summary.id) : [];
        const names = named.get(summary.id) ?? [];
        for (const e of own) {
          const inside = (r: { start: number; end: number }) => r.start < e.end && r.end > e.start;
          const tagIds = [...new Set(marks.filter(inside).flatMap((m) => m.tagIds))];
          const entities = [...new Set(names.filter(inside).map((n) => n.name))];
          events.push({
            ...e,
            ...(tagIds.length ? { tagIds } : {}),
            ...(entities.length ? { entities } : {}),
          });
        }
      }
      events.sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          a.articleId.localeCompare(b.articleId) ||
          a.start - b.start,
      );
      dateDisagreements(events).forEach((others, i) => {
        if (others.length === 0) return;
        events[i] = {
          ...events[i]!,
          disagrees: others.map((j) => ({
            articleId: events[j]!.articleId,
            date: events[j]!.date,
            start: events[j]!.start,
          })),
        };
      });
      return events;
    });
  }

  /** Dates every text not dated yet, each in a turn of its own in the queue (as entities do). */
  private async warm(articleIds?: readonly string[]): Promise<void> {
    const wanted = articleIds ? new Set(articleIds) : null;
    const pending = await this.nb.serial.run(async () =>
      this.nb.library.articles
        .filter((a) => (!wanted || wanted.has(a.id)) && this.cache.get(a.id)?.key !== keyOf(a))
        .map((a) => a.id),
    );
    for (const id of pending) {
      await this.nb.serial.run(async () => {
        const summary = this.nb.library.summary(id);
        if (summary) await this.eventsOf(summary);
      });
    }
  }

  /** The article's highlights (not orphaned) as UTF-16 ranges with their tags. */
  private async tagRanges(id: string) {
    const { article, highlights } = (await this.nb.loadArticle(id)).data;
    return highlights
      .filter((h) => !h.orphan && h.tagIds.length)
      .map((h) => ({
        start: codePointToUtf16(article.text, h.position.start),
        end: codePointToUtf16(article.text, h.position.end),
        tagIds: h.tagIds,
      }));
  }

  private async eventsOf(summary: ArticleSummary): Promise<TimelineEvent[]> {
    // Other languages are left to the analyst's tags: the parser reads English only.
    if (summary.lang && !/^en\b/iu.test(summary.lang)) return [];
    const key = keyOf(summary);
    const reference = summary.publishedAt ?? summary.capturedAt.slice(0, 10);
    const kept = this.cache.get(summary.id);
    if (kept?.key === key) return kept.events;
    const { article } = (await this.nb.loadArticle(summary.id)).data;
    const events = datesIn(article.text, reference).map(
      ({ date, precision, phrase, start, end }): TimelineEvent => ({
        date,
        precision,
        text: article.text.slice(start, end),
        articleId: summary.id,
        start,
        end,
        phrase,
      }),
    );
    this.cache.set(summary.id, { key, events });
    return events;
  }
}
