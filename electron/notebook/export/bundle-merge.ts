// Merging a bundle's content into a notebook, in memory: what to add and what to change,
// worked out in full before anything is written. Nothing on either side is lost and nothing
// is duplicated: articles match by id, else by the sha256 of their source; tags by path;
// highlights and notebook notes by id.
import { sameTagPath } from '../../../shared/tag-paths';
import { randomUUID } from 'node:crypto';
import { describe as describeRange, reanchor } from '../../../shared/anchoring';
import type { Output } from '../../../shared/contract';
import type { ArticleFile, Highlight, LibraryFile, Note, Tag } from '../../../shared/model';
import type { BundleContent } from './bundle-format';

/** What the merge needs to know of this notebook (the notebook's library index has it all). */
export interface MergeBase {
  readonly tags: readonly Tag[];
  readonly tagMerges: Readonly<Record<string, string>>;
  readonly notes: readonly Note[];
  readonly corroborations?: LibraryFile['corroborations'];
  readonly achMatrices?: LibraryFile['achMatrices'];
  readonly entityAliases?: LibraryFile['entityAliases'];
  summary(id: string): { id: string } | undefined;
  articleWithSha(sha256: string): { id: string } | undefined;
  articleOfHighlight(id: string): string | undefined;
}

/** The notebook-wide part of a library the merge changes (tags, merges, notes, settings). */
export type MergedDoc = Pick<
  LibraryFile,
  'tags' | 'tagMerges' | 'notes' | 'settings' | 'corroborations' | 'achMatrices' | 'entityAliases'
>;

export const FROM_BUNDLE = 'From the imported bundle:';

export interface MergePlan {
  /** Articles this notebook does not have, with their original bytes when the bundle has them. */
  added: ArticleFile[];
  /** Articles on both sides, by this side's id: the merged file. */
  merged: Map<string, ArticleFile>;
  /** Originals to write (those this side does not have is for the caller to check). */
  originals: Map<string, Uint8Array>;
  /** The library's tags, tag merges, notebook notes and colour meanings after the merge. */
  change: (doc: MergedDoc) => void;
  counts: Output<'bundle.import'>;
}

/**
 * `local` is this notebook's library; `localFile(id)` gives the current file of each article
 * that an incoming one matches (loaded by the caller beforehand).
 */
export function planMerge(
  local: MergeBase,
  localFile: (id: string) => ArticleFile,
  incoming: BundleContent,
  newId: () => string = randomUUID,
): MergePlan {
  const counts = {
    articlesAdded: 0,
    articlesMerged: 0,
    highlightsAdded: 0,
    tagsAdded: 0,
    notesAdded: 0,
  };

  // ---- tags: same path -> same tag; a new path keeps its id unless this side uses it ----
  const tags: Tag[] = structuredClone([...local.tags]);
  const tagMap = new Map<string, string>();
  for (const tag of incoming.library.tags) {
    // Tag paths are one name whatever their case, as the codebook treats them.
    const same = tags.find((t) => sameTagPath(t.name, tag.name));
    if (same) {
      tagMap.set(tag.id, same.id);
      continue;
    }
    const id = tags.some((t) => t.id === tag.id) ? newId() : tag.id;
    tags.push({ ...tag, id });
    tagMap.set(tag.id, id);
    counts.tagsAdded++;
  }
  const incomingMerges = incoming.library.tagMerges ?? {};
  const mapTag = (id: string): string | undefined => {
    let at = id;
    for (let hops = 0; !tagMap.has(at) && incomingMerges[at] && hops < 100; hops++) {
      at = incomingMerges[at]!;
    }
    return tagMap.get(at);
  };
  const mapTags = (ids: readonly string[]) => [
    ...new Set(ids.map(mapTag).filter((t): t is string => t !== undefined)),
  ];
  const tagMerges = { ...local.tagMerges };
  for (const [from, to] of Object.entries(incomingMerges)) {
    const target = mapTag(to);
    if (target && !tags.some((t) => t.id === from) && !(from in tagMerges)) {
      tagMerges[from] = target;
    }
  }

  // ---- articles ----
  const takenHere = new Set<string>();
  const takenHighlightIds: TakenIds = {
    has: (id: string) => takenHere.has(id) || local.articleOfHighlight(id) !== undefined,
    add: (id: string) => void takenHere.add(id),
    renamed: new Map(),
  };
  const added: ArticleFile[] = [];
  const merged = new Map<string, ArticleFile>();
  const originals = new Map<string, Uint8Array>();
  const addedBySha = new Map<string, ArticleFile>();

  for (const summary of incoming.library.articles) {
    const file = structuredClone(incoming.articles.get(summary.id)!);
    const bytes = incoming.originals.get(file.article.sha256);
    if (bytes) originals.set(file.article.sha256, bytes);
    const matchId = local.summary(file.article.id)
      ? file.article.id
      : local.articleWithSha(file.article.sha256)?.id;
    const target = matchId
      ? (merged.get(matchId) ?? structuredClone(localFile(matchId)))
      : addedBySha.get(file.article.sha256);
    if (!target) {
      // A new article: its highlights keep their ids unless this side already uses one.
      file.highlights = file.highlights.map((h) => {
        const id = takenHighlightIds.has(h.id) ? newId() : h.id;
        takenHighlightIds.add(id);
        if (id !== h.id) takenHighlightIds.renamed.set(h.id, id);
        return { ...h, id, tagIds: mapTags(h.tagIds) };
      });
      added.push(file);
      addedBySha.set(file.article.sha256, file);
      counts.articlesAdded++;
      counts.highlightsAdded += file.highlights.length;
      continue;
    }
    const isNew = added.includes(target);
    counts.highlightsAdded += mergeArticle(target, file, mapTags, takenHighlightIds, newId);
    if (!isNew && !merged.has(target.article.id)) counts.articlesMerged++;
    if (!isNew) merged.set(target.article.id, target);
  }

  // ---- notebook notes: by id; the later edit wins, and when both changed both are kept ----
  const notes: Note[] = structuredClone([...local.notes]);
  for (const note of incoming.library.notes) {
    const at = notes.findIndex((n) => n.id === note.id);
    if (at === -1) {
      if (!notes.some((n) => sameNote(n, note))) {
        notes.push(note);
        counts.notesAdded++;
      }
      continue;
    }
    const mine = notes[at]!;
    if (sameNote(mine, note)) continue;
    const incomingLater = note.updatedAt > mine.updatedAt;
    const [winner, loser] = incomingLater ? [note, mine] : [mine, note];
    // The loser unchanged since it was made: the winner's edit is simply the newer one.
    const loserEdited = loser.updatedAt !== loser.createdAt;
    notes[at] = winner;
    // A copy kept earlier carries a suffixed title, so the body alone says it is already here.
    if (loserEdited && !notes.some((n) => n.body === loser.body)) {
      notes.push({
        ...loser,
        id: newId(),
        title: loser.title
          ? `${loser.title} (${incomingLater ? 'this notebook' : 'imported'})`
          : '',
      });
      if (!incomingLater) counts.notesAdded++;
    }
  }

  const analysis = mergeAnalysis(local, incoming.library, takenHighlightIds.renamed, newId);
  const change = (doc: MergedDoc) => {
    Object.assign(doc, analysis);
    doc.tags = tags;
    if (Object.keys(tagMerges).length) doc.tagMerges = tagMerges;
    doc.notes = notes;
    // Colour meanings: this side's are kept; a colour it never named takes the bundle's.
    const theirs = incoming.library.settings.colorMeanings;
    if (theirs) {
      doc.settings = {
        ...doc.settings,
        colorMeanings: { ...theirs, ...doc.settings.colorMeanings },
      };
    }
  };
  return { added, merged, originals, change, counts };
}

interface TakenIds {
  has(id: string): boolean;
  add(id: string): void;
  /** Incoming highlight ids given a new id because this side uses theirs. */
  renamed: Map<string, string>;
}

/**
 * Corroborating links are united; matrices by id, a matrix changed on both sides kept twice; the
 * analyst's entity aliases united by name. Incoming quotes are named by their ids here.
 */
function mergeAnalysis(
  local: MergeBase,
  theirs: BundleContent['library'],
  renamed: ReadonlyMap<string, string>,
  newId: () => string,
): Partial<MergedDoc> {
  const here = (id: string) => renamed.get(id) ?? id;
  const out: Partial<MergedDoc> = {};
  if (theirs.corroborations?.length) {
    const links = [...(local.corroborations ?? [])];
    for (const link of theirs.corroborations) {
      const a = here(link.a);
      const b = here(link.b);
      if (!links.some((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a))) {
        links.push({ ...link, a, b });
      }
    }
    out.corroborations = links;
  }
  if (theirs.achMatrices?.length) {
    const matrices = structuredClone([...(local.achMatrices ?? [])]);
    for (const incoming of theirs.achMatrices) {
      const matrix = {
        ...incoming,
        evidence: incoming.evidence.map((e) =>
          e.highlightId ? { ...e, highlightId: here(e.highlightId) } : e,
        ),
      };
      const at = matrices.findIndex((m) => m.id === matrix.id);
      if (at === -1) matrices.push(matrix);
      else if (JSON.stringify(matrices[at]) !== JSON.stringify(matrix)) {
        const [later, earlier] =
          matrix.updatedAt > matrices[at]!.updatedAt
            ? [matrix, matrices[at]!]
            : [matrices[at]!, matrix];
        matrices[at] = later;
        matrices.push({
          ...earlier,
          id: newId(),
          question: `${earlier.question} (${FROM_BUNDLE.replace(':', '')})`,
        });
      }
    }
    out.achMatrices = matrices;
  }
  if (theirs.entityAliases?.length) {
    const aliases = structuredClone([...(local.entityAliases ?? [])]);
    for (const entry of theirs.entityAliases) {
      const mine = aliases.find((a) => a.name.toLowerCase() === entry.name.toLowerCase());
      if (!mine) aliases.push(entry);
      else {
        const known = new Set(mine.aliases.map((a) => a.toLowerCase()));
        mine.aliases.push(...entry.aliases.filter((a) => !known.has(a.toLowerCase())));
        mine.kind ??= entry.kind;
      }
    }
    out.entityAliases = aliases;
  }
  return out;
}

const sameNote = (a: Note, b: Note) => a.title === b.title && a.body === b.body;

/**
 * Merges an incoming article into this side's (changed in place): this side's text and
 * metadata stay; highlights are united by id (the later edit wins), incoming ones re-anchored
 * on this side's text when the texts differ; notes that differ are both kept. Returns how many
 * highlights were added.
 */
function mergeArticle(
  mine: ArticleFile,
  theirs: ArticleFile,
  mapTags: (ids: readonly string[]) => string[],
  taken: TakenIds,
  newId: () => string,
): number {
  const text = mine.article.text;
  const sameText = text === theirs.article.text;
  const place = (h: Highlight): Highlight => {
    const moved: Highlight = { ...h, articleId: mine.article.id, tagIds: mapTags(h.tagIds) };
    if (sameText || h.orphan) return moved;
    const found = reanchor(text, { quote: h.quote, position: h.position });
    if (!found) return { ...moved, orphan: true };
    const placed: Highlight = { ...moved, ...describeRange(text, found.start, found.end) };
    delete placed.orphan;
    return placed;
  };
  let added = 0;
  for (const h of theirs.highlights) {
    const at = mine.highlights.findIndex((m) => m.id === h.id);
    if (at !== -1) {
      if (h.updatedAt > mine.highlights[at]!.updatedAt) mine.highlights[at] = place(h);
      continue;
    }
    const id = taken.has(h.id) ? newId() : h.id;
    taken.add(id);
    if (id !== h.id) taken.renamed.set(h.id, id);
    mine.highlights.push(place({ ...h, id }));
    added++;
  }
  const note = mergeNote(mine.note, theirs.note);
  if (note) mine.note = note;
  return added;
}

function mergeNote(mine: ArticleFile['note'], theirs: ArticleFile['note']) {
  const incoming = theirs.body.trim();
  if (!incoming || mine.body.includes(theirs.body)) return null;
  if (!mine.body.trim()) return { ...theirs };
  return {
    body: `${mine.body.trimEnd()}\n\n${FROM_BUNDLE}\n\n${theirs.body}`,
    updatedAt: new Date().toISOString(),
  };
}
