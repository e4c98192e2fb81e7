// The selection of the Quotations view over the shown query's rows: runs and "all shown" fetch
// the ids of rows not loaded yet; a new query lets go of the selection, a new sort of its anchor.
import { useCallback, useState } from 'react';
import { useNotices } from '../notices/notice-context';
import { NO_SELECTION, pick, runFrom, type Pick, type Selection } from './selection';
import type { HeaderCheck } from './quotations-table';
import type { QuotationPages } from './use-quotation-pages';

export interface QuotationSelection {
  selection: Selection;
  ids: readonly string[];
  headerCheck: HeaderCheck;
  pickOne: (index: number, id: string) => void;
  toggle: (index: number, id: string) => void;
  moveCursor: (index: number) => void;
  /**
   * Selects the run from the anchor (or `anchor`, which becomes it) to `index`; `add` keeps the
   * rows already selected.
   */
  extendTo: (index: number, add: boolean, anchor?: number) => Promise<void>;
  selectAll: () => Promise<void>;
  /** True while "select all shown" fetches the ids of rows not loaded yet. */
  gathering: boolean;
  clear: () => void;
}

export function useQuotationSelection(pages: QuotationPages): QuotationSelection {
  const { reportError } = useNotices();
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const { params, rowsBetween, allRows, loadedRows } = pages;

  // Adjusted while rendering, so no frame shows the old selection over the new rows.
  const [shownFor, setShownFor] = useState(params);
  const sameRows =
    shownFor.query === params.query &&
    shownFor.sort === params.sort &&
    shownFor.descending === params.descending;
  if (!sameRows) {
    setShownFor(params);
    if (shownFor.query !== params.query) setSelection(NO_SELECTION);
    else setSelection((s) => ({ ...s, anchor: null, cursor: null }));
  }

  const update = useCallback((action: Pick) => setSelection((s) => pick(s, action)), []);
  const pickOne = useCallback(
    (index: number, id: string) => update({ kind: 'only', index, id }),
    [update],
  );
  const toggle = useCallback(
    (index: number, id: string) => update({ kind: 'toggle', index, id }),
    [update],
  );
  const moveCursor = useCallback((index: number) => update({ kind: 'cursor', index }), [update]);
  const clear = useCallback(() => update({ kind: 'clear' }), [update]);

  const extendTo = useCallback(
    async (index: number, add: boolean, anchor?: number) => {
      const { from, to } = runFrom(selection, index, anchor);
      try {
        const rows = await rowsBetween(from, to);
        update({ kind: 'range', index, ids: rows.map((r) => r.highlight.id), add, anchor });
      } catch (error) {
        reportError('Selecting the quotations', error);
      }
    },
    [selection, rowsBetween, update, reportError],
  );

  const [gathering, setGathering] = useState(false);
  const selectAll = useCallback(async () => {
    // The rows in hand at once, so the box ticks; the rest as they arrive.
    update({ kind: 'all', ids: loadedRows().map((r) => r.highlight.id) });
    setGathering(true);
    try {
      const rows = await allRows();
      update({ kind: 'all', ids: rows.map((r) => r.highlight.id) });
    } catch (error) {
      reportError('Selecting every quotation shown', error);
    } finally {
      setGathering(false);
    }
  }, [allRows, loadedRows, update, reportError]);

  const size = selection.ids.size;
  const headerCheck: HeaderCheck =
    size === 0 ? 'none' : selection.all || size === pages.total ? 'all' : 'some';
  const ids = [...selection.ids];
  return {
    selection,
    ids,
    headerCheck,
    pickOne,
    toggle,
    moveCursor,
    extendTo,
    selectAll,
    gathering,
    clear,
  };
}
