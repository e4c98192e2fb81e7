import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/search';
import { hitKey, layoutResults } from './result-layout';

const hit = (kind: SearchHit['kind'], id: string, score: number): SearchHit => ({
  kind,
  articleId: kind === 'notebookNote' ? undefined : `a-${id}`,
  highlightId: kind === 'highlight' ? `h-${id}` : undefined,
  noteId: kind === 'notebookNote' ? `n-${id}` : undefined,
  title: `title ${id}`,
  snippet: `«${id}»`,
  score,
});

describe('layoutResults', () => {
  it('puts sections in their fixed order with counts, keeping rank inside each', () => {
    const hits = [
      hit('notebookNote', '1', 9),
      hit('highlight', '2', 8),
      hit('article', '3', 7),
      hit('highlight', '4', 6),
      hit('article', '5', 5),
    ];
    const { rows, options, rowOfOption } = layoutResults(hits);
    expect(rows.map((r) => (r.type === 'section' ? `${r.label} ${r.count}` : r.hit.title))).toEqual(
      [
        'Sources 2',
        'title 3',
        'title 5',
        'Quotes 2',
        'title 2',
        'title 4',
        'Notebook notes 1',
        'title 1',
      ],
    );
    expect(options.map((h) => h.title)).toEqual([
      'title 3',
      'title 5',
      'title 2',
      'title 4',
      'title 1',
    ]);
    expect(rowOfOption).toEqual([1, 2, 4, 5, 7]);
    for (const [option, row] of rowOfOption.entries()) {
      const r = rows[row]!;
      expect(r.type === 'hit' && r.option).toBe(option);
    }
  });

  it('answers nothing for no hits', () => {
    expect(layoutResults([])).toEqual({ rows: [], options: [], rowOfOption: [] });
  });

  it('keys a hit by what it points at', () => {
    expect(hitKey(hit('highlight', '2', 1))).toBe('highlight:a-2:h-2:');
    expect(hitKey(hit('article', '2', 1))).not.toBe(hitKey(hit('articleNote', '2', 1)));
  });
});
