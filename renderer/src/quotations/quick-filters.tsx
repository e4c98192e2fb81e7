// The quick filters: a menu of the six colours (by meaning) and the codebook's tags, each of which
// writes its filter into the query text, or takes it out again, so the box always says the filter.
import { COLORS, colorName, useColorMeanings } from '../settings/color-meanings';
import { TagChip } from '../tags/tag-chip';
import { useTags } from '../tags/tags-context';
import { PopoverButton } from './popover-button';
import { filterTerm, hasTerm, toggleTerm } from './quotation-query';

interface Props {
  query: string;
  onChange: (query: string) => void;
}

export function QuickFilters({ query, onChange }: Props) {
  const { tags } = useTags();
  const { meanings } = useColorMeanings();
  return (
    <PopoverButton label="Filters" title="Quick filters" kind="menu" width={270}>
      {() => (
        <>
          <p className="quotations-popover__heading" aria-hidden="true">
            Colour
          </p>
          {COLORS.map((color) => {
            const term = filterTerm('colour', color);
            return (
              <button
                key={color}
                type="button"
                role="menuitemcheckbox"
                aria-checked={hasTerm(query, term)}
                className="menu__item quotations-popover__colour"
                onClick={() => onChange(pickColour(query, term))}
              >
                <span className={`swatch swatch--static swatch--${color}`} aria-hidden="true" />
                <span className="menu__label">{meanings[color]}</span>
                <span className="menu__hint">{colorName(color)}</span>
              </button>
            );
          })}
          <p className="quotations-popover__heading" aria-hidden="true">
            Tags (all must match)
          </p>
          {tags.length === 0 ? (
            <p className="menu__note">No tags yet: tag highlights in the notes.</p>
          ) : (
            tags.map((tag) => {
              const term = filterTerm('tag', tag.name);
              return (
                <button
                  key={tag.id}
                  type="button"
                  role="menuitemcheckbox"
                  aria-checked={hasTerm(query, term)}
                  className="menu__item quotations-popover__item"
                  onClick={() => onChange(toggleTerm(query, term))}
                >
                  <TagChip name={tag.name} color={tag.color} />
                  <span className="menu__hint">{tag.count}</span>
                </button>
              );
            })
          )}
        </>
      )}
    </PopoverButton>
  );
}

/** A highlight has one colour: picking one takes the other colours' filters out of the query. */
function pickColour(query: string, term: string): string {
  if (hasTerm(query, term)) return toggleTerm(query, term);
  const others = COLORS.map((c) => filterTerm('colour', c)).filter((t) => hasTerm(query, t));
  return toggleTerm(
    others.reduce((q, t) => toggleTerm(q, t), query),
    term,
  );
}
