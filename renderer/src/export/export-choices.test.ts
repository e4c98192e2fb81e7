// The export dialog's choices turned into `export.render` scopes, and its preview counts.
import { describe, expect, it } from 'vitest';
import {
  choicesFor,
  countsOf,
  describeCounts,
  scopeOf,
  scopeProblem,
  suggestedName,
  withoutFrontMatter,
  type ExportChoices,
} from './export-choices';

const base: ExportChoices = {
  scope: 'article',
  articleId: 'a1',
  chosenIds: [],
  tagIds: ['t1'],
  colors: ['yellow'],
  from: '2024-01-01',
  to: '',
  order: 'library',
};

describe('export choices', () => {
  it('sends only what the chosen scope means', () => {
    expect(scopeOf(base)).toEqual({ articleIds: ['a1'] });
    expect(scopeOf({ ...base, scope: 'notebook', order: 'title' })).toEqual({ order: 'title' });
    expect(scopeOf({ ...base, scope: 'chosen', chosenIds: ['b', 'c'] })).toEqual({
      articleIds: ['b', 'c'],
    });
    expect(scopeOf({ ...base, scope: 'filtered', order: 'date' })).toEqual({
      tagIds: ['t1'],
      colors: ['yellow'],
      from: '2024-01-01',
      order: 'date',
    });
  });

  it('makes a bundle of the whole notebook, leaving the chosen scope for other formats', () => {
    const filtered: ExportChoices = { ...base, scope: 'filtered', order: 'date' };
    const bundle = choicesFor(filtered, 'bundle');
    expect(bundle.scope).toBe('notebook');
    expect(scopeOf(bundle)).toEqual({});
    expect(scopeProblem(choicesFor({ ...filtered, to: '2023-01-01' }, 'bundle'))).toBeNull();
    expect(scopeOf(choicesFor({ ...base, scope: 'chosen', chosenIds: ['b'] }, 'bundle'))).toEqual(
      {},
    );
    expect(choicesFor(filtered, 'markdown')).toBe(filtered);
    expect(scopeOf(choicesFor(filtered, 'csv'))).toEqual({
      tagIds: ['t1'],
      colors: ['yellow'],
      from: '2024-01-01',
      order: 'date',
    });
  });

  it('says why a scope cannot be exported', () => {
    expect(scopeProblem({ ...base, articleId: null })).toMatch(/Open an article/);
    expect(scopeProblem({ ...base, scope: 'chosen' })).toMatch(/at least one/);
    expect(scopeProblem({ ...base, scope: 'filtered', to: '2023-01-01' })).toMatch(/ends before/);
    expect(scopeProblem(base)).toBeNull();
  });

  it('counts articles and highlights from the Markdown headings', () => {
    const md = [
      '# A',
      '## Highlights (2)',
      '> q',
      '## No longer in the current text (1)',
      '---',
      '# B',
      '## Highlights (0)',
    ].join('\n');
    expect(countsOf(md)).toEqual({ articles: 2, highlights: 3 });
    expect(countsOf('')).toEqual({ articles: 0, highlights: 0 });
    expect(countsOf('# something else')).toBeNull();
    expect(describeCounts({ articles: 1, highlights: 1 })).toBe('1 article, 1 highlight');
  });

  it('drops YAML front matter from the preview', () => {
    expect(withoutFrontMatter('---\ntitle: x\n---\n# A\n')).toBe('# A\n');
    expect(withoutFrontMatter('# A\n---\n')).toBe('# A\n---\n');
  });
});

describe('the suggested file name', () => {
  it('is the preview’s name with the chosen format’s extension', () => {
    expect(suggestedName('kabul-talks-2024-06-25.md', 'docx')).toBe('kabul-talks-2024-06-25.docx');
    expect(suggestedName('kabul-talks-2024-06-25.md', 'markdown')).toBe(
      'kabul-talks-2024-06-25.md',
    );
    expect(suggestedName('dossier-notebook-2024-06-25.md', 'bundle')).toBe(
      'dossier-notebook-2024-06-25.dossier',
    );
    expect(suggestedName('مذاکرات-2024-06-25.md', 'jsonld')).toBe('مذاکرات-2024-06-25.jsonld');
  });
});
