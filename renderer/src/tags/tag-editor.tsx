// The chosen tag's actions in the codebook: rename, move under another parent, recolour, and
// merge or delete, each of the last two only after saying what it would touch.
import { useState, type CSSProperties, type FormEvent } from 'react';
import type { Output } from '../../../shared/contract';
import type { TagSummary } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import { deleteImpactText, mergeImpactText } from './impact-text';
import { isWithinTag } from '../../../shared/tag-paths';
import { normalisePath, validPath } from './tag-tree';
import { useTags } from './tags-context';
import { useArticleEditing } from '../layout/article-editing';
import {
  irreversibleTagCommand,
  recolourTagCommand,
  renameTagCommand,
  type UpdateTag,
} from '../undo/tag-commands';

const PALETTE = [
  '#2f6f9f',
  '#7a5195',
  '#bc5090',
  '#d1495b',
  '#e8871e',
  '#3a9d5d',
  '#4f6d7a',
  '#8c6d31',
];

type Mode =
  | { kind: 'idle' }
  | { kind: 'rename' }
  | { kind: 'move' }
  | { kind: 'merge'; targetId: string; impact?: Output<'tags.impact'> }
  | { kind: 'delete'; impact: Output<'tags.impact'> };

interface Props {
  tag: TagSummary;
  onRenamed: (name: string) => void;
  onGone: () => void;
}

export function TagEditor({ tag, onRenamed, onGone }: Props) {
  const { tags, reload, retagged } = useTags();
  const { record } = useArticleEditing().undo;
  const updateTag: UpdateTag = async (id, change) => {
    await call('tags.update', { id, ...change });
    await reload();
  };
  const { reportError } = useNotices();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const slash = tag.name.lastIndexOf('/');
  const parent = slash === -1 ? '' : tag.name.slice(0, slash);
  const label = tag.name.slice(slash + 1);

  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      reportError(what, error);
    } finally {
      setBusy(false);
    }
  };

  const rename = (name: string) =>
    run(`Renaming ${tag.name}`, async () => {
      if (name !== tag.name) {
        const renamed = await call('tags.update', { id: tag.id, name });
        await reload();
        record(renameTagCommand(updateTag, tag.id, tag.name, renamed.name));
        onRenamed(renamed.name);
      }
      setMode({ kind: 'idle' });
    });

  const recolour = (color: string) =>
    run(`Changing the colour of ${tag.name}`, async () => {
      await call('tags.update', { id: tag.id, color });
      await reload();
      if (color !== tag.color)
        record(recolourTagCommand(updateTag, tag.id, tag.name, tag.color, color));
    });

  const askImpact = (then: (impact: Output<'tags.impact'>) => Mode) =>
    run(`Checking what ${tag.name} is used on`, async () => {
      setMode(then(await call('tags.impact', { id: tag.id })));
    });

  const merge = (targetId: string) =>
    run(`Merging ${tag.name}`, async () => {
      const { tag: target } = await call('tags.merge', { sourceId: tag.id, targetId });
      await reload();
      record(
        irreversibleTagCommand(
          `merge of ${tag.name} into ${target.name}`,
          'it retagged highlights across the notebook.',
        ),
      );
      retagged();
      onRenamed(target.name);
    });

  const remove = () =>
    run(`Deleting ${tag.name}`, async () => {
      await call('tags.delete', { id: tag.id });
      await reload();
      record(
        irreversibleTagCommand(
          `deletion of ${tag.name}`,
          'it took the tag off its highlights across the notebook.',
        ),
      );
      retagged();
      onGone();
    });

  // Every path it could move under: existing tags and their prefixes, never itself or below it.
  const parents = [...new Set(tags.flatMap((t) => prefixes(t.name)))]
    .filter((p) => !isWithinTag(p, tag.name) && p !== parent)
    .sort((a, b) => a.localeCompare(b));
  const others = tags.filter((t) => t.id !== tag.id);

  return (
    <div
      className="tag-editor"
      data-testid="tag-editor"
      aria-label={`Edit ${tag.name}`}
      role="group"
    >
      {mode.kind === 'idle' && (
        <>
          <div className="tag-editor__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => setMode({ kind: 'rename' })}
            >
              Rename
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setMode({ kind: 'move' })}
            >
              Move
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={others.length === 0}
              onClick={() => setMode({ kind: 'merge', targetId: '' })}
            >
              Merge
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={busy}
              onClick={() => void askImpact((impact) => ({ kind: 'delete', impact }))}
            >
              Delete
            </button>
          </div>
          <div className="tag-editor__colours" role="radiogroup" aria-label="Colour">
            {PALETTE.map((color) => (
              <button
                key={color}
                type="button"
                role="radio"
                aria-checked={tag.color.toLowerCase() === color}
                aria-label={`Colour ${color}`}
                className="tag-editor__colour"
                style={{ '--tag-color': color } as CSSProperties}
                disabled={busy}
                onClick={() => void recolour(color)}
              />
            ))}
          </div>
        </>
      )}
      {mode.kind === 'rename' && (
        <PathForm
          label="New name"
          initial={label}
          prefix={parent ? `${parent}/` : ''}
          submit="Rename"
          busy={busy}
          onSubmit={(value) => void rename(parent ? `${parent}/${value}` : value)}
          onCancel={() => setMode({ kind: 'idle' })}
        />
      )}
      {mode.kind === 'move' && (
        <form
          className="tag-editor__form"
          onSubmit={(e) => {
            e.preventDefault();
            const chosen = new FormData(e.currentTarget).get('parent');
            const typed = normalisePath(String(chosen ?? ''));
            void rename(typed ? `${typed}/${label}` : label);
          }}
        >
          <label className="tag-editor__field">
            <span>Move under</span>
            <select name="parent" defaultValue={parent} autoFocus>
              <option value="">(top level)</option>
              {parent && <option value={parent}>{parent} (where it is)</option>}
              {parents.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <FormButtons submit="Move" busy={busy} onCancel={() => setMode({ kind: 'idle' })} />
        </form>
      )}
      {mode.kind === 'merge' && (
        <form
          className="tag-editor__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!mode.targetId) return;
            if (!mode.impact) {
              const targetId = mode.targetId;
              void askImpact((impact) => ({ kind: 'merge', targetId, impact }));
            } else void merge(mode.targetId);
          }}
        >
          <label className="tag-editor__field">
            <span>Merge {tag.name} into</span>
            <select
              value={mode.targetId}
              autoFocus
              onChange={(e) => setMode({ kind: 'merge', targetId: e.target.value })}
            >
              <option value="">Choose a tag…</option>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          {mode.impact && (
            <p className="tag-editor__impact" role="alert">
              {mergeImpactText(
                mode.impact,
                tag.name,
                others.find((t) => t.id === mode.targetId)?.name ?? '',
              )}
            </p>
          )}
          <FormButtons
            submit={mode.impact ? 'Confirm merge' : 'Merge…'}
            busy={busy || !mode.targetId}
            onCancel={() => setMode({ kind: 'idle' })}
          />
        </form>
      )}
      {mode.kind === 'delete' && (
        <div className="tag-editor__form">
          <p className="tag-editor__impact" role="alert">
            Delete {tag.name}? {deleteImpactText(mode.impact)}
          </p>
          <div className="tag-editor__buttons">
            <button
              type="button"
              className="button button--small button--danger"
              disabled={busy}
              autoFocus
              onClick={() => void remove()}
            >
              Confirm delete
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setMode({ kind: 'idle' })}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function prefixes(name: string): string[] {
  const parts = name.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

function PathForm(props: {
  label: string;
  initial: string;
  prefix: string;
  submit: string;
  busy: boolean;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(props.initial);
  const normal = normalisePath(value);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (validPath(normal)) props.onSubmit(normal);
  };
  return (
    <form className="tag-editor__form" onSubmit={onSubmit}>
      <label className="tag-editor__field">
        <span>{props.label}</span>
        <span className="tag-editor__path">
          {props.prefix && <span className="tag-editor__prefix">{props.prefix}</span>}
          <input
            value={value}
            autoFocus
            dir="auto"
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
          />
        </span>
      </label>
      <FormButtons
        submit={props.submit}
        busy={props.busy || !validPath(normal)}
        onCancel={props.onCancel}
      />
    </form>
  );
}

function FormButtons({
  submit,
  busy,
  onCancel,
}: {
  submit: string;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="tag-editor__buttons">
      <button type="submit" className="button button--small button--primary" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
