// What the sources say happened: the dates in each English article's text, resolved against the
// article's own date (published, else captured), oldest first. Each article's dates are worked
// out once per text version and kept in memory.
import type { Output, ParsedInput } from '../../shared/contract';
import type { ArticleSummary } from '../../shared/model';
import type { TimelineEvent } from '../../shared/timeline';
import { datesIn } from './analysis/dates';
import type { NotebookInternals } from './internals';

export class Timeline {
  private readonly cache = new Map<string, { key: string; events: TimelineEvent[] }>();

  constructor(private readonly nb: NotebookInternals) {}

  list({ articleIds }: ParsedInput<'timeline.list'>): Promise<Output<'timeline.list'>> {
    return this.nb.serial.run(async () => {
      const summaries = articleIds
        ? [...new Set(articleIds)].map((id) => this.nb.summary(id))
        : this.nb.library.articles;
      const events: TimelineEvent[] = [];
      for (const summary of summaries) events.push(...(await this.eventsOf(summary)));
      return events.sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          a.articleId.localeCompare(b.articleId) ||
          a.start - b.start,
      );
    });
  }

  private async eventsOf(summary: ArticleSummary): Promise<TimelineEvent[]> {
    // Other languages are left to the analyst's tags: the parser reads English only.
    if (summary.lang && !/^en\b/iu.test(summary.lang)) return [];
    const reference = summary.publishedAt ?? summary.capturedAt.slice(0, 10);
    const key = `${summary.version ?? 1}|${reference}`;
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
