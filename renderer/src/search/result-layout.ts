// Orders search hits into the panel's sections (sources, quotes, article notes, notebook
// notes) and flattens them into one list of headers and rows for the virtual list.
import type { SearchHit, SearchHitKind } from '../../../shared/search';

export const SECTIONS: ReadonlyArray<{ kind: SearchHitKind; label: string }> = [
  { kind: 'article', label: 'Sources' },
  { kind: 'highlight', label: 'Quotes' },
  { kind: 'articleNote', label: 'Article notes' },
  { kind: 'notebookNote', label: 'Notebook notes' },
];

export type PanelRow =
  | { type: 'section'; kind: SearchHitKind; label: string; count: number }
  | { type: 'hit'; hit: SearchHit; option: number };

export interface ResultLayout {
  rows: PanelRow[];
  /** The hits in the order the keyboard moves through them (section by section). */
  options: SearchHit[];
  /** For each option, the index of its row in `rows`. */
  rowOfOption: number[];
}

/** Groups hits by kind, keeping the host's ranking inside each section; empty sections vanish. */
export function layoutResults(hits: readonly SearchHit[]): ResultLayout {
  const rows: PanelRow[] = [];
  const options: SearchHit[] = [];
  const rowOfOption: number[] = [];
  for (const { kind, label } of SECTIONS) {
    const inSection = hits.filter((h) => h.kind === kind);
    if (inSection.length === 0) continue;
    rows.push({ type: 'section', kind, label, count: inSection.length });
    for (const hit of inSection) {
      rowOfOption.push(rows.length);
      rows.push({ type: 'hit', hit, option: options.length });
      options.push(hit);
    }
  }
  return { rows, options, rowOfOption };
}

/** A stable key for a hit: the same hit keeps its row (and its measured height) across pages. */
export function hitKey(hit: SearchHit): string {
  return [hit.kind, hit.articleId ?? '', hit.highlightId ?? '', hit.noteId ?? ''].join(':');
}
