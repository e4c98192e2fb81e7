// What kind of entity a name is: a small mark whose shape and colour both tell (a circle for a
// person, a square for an organisation, a diamond for a place), its word for screen readers.
import type { EntityKind } from '../../../../shared/entities';

export const KIND_LABEL: Record<EntityKind, { one: string; plural: string; folder: string }> = {
  person: { one: 'Person', plural: 'People', folder: 'People' },
  organization: { one: 'Organisation', plural: 'Organisations', folder: 'Organisations' },
  place: { one: 'Place', plural: 'Places', folder: 'Places' },
};

export function KindBadge({ kind }: { kind: EntityKind }) {
  return (
    <span className={`kind-badge kind-badge--${kind}`} title={KIND_LABEL[kind].one}>
      <span className="visually-hidden">{KIND_LABEL[kind].one}</span>
    </span>
  );
}
