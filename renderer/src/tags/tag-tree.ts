// The codebook as a tree: tag paths split on `/`, with parents that exist only as a prefix
// (e.g. `Actors` when only `Actors/TTP` was created) shown as plain group rows.
import { tagFamilyCounts, type TaggedArticle } from '../../../shared/tag-counts';
import { tagFamilyIds } from '../../../shared/tag-paths';
import type { TagSummary } from '../../../shared/model';

export interface TagNode {
  /** The full path up to this node, e.g. `Actors/TTP`. */
  path: string;
  /** The last segment, e.g. `TTP`. */
  label: string;
  /** Absent for a group that is only a prefix of other tags. */
  tag?: TagSummary;
  children: TagNode[];
  /**
   * Highlights carrying this tag or any tag below it, each once: the host's count for a tag;
   * for a group, worked out from the articles' summaries (undefined until they have loaded).
   */
  count?: number;
}

/** `articles`: the library's summaries, which give the groups their counts (null while loading). */
export function buildTagTree(
  tags: readonly TagSummary[],
  articles: Iterable<TaggedArticle> | null = null,
): TagNode[] {
  const roots: TagNode[] = [];
  const byPath = new Map<string, TagNode>();
  const sorted = [...tags].sort((a, b) => a.name.localeCompare(b.name));
  for (const tag of sorted) {
    const parts = tag.name.split('/');
    let siblings = roots;
    for (let i = 0; i < parts.length; i++) {
      const path = parts.slice(0, i + 1).join('/');
      let node = byPath.get(path);
      if (!node) {
        node = { path, label: parts[i]!, children: [] };
        byPath.set(path, node);
        siblings.push(node);
      }
      if (i === parts.length - 1) {
        node.tag = tag;
        node.count = tag.count;
      }
      siblings = node.children;
    }
  }
  // A group's highlights cannot be summed from its tags' counts: one may carry two of them.
  const groups = [...byPath.values()].filter((n) => !n.tag);
  if (articles && groups.length) {
    const counts = tagFamilyCounts(
      tags,
      articles,
      groups.map((n) => n.path),
    );
    for (const node of groups) node.count = counts.get(node.path);
  }
  return roots;
}

/** The ids of the tag at `path` and every tag below it. */
export function familyIds(tags: readonly TagSummary[], path: string): Set<string> {
  return tagFamilyIds(tags, [path]);
}

/** Tags whose path contains the typed text, those starting with it first. */
export function matchTags(tags: readonly TagSummary[], typed: string, limit = 8): TagSummary[] {
  const needle = typed.trim().toLocaleLowerCase();
  if (!needle) return tags.slice(0, limit);
  const hits = tags.filter((t) => t.name.toLocaleLowerCase().includes(needle));
  const rank = (t: TagSummary) => {
    const name = t.name.toLocaleLowerCase();
    if (name.startsWith(needle)) return 0;
    return name.split('/').some((part) => part.startsWith(needle)) ? 1 : 2;
  };
  return hits.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name)).slice(0, limit);
}

/** Normalises a typed path the way the host does: trimmed segments joined by `/`. */
export function normalisePath(typed: string): string {
  return typed
    .split('/')
    .map((part) => part.trim())
    .join('/');
}

export function validPath(path: string): boolean {
  return path.length > 0 && path.length <= 200 && path.split('/').every((p) => p !== '');
}
