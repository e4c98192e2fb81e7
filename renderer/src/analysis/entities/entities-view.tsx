// People, organisations and places across the sources: the list (by kind, filtered by name),
// an entity's page beside it, or the co-mention network in its place.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Entity, EntityKind } from '../../../../shared/entities';
import { call } from '../../api/client';
import { entitiesKey } from '../../api/queries';
import { EntityDetail } from './entity-detail';
import { EntityNetworkChart } from './entity-network';
import { KIND_LABEL, KindBadge } from './kind-badge';
import './entities.css';

const KINDS: Array<EntityKind | ''> = ['', 'person', 'organization', 'place'];

export function EntitiesView() {
  const {
    data: entities,
    isPending,
    error,
  } = useQuery({
    queryKey: entitiesKey,
    queryFn: () => call('entities.list', {}),
  });
  const [kind, setKind] = useState<EntityKind | ''>('');
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [mode, setMode] = useState<'list' | 'network'>('list');

  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    return (entities ?? []).filter(
      (e) =>
        (!kind || e.kind === kind) &&
        (!words || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(words))),
    );
  }, [entities, kind, filter]);

  if (error) return <p role="alert">The entities could not be read: {String(error)}</p>;
  if (isPending) return <p className="entities__empty">Reading the names in every source…</p>;

  return (
    <div className="entities" data-testid="entities">
      <div className="entities__controls" role="group" aria-label="Entities view">
        <span className="entities__modes" role="radiogroup" aria-label="Show">
          {(['list', 'network'] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={mode === m}
              className={`button button--small${mode === m ? ' is-on' : ''}`}
              onClick={() => setMode(m)}
            >
              {m === 'list' ? 'List' : 'Network'}
            </button>
          ))}
        </span>
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as EntityKind | '')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k ? KIND_LABEL[k].plural : 'Every kind'}
              </option>
            ))}
          </select>
        </label>
        <input
          type="search"
          aria-label="Filter entities by name"
          placeholder="Filter by name"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="entities__count">
          {shown.length} of {entities.length} entities
        </span>
      </div>
      {entities.length === 0 ? (
        <p className="entities__empty">
          No names yet: people, organisations and places appear as English sources are imported.
        </p>
      ) : (
        <div className="entities__body">
          <EntityList entities={shown} selected={selected} onSelect={setSelected} />
          <div className="entities__main">
            {mode === 'network' ? (
              <EntityNetworkChart
                kind={kind}
                onSelect={(name) => {
                  setSelected(name);
                  setMode('list');
                }}
              />
            ) : selected ? (
              <EntityDetail name={selected} onName={setSelected} onGone={() => setSelected(null)} />
            ) : (
              <p className="entities__empty">Choose an entity to see every mention of it.</p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

function EntityList({
  entities,
  selected,
  onSelect,
}: {
  entities: readonly Entity[];
  selected: string | null;
  onSelect: (name: string) => void;
}) {
  return (
    <ul className="entities__list" aria-label="Entities">
      {entities.map((e) => (
        <li key={e.name}>
          <button
            type="button"
            className="entities__item"
            aria-current={e.name === selected ? 'true' : undefined}
            onClick={() => onSelect(e.name)}
          >
            <KindBadge kind={e.kind} />
            <span className="entities__name">{e.name}</span>
            <span
              className="entities__mentions"
              title={`${e.mentions} mentions in ${e.articleIds.length} sources`}
            >
              {e.mentions}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
