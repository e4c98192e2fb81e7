// Each chart's ECharts option, built from its figures and the theme's colours: the same picture in
// the Charts view (light or dark, as the system is) and in a brief (light, drawn by the host).
import type { ChartData } from './charts';
import type { EntityKind } from './entities';

export interface ChartColors {
  text: string;
  muted: string;
  border: string;
  surface: string;
  accent: string;
  person: string;
  organization: string;
  place: string;
  /** A scale from low to high, for counts. */
  low: string;
  high: string;
}

/** The light theme's colours, for charts drawn outside the window (a brief). */
export const PRINT_COLORS: ChartColors = {
  text: '#1d2026',
  muted: '#5f646c',
  border: '#cdc9bf',
  surface: '#ffffff',
  accent: '#2d5b87',
  person: '#2f7de1',
  organization: '#e07b12',
  place: '#2f9e55',
  low: '#eef3f8',
  high: '#2d5b87',
};

/** Reliability A (completely reliable) to F (cannot be judged), then ungraded: green to red. */
const GRADE_COLORS = ['#1a9850', '#66bd63', '#c2b43a', '#f46d43', '#d73027', '#8c6bb1'];

const KINDS: EntityKind[] = ['person', 'organization', 'place'];
const KIND_NAMES: Record<EntityKind, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
};
const SYMBOL: Record<EntityKind, string> = {
  person: 'circle',
  organization: 'rect',
  place: 'diamond',
};

type Option = Record<string, unknown>;
const MONTH_MS = 31 * 24 * 3600 * 1000;

const base = (c: ChartColors): Option => ({
  backgroundColor: 'transparent',
  animation: false,
  textStyle: { color: c.text, fontFamily: 'Noto Sans, system-ui, sans-serif' },
  tooltip: { trigger: 'item', confine: true },
});

const axis = (c: ChartColors) => ({
  axisLine: { lineStyle: { color: c.border } },
  axisLabel: { color: c.text },
  splitLine: { lineStyle: { color: c.border, opacity: 0.5 } },
});

const legend = (c: ChartColors, data: string[]) => ({
  data,
  top: 0,
  textStyle: { color: c.text },
});

/** The option that draws `data`; `only` keeps one kind of entity in the network. */
export function chartOption(data: ChartData, c: ChartColors, only?: EntityKind | ''): Option {
  switch (data.kind) {
    case 'tags':
      return {
        ...base(c),
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1, ...axis(c) },
        yAxis: {
          type: 'category',
          inverse: true,
          data: data.tags.map((t) => t.name),
          ...axis(c),
        },
        series: [
          {
            type: 'bar',
            name: 'Highlights',
            barMaxWidth: 36,
            data: data.tags.map((t) => ({ value: t.count, itemStyle: { color: t.color } })),
            label: { show: true, position: 'right', color: c.text },
          },
        ],
      };
    case 'tag-matrix': {
      const cells: Array<[number, number, number]> = [];
      data.counts.forEach((row, i) => row.forEach((n, j) => cells.push([j, i, n])));
      const most = Math.max(1, ...cells.map((cell) => cell[2]));
      return {
        ...base(c),
        tooltip: { position: 'top' },
        grid: { left: 8, right: 8, top: 8, bottom: 70, containLabel: true },
        xAxis: {
          type: 'category',
          data: data.tags,
          ...axis(c),
          axisLabel: { color: c.text, rotate: 40, interval: 0 },
        },
        yAxis: { type: 'category', data: data.tags, inverse: true, ...axis(c) },
        visualMap: {
          min: 0,
          max: most,
          calculable: false,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemHeight: 120,
          text: [String(most), '0'],
          textStyle: { color: c.text },
          inRange: { color: [c.low, c.high] },
        },
        series: [
          {
            type: 'heatmap',
            name: 'Highlights with both tags',
            data: cells,
            label: {
              show: true,
              color: c.text,
              formatter: (p: { value: number[] }) => (p.value[2] ? String(p.value[2]) : ''),
            },
            itemStyle: { borderColor: c.surface, borderWidth: 1 },
          },
        ],
      };
    }
    case 'sources':
      return {
        ...base(c),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
        legend: legend(c, data.grades),
        grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1, ...axis(c) },
        yAxis: { type: 'category', inverse: true, data: data.outlets, ...axis(c) },
        series: data.grades.map((grade, g) => ({
          type: 'bar',
          name: grade,
          stack: 'sources',
          barMaxWidth: 36,
          data: data.counts[g],
          itemStyle: { color: GRADE_COLORS[g] ?? c.muted },
        })),
      };
    case 'highlights-time':
      return {
        ...base(c),
        tooltip: { trigger: 'axis', confine: true },
        legend: legend(c, ['Highlights', 'Sources']),
        grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: data.months, ...axis(c) },
        yAxis: { type: 'value', minInterval: 1, ...axis(c) },
        series: [
          {
            type: 'bar',
            name: 'Highlights',
            data: data.highlights,
            itemStyle: { color: c.accent },
          },
          {
            type: 'line',
            name: 'Sources',
            data: data.sources,
            itemStyle: { color: c.organization },
            lineStyle: { color: c.organization },
          },
        ],
      };
    case 'timeline': {
      const when = (date: string) =>
        date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
      const PRECISION_SYMBOL = { day: 'circle', month: 'rect', year: 'triangle' } as const;
      return {
        ...base(c),
        legend: legend(c, ['Day', 'Month', 'Year']),
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        // A month's margin either side, so the first and last marks are not cut at the edge.
        xAxis: {
          type: 'time',
          min: (v: { min: number }) => v.min - MONTH_MS,
          max: (v: { max: number }) => v.max + MONTH_MS,
          ...axis(c),
          // Every label carries its year: sources may date events years apart.
          axisLabel: { color: c.text, formatter: '{MMM} {yyyy}', hideOverlap: true },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: data.sources.map((s) => (s.length > 40 ? `${s.slice(0, 39)}…` : s)),
          ...axis(c),
        },
        series: (['day', 'month', 'year'] as const).map((precision, i) => ({
          type: 'scatter',
          name: precision[0]!.toUpperCase() + precision.slice(1),
          symbol: PRECISION_SYMBOL[precision],
          symbolSize: 12,
          itemStyle: { color: [c.accent, c.organization, c.place][i], opacity: 0.85 },
          data: data.events
            .filter((e) => e.precision === precision)
            .map((e) => ({ value: [when(e.date), e.source], date: e.date, text: e.text })),
          tooltip: {
            formatter: (p: { data: { date: string; text: string } }) =>
              `${p.data.date}: ${p.data.text.length > 160 ? `${p.data.text.slice(0, 159)}…` : p.data.text}`,
          },
        })),
      };
    }
    case 'entities': {
      const nodes = data.network.nodes.filter((n) => !only || n.kind === only);
      const names = new Set(nodes.map((n) => n.name));
      const most = Math.max(1, ...nodes.map((n) => n.mentions));
      const heaviest = Math.max(1, ...data.network.links.map((l) => l.weight));
      return {
        ...base(c),
        legend: legend(
          c,
          KINDS.map((k) => KIND_NAMES[k]),
        ),
        series: [
          {
            type: 'graph',
            layout: 'force',
            roam: true,
            draggable: true,
            force: { repulsion: 220, edgeLength: [60, 160], gravity: 0.08, layoutAnimation: false },
            // The same shapes as the entity list's marks: circle, square, diamond.
            categories: KINDS.map((k) => ({
              name: KIND_NAMES[k],
              symbol: SYMBOL[k],
              itemStyle: { color: c[k] },
            })),
            label: { show: true, position: 'right', color: c.text, fontSize: 12 },
            lineStyle: { color: c.border, opacity: 0.8, curveness: 0.1 },
            emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
            data: nodes.map((n) => ({
              name: n.name,
              value: n.mentions,
              category: KINDS.indexOf(n.kind),
              symbolSize: 10 + 30 * Math.sqrt(n.mentions / most),
            })),
            links: data.network.links
              .filter((l) => names.has(l.source) && names.has(l.target))
              .map((l) => ({
                source: l.source,
                target: l.target,
                value: l.weight,
                lineStyle: { width: 1 + 5 * (l.weight / heaviest) },
              })),
          },
        ],
      };
    }
  }
}

/** How tall a chart is drawn: enough rows for every bar, tag or source. */
export function chartHeight(data: ChartData): number {
  switch (data.kind) {
    case 'tags':
      return Math.max(200, 60 + 26 * data.tags.length);
    case 'sources':
      return Math.max(200, 90 + 30 * data.outlets.length);
    case 'tag-matrix':
      return Math.max(300, 160 + 36 * data.tags.length);
    case 'timeline':
      return Math.max(220, 90 + 34 * data.sources.length);
    case 'highlights-time':
      return 360;
    case 'entities':
      return 560;
  }
}
