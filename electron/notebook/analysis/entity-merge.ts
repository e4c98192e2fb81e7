// One entity per thing named, across spellings and sources: names folded (case, accents,
// hyphens, a leading "the"), an acronym joined to the long name it was defined by ("… (TTP)") or
// whose initials it is ("KP" = "Khyber-Pakhtunkhwa"), a surname to the one person of that name,
// and the analyst's own aliases over all of it. The kind is the one most of the mentions vote for.
import type { EntityAliasRecord, EntityKind } from '../../../shared/entities';
import type { Candidate, KindVotes } from './entity-spans';

export interface SourceCandidates {
  articleId: string;
  candidates: readonly Candidate[];
}

export interface MergedMention {
  articleId: string;
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

export interface MergedEntity {
  name: string;
  kind: EntityKind;
  aliases: string[];
  mentions: MergedMention[];
  articleIds: string[];
}

const CONNECTOR = /^(?:of|de|del|della|da|du|van|von|bin|ibn|al|el|e|ul|y|la|le|di|and|for|the)$/u;

/** The form two spellings of one name share. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/[\s\-‐‑–.]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/** "Tehreek-e-Taliban Pakistan" → "ttp", "Khyber-Pakhtunkhwa" → "kp": the capitals of its words. */
export function initialsOf(name: string): string {
  return name
    .normalize('NFKD')
    .split(/[\s\-‐‑–]+/u)
    .filter((w) => w !== '' && !CONNECTOR.test(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

class Groups {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

interface KeyInfo {
  votes: KindVotes;
  acronym: boolean;
  words: number;
  /** Spellings as written, with how often each. */
  spellings: Map<string, number>;
}

const addVotes = (into: KindVotes, v: KindVotes) => {
  into.person += v.person;
  into.organization += v.organization;
  into.place += v.place;
};

function leading(votes: KindVotes): EntityKind | null {
  const best = Math.max(votes.person, votes.organization, votes.place);
  if (best === 0) return null;
  if (votes.organization === best) return 'organization';
  if (votes.place === best) return 'place';
  return 'person';
}

/** Merges every source's candidate names into entities, the analyst's aliases over all. */
export function mergeEntities(
  sources: readonly SourceCandidates[],
  records: readonly EntityAliasRecord[] = [],
): MergedEntity[] {
  const info = new Map<string, KeyInfo>();
  const keysByArticle = new Map<string, Set<string>>();
  const groups = new Groups();
  for (const { articleId, candidates } of sources) {
    const keys = new Set<string>();
    for (const c of candidates) {
      const key = foldName(c.text);
      if (key === '') continue;
      keys.add(key);
      let entry = info.get(key);
      if (!entry) {
        entry = {
          votes: { person: 0, organization: 0, place: 0 },
          acronym: c.acronym,
          words: key.split(' ').length,
          spellings: new Map(),
        };
        info.set(key, entry);
      }
      addVotes(entry.votes, c.votes);
      entry.spellings.set(c.text, (entry.spellings.get(c.text) ?? 0) + 1);
    }
    keysByArticle.set(articleId, keys);
  }

  // The analyst's word first: their aliases join, an ignored name stays out.
  const recordOf = new Map<string, EntityAliasRecord>();
  for (const record of records) {
    const key = foldName(record.name);
    for (const alias of record.aliases) {
      const other = foldName(alias);
      if (other !== '') groups.join(key, other);
    }
  }
  for (const record of records) recordOf.set(groups.find(foldName(record.name)), record);
  const pinned = (key: string) => recordOf.has(groups.find(key));

  // An acronym defined in the text by the name before it: "Tehreek-e-Taliban Pakistan (TTP)".
  for (const { candidates } of sources) {
    for (const c of candidates) {
      if (!c.definesAcronym) continue;
      const acronym = foldName(c.definesAcronym);
      if (!pinned(acronym)) groups.join(foldName(c.text), acronym);
    }
  }

  const votesOfGroup = () => {
    const sums = new Map<string, KindVotes>();
    for (const [key, entry] of info) {
      const root = groups.find(key);
      const sum = sums.get(root) ?? { person: 0, organization: 0, place: 0 };
      addVotes(sum, entry.votes);
      sums.set(root, sum);
    }
    return sums;
  };
  const uniqueRoot = (keys: Iterable<string>) => {
    const roots = new Set([...keys].map((k) => groups.find(k)));
    return roots.size === 1 ? [...roots][0]! : null;
  };
  const indexBy = (of: (key: string) => string | null) => {
    const index = new Map<string, string[]>();
    for (const key of info.keys()) {
      const at = of(key);
      if (at === null) continue;
      const list = index.get(at);
      if (list) list.push(key);
      else index.set(at, [key]);
    }
    return index;
  };

  // An acronym with no definition: the one longer name in its source (else in the library)
  // whose initials it is.
  const byInitials = indexBy((k) =>
    !info.get(k)!.acronym && k.includes(' ') ? initialsOf(k) : null,
  );
  const groupSizes = () => {
    const sizes = new Map<string, number>();
    for (const key of info.keys())
      sizes.set(groups.find(key), (sizes.get(groups.find(key)) ?? 0) + 1);
    return sizes;
  };
  let sizes = groupSizes();
  for (const keys of keysByArticle.values()) {
    for (const key of keys) {
      const entry = info.get(key)!;
      if (!entry.acronym || pinned(key) || (sizes.get(groups.find(key)) ?? 1) > 1) continue;
      const all = byInitials.get(key) ?? [];
      if (all.length === 0) continue;
      const here = all.filter((k) => keys.has(k));
      const root = uniqueRoot(here.length ? here : all);
      if (root) groups.join(root, key);
    }
  }

  // A surname alone: the one person in its source (else in the library) whose name ends with it.
  const sums = votesOfGroup();
  sizes = groupSizes();
  const isPerson = (key: string) => leading(sums.get(groups.find(key))!) === 'person';
  const byLastWord = indexBy((k) => {
    const words = k.split(' ');
    return words.length > 1 && isPerson(k) ? words[words.length - 1]! : null;
  });
  for (const keys of keysByArticle.values()) {
    for (const key of keys) {
      const entry = info.get(key)!;
      if (entry.words !== 1 || entry.acronym || pinned(key)) continue;
      if ((sizes.get(groups.find(key)) ?? 1) > 1) continue;
      const own = leading(sums.get(groups.find(key))!);
      if (own && own !== 'person') continue;
      const all = byLastWord.get(key) ?? [];
      if (all.length === 0) continue;
      const here = all.filter((k) => keys.has(k));
      const root = uniqueRoot(here.length ? here : all);
      if (root) groups.join(root, key);
    }
  }

  // The entities: one per group, named by the analyst or by its commonest full spelling.
  const finalVotes = votesOfGroup();
  const byRoot = new Map<string, MergedEntity>();
  const spellingCounts = new Map<string, Map<string, number>>();
  for (const [key, entry] of info) {
    const root = groups.find(key);
    const counts = spellingCounts.get(root) ?? new Map<string, number>();
    for (const [spelling, n] of entry.spellings)
      counts.set(spelling, (counts.get(spelling) ?? 0) + n);
    spellingCounts.set(root, counts);
  }
  for (const { articleId, candidates } of sources) {
    for (const c of candidates) {
      const key = foldName(c.text);
      if (key === '') continue;
      const root = groups.find(key);
      const record = recordOf.get(root);
      if (record?.ignored) continue;
      let entity = byRoot.get(root);
      if (!entity) {
        const counts = spellingCounts.get(root)!;
        const kind =
          record?.kind ??
          leading(finalVotes.get(root)!) ??
          (key.includes(' ') ? 'person' : 'place');
        entity = {
          name: record?.name ?? nameOf(counts),
          kind,
          aliases: [],
          mentions: [],
          articleIds: [],
        };
        entity.aliases = aliasesOf(entity.name, counts, record);
        byRoot.set(root, entity);
      }
      entity.mentions.push({
        articleId,
        start: c.start,
        end: c.end,
        text: c.text,
        paragraph: c.paragraph,
      });
      if (entity.articleIds[entity.articleIds.length - 1] !== articleId)
        entity.articleIds.push(articleId);
    }
  }
  return [...byRoot.values()].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
}

function nameOf(counts: ReadonlyMap<string, number>): string {
  const spellings = [...counts];
  const full = spellings.filter(([s]) => !/^[\p{Lu}\d&]+$/u.test(s));
  const pool = full.length ? full : spellings;
  pool.sort((a, b) => b[0].split(/\s+/u).length - a[0].split(/\s+/u).length || b[1] - a[1]);
  return pool[0]![0];
}

function aliasesOf(
  name: string,
  counts: ReadonlyMap<string, number>,
  record: EntityAliasRecord | undefined,
): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const spelling of [...(record?.aliases ?? []), ...counts.keys()]) {
    if (seen.has(spelling)) continue;
    seen.add(spelling);
    out.push(spelling);
  }
  return out;
}
