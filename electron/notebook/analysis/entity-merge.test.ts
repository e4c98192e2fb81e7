// Entity merging on texts of our own: spellings folded, acronyms joined to the name they were
// defined by or whose initials they are, surnames to their person, the analyst's aliases and
// kinds over the recogniser's, and no join where a short form could stand for two names.
import { describe, expect, it } from 'vitest';
import { foldName, initialsOf, mergeEntities } from './entity-merge';
import { lexiconNameHint, winkLexiconWords } from './entity-readers';
import { candidatesIn } from './entity-spans';

const read = (articleId: string, text: string) => ({
  articleId,
  candidates: candidatesIn(text, winkLexiconWords(text), [0], lexiconNameHint),
});
const entities = (texts: Record<string, string>, records = []) =>
  mergeEntities(
    Object.entries(texts).map(([id, text]) => read(id, text)),
    records,
  );
const named = (list: ReturnType<typeof mergeEntities>, spelling: string) =>
  list.filter((e) => [e.name, ...e.aliases].some((s) => foldName(s) === foldName(spelling)));

describe('folding and initials', () => {
  it('folds case, accents, hyphens, possessives and a leading "the"', () => {
    expect(foldName('Khyber-Pakhtunkhwa')).toBe(foldName('khyber pakhtunkhwa'));
    expect(foldName('Afghanistan’s')).toBe('afghanistan');
    expect(foldName('The Express Tribune')).toBe('express tribune');
    expect(foldName('Zürich')).toBe('zurich');
  });
  it('takes the initials of the words that carry a name, not of small joining words', () => {
    expect(initialsOf('Tehreek-e-Taliban Pakistan')).toBe('ttp');
    expect(initialsOf('Khyber-Pakhtunkhwa')).toBe('kp');
    expect(initialsOf('Bank of England')).toBe('be');
  });
});

describe('mergeEntities', () => {
  it('joins an acronym to the name it was defined by, named by the full form', () => {
    const list = entities({
      a: 'Officials met the Jamaat Ul Ahrar Front (JUAF) in Peshawar. Later JUAF denied it.',
    });
    const [juaf, ...others] = named(list, 'JUAF');
    expect(others).toEqual([]);
    expect(juaf).toMatchObject({ name: 'Jamaat Ul Ahrar Front', kind: 'organization' });
    expect(juaf!.aliases).toContain('JUAF');
    expect(juaf!.mentions).toHaveLength(3);
  });

  it('joins an undefined acronym to the one name whose initials it is, also across sources', () => {
    const list = entities({
      a: 'Floods hit Gilgit-Baltistan on Monday, officials in Gilgit-Baltistan said.',
      b: 'Relief reached GB by Thursday, and GB officials asked for more.',
    });
    const gb = named(list, 'GB');
    expect(gb).toHaveLength(1);
    expect(gb[0]!.name).toBe('Gilgit-Baltistan');
    expect(gb[0]!.articleIds).toEqual(['a', 'b']);
  });

  it('leaves an acronym alone when it could stand for two names', () => {
    const list = entities({
      a: 'The Northern Alliance and the National Assembly met in Kabul.',
      b: 'The NA said nothing.',
    });
    expect(named(list, 'NA')).toHaveLength(1);
    expect(named(list, 'NA')[0]!.name).toBe('NA');
  });

  it('takes titles and possessives off and joins a surname to its person', () => {
    const list = entities({
      a: 'General Farrukh Qadeer visited Quetta. Qadeer said the army would stay. Quetta’s mayor agreed.',
    });
    const qadeer = named(list, 'Qadeer');
    expect(qadeer).toHaveLength(1);
    expect(qadeer[0]).toMatchObject({ name: 'Farrukh Qadeer', kind: 'person' });
    const quetta = named(list, 'Quetta');
    expect(quetta).toHaveLength(1);
    expect(quetta[0]!.mentions).toHaveLength(2);
  });

  it('puts the analyst’s aliases, kind and "not an entity" over the recogniser', () => {
    const texts = {
      a: 'The Pakistani Taliban attacked a post. Officials blamed Hakimullah Group.',
      b: 'Pressure grew on Sunday, Reuters said.',
    };
    const list = entities(texts, [
      { name: 'Pakistani Taliban', aliases: ['Hakimullah Group'], kind: 'organization' },
      { name: 'Sunday', aliases: [], ignored: true },
      { name: 'Reuters', aliases: [], kind: 'organization' },
    ] as never);
    const group = named(list, 'Hakimullah Group');
    expect(group).toHaveLength(1);
    expect(group[0]).toMatchObject({ name: 'Pakistani Taliban', kind: 'organization' });
    expect(named(list, 'Reuters')[0]!.kind).toBe('organization');
    expect(named(list, 'Sunday')).toEqual([]);
  });
});
