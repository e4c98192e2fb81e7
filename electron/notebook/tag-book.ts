// The codebook: hierarchical tags (`Actors/TTP`) with colours and counts. Renaming or moving a
// tag moves the tags below it; merging and deleting change every highlight that carries them.
import { randomUUID } from 'node:crypto';
import type { Output, ParsedInput } from '../../shared/contract';
import type { LibraryFile, Tag, TagSummary } from '../../shared/model';
import { NotebookError } from '../../shared/result';
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
      const counts = new Map<string, number>();
      for (const article of this.nb.library.data.articles) {
        for (const [id, n] of Object.entries(article.tagCounts ?? {})) {
          counts.set(id, (counts.get(id) ?? 0) + n);
        }
      }
      return [...this.nb.library.data.tags]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((tag) => ({ ...tag, count: counts.get(tag.id) ?? 0 }));
    });
  }

  create({ name, color }: ParsedInput<'tags.create'>): Promise<Tag> {
    return this.nb.serial.run(async () => {
      const tags = this.nb.library.data.tags;
      if (tags.some((t) => sameName(t.name, name))) {
        throw new NotebookError('CONFLICT', `There is already a tag “${name}”.`);
      }
      const tag = {
        id: randomUUID(),
        name,
        color: color ?? PALETTE[tags.length % PALETTE.length]!,
      };
      await this.nb.changeLibrary((lib) => void lib.tags.push(tag));
      return { ...tag };
    });
  }

  update({ id, name, color }: ParsedInput<'tags.update'>): Promise<Tag> {
    return this.nb.serial.run(async () => {
      const tag = this.find(id);
      if (name !== undefined && !sameName(name, tag.name)) {
        if (name === tag.name || name.startsWith(`${tag.name}/`)) {
          throw new NotebookError('INVALID_INPUT', `“${tag.name}” cannot move inside itself.`);
        }
        const clash = this.nb.library.data.tags.find((t) => sameName(t.name, name) && t.id !== id);
        if (clash) throw new NotebookError('CONFLICT', `There is already a tag “${clash.name}”.`);
      }
      await this.nb.changeLibrary((lib) => {
        const own = lib.tags.find((t) => t.id === id)!;
        if (color !== undefined) own.color = color;
        if (name !== undefined && name !== own.name) {
          const old = own.name;
          for (const t of lib.tags) {
            if (t.name === old) t.name = name;
            else if (t.name.startsWith(`${old}/`)) t.name = name + t.name.slice(old.length);
          }
        }
      });
      return { ...this.find(id) };
    });
  }

  impact(id: string): Promise<Output<'tags.impact'>> {
    return this.nb.serial.run(async () => {
      const tag = this.find(id);
      const family = this.family(tag);
      let highlights = 0;
      let articles = 0;
      for (const a of this.nb.library.data.articles) {
        const n = family.reduce((sum, t) => sum + (a.tagCounts?.[t.id] ?? 0), 0);
        highlights += n;
        if (n) articles++;
      }
      return {
        highlights,
        articles,
        descendants: family.filter((t) => t.id !== id).map((t) => t.name),
      };
    });
  }

  merge({ sourceId, targetId }: ParsedInput<'tags.merge'>): Promise<Output<'tags.merge'>> {
    return this.nb.serial.run(async () => {
      this.find(sourceId);
      const target = this.find(targetId);
      const affected = await this.retag([sourceId], (ids) =>
        ids.includes(targetId)
          ? ids.filter((t) => t !== sourceId)
          : ids.map((t) => (t === sourceId ? targetId : t)),
      );
      await this.nb.changeLibrary((lib) => removeTags(lib, [sourceId]));
      return { tag: { ...target }, affectedHighlights: affected };
    });
  }

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

  /** Rewrites the tags of every highlight carrying one of `ids`; returns how many changed. */
  private async retag(ids: string[], change: (tagIds: string[]) => string[]): Promise<number> {
    let affected = 0;
    const holding = this.nb.library.data.articles.filter((a) =>
      ids.some((id) => a.tagCounts?.[id]),
    );
    for (const { id: articleId } of holding) {
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

  private find(id: string): Tag {
    const tag = this.nb.library.data.tags.find((t) => t.id === id);
    if (!tag) throw new NotebookError('NOT_FOUND', `There is no tag ${id} in this notebook.`);
    return tag;
  }

  /** The tag and every tag below it in the hierarchy. */
  private family(tag: Tag): Tag[] {
    return this.nb.library.data.tags.filter(
      (t) => t.id === tag.id || t.name.startsWith(`${tag.name}/`),
    );
  }
}

const sameName = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

function removeTags(lib: LibraryFile, ids: string[]): void {
  lib.tags = lib.tags.filter((t) => !ids.includes(t.id));
}
