// The co-mention network: entities as circles sized by their mentions and coloured by kind,
// joined where they are named in the same paragraphs (thicker for more paragraphs). Clicking an
// entity opens its page.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { EntityKind, EntityNetwork } from '../../../../shared/entities';
import { call } from '../../api/client';
import { entitiesKey } from '../../api/queries';
import { useChart, useChartColors, type ChartColors, type ChartOption } from '../charts/use-chart';
import { KIND_LABEL } from './kind-badge';

const KINDS: EntityKind[] = ['person', 'organization', 'place'];
const SYMBOL: Record<EntityKind, string> = {
  person: 'circle',
  organization: 'rect',
  place: 'diamond',
};

export function networkOption(
  network: EntityNetwork,
  colors: ChartColors,
  kind: EntityKind | '',
): ChartOption {
  const nodes = network.nodes.filter((n) => !kind || n.kind === kind);
  const names = new Set(nodes.map((n) => n.name));
  const most = Math.max(1, ...nodes.map((n) => n.mentions));
  const heaviest = Math.max(1, ...network.links.map((l) => l.weight));
  return {
    backgroundColor: 'transparent',
    textStyle: { color: colors.text },
    tooltip: { trigger: 'item' },
    legend: {
      data: KINDS.map((k) => KIND_LABEL[k].plural),
      textStyle: { color: colors.text },
      top: 0,
    },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        animation: false,
        force: { repulsion: 220, edgeLength: [60, 160], gravity: 0.08 },
        // The same shapes as the list's marks: circle, square, diamond.
        categories: KINDS.map((k) => ({
          name: KIND_LABEL[k].plural,
          symbol: SYMBOL[k],
          itemStyle: { color: colors[k] },
        })),
        label: { show: true, position: 'right', color: colors.text, fontSize: 12 },
        lineStyle: { color: colors.border, opacity: 0.8, curveness: 0.1 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
        data: nodes.map((n) => ({
          name: n.name,
          value: n.mentions,
          category: KINDS.indexOf(n.kind),
          symbolSize: 10 + 30 * Math.sqrt(n.mentions / most),
        })),
        links: network.links
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

export function EntityNetworkChart({
  kind,
  onSelect,
}: {
  kind: EntityKind | '';
  onSelect: (name: string) => void;
}) {
  const { data: network, error } = useQuery({
    queryKey: [...entitiesKey, 'network'],
    queryFn: () => call('entities.network', {}),
  });
  const colors = useChartColors();
  const option = useMemo(
    () => (network ? networkOption(network, colors, kind) : null),
    [network, colors, kind],
  );
  const ref = useChart(option, (chart) => {
    chart.on('click', (params) => {
      if (params.dataType === 'node' && typeof params.name === 'string') onSelect(params.name);
    });
  });
  if (error) return <p role="alert">The network could not be drawn: {String(error)}</p>;
  return (
    <figure className="entities__network">
      <div
        ref={ref}
        className="chart"
        role="img"
        aria-label={`Entities named in the same paragraphs: ${network?.nodes.length ?? 0} entities, ${network?.links.length ?? 0} links`}
        data-testid="entity-network"
      />
      <figcaption>
        Entities named in the same paragraphs; a thicker line, more paragraphs. Click one to open
        it.
      </figcaption>
    </figure>
  );
}
