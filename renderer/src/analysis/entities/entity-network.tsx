// The co-mention network: entities as circles sized by their mentions and coloured by kind,
// joined where they are named in the same paragraphs (thicker for more paragraphs). Clicking an
// entity opens its page.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { chartOption } from '../../../../shared/chart-option';
import type { EntityKind } from '../../../../shared/entities';
import { call } from '../../api/client';
import { entitiesKey } from '../../api/queries';
import { useChart, useChartColors } from '../charts/use-chart';

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
    () => (network ? chartOption({ kind: 'entities', network }, colors, kind) : null),
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
