// Which quotations are selected, as a desktop table selects: a click picks one row, Ctrl/Cmd
// toggles one, Shift takes the run from the anchor row; the header box takes every row shown.

export interface Selection {
  readonly ids: ReadonlySet<string>;
  /** The row a Shift+click or Shift+arrow extends from. */
  readonly anchor: number | null;
  /** The row the keyboard stands on. */
  readonly cursor: number | null;
  /** Set by "select all shown": every row the filter matches, loaded or not. */
  readonly all: boolean;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null, cursor: null, all: false };

export type Pick =
  | { kind: 'only'; index: number; id: string }
  | { kind: 'toggle'; index: number; id: string }
  /** `ids`: the rows from the anchor to `index`; `add` keeps what was selected (Ctrl+Shift). */
  | { kind: 'range'; index: number; ids: readonly string[]; add: boolean; anchor?: number }
  | { kind: 'all'; ids: readonly string[] }
  | { kind: 'cursor'; index: number }
  | { kind: 'clear' };

export function pick(selection: Selection, action: Pick): Selection {
  switch (action.kind) {
    case 'only':
      return { ids: new Set([action.id]), anchor: action.index, cursor: action.index, all: false };
    case 'toggle': {
      const ids = new Set(selection.ids);
      if (ids.has(action.id)) ids.delete(action.id);
      else ids.add(action.id);
      return { ids, anchor: action.index, cursor: action.index, all: false };
    }
    case 'range': {
      const ids = new Set(action.add ? selection.ids : []);
      for (const id of action.ids) ids.add(id);
      const anchor = action.anchor ?? selection.anchor ?? action.index;
      return { ids, anchor, cursor: action.index, all: false };
    }
    case 'all':
      return { ...selection, ids: new Set(action.ids), all: true };
    case 'cursor':
      return { ...selection, cursor: action.index };
    case 'clear':
      return { ...NO_SELECTION, cursor: selection.cursor };
  }
}

/** The first and last row of the run a Shift+click at `index` takes. */
export function runFrom(
  selection: Selection,
  index: number,
  anchor = selection.anchor ?? index,
): { from: number; to: number } {
  return { from: Math.min(anchor, index), to: Math.max(anchor, index) };
}
