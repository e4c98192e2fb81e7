// Every operation's input schema must refuse malformed input before it reaches the core.
import { describe, expect, it } from 'vitest';
import { contract, operations, type Operation } from './contract';

const malformed: Record<Operation, unknown[]> = {
  'articles.list': [null, 'x', { extra: 1 }],
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
  'export.render': [{}, { format: 'rtf' }, { format: 'markdown', articleIds: 'a' }],
  'notices.list': [[], 1],
  'notices.dismiss': [{}, { id: '' }],
};

const wellFormed: Record<Operation, unknown> = {
  'articles.list': {},
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
  'export.render': { format: 'markdown', articleIds: ['a'] },
  'notices.list': {},
  'notices.dismiss': { id: 'n' },
};

describe('contract input schemas', () => {
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
