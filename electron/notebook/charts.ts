// The figures each chart is drawn from: from the library's entries (tags per highlight, outlets,
// grades, dates) without opening article files, or from the timeline and the entities.
import type { Output, ParsedInput } from '../../shared/contract';
import { CHART_TITLES, type ChartData, type ChartKind } from '../../shared/charts';
import { RELIABILITIES } from '../../shared/grading';
import type { Entities } from './entities';
import { renderChart } from './export/chart-render';
import type { NotebookInternals } from './internals';
import { articleDay } from './search/filters';
import type { TagBook } from './tag-book';
import type { Timeline } from './timeline';

const MOST_TAGS = 30;
const MATRIX_TAGS = 15;
const MOST_OUTLETS = 15;
const MOST_MONTHS = 240;
const MOST_EVENTS = 2000;

export class Charts {
  constructor(
    private readonly nb: NotebookInternals,
    private readonly tags: TagBook,
    private readonly timeline: Timeline,
    private readonly entities: Entities,
  ) {}

  async data({ chart }: ParsedInput<'charts.data'>): Promise<ChartData> {
    return this.figures(chart);
  }

  /** A chart drawn by the host as an SVG or PNG file (light, for print). */
  async render({ chart, format }: ParsedInput<'charts.render'>): Promise<Output<'charts.render'>> {
    const drawn = renderChart(await this.figures(chart));
    const fileName = `${CHART_TITLES[chart]}.${format}`;
    return format === 'svg'
      ? { fileName, mimeType: 'image/svg+xml', data: drawn.svg }
      : {
          fileName,
          mimeType: 'image/png',
          data: Buffer.from(drawn.png()).toString('base64'),
          encoding: 'base64',
        };
  }

  async figures(chart: ChartKind): Promise<ChartData> {
    switch (chart) {
      case 'tags': {
        const tags = (await this.tags.list())
          .filter((t) => t.count > 0)
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
          .slice(0, MOST_TAGS);
        return {
          kind: 'tags',
          tags: tags.map((t) => ({ name: t.name, color: t.color, count: t.count })),
        };
      }
      case 'tag-matrix':
        return this.nb.serial.run(async () => this.tagMatrix());
      case 'sources':
        return this.nb.serial.run(async () => this.sources());
      case 'highlights-time':
        return this.nb.serial.run(async () => this.overTime());
      case 'timeline': {
        const events = (await this.timeline.list({})).slice(0, MOST_EVENTS);
        const titles = await this.nb.serial.run(
          async () => new Map(this.nb.library.articles.map((a) => [a.id, a.title])),
        );
        const order: string[] = [];
        for (const e of events) if (!order.includes(e.articleId)) order.push(e.articleId);
        return {
          kind: 'timeline',
          sources: order.map((id) => titles.get(id) ?? id),
          events: events.map((e) => ({
            date: e.date,
            precision: e.precision,
            source: order.indexOf(e.articleId),
            text: e.text,
          })),
        };
      }
      case 'entities':
        return { kind: 'entities', network: await this.entities.network({}) };
    }
  }

  /** Tags coded on the same highlight, as MAXQDA's code relations browser counts them. */
  private tagMatrix(): ChartData {
    const direct = new Map<string, number>();
    for (const a of this.nb.library.articles)
      for (const set of a.tagSets ?? [])
        for (const id of set.tagIds) direct.set(id, (direct.get(id) ?? 0) + set.highlights);
    const names = new Map(this.nb.library.tags.map((t) => [t.id, t.name]));
    const top = [...direct]
      .filter(([id]) => names.has(id))
      .sort((a, b) => b[1] - a[1] || names.get(a[0])!.localeCompare(names.get(b[0])!))
      .slice(0, MATRIX_TAGS)
      .map(([id]) => id);
    const at = new Map(top.map((id, i) => [id, i]));
    const counts = top.map(() => top.map(() => 0));
    for (const a of this.nb.library.articles)
      for (const set of a.tagSets ?? []) {
        const here = set.tagIds.map((id) => at.get(id)).filter((i): i is number => i !== undefined);
        for (const i of here) for (const j of here) counts[i]![j]! += set.highlights;
      }
    return { kind: 'tag-matrix', tags: top.map((id) => names.get(id)!), counts };
  }

  private sources(): ChartData {
    const grades = [...RELIABILITIES, 'Ungraded'];
    const byOutlet = new Map<string, number[]>();
    for (const a of this.nb.library.articles) {
      const outlet = a.source?.trim() || 'Outlet unknown';
      const row = byOutlet.get(outlet) ?? grades.map(() => 0);
      row[a.reliability ? RELIABILITIES.indexOf(a.reliability) : grades.length - 1]! += 1;
      byOutlet.set(outlet, row);
    }
    const outlets = [...byOutlet]
      .sort((a, b) => sum(b[1]) - sum(a[1]) || a[0].localeCompare(b[0]))
      .slice(0, MOST_OUTLETS);
    return {
      kind: 'sources',
      outlets: outlets.map(([o]) => o),
      grades,
      counts: grades.map((_, g) => outlets.map(([, row]) => row[g]!)),
    };
  }

  private overTime(): ChartData {
    const highlights = new Map<string, number>();
    const sources = new Map<string, number>();
    for (const a of this.nb.library.articles) {
      const month = articleDay(a)!.slice(0, 7);
      highlights.set(month, (highlights.get(month) ?? 0) + a.highlightCount);
      sources.set(month, (sources.get(month) ?? 0) + 1);
    }
    const months = monthsBetween([...sources.keys()].sort()).slice(-MOST_MONTHS);
    return {
      kind: 'highlights-time',
      months,
      highlights: months.map((m) => highlights.get(m) ?? 0),
      sources: months.map((m) => sources.get(m) ?? 0),
    };
  }
}

const sum = (xs: readonly number[]) => xs.reduce((n, x) => n + x, 0);

/** Every month from the first to the last given, gaps filled. */
function monthsBetween(sorted: readonly string[]): string[] {
  if (sorted.length === 0) return [];
  const out: string[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last || out.length > 12 * 200) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}
