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
import { AnalysisCache, readInTurns } from './analysis-cache';
import type { NotebookInternals } from './internals';

interface TagRange {
  start: number;
  end: number;
  tagIds: string[];
}

/** What an article's dates depend on: its text version and its own date. */
const keyOf = (summary: ArticleSummary) =>
  `${summary.version ?? 1}|${summary.publishedAt ?? summary.capturedAt.slice(0, 10)}`;

export class Timeline {
  private readonly tagged = new Map<string, { key: string; ranges: TagRange[] }>();
  /** Texts dated since the notebook opened: a change to any says the disputes may have changed. */
  private datings = 0;
  private disputes?: { key: string; found: number[][] };

  /** Each text's dated sentences, by version and date: this session's, and kept between sessions. */
  readonly store: AnalysisCache<TimelineEvent[]>;

  constructor(
    private readonly nb: NotebookInternals,
    private readonly entities: Entities,
    /** Where each text's dated sentences are kept between sessions. */
    cacheDir: () => string,
  ) {
    this.store = new AnalysisCache(cacheDir);
  }

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
        const marks = await this.tagRanges(summary);
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
      // Dates and ids compare as plain strings (ISO dates sort so): no locale rules to consult.
      const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      events.sort(
        (a, b) => order(a.date, b.date) || order(a.articleId, b.articleId) || a.start - b.start,
      );
      // Worked out again only when some text, date or entity changed (tags do not count).
      const key = [
        this.datings,
        this.entities.signature(),
        summaries.length,
        articleIds?.join(',') ?? '',
      ].join('|');
      if (this.disputes?.key !== key) {
        this.disputes = { key, found: dateDisagreements(events) };
      }
      this.disputes.found.forEach((others, i) => {
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
    await readInTurns(
      this.nb,
      (a) => (!wanted || wanted.has(a.id)) && !this.store.holds(a.id, keyOf(a)),
      (summary) => this.eventsOf(summary),
    );
  }

  /**
   * The article's tagged highlights (not orphaned) as UTF-16 ranges with their tags, read again
   * only when its entry says its highlights or their tags changed.
   */
  private async tagRanges(summary: ArticleSummary): Promise<TagRange[]> {
    if (!summary.tagSets?.length) return [];
    const key = JSON.stringify([
      summary.version ?? 1,
      summary.highlightCount,
      summary.orphanCount ?? 0,
      summary.tagSets,
    ]);
    const kept = this.tagged.get(summary.id);
    if (kept?.key === key) return kept.ranges;
    const { article, highlights } = (await this.nb.loadArticle(summary.id)).data;
    const ranges = highlights
      .filter((h) => !h.orphan && h.tagIds.length)
      .map((h) => ({
        start: codePointToUtf16(article.text, h.position.start),
        end: codePointToUtf16(article.text, h.position.end),
        tagIds: h.tagIds,
      }));
    this.tagged.set(summary.id, { key, ranges });
    return ranges;
  }

  private async eventsOf(summary: ArticleSummary): Promise<TimelineEvent[]> {
    // Other languages are left to the analyst's tags: the parser reads English only.
    if (summary.lang && !/^en\b/iu.test(summary.lang)) return [];
    const key = keyOf(summary);
    const reference = summary.publishedAt ?? summary.capturedAt.slice(0, 10);
    if (!this.store.holds(summary.id, key)) this.datings += 1;
    return this.store.get(summary.id, key, async () => {
      const { article } = (await this.nb.loadArticle(summary.id)).data;
      return datesIn(article.text, reference).map(
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
    });
  }
}
