// entities.* through dispatch: the seed article's people, organisations and places merged across
// spellings, an entity's page (mentions in context, highlights mentioning it), the analyst's
// aliases, kinds, names and "not an entity" kept across a restart, other languages found by the
// analyst's names and tags, and the co-mention network.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityNetwork } from '../../shared/entities';
import type { EntityPage } from '../../shared/entity-page';
import type { ArticleDetail, Highlight, Tag } from '../../shared/model';
import { useTempNotebook } from './temp-notebook.test-support';

const t = useTempNotebook('entities');
const SEED = join(__dirname, '../../seeds/000_dade10a0ca7a5765.txt');
const byName = (list: Entity[], name: string) =>
  list.find((e) => e.name === name || e.aliases.includes(name));

describe('entities', () => {
  it('lists the seed article’s entities, the TTP under its full name, with every mention', async () => {
    const seed = await t.run<ArticleDetail>('articles.importText', {
      text: await readFile(SEED, 'utf8'),
    });
    const list = await t.run<Entity[]>('entities.list', {});
    const ttp = byName(list, 'TTP')!;
    expect(ttp).toMatchObject({ name: 'Tehreek-e-Taliban Pakistan', kind: 'organization' });
    expect(ttp.aliases).toContain('TTP');
    expect(ttp.mentions).toBeGreaterThanOrEqual(10);
    expect(ttp.articleIds).toEqual([seed.id]);
    expect(byName(list, 'Asim Munir')).toMatchObject({ kind: 'person' });
    expect(byName(list, 'Kabul')).toMatchObject({ kind: 'place' });
    expect(byName(list, 'Khyber-Pakhtunkhwa')).toMatchObject({ kind: 'place' });
    // Most mentioned first.
    expect(list[0]!.name).toBe('Tehreek-e-Taliban Pakistan');

    const [h] = await Promise.all([
      t.run<Highlight>('highlights.create', {
        articleId: seed.id,
        ...range(
          seed.text,
          'a committee was formed on this matter, headed by Defence Minister Khawaja Asif',
        ),
        color: 'yellow',
      }),
    ]);
    const page = await t.run<EntityPage>('entities.get', { name: 'khawaja asif' });
    expect(page.entity.name).toBe('Khawaja Asif');
    expect(page.mentions).toHaveLength(1);
    const [mention] = page.mentions;
    expect(seed.text.slice(mention!.start, mention!.end)).toBe('Khawaja Asif');
    expect(mention!.context).toMatch(/^The current coalition government/);
    expect(page.highlights.map((x) => x.id)).toEqual([h!.id]);
    await expect(t.run('entities.get', { name: 'Nobody Here' })).rejects.toThrow(/Nobody Here/);
  });

  it('keeps the analyst’s aliases, kind, new name and "not an entity" across a restart', async () => {
    await t.run('articles.importText', {
      text: 'Floods in the north\n\nRain hit Swat and the KPK government asked for help. Officials in Peshawar said Google maps were wrong.',
    });
    let list = await t.run<Entity[]>('entities.list', {});
    expect(byName(list, 'KPK')).toBeDefined();
    expect(byName(list, 'Swat')).toBeDefined();
    list = await t.run<Entity[]>('entities.setAliases', {
      name: 'Peshawar',
      aliases: ['KPK'],
      kind: 'place',
      rename: 'Peshawar valley',
    });
    expect(byName(list, 'KPK')).toMatchObject({ name: 'Peshawar valley', kind: 'place' });
    expect(byName(list, 'KPK')!.aliases).toEqual(expect.arrayContaining(['KPK', 'Peshawar']));
    await t.run('entities.setAliases', { name: 'Google', aliases: [], ignored: true });
    await t.reopen();
    list = await t.run<Entity[]>('entities.list', {});
    expect(byName(list, 'Google')).toBeUndefined();
    expect(byName(list, 'Peshawar')).toMatchObject({ name: 'Peshawar valley', mentions: 2 });
    // Saying nothing more gives the entity back to the recogniser.
    list = await t.run<Entity[]>('entities.setAliases', { name: 'Google', aliases: [] });
    expect(byName(list, 'Google')).toBeDefined();
    await expect(
      t.run('entities.setAliases', { name: 'Atlantis', aliases: ['X'] }),
    ).rejects.toThrow(/Atlantis/);
  });

  it('finds entities in other languages by the analyst’s names and tags', async () => {
    const fr = await t.run<ArticleDetail>('articles.importText', {
      text: 'Un titre\n\nLe gouvernement de Kaboul a rencontré le TTP hier.\n\nLes talibans afghans ont nié toute rencontre avec le groupe, selon un porte-parole à Kaboul.',
    });
    await t.run('articles.update', { id: fr.id, lang: 'fr' });
    await t.run('articles.importText', {
      text: 'A title\n\nThe Afghan Taliban met the Tehreek-e-Taliban Pakistan (TTP) in Kabul.',
    });
    await t.run('entities.setAliases', { name: 'Kabul', aliases: ['Kaboul'] });
    const tag = await t.run<Tag>('tags.create', { name: 'Actors/Afghan Taliban' });
    const h = await t.run<Highlight>('highlights.create', {
      articleId: fr.id,
      ...range(fr.text, 'Les talibans afghans ont nié toute rencontre avec le groupe'),
      color: 'green',
    });
    await t.run('highlights.update', { id: h.id, tagIds: [tag.id] });
    const list = await t.run<Entity[]>('entities.list', {});
    expect(byName(list, 'Kabul')!.articleIds).toContain(fr.id);
    expect(byName(list, 'Afghan Taliban')!.articleIds).toContain(fr.id);
    // The TTP is not among the analyst's names: the French text is not read for it.
    expect(byName(list, 'TTP')!.articleIds).not.toContain(fr.id);

    const network = await t.run<EntityNetwork>('entities.network', {});
    const link = network.links.find(
      (l) => [l.source, l.target].sort().join('|') === ['Afghan Taliban', 'Kabul'].sort().join('|'),
    );
    // Together in the English paragraph and in the French one.
    expect(link?.weight).toBe(2);
    expect(network.nodes.map((n) => n.name)).toContain('Tehreek-e-Taliban Pakistan');
  });

  it('reads a notebook’s texts a turn at a time, so a change made meanwhile is not held back', async () => {
    for (let i = 0; i < 12; i += 1) {
      await t.run('articles.importText', {
        text: `Report ${i}\n\nOfficials in Quetta met envoys of the Baloch Liberation Front on day ${i} of the talks, and General Farrukh Qadeer attended.`,
      });
    }
    const order: string[] = [];
    const listed = t.run<Entity[]>('entities.list', {}).then((list) => {
      order.push('list');
      return list;
    });
    const created = t.run('tags.create', { name: 'Meanwhile' }).then(() => order.push('tag'));
    const [list] = await Promise.all([listed, created]);
    expect(order).toEqual(['tag', 'list']);
    expect(byName(list, 'Quetta')!.articleIds).toHaveLength(12);
  });

  it('keeps what it read from each text for the next session, and reads again a stale or damaged file', async () => {
    const a = await t.run<ArticleDetail>('articles.importText', {
      text: 'Talks in Quetta\n\nOfficials in Quetta met envoys of the Baloch Liberation Front, and General Farrukh Qadeer attended.',
    });
    expect(byName(await t.run<Entity[]>('entities.list', {}), 'Quetta')).toBeDefined();
    await t.reopen();
    const file = join(t.dataDir, 'analysis', 'entities', `${a.id}.json`);
    const kept = JSON.parse(await readFile(file, 'utf8')) as {
      value: Array<{ text: string }>;
    };
    // What the file says is what the next session lists: the text is not read again.
    for (const c of kept.value) if (c.text === 'Quetta') c.text = 'Kwatah';
    await writeFile(file, JSON.stringify(kept));
    await t.reopen();
    expect(byName(await t.run<Entity[]>('entities.list', {}), 'Kwatah')).toBeDefined();
    // A new version of the text is read afresh.
    await t.run('articles.revise', {
      id: a.id,
      text: 'Talks in Quetta\n\nOfficials in Quetta met envoys of the Baloch Liberation Front again, and General Farrukh Qadeer attended.',
    });
    let list = await t.run<Entity[]>('entities.list', {});
    expect(byName(list, 'Kwatah')).toBeUndefined();
    expect(byName(list, 'Quetta')).toBeDefined();
    // A damaged file is read again from the text, and written anew.
    await t.reopen();
    await writeFile(file, '{"readers": 1, "key": "2", "value": [');
    await t.reopen();
    list = await t.run<Entity[]>('entities.list', {});
    expect(byName(list, 'Quetta')!.mentions).toBe(2);
    await t.reopen();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ key: '2' });
    // Deleting the article deletes what was read from it.
    await t.run('articles.delete', { id: a.id });
    await expect(readFile(file, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});

function range(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return {
    start: [...text.slice(0, start)].length,
    end: [...text.slice(0, start + words.length)].length,
  };
}
