// The codebook: hierarchical tags (`Actors/TTP`) with colours and counts. Renaming or moving a
// tag moves the tags below it; merging and deleting change every highlight that carries them.
import { randomUUID } from 'node:crypto';
import type { Output, ParsedInput } from '../../shared/contract';
import type { LibraryDoc, Tag, TagSummary } from '../../shared/model';
import { NotebookError } from '../../shared/result';
import { tagFamilyCounts } from '../../shared/tag-counts';
import { isBelowTag, sameTagPath } from '../../shared/tag-paths';
import type { NotebookInternals } from './internals';

/** Calm, readable tag colours handed out in turn to new tags. */
const PALETTE = [
  '#2f6f9f',
  '#7a5195',
  '#bc5090',
  '#d1495b',
  '#e8871e',
  '#3a9d5d',
  '#4f6d7a',
  '#8c6d31',
];

export class TagBook {
  constructor(private readonly nb: NotebookInternals) {}

  list(): Promise<TagSummary[]> {
    return this.nb.serial.run(async () => {
      const tags = this.nb.library.tags;
      // A tag counts the highlights carrying it or a tag below it, each once.
      const counts = tagFamilyCounts(tags, this.nb.library.articles);
      return [...tags]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((tag) => ({ ...tag, count: counts.get(tag.name) ?? 0 }));
    });
  }

  create({ name, color }: ParsedInput<'tags.create'>): Promise<Tag> {
    return this.nb.serial.run(async () => {
      const tags = this.nb.library.tags;
      // `actors/x` under an existing `Actors` becomes `Actors/x`: one hierarchy, one spelling.
      const path = canonicalPath(name, tags);
      if (tags.some((t) => sameTagPath(t.name, path))) {
        throw new NotebookError('CONFLICT', `There is already a tag “${path}”.`);
      }
      const tag = {
        id: randomUUID(),
        name: path,
        color: color ?? PALETTE[tags.length % PALETTE.length]!,
      };
      await this.nb.changeLibrary((lib) => void lib.tags.push(tag));
      return { ...tag };
    });
  }

  update({ id, name, color }: ParsedInput<'tags.update'>): Promise<Tag> {
    return this.nb.serial.run(async () => {
      const tag = this.find(id);
      const renames =
        name === undefined ? [] : this.renamesFor(tag, canonicalPath(name, this.nb.library.tags));
      await this.nb.changeLibrary((lib) => {
        const own = lib.tags.find((t) => t.id === id)!;
        if (color !== undefined) own.color = color;
        for (const { id: renamed, to } of renames)
          lib.tags.find((t) => t.id === renamed)!.name = to;
      });
      return { ...this.find(id) };
    });
  }

  impact(id: string): Promise<Output<'tags.impact'>> {
    return this.nb.serial.run(async () => {
      const tag = this.find(id);
      const family = this.family(tag);
      const holding = this.holding(family.map((t) => t.id));
      // The count the codebook shows: one carrying a tag and a tag below it counts once.
      const highlights = tagFamilyCounts(family, holding, [tag.name]).get(tag.name) ?? 0;
      const own = holding.map((a) => a.tagCounts?.[id] ?? 0).filter((n) => n > 0);
      return {
        highlights,
        articles: holding.length,
        ownHighlights: own.reduce((sum, n) => sum + n, 0),
        ownArticles: own.length,
        descendants: family.filter((t) => t.id !== id).map((t) => t.name),
      };
    });
  }

  /**
   * Every highlight tagged `sourceId` gets `targetId` instead; the tags below the source move
   * under the target (`Actors/TTP/Leaders` into `Groups/TTP` becomes `Groups/TTP/Leaders`).
   */
  merge({ sourceId, targetId }: ParsedInput<'tags.merge'>): Promise<Output<'tags.merge'>> {
    return this.nb.serial.run(async () => {
      const source = this.find(sourceId);
      const target = this.find(targetId);
      if (isBelowTag(target.name, source.name)) {
        throw new NotebookError(
          'INVALID_INPUT',
          `“${source.name}” cannot merge into “${target.name}”, a tag below it.`,
        );
      }
      const moves = this.renamesFor(source, target.name, { merging: true });
      const affected = await this.retag([sourceId], (ids) =>
        ids.map((t) => (t === sourceId ? targetId : t)),
      );
      await this.nb.changeLibrary((lib) => {
        for (const { id, to } of moves) lib.tags.find((t) => t.id === id)!.name = to;
        removeTags(lib, [sourceId]);
        lib.tagMerges = { ...lib.tagMerges, [sourceId]: targetId };
      });
      return { tag: { ...target }, affectedHighlights: affected };
    });
  }

  /** Deletes a tag and the tags below it, taking them off every highlight. */
  delete(id: string): Promise<Output<'tags.delete'>> {
    return this.nb.serial.run(async () => {
      const ids = this.family(this.find(id)).map((t) => t.id);
      const affected = await this.retag(ids, (tagIds) => tagIds.filter((t) => !ids.includes(t)));
      await this.nb.changeLibrary((lib) => removeTags(lib, ids));
      return { id, affectedHighlights: affected };
    });
  }

  /** Checks that every id names a tag of this notebook (before a highlight is given them). */
  requireAll(ids: readonly string[]): void {
    for (const id of ids) this.find(id);
  }

  /**
   * The new names of a tag and the tags below it when it becomes `path`, refused if it would
   * move inside itself or give two tags one name.
   */
  private renamesFor(
    tag: Tag,
    path: string,
    { merging = false } = {},
  ): Array<{ id: string; to: string }> {
    if (path === tag.name) return [];
    if (isBelowTag(path, tag.name)) {
      throw new NotebookError('INVALID_INPUT', `“${tag.name}” cannot move inside itself.`);
    }
    // A merged tag itself goes; only the tags below it take new names.
    const family = this.family(tag);
    const renames = family
      .filter((t) => !merging || t.id !== tag.id)
      .map((t) => ({ id: t.id, to: path + t.name.slice(tag.name.length) }));
    const others = this.nb.library.tags.filter((t) => !family.includes(t));
    for (const { to } of renames) {
      const clash = others.find((t) => sameTagPath(t.name, to));
      if (clash) {
        throw new NotebookError(
          'CONFLICT',
          `That would make two tags called “${clash.name}”; merge them instead.`,
        );
      }
    }
    return renames;
  }

  /** Rewrites the tags of every highlight carrying one of `ids`; returns how many changed. */
  private async retag(ids: string[], change: (tagIds: string[]) => string[]): Promise<number> {
    let affected = 0;
    for (const { id: articleId } of this.holding(ids)) {
      const db = await this.nb.changingArticle(articleId);
      await this.nb.changeArticleAndSummary(db, (file) => {
        for (const h of file.highlights) {
          if (!h.tagIds.some((t) => ids.includes(t))) continue;
          h.tagIds = [...new Set(change(h.tagIds))];
          affected++;
        }
      });
    }
    return affected;
  }

  /** Articles with a highlight carrying one of `ids`, from the library's counts. */
  private holding(ids: readonly string[]) {
    return this.nb.library.articles.filter((a) => ids.some((id) => a.tagCounts?.[id]));
  }

  private find(id: string): Tag {
    const tag = this.nb.library.tags.find((t) => t.id === id);
    if (!tag) throw new NotebookError('NOT_FOUND', `There is no tag ${id} in this notebook.`);
    return tag;
  }

  /** The tag and every tag below it in the hierarchy. */
  private family(tag: Tag): Tag[] {
    return this.nb.library.tags.filter((t) => t.id === tag.id || isBelowTag(t.name, tag.name));
  }
}

/** Spells each leading part of `path` as an existing tag already spells it. */
function canonicalPath(path: string, tags: readonly Tag[]): string {
  const parts = path.split('/');
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const candidate = out ? `${out}/${parts[i]}` : parts[i]!;
    out = tags.find((t) => sameTagPath(t.name, candidate))?.name ?? candidate;
  }
  return out;
}

function removeTags(lib: LibraryDoc, ids: string[]): void {
  lib.tags = lib.tags.filter((t) => !ids.includes(t.id));
}
