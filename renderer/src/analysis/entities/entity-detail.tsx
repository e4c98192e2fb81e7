// An entity's page: its kind, its other names (adding one merges what it names), a new name,
// "not an entity", and "Make a tag" (a codebook tag named after it, put on every highlight
// mentioning it); then every mention in its paragraph, and the highlights mentioning it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { EntityKind, EntityMention } from '../../../../shared/entities';
import { call } from '../../api/client';
import { entitiesKey, invalidateNotebook } from '../../api/queries';
import { useNotices } from '../../notices/notice-context';
import { useTags } from '../../tags/tags-context';
import { useOpenFromAnalysis } from '../analysis-state';
import { KIND_LABEL, KindBadge } from './kind-badge';

export function EntityDetail({
  name,
  onName,
  onGone,
}: {
  name: string;
  onName: (name: string) => void;
  onGone: () => void;
}) {
  const queryClient = useQueryClient();
  const { reportError, inform } = useNotices();
  const tags = useTags();
  const open = useOpenFromAnalysis();
  const { data: page, error } = useQuery({
    queryKey: [...entitiesKey, 'page', name],
    queryFn: () => call('entities.get', { name }),
  });
  const [alias, setAlias] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (error) return <p role="alert">This entity could not be read: {String(error)}</p>;
  if (!page) return <p className="entities__empty">Reading every mention…</p>;
  const { entity } = page;
  const stated = page.stated?.aliases ?? [];

  const say = async (
    change: { aliases?: string[]; kind?: EntityKind; rename?: string; ignored?: boolean },
    what: string,
  ) => {
    setBusy(true);
    try {
      await call('entities.setAliases', {
        name: entity.name,
        aliases: change.aliases ?? stated,
        kind: change.kind ?? page.stated?.kind,
        ...(change.rename ? { rename: change.rename } : {}),
        ...(change.ignored ? { ignored: true } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: entitiesKey });
      return true;
    } catch (err) {
      reportError(what, err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const addAlias = async (event: FormEvent) => {
    event.preventDefault();
    const other = alias.trim();
    if (!other) return;
    if (await say({ aliases: [...stated, other] }, `Adding “${other}” as another name`))
      setAlias('');
  };

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const next = (renaming ?? '').trim();
    if (!next || next === entity.name) return setRenaming(null);
    if (await say({ rename: next }, `Renaming “${entity.name}”`)) {
      setRenaming(null);
      onName(next);
    }
  };

  const makeTag = async () => {
    const path = `${KIND_LABEL[entity.kind].folder}/${entity.name.replace(/\//g, '-')}`;
    setBusy(true);
    try {
      const tag = tags.tags.find((t) => t.name === path) ?? (await tags.create(path));
      if (!tag) return;
      const ids = page.highlights.filter((h) => !h.tagIds.includes(tag.id)).map((h) => h.id);
      if (ids.length) await call('highlights.bulkUpdate', { ids, addTagIds: [tag.id] });
      await Promise.all([tags.reload(), invalidateNotebook(queryClient)]);
      inform(
        ids.length
          ? `Tagged ${ids.length} highlight${ids.length === 1 ? '' : 's'} “${path}”.`
          : `The tag “${path}” is in the codebook; no highlight mentions ${entity.name} yet.`,
      );
    } catch (err) {
      reportError(`Making a tag of “${entity.name}”`, err);
    } finally {
      setBusy(false);
    }
  };

  const bySource = new Map<string, EntityMention[]>();
  for (const m of page.mentions)
    bySource.set(m.articleId, [...(bySource.get(m.articleId) ?? []), m]);

  return (
    <article className="entity" aria-labelledby="entity-name" data-testid="entity-page">
      <header className="entity__header">
        {renaming === null ? (
          <h3 id="entity-name" className="entity__name">
            <KindBadge kind={entity.kind} /> {entity.name}
          </h3>
        ) : (
          <form onSubmit={(e) => void rename(e)} className="entity__rename">
            <input
              aria-label="New name"
              value={renaming}
              autoFocus
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
            />
            <button type="submit" className="button button--small" disabled={busy}>
              Rename
            </button>
          </form>
        )}
        <p className="entity__counts">
          {entity.mentions} mention{entity.mentions === 1 ? '' : 's'} in {entity.articleIds.length}{' '}
          source{entity.articleIds.length === 1 ? '' : 's'} · {page.highlights.length} highlight
          {page.highlights.length === 1 ? '' : 's'}
        </p>
        <div className="entity__actions">
          <label>
            Kind{' '}
            <select
              value={entity.kind}
              disabled={busy}
              onChange={(e) =>
                void say({ kind: e.target.value as EntityKind }, 'Changing the kind')
              }
            >
              {(Object.keys(KIND_LABEL) as EntityKind[]).map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k].one}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => void makeTag()}
          >
            Make a tag
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => setRenaming(entity.name)}
          >
            Rename…
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() =>
              void say({ ignored: true }, 'Setting the name aside').then((ok) => ok && onGone())
            }
          >
            Not an entity
          </button>
        </div>
        <div className="entity__aliases">
          <span className="entity__label">Also written</span>
          {entity.aliases.length ? (
            <ul className="entity__alias-list" aria-label="Other names">
              {entity.aliases.map((a) => (
                <li key={a} className="entity__alias">
                  {a}
                  {stated.includes(a) && (
                    <button
                      type="button"
                      className="entity__alias-remove"
                      aria-label={`“${a}” is not ${entity.name}`}
                      title="Not this entity: undo the merge"
                      disabled={busy}
                      onClick={() =>
                        void say(
                          { aliases: stated.filter((s) => s !== a) },
                          `Taking “${a}” off ${entity.name}`,
                        )
                      }
                    >
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <span className="entity__none">no other name</span>
          )}
          <form onSubmit={(e) => void addAlias(e)} className="entity__add-alias">
            <input
              aria-label="Another name for this entity"
              placeholder="Another name (merges it)"
              value={alias}
              onChange={(e) => setAlias(e.target.value)}
            />
            <button type="submit" className="button button--small" disabled={busy || !alias.trim()}>
              Add
            </button>
          </form>
        </div>
      </header>

      <section aria-labelledby="entity-highlights" className="entity__section">
        <h4 id="entity-highlights">Highlights mentioning {entity.name}</h4>
        {page.highlights.length === 0 ? (
          <p className="entity__none">None yet.</p>
        ) : (
          <ul className="entity__highlights">
            {page.highlights.map((h) => (
              <li key={h.id} className="entity__quote">
                <blockquote dir="auto" style={{ borderColor: `var(--bar-${h.color})` }}>
                  {h.quote}
                </blockquote>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => open(h.articleId, { highlightId: h.id })}
                >
                  Open in {h.articleTitle}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="entity-mentions" className="entity__section">
        <h4 id="entity-mentions">Every mention</h4>
        {[...bySource].map(([articleId, mentions]) => (
          <section
            key={articleId}
            className="entity__source"
            aria-label={mentions[0]!.articleTitle}
          >
            <h5 className="entity__source-title">{mentions[0]!.articleTitle}</h5>
            <ol className="entity__mentions">
              {mentions.map((m) => (
                <li key={m.start} data-testid="entity-mention">
                  <Context mention={m} />
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      open(articleId, {
                        find: {
                          query: `"${m.text.replace(/"/g, ' ')}"`,
                          start: m.start,
                          nonce: Date.now(),
                        },
                      })
                    }
                  >
                    Open at the mention
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
    </article>
  );
}

/** The mention's paragraph, cut to some words either side, with the mention marked. */
function Context({ mention }: { mention: EntityMention }) {
  const { context, text } = mention;
  const at = mention.start - mention.contextStart;
  if (at < 0 || context.slice(at, at + text.length) !== text)
    return (
      <p className="entity__context" dir="auto">
        {text}
      </p>
    );
  const before = context.slice(Math.max(0, at - 160), at);
  const after = context.slice(at + text.length, at + text.length + 160);
  return (
    <p className="entity__context" dir="auto">
      {at > 160 && '…'}
      {before}
      <mark>{text}</mark>
      {after}
      {at + text.length + 160 < context.length && '…'}
    </p>
  );
}
