// Every operation's input schema must refuse malformed input before it reaches the core.
import { describe, expect, it } from 'vitest';
import { contract, operations, type Operation } from './contract';
import {
  MAX_ARTICLE_NOTE_CHARS,
  MAX_BYLINE_CHARS,
  MAX_COLOR_MEANING_CHARS,
  MAX_FILE_NAME_CHARS,
  MAX_HIGHLIGHT_NOTE_CHARS,
  MAX_LANGUAGE_TAG_CHARS,
  MAX_NOTE_BODY_CHARS,
  MAX_NOTE_TITLE_CHARS,
  MAX_SOURCE_CHARS,
  MAX_TAG_NAME_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits';

const malformed: Record<Operation, unknown[]> = {
  'articles.list': [null, 'x', { extra: 1 }, { tagId: '' }],
  'articles.revise': [{ id: 'a' }, { id: 'a', text: '   ' }, { id: 'a', text: 5 }],
  'articles.versions': [{}, { id: '' }],
  'articles.version': [{ id: 'a' }, { id: 'a', number: 0 }, { id: 'a', number: 1.5 }],
  'highlights.restore': [{}, { highlight: { id: 'h' } }],
  'highlights.reattach': [
    { id: 'h', start: 3, end: 3 },
    { id: 'h', start: -1, end: 2 },
  ],
  'highlights.get': [{}, { ids: 'h' }, { ids: [''] }],
  'highlights.corroborate': [
    { id: 'h' },
    { id: 'h', otherId: '' },
    { id: 'h', otherId: 'g', x: 1 },
  ],
  'highlights.uncorroborate': [{ otherId: 'g' }, { id: '', otherId: 'g' }],
  'highlights.corroborations': [{}, { id: '' }],
  'settings.get': [{ x: 1 }],
  'settings.update': [{}, { colorMeanings: { red: 'x' } }, { colorMeanings: { yellow: '' } }],
  'tags.list': [{ x: 1 }],
  'tags.create': [
    {},
    { name: '' },
    { name: 'Actors//TTP' },
    { name: '/Actors' },
    { name: 'A', color: 'red' },
  ],
  'tags.update': [{}, { id: 't', name: 'Actors/' }, { id: 't', color: '#12345' }],
  'tags.impact': [{}],
  'tags.merge': [{ sourceId: 't' }, { sourceId: 't', targetId: 't' }],
  'tags.delete': [{}, { id: 3 }],
  'notes.list': [{ x: 1 }],
  'notes.create': [{ title: 5 }, { body: null }],
  'notes.update': [{}, { id: 'n', title: 1 }],
  'notes.delete': [{}],
  'articles.get': [{}, { id: '' }, { id: 3 }, { id: 'a'.repeat(65) }, { id: 'a', more: true }],
  'articles.importText': [{}, { text: '' }, { text: 5 }, { text: 'x', fileName: '' }],
  'articles.import': [
    {},
    { fileName: 'a.txt', data: '' },
    { fileName: '', data: 'aGVsbG8=' },
    { fileName: 'a.txt', data: 'not base64!' },
    { fileName: 'a.txt', data: 'aGVsbG8=', extra: 1 },
  ],
  'articles.importUrl': [
    {},
    { url: 'file:///etc/passwd' },
    { url: 'javascript:alert(1)' },
    { url: 'nope' },
  ],
  'articles.setBlockRemoved': [
    { id: 'a', index: -1, removed: true },
    { id: 'a', index: 0 },
    { id: 'a', index: 0.5, removed: false },
  ],
  'articles.delete': [{}, { id: null }],
  'articles.update': [
    {},
    { id: 'a', title: '  ' },
    { id: 'a', publishedAt: '25 June 2024' },
    { id: 'a', publishedAt: '2024-02-30' },
    { id: 'a', url: 'javascript:alert(1)' },
    { id: 'a', url: 'not a url' },
    { id: 'a', lang: 'english please' },
    { id: 'a', dir: 'up' },
  ],
  'articles.setNote': [{ id: 'a' }, { id: 'a', body: 7 }],
  'highlights.create': [
    { articleId: 'a', start: 5, end: 5 },
    { articleId: 'a', start: 6, end: 5 },
    { articleId: 'a', start: -1, end: 5 },
    { articleId: 'a', start: 1.5, end: 5 },
    { articleId: 'a', start: 0, end: 5, color: 'red' },
    { start: 0, end: 5 },
  ],
  'highlights.update': [{}, { id: 'h', color: 'chartreuse' }, { id: 'h', note: null }],
  'highlights.delete': [{}, { id: 7 }],
  'export.render': [
    {},
    { format: 'rtf' },
    { format: 'markdown', articleIds: 'a' },
    { format: 'csv', colors: ['red'] },
    { format: 'pdf', from: '25/06/2024' },
    { format: 'html', order: 'random' },
  ],
  'bundle.import': [{}, { fileName: 'a.dossier', data: '' }, { fileName: '', data: 'UEs=' }],
  'notices.list': [[], 1],
  'notices.dismiss': [{}, { id: '' }],
  'search.query': [{}, { query: '   ' }, { query: 'x', limit: 0 }, { query: 'x', offset: -1 }],
  'search.matches': [{ query: 'x' }, { articleId: 'a', query: '' }],
  'quotations.list': [{ sort: 'colourful' }, { limit: 0 }, { query: 5 }],
  'highlights.bulkUpdate': [
    { ids: [] },
    { ids: ['h'], color: 'red' },
    { ids: [''] },
    { ids: ['h'], credibility: 7 },
  ],
  'ach.list': [null, { extra: 1 }],
  'ach.get': [{}, { id: '' }],
  'ach.create': [{}, { question: '   ' }, { question: 'x', hypotheses: [''] }],
  'ach.update': [
    { id: 'm', addHypothesis: '  ' },
    { id: 'm', addEvidence: {} },
    { id: 'm', addEvidence: { highlightId: 'h', text: 'both' } },
    { id: 'm', addEvidence: { text: 'x', relevance: 'huge' } },
  ],
  'ach.rate': [
    { id: 'm', evidenceId: 'e', hypothesisId: 'h', rating: 'X' },
    { id: 'm', evidenceId: 'e', hypothesisId: 'h' },
  ],
  'ach.delete': [{}, { id: 5 }],
  'timeline.list': [{ articleIds: 'a' }, { articleIds: [''] }],
  'entities.list': [{ x: 1 }],
  'entities.get': [{}, { name: '  ' }],
  'entities.setAliases': [
    { name: 'TTP' },
    { name: 'TTP', aliases: [''] },
    { name: 'TTP', aliases: [], kind: 'thing' },
  ],
  'entities.network': [{ limit: 1 }, { limit: 'x' }],
  'charts.data': [{}, { chart: 'pie' }],
  'charts.render': [{ chart: 'tags' }, { chart: 'tags', format: 'gif' }],
};

const wellFormed: Record<Operation, unknown> = {
  'articles.list': { tagId: 't' },
  'search.query': { query: 'ceasefire "resume talks" -army', limit: 20, offset: 0 },
  'search.matches': { articleId: 'a', query: 'Haqqani' },
  'quotations.list': { query: 'tag:Actors colour:yellow', sort: 'date', descending: true },
  'highlights.bulkUpdate': { ids: ['h1', 'h2'], color: 'green', addTagIds: ['t'], credibility: 2 },
  'ach.list': {},
  'ach.get': { id: 'm' },
  'ach.create': { question: 'Will the TTP resume talks?' },
  'ach.update': { id: 'm', addHypothesis: 'Talks resume', addEvidence: { highlightId: 'h' } },
  'ach.rate': { id: 'm', evidenceId: 'e', hypothesisId: 'h', rating: 'II' },
  'ach.delete': { id: 'm' },
  'timeline.list': { articleIds: ['a'] },
  'entities.list': {},
  'entities.get': { name: 'TTP' },
  'entities.setAliases': {
    name: 'TTP',
    aliases: ['Tehreek-e-Taliban Pakistan'],
    kind: 'organization',
  },
  'entities.network': { limit: 20 },
  'charts.data': { chart: 'tag-matrix' },
  'charts.render': { chart: 'entities', format: 'png' },
  'articles.revise': { id: 'a', text: 'New text.' },
  'articles.versions': { id: 'a' },
  'articles.version': { id: 'a', number: 2 },
  'highlights.restore': {
    highlight: {
      id: 'h',
      articleId: 'a',
      quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
      color: 'yellow',
      note: '',
      tagIds: [],
      createdAt: '2024-06-25T10:00:00.000Z',
      updatedAt: '2024-06-25T10:00:00.000Z',
    },
  },
  'highlights.reattach': { id: 'h', start: 2, end: 9 },
  'highlights.get': { ids: ['h'] },
  'highlights.corroborate': { id: 'h', otherId: 'g' },
  'highlights.uncorroborate': { id: 'h', otherId: 'g' },
  'highlights.corroborations': { id: 'h' },
  'settings.get': {},
  'settings.update': { colorMeanings: { yellow: 'Claim' } },
  'tags.list': {},
  'tags.create': { name: ' Actors / TTP ', color: '#2f6f9f' },
  'tags.update': { id: 't', name: 'Groups/TTP' },
  'tags.impact': { id: 't' },
  'tags.merge': { sourceId: 's', targetId: 't' },
  'tags.delete': { id: 't' },
  'notes.list': {},
  'notes.create': { title: 'Assessment' },
  'notes.update': { id: 'n', body: 'See [[highlight:h]]' },
  'notes.delete': { id: 'n' },
  'articles.get': { id: 'a' },
  'articles.importText': { text: 'hello', fileName: 'a.txt' },
  'articles.import': { fileName: 'a.pdf', data: 'aGVsbG8=', contentType: 'application/pdf' },
  'articles.importUrl': { url: 'https://example.org/news/1' },
  'articles.setBlockRemoved': { id: 'a', index: 3, removed: true },
  'articles.delete': { id: 'a' },
  'articles.update': {
    id: 'a',
    title: 'T',
    source: '',
    publishedAt: '2024-06-25',
    url: 'https://x.org/a',
  },
  'articles.setNote': { id: 'a', body: '' },
  'highlights.create': { articleId: 'a', start: 0, end: 5, color: 'green' },
  'highlights.update': { id: 'h', note: '**bold**' },
  'highlights.delete': { id: 'h' },
  'export.render': {
    format: 'docx',
    articleIds: ['a'],
    tagIds: ['t'],
    colors: ['yellow'],
    from: '2024-01-01',
    to: '2024-12-31',
    order: 'date',
  },
  'bundle.import': { fileName: 'backup.dossier', data: 'UEsDBA==' },
  'notices.list': {},
  'notices.dismiss': { id: 'n' },
};

describe('contract input schemas', () => {
  it('normalises a tag path', () => {
    expect(contract['tags.create'].input.parse({ name: ' Actors / TTP ' }).name).toBe('Actors/TTP');
  });

  it('covers every operation in these tests', () => {
    expect(Object.keys(malformed).sort()).toEqual([...operations].sort());
  });

  for (const op of operations) {
    it(`${op} accepts well-formed input`, () => {
      expect(contract[op].input.safeParse(wellFormed[op]).success).toBe(true);
    });
    for (const input of malformed[op]) {
      it(`${op} rejects ${JSON.stringify(input)}`, () => {
        expect(contract[op].input.safeParse(input).success).toBe(false);
      });
    }
  }
});

describe('length caps on free text', () => {
  const issuesOf = (op: Operation, input: unknown) => {
    const parsed = contract[op].input.safeParse(input);
    if (parsed.success) throw new Error(`${op} took ${JSON.stringify(input).slice(0, 80)}…`);
    return parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  };

  it('refuses a 2 MB title, naming the field and the cap', () => {
    const title = 'T'.repeat(2 * 1024 * 1024);
    expect(issuesOf('articles.update', { id: 'a', title })).toEqual([
      { path: 'title', message: 'the title is longer than the 1,000 characters it may be' },
    ]);
  });

  const over = (max: number, unit = 'x') => unit.repeat(max + 1);
  const cases: [Operation, Record<string, unknown>, string, RegExp][] = [
    ['articles.update', { id: 'a', source: over(MAX_SOURCE_CHARS) }, 'source', /the source/],
    ['articles.update', { id: 'a', byline: over(MAX_BYLINE_CHARS) }, 'byline', /the author/],
    [
      'articles.update',
      { id: 'a', url: `https://example.org/${over(MAX_URL_CHARS)}` },
      'url',
      /the address/,
    ],
    ['articles.update', { id: 'a', lang: over(MAX_LANGUAGE_TAG_CHARS, 'en-') }, 'lang', /language/],
    ['articles.importUrl', { url: `https://x.org/${over(MAX_URL_CHARS)}` }, 'url', /address/],
    [
      'articles.importText',
      { text: 'x', fileName: over(MAX_FILE_NAME_CHARS) },
      'fileName',
      /file name/,
    ],
    ['articles.setNote', { id: 'a', body: over(MAX_ARTICLE_NOTE_CHARS) }, 'body', /article note/],
    ['highlights.update', { id: 'h', note: over(MAX_HIGHLIGHT_NOTE_CHARS) }, 'note', /the note/],
    ['notes.create', { title: over(MAX_NOTE_TITLE_CHARS) }, 'title', /note title/],
    ['notes.update', { id: 'n', body: over(MAX_NOTE_BODY_CHARS) }, 'body', /the note/],
    ['tags.create', { name: over(MAX_TAG_NAME_CHARS) }, 'name', /tag path/],
    [
      'settings.update',
      { colorMeanings: { yellow: over(MAX_COLOR_MEANING_CHARS) } },
      'colorMeanings.yellow',
      /meaning/,
    ],
    [
      'bundle.import',
      { fileName: over(MAX_FILE_NAME_CHARS), data: 'UEs=' },
      'fileName',
      /file name/,
    ],
  ];
  for (const [op, input, field, message] of cases) {
    it(`${op} refuses a ${field} past its cap`, () => {
      const issues = issuesOf(op, input);
      expect(issues.map((i) => i.path)).toContain(field);
      expect(issues.find((i) => i.path === field)!.message).toMatch(message);
    });
  }

  it('takes text right at its cap', () => {
    const at = (max: number) => 'x'.repeat(max);
    expect(
      contract['articles.update'].input.safeParse({
        id: 'a',
        title: at(MAX_TITLE_CHARS),
        source: at(MAX_SOURCE_CHARS),
        byline: at(MAX_BYLINE_CHARS),
      }).success,
    ).toBe(true);
    expect(contract['tags.create'].input.safeParse({ name: at(MAX_TAG_NAME_CHARS) }).success).toBe(
      true,
    );
  });

  it('refuses a bundle that is not base64, and names the cap on a bundle in the file', () => {
    expect(issuesOf('bundle.import', { fileName: 'b.dossier', data: 'not base64!' })).toEqual([
      { path: 'data', message: 'data must be base64' },
    ]);
  });
});
