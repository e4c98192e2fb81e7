// The charts of the notebook: pick one, read it in the window's theme, save it as SVG or PNG
// (drawn by the host, light for print), or put it in a brief: `[[chart:<kind>]]` alone in a
// paragraph of a notebook note draws it there in every export.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { chartHeight, chartOption } from '../../../../shared/chart-option';
import { CHART_TITLES, ChartKind, type ChartData } from '../../../../shared/charts';
import { chartRef } from '../../../../shared/note-refs';
import { call, saveFile } from '../../api/client';
import { chartsKey } from '../../api/queries';
import { useNotices } from '../../notices/notice-context';
import { useChart, useChartColors } from './use-chart';
import './charts.css';

const ABOUT: Record<ChartKind, string> = {
  tags: 'Highlights carrying each tag (or a tag below it), the most used tags first.',
  'tag-matrix':
    'How many highlights carry both tags, as a code relations browser counts them; on the diagonal, the highlights carrying the tag.',
  sources: 'Sources per outlet, coloured by the reliability they were graded (A to F).',
  'highlights-time': 'Highlights and sources by the month the source is dated.',
  timeline:
    'Every dated sentence, by source: where two sources date the same event differently, their marks stand apart on one line of time.',
  entities: 'People, organisations and places named in the same paragraphs.',
};

export function ChartsView() {
  const [kind, setKind] = useState<ChartKind>('tags');
  const { data, error, isPending } = useQuery({
    queryKey: [...chartsKey, kind],
    queryFn: () => call('charts.data', { chart: kind }),
  });
  const { inform, reportError } = useNotices();
  const [busy, setBusy] = useState(false);

  const save = async (format: 'svg' | 'png') => {
    setBusy(true);
    try {
      const file = await call('charts.render', { chart: kind, format });
      const result = await saveFile(file);
      if (result.saved)
        inform(
          result.path
            ? `The chart was saved to ${result.path}`
            : `${file.fileName} was saved to your downloads.`,
        );
    } catch (err) {
      reportError(`Saving the chart as ${format.toUpperCase()}`, err);
    } finally {
      setBusy(false);
    }
  };

  const copyRef = async () => {
    try {
      await navigator.clipboard.writeText(chartRef(kind));
      inform(
        `Copied ${chartRef(kind)}: paste it alone in a paragraph of a notebook note, and the brief draws the chart there.`,
      );
    } catch (err) {
      reportError('Copying the chart for a note', err);
    }
  };

  return (
    <div className="charts" data-testid="charts">
      <div className="charts__controls" role="radiogroup" aria-label="Chart">
        {ChartKind.options.map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={kind === k}
            className={`button button--small${kind === k ? ' is-on' : ''}`}
            onClick={() => setKind(k)}
          >
            {CHART_TITLES[k]}
          </button>
        ))}
      </div>
      <p className="charts__about">{ABOUT[kind]}</p>
      <div className="charts__actions" role="group" aria-label="Use the chart">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void save('svg')}
        >
          Save SVG
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void save('png')}
        >
          Save PNG
        </button>
        <button type="button" className="button button--small" onClick={() => void copyRef()}>
          Copy for a note
        </button>
      </div>
      {error ? (
        <p role="alert">The chart could not be drawn: {String(error)}</p>
      ) : isPending ? (
        <p className="charts__empty">Counting…</p>
      ) : isEmpty(data) ? (
        <p className="charts__empty">Nothing to draw yet: {emptyReason(kind)}</p>
      ) : (
        <ChartFigure data={data} />
      )}
    </div>
  );
}

function ChartFigure({ data }: { data: ChartData }) {
  const colors = useChartColors();
  const option = useMemo(() => chartOption(data, colors), [data, colors]);
  const ref = useChart(option);
  return (
    <figure className="charts__figure">
      <div
        ref={ref}
        className="chart"
        role="img"
        aria-label={CHART_TITLES[data.kind]}
        data-testid="chart"
        data-chart={data.kind}
        style={{ minHeight: `${chartHeight(data)}px` }}
      />
    </figure>
  );
}

function isEmpty(data: ChartData): boolean {
  switch (data.kind) {
    case 'tags':
      return data.tags.length === 0;
    case 'tag-matrix':
      return data.tags.length === 0;
    case 'sources':
      return data.outlets.length === 0;
    case 'highlights-time':
      return data.months.length === 0;
    case 'timeline':
      return data.events.length === 0;
    case 'entities':
      return data.network.nodes.length === 0;
  }
}

function emptyReason(kind: ChartKind): string {
  if (kind === 'tags' || kind === 'tag-matrix') return 'no highlight carries a tag.';
  if (kind === 'timeline') return 'no English source dates anything.';
  if (kind === 'entities') return 'no English source names anyone.';
  return 'the notebook has no sources.';
}
