import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  articleKey,
  articleListKey,
  invalidateAfterEdit,
  invalidateNotebook,
  notebookNotesKey,
  quotationsKey,
  searchKey,
  settingsKey,
  tagsKey,
} from './queries';

/** A cache holding one entry under each key, none of them being fetched. */
function seeded() {
  const client = new QueryClient();
  const keys = {
    list: articleListKey(),
    tagList: articleListKey('t1'),
    articleA: articleKey('a'),
    articleB: articleKey('b'),
    tags: tagsKey,
    notes: notebookNotesKey,
    settings: settingsKey,
    search: [...searchKey, 'kabul'],
    quotations: [...quotationsKey, { sort: 'date' }],
  };
  for (const key of Object.values(keys)) client.setQueryData(key, []);
  const stale = () =>
    Object.fromEntries(
      Object.entries(keys).map(([name, key]) => [
        name,
        client.getQueryState(key)?.isInvalidated ?? false,
      ]),
    );
  return { client, stale };
}

describe('invalidating the notebook', () => {
  it('after a change elsewhere, everything but the settings goes stale', async () => {
    const { client, stale } = seeded();
    await invalidateNotebook(client);
    expect(stale()).toEqual({
      list: true,
      tagList: true,
      articleA: true,
      articleB: true,
      tags: true,
      notes: true,
      settings: false,
      search: true,
      quotations: true,
    });
  });

  it('with an article named, only that article of all of them', async () => {
    const { client, stale } = seeded();
    await invalidateNotebook(client, 'a');
    expect(stale()).toMatchObject({ articleA: true, articleB: false, list: true, search: true });
  });

  it('after a note edit shown already, only search and quotations', async () => {
    const { client, stale } = seeded();
    await invalidateAfterEdit(client, { summaries: false });
    expect(stale()).toEqual({
      list: false,
      tagList: false,
      articleA: false,
      articleB: false,
      tags: false,
      notes: false,
      settings: false,
      search: true,
      quotations: true,
    });
  });

  it('after a change to counts, the lists and the codebook too, never the open article', async () => {
    const { client, stale } = seeded();
    await invalidateAfterEdit(client, { summaries: true });
    expect(stale()).toMatchObject({
      list: true,
      tagList: true,
      tags: true,
      articleA: false,
      search: true,
      quotations: true,
    });
  });
});
