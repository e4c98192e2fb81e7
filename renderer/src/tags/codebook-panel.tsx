// The codebook: every tag as a tree with its colour and count. Choosing a tag filters the
// library and the notes pane; the chosen tag can be renamed, moved, recoloured, merged, deleted.
import { useQuery } from '@tanstack/react-query';
import { useMemo, type CSSProperties } from 'react';
import { articleListQuery } from '../api/queries';
import { TagEditor } from './tag-editor';
import type { TagFilter } from './tag-filter';
import { buildTagTree, type TagNode } from './tag-tree';
import { useTags } from './tags-context';
import { useTagFilter } from './use-tag-filter';
import './codebook.css';

interface Props {
  filter: TagFilter | null;
  onFilter: (filter: TagFilter | null) => void;
}

export function CodebookPanel({ filter: chosen, onFilter }: Props) {
  const { tags } = useTags();
  // The library's summaries give the groups their counts (the library reports a failure).
  const articles = useQuery(articleListQuery()).data ?? null;
  const filter = useTagFilter(chosen);
  const tree = useMemo(() => buildTagTree(tags, articles), [tags, articles]);

  const row = (node: TagNode, depth: number) => {
    const chosen = filter?.path === node.path;
    const { count } = node;
    return (
      <li key={node.path} role="none">
        <div
          className={`codebook__row${chosen ? ' is-chosen' : ''}${node.tag ? '' : ' codebook__row--group'}`}
          style={{ '--depth': depth } as CSSProperties}
        >
          <button
            type="button"
            className="codebook__tag"
            role="treeitem"
            aria-selected={chosen}
            aria-level={depth + 1}
            data-tag-path={node.path}
            title={chosen ? 'Clear the filter' : `Show only what is tagged ${node.path}`}
            onClick={() => onFilter(chosen ? null : { path: node.path, tagId: node.tag?.id })}
          >
            <span
              className="codebook__swatch"
              style={{ background: node.tag?.color ?? 'transparent' }}
              aria-hidden="true"
            />
            <span className="codebook__label" dir="auto">
              {node.label}
            </span>
            {count !== undefined && (
              <span
                className="codebook__count"
                title={`${count} highlight${count === 1 ? '' : 's'} tagged ${node.path} or a tag below it`}
              >
                {count}
              </span>
            )}
          </button>
        </div>
        {chosen && node.tag && (
          <TagEditor
            key={node.tag.id}
            tag={node.tag}
            onRenamed={(name) => onFilter({ path: name, tagId: node.tag?.id })}
            onGone={() => onFilter(null)}
          />
        )}
        {node.children.length > 0 && (
          <ul role="group" className="codebook__children">
            {node.children.map((child) => row(child, depth + 1))}
          </ul>
        )}
      </li>
    );
  };

  return (
    <div className="codebook" data-testid="codebook">
      {tags.length === 0 ? (
        <p className="pane__empty">
          No tags yet. Tag a highlight in the notes pane: type a path such as{' '}
          <code>Actors/TTP</code> and press Enter.
        </p>
      ) : (
        <>
          <p className="codebook__hint">Choose a tag to filter the library and the notes.</p>
          <ul className="codebook__tree" role="tree" aria-label="Codebook">
            {tree.map((node) => row(node, 0))}
          </ul>
        </>
      )}
    </div>
  );
}
