// Runs a bulk change on the selected quotations: reads each highlight as it is now (for undo),
// changes them article by article in the notebook, records one undo step, refreshes every view.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { MAX_HIGHLIGHT_LOOKUP } from '../../../shared/limits';
import type { Highlight } from '../../../shared/model';
import { messageOf } from '../api/api-error';
import { call } from '../api/client';
import { invalidateNotebook } from '../api/queries';
import { useArticleEditing } from '../layout/article-editing';
import { bulkCommand, chunks, type BulkCall, type BulkChange } from './bulk-command';
import { countLabel } from './quotation-format';

const bulkCall: BulkCall = (input) => call('highlights.bulkUpdate', input);

/** How a change is named: in the undo history ("tag “Places”") and once it is done. */
export interface BulkWords {
  step: string;
  done: (count: string) => string;
}

export interface BulkActions {
  busy: boolean;
  /**
   * What the last change did, or why it failed, for the bulk bar to say; `step`: the label it
   * has in the undo history, while it is the last step there.
   */
  status: { text: string; failed: boolean; step?: string } | null;
  clearStatus: () => void;
  apply: (ids: readonly string[], change: BulkChange, words: BulkWords) => Promise<void>;
}

export function useBulkActions(): BulkActions {
  const queryClient = useQueryClient();
  const { undo } = useArticleEditing();
  const { record } = undo;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<BulkActions['status']>(null);

  const apply = useCallback(
    async (ids: readonly string[], change: BulkChange, words: BulkWords) => {
      setBusy(true);
      setStatus(null);
      let before: Highlight[] = [];
      const label = () => `${words.step} on ${countLabel(before.length)}`;
      const step = () => bulkCommand(bulkCall, label(), before, change);
      try {
        before = await currentHighlights(ids);
        if (before.length === 0) {
          throw new Error('the selected quotations are no longer in the notebook.');
        }
        let updated = 0;
        for (const part of chunks(before.map((h) => h.id))) {
          updated += (await call('highlights.bulkUpdate', { ids: part, ...change })).updated;
        }
        if (updated > 0) record(step());
        setStatus({
          text:
            updated === 0
              ? `Nothing to change: ${words.done(`all ${countLabel(before.length)}`)} already.`
              : `${words.done(countLabel(updated))}.`,
          failed: false,
          ...(updated > 0 ? { step: label() } : {}),
        });
      } catch (error) {
        // Articles changed before a failure stay changed: then the step is recorded to undo them.
        if (before.length && (await changedSince(before))) record(step());
        setStatus({
          text: `The ${words.step} could not be made: ${messageOf(error)}`,
          failed: true,
        });
      } finally {
        await invalidateNotebook(queryClient);
        setBusy(false);
      }
    },
    [queryClient, record],
  );

  const clearStatus = useCallback(() => setStatus(null), []);
  return { busy, status, clearStatus, apply };
}

/** Whether any of these highlights now differs in colour, grade or tags from how it was. */
async function changedSince(before: readonly Highlight[]): Promise<boolean> {
  const now = new Map(
    (await currentHighlights(before.map((h) => h.id)).catch(() => [])).map((h) => [h.id, h]),
  );
  return before.some((h) => {
    const after = now.get(h.id);
    if (!after) return false;
    const same =
      after.tagIds.length === h.tagIds.length && after.tagIds.every((t) => h.tagIds.includes(t));
    return after.color !== h.color || after.credibility !== h.credibility || !same;
  });
}

/** The highlights as the notebook holds them now; ids no longer there are left out. */
async function currentHighlights(ids: readonly string[]): Promise<Highlight[]> {
  const out: Highlight[] = [];
  for (const part of chunks(ids, MAX_HIGHLIGHT_LOOKUP)) {
    for (const { highlight } of await call('highlights.get', { ids: part })) out.push(highlight);
  }
  return out;
}
