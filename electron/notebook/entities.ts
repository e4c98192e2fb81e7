// People, organisations and places across the sources. English texts are read by the recogniser
// (analysis/entity-*.ts), once per text version, kept in memory; in other languages an entity is
// found where the analyst's names and aliases for it are written, and in highlights carrying a
// tag named after it. The analyst's aliases, kinds, names and "not an entity" are kept in the
// library and merge over everything the recogniser says.
import type { Output, ParsedInput } from '../../shared/contract';
import type { Entity, EntityAliasRecord, EntityNetwork } from '../../shared/entities';
import type { EntityHighlight } from '../../shared/entity-page';
import { codePointToUtf16 } from '../../shared/anchoring';
import type { ArticleFile, ArticleSummary } from '../../shared/model';
import { NotebookError } from '../../shared/result';
import { foldName, mergeEntities, type MergedEntity } from './analysis/entity-merge';
import { lexiconNameHint, winkLexiconWords } from './analysis/entity-readers';
import { candidatesIn, paragraphOf, type Candidate } from './analysis/entity-spans';
import { AnalysisCache, readInTurns } from './analysis-cache';
import type { NotebookInternals } from './internals';

const isEnglish = (summary: ArticleSummary) => !summary.lang || /^en\b/iu.test(summary.lang);
const NETWORK_LIMIT = 40;

interface Source {
  summary: ArticleSummary;
  candidates: Candidate[];
}

export class Entities {
  /** Texts read since the last merge: with none, and the same records and articles, it stands. */
  private readings = 0;
  private lastMerge?: { key: string; entities: MergedEntity[] };

  /** The names read from each text, by its version: this session's, and kept between sessions. */
  readonly store: AnalysisCache<Candidate[]>;

  constructor(
    private readonly nb: NotebookInternals,
    /** Where the names read from each text are kept between sessions. */
    cacheDir: () => string,
  ) {
    this.store = new AnalysisCache(cacheDir);
  }

  async list(): Promise<Output<'entities.list'>> {
    await this.warm();
    return this.nb.serial.run(async () => (await this.merged()).entities.map(publicEntity));
  }

  async get({ name }: ParsedInput<'entities.get'>): Promise<Output<'entities.get'>> {
    await this.warm();
    return this.nb.serial.run(async () => {
      const { entities } = await this.merged();
      const entity = find(entities, name);
      const mentions: Output<'entities.get'>['mentions'] = [];
      const highlights: EntityHighlight[] = [];
      const tagIds = new Set(
        this.nb.library.tags
          .filter((t) => spellingsOf(entity).has(foldName(leaf(t.name))))
          .map((t) => t.id),
      );
      for (const articleId of entity.articleIds) {
        const summary = this.nb.summary(articleId);
        const { article, highlights: marks } = (await this.nb.loadArticle(articleId)).data;
        const own = entity.mentions.filter((m) => m.articleId === articleId);
        for (const m of own) {
          const block = article.blocks[m.paragraph];
          mentions.push({
            articleId,
            articleTitle: summary.title,
            start: m.start,
            end: m.end,
            text: article.text.slice(m.start, m.end),
            context: block ? article.text.slice(block.start, block.end) : '',
            contextStart: block?.start ?? m.start,
          });
        }
        for (const h of marks) {
          const start = codePointToUtf16(article.text, h.position.start);
          const end = codePointToUtf16(article.text, h.position.end);
          const mentioned =
            !h.orphan && own.some((m) => m.start < end && m.end > start && m.start >= start);
          if (!mentioned && !h.tagIds.some((t) => tagIds.has(t))) continue;
          highlights.push({
            id: h.id,
            articleId,
            articleTitle: summary.title,
            quote: h.quote.exact,
            color: h.color,
            ...(h.credibility ? { credibility: h.credibility } : {}),
            tagIds: h.tagIds,
          });
        }
      }
      const stated = this.nb.library.entityAliases.find((r) =>
        spellingsOf(entity).has(foldName(r.name)),
      );
      return { entity: publicEntity(entity), mentions, highlights, ...(stated ? { stated } : {}) };
    });
  }

  async setAliases(
    input: ParsedInput<'entities.setAliases'>,
  ): Promise<Output<'entities.setAliases'>> {
    await this.warm();
    return this.nb.serial.run(async () => {
      const { entities } = await this.merged();
      const key = foldName(input.name);
      const records = [...this.nb.library.entityAliases];
      const at = records.findIndex(
        (r) => foldName(r.name) === key || r.aliases.some((a) => foldName(a) === key),
      );
      const known = entities.find((e) => spellingsOf(e).has(key));
      if (at < 0 && !known) {
        throw new NotebookError('NOT_FOUND', `No entity is named "${input.name}".`);
      }
      const current = known?.name ?? records[at]!.name;
      const name = (input.rename ?? current).trim();
      const aliases = [...new Set(input.aliases.map((a) => a.trim()))].filter(
        (a) => foldName(a) !== foldName(name),
      );
      if (input.rename && foldName(current) !== foldName(name)) aliases.push(current);
      const record: EntityAliasRecord = {
        name,
        aliases,
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.ignored ? { ignored: true } : {}),
      };
      const saysNothing =
        aliases.length === 0 &&
        !input.kind &&
        !input.ignored &&
        foldName(name) === foldName(current);
      if (at >= 0) {
        if (saysNothing) records.splice(at, 1);
        else records[at] = record;
      } else if (!saysNothing) {
        records.push(record);
      }
      await this.nb.changeLibrary((lib) => {
        lib.entityAliases = records;
      });
      return (await this.merged()).entities.map(publicEntity);
    });
  }

  async network({
    limit = NETWORK_LIMIT,
  }: ParsedInput<'entities.network'>): Promise<EntityNetwork> {
    await this.warm();
    return this.nb.serial.run(async () => {
      const top = (await this.merged()).entities.slice(0, limit);
      const inParagraph = new Map<string, Set<number>>();
      top.forEach((entity, i) => {
        for (const m of entity.mentions) {
          const at = `${m.articleId}\u0000${m.paragraph}`;
          const here = inParagraph.get(at) ?? new Set<number>();
          here.add(i);
          inParagraph.set(at, here);
        }
      });
      const weights = new Map<string, number>();
      for (const here of inParagraph.values()) {
        const ids = [...here].sort((a, b) => a - b);
        for (let a = 0; a < ids.length; a += 1)
          for (let b = a + 1; b < ids.length; b += 1) {
            const pair = `${ids[a]}|${ids[b]}`;
            weights.set(pair, (weights.get(pair) ?? 0) + 1);
          }
      }
      return {
        nodes: top.map((e) => ({ name: e.name, kind: e.kind, mentions: e.mentions.length })),
        links: [...weights]
          .map(([pair, weight]) => {
            const [a, b] = pair.split('|').map(Number);
            return { source: top[a!]!.name, target: top[b!]!.name, weight };
          })
          .sort((x, y) => y.weight - x.weight || x.source.localeCompare(y.source)),
      };
    });
  }

  /** Changes whenever the entities may have: a text read again, the analyst's records changed. */
  signature(): string {
    return `${this.readings}|${JSON.stringify(this.nb.library.entityAliases)}`;
  }

  /** Where each entity is named, by article (for the timeline's sentences). Runs inside the queue. */
  async mentionsByArticle(): Promise<
    Map<string, Array<{ name: string; start: number; end: number }>>
  > {
    const byArticle = new Map<string, Array<{ name: string; start: number; end: number }>>();
    for (const entity of (await this.merged()).entities) {
      for (const m of entity.mentions) {
        const list = byArticle.get(m.articleId) ?? [];
        list.push({ name: entity.name, start: m.start, end: m.end });
        byArticle.set(m.articleId, list);
      }
    }
    return byArticle;
  }

  /** Every entity, merged afresh from the sources' names and the analyst's records. */
  private async merged(): Promise<{ entities: MergedEntity[] }> {
    const records = this.nb.library.entityAliases;
    const english: Source[] = [];
    const others: Array<{ summary: ArticleSummary; file: ArticleFile }> = [];
    for (const summary of this.nb.library.articles) {
      if (isEnglish(summary)) english.push({ summary, candidates: await this.recognised(summary) });
      else others.push({ summary, file: (await this.nb.loadArticle(summary.id)).data });
    }
    const sources = english.map(({ summary, candidates }) => ({
      articleId: summary.id,
      candidates,
    }));
    if (others.length === 0) {
      // English only: the merge depends on the texts read and the analyst's records alone.
      const key = `${this.readings}|${english.length}|${JSON.stringify(records)}`;
      if (this.lastMerge?.key === key) return { entities: this.lastMerge.entities };
      const entities = mergeEntities(sources, records);
      this.lastMerge = { key, entities };
      return { entities };
    }

    // Other languages: the analyst's names and aliases where they are written, then highlights
    // tagged with an entity's name (known from any source).
    const spellings = records
      .filter((r) => !r.ignored)
      .flatMap((r) => [r.name, ...r.aliases])
      .filter((s) => s.trim().length > 1);
    const literal = others.map(({ summary, file }) => ({
      articleId: summary.id,
      file,
      candidates: writtenIn(file, spellings),
    }));
    const first = mergeEntities([...sources, ...literal], records);
    const known = new Set(first.flatMap((e) => [...spellingsOf(e)]));
    const tagLeaf = new Map(this.nb.library.tags.map((t) => [t.id, leaf(t.name)]));
    for (const source of literal) {
      const { article, highlights } = source.file;
      for (const h of highlights) {
        if (h.orphan) continue;
        for (const tagId of h.tagIds) {
          const name = tagLeaf.get(tagId);
          if (!name || !known.has(foldName(name))) continue;
          const start = codePointToUtf16(article.text, h.position.start);
          source.candidates.push(
            tagged(
              name,
              start,
              codePointToUtf16(article.text, h.position.end),
              blockStarts(source.file),
            ),
          );
        }
      }
    }
    return { entities: mergeEntities([...sources, ...literal], records) };
  }

  /**
   * Reads every English text not read yet, a turn of the queue each (readInTurns).
   */
  async warm(): Promise<void> {
    await readInTurns(
      this.nb,
      (a) => isEnglish(a) && !this.store.holds(a.id, String(a.version ?? 1)),
      (summary) => this.recognised(summary),
    );
  }

  private async recognised(summary: ArticleSummary): Promise<Candidate[]> {
    const key = String(summary.version ?? 1);
    if (!this.store.holds(summary.id, key)) this.readings += 1;
    return this.store.get(summary.id, key, async () => {
      const file = (await this.nb.loadArticle(summary.id)).data;
      const text = file.article.text;
      return candidatesIn(text, winkLexiconWords(text), blockStarts(file), lexiconNameHint);
    });
  }
}

function publicEntity(e: MergedEntity): Entity {
  return {
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    mentions: e.mentions.length,
    articleIds: e.articleIds,
  };
}

function spellingsOf(e: Pick<MergedEntity, 'name' | 'aliases'>): Set<string> {
  return new Set([e.name, ...e.aliases].map(foldName));
}

function find(entities: readonly MergedEntity[], name: string): MergedEntity {
  const key = foldName(name);
  const entity = entities.find((e) => spellingsOf(e).has(key));
  if (!entity) throw new NotebookError('NOT_FOUND', `No entity is named "${name}".`);
  return entity;
}

const leaf = (tagName: string) => tagName.slice(tagName.lastIndexOf('/') + 1);

const blockStarts = (file: ArticleFile) =>
  file.article.blocks.length ? file.article.blocks.map((b) => b.start) : [0];

function tagged(name: string, start: number, end: number, starts: readonly number[]): Candidate {
  return {
    text: name,
    start,
    end,
    votes: { person: 0, organization: 0, place: 0 },
    acronym: false,
    paragraph: paragraphOf(starts, start),
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Where the given names are written in a text, whole words only. */
function writtenIn(file: ArticleFile, spellings: readonly string[]): Candidate[] {
  if (spellings.length === 0) return [];
  const text = file.article.text;
  const starts = blockStarts(file);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...spellings]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    out.push({ ...tagged(m[0], m.index, m.index + m[0].length, starts) });
  }
  return out;
}
