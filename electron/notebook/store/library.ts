// The notebook's index in memory: article summaries by id, the highlight-to-article lookup,
// and the small notebook-wide part (tags, notes, settings). Every change is described as
// journal records, so saving it costs what it changed, never what the notebook holds.
import type {
  ArticleFile,
  ArticleSummary,
  LibraryDoc,
  LibraryFile,
  Note,
} from '../../../shared/model';
import { LIBRARY_SCHEMA_VERSION } from '../../../shared/model';
import type { JournalRecord } from './journal';
import { summaryOf } from './summary';

export class Library {
  private readonly summaries = new Map<string, ArticleSummary>();
  private readonly highlightsOf = new Map<string, readonly string[]>();
  private readonly articleOf = new Map<string, string>();
  private readonly bySha = new Map<string, string>();
  private listCache: ArticleSummary[] | null = null;
  doc: LibraryDoc;

  constructor(snapshot: LibraryFile) {
    const { schemaVersion: _v, articles, highlightIds, ...doc } = snapshot;
    this.doc = doc;
    // The direct path: at open every entry is new, and this runs for every highlight.
    for (const summary of articles) {
      const { id } = summary;
      const ids = highlightIds[id] ?? [];
      this.summaries.set(id, summary);
      this.highlightsOf.set(id, ids);
      this.bySha.set(summary.sha256, id);
      for (const h of ids) this.articleOf.set(h, id);
    }
  }

  // ---- reading ----

  /** Every article, in library order (the array is shared: callers must not change it). */
  get articles(): readonly ArticleSummary[] {
    this.listCache ??= [...this.summaries.values()];
    return this.listCache;
  }

  get size(): number {
    return this.summaries.size;
  }

  summary(id: string): ArticleSummary | undefined {
    return this.summaries.get(id);
  }

  articleWithSha(sha256: string): ArticleSummary | undefined {
    const id = this.bySha.get(sha256);
    return id === undefined ? undefined : this.summaries.get(id);
  }

  articleOfHighlight(id: string): string | undefined {
    return this.articleOf.get(id);
  }

  highlightIdsOf(articleId: string): readonly string[] {
    return this.highlightsOf.get(articleId) ?? [];
  }

  get tags() {
    return this.doc.tags;
  }
  get notes() {
    return this.doc.notes;
  }
  get settings() {
    return this.doc.settings;
  }
  get corroborations() {
    return this.doc.corroborations;
  }
  get entityAliases() {
    return this.doc.entityAliases ?? [];
  }
  get achMatrices() {
    return this.doc.achMatrices ?? [];
  }
  get tagMerges() {
    return this.doc.tagMerges ?? {};
  }

  /** The whole index as library.json stores it (for a snapshot; costs the whole notebook). */
  snapshot(): LibraryFile {
    const highlightIds: Record<string, string[]> = {};
    for (const [id, ids] of this.highlightsOf) if (ids.length) highlightIds[id] = [...ids];
    return {
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      articles: [...this.summaries.values()],
      highlightIds,
      ...this.doc,
    };
  }

  // ---- changing: each returns the records to journal and a way to undo it in memory ----

  /** Brings an article's entry in line with its file (new, changed or unchanged). */
  putArticle(file: ArticleFile): Change {
    const id = file.article.id;
    const summary = summaryOf(file);
    const highlightIds = file.highlights.map((h) => h.id);
    const before = this.entry(id);
    if (before.summary && sameEntry(before, { summary, highlightIds })) return NO_CHANGE;
    this.apply(id, summary, highlightIds);
    return {
      records: [{ t: 'article', id, summary, highlightIds }],
      undo: () => this.apply(id, before.summary, before.highlightIds),
    };
  }

  removeArticle(id: string): Change {
    const before = this.entry(id);
    if (!before.summary) return NO_CHANGE;
    this.apply(id, null, []);
    return {
      records: [{ t: 'article', id, summary: null, highlightIds: [] }],
      undo: () => this.apply(id, before.summary, before.highlightIds),
    };
  }

  /**
   * Runs `change` on the notebook-wide part; the records name only what it changed (one
   * note, the tag list, the settings). The part is small, so a copy of it is the undo.
   */
  changeDoc(change: (doc: LibraryDoc) => void): Change {
    const before = structuredClone(this.doc);
    try {
      change(this.doc);
    } catch (error) {
      this.doc = before;
      throw error;
    }
    const records = docRecords(before, this.doc);
    return { records, undo: () => void (this.doc = before) };
  }

  /** Applies journalled records (replay at open). */
  replay(records: readonly JournalRecord[]): void {
    for (const r of records) {
      switch (r.t) {
        case 'article':
          this.apply(r.id, r.summary, r.highlightIds);
          break;
        case 'note': {
          const notes = this.doc.notes.filter((n) => n.id !== r.id);
          const at = this.doc.notes.findIndex((n) => n.id === r.id);
          if (r.note) notes.splice(at === -1 ? notes.length : at, 0, r.note);
          this.doc.notes = notes;
          break;
        }
        case 'tags':
          this.doc.tags = r.tags;
          break;
        case 'tagMerges':
          this.doc.tagMerges = r.tagMerges;
          break;
        case 'settings':
          this.doc.settings = r.settings;
          break;
        case 'corroborations':
          this.doc.corroborations = r.corroborations;
          break;
        case 'entityAliases':
          this.doc.entityAliases = r.entityAliases;
          break;
        case 'ach': {
          const matrices = (this.doc.achMatrices ?? []).filter((m) => m.id !== r.id);
          if (r.matrix) matrices.push(r.matrix);
          this.doc.achMatrices = matrices;
          break;
        }
      }
    }
  }

  private entry(id: string) {
    return {
      summary: this.summaries.get(id) ?? null,
      highlightIds: this.highlightsOf.get(id) ?? [],
    };
  }

  private apply(id: string, summary: ArticleSummary | null, highlightIds: readonly string[]): void {
    const old = this.summaries.get(id);
    if (old && this.bySha.get(old.sha256) === id) this.bySha.delete(old.sha256);
    for (const h of this.highlightsOf.get(id) ?? []) {
      if (this.articleOf.get(h) === id) this.articleOf.delete(h);
    }
    if (summary) {
      // A changed entry keeps its place in the library's order.
      this.summaries.set(id, summary);
      this.highlightsOf.set(id, highlightIds);
      for (const h of highlightIds) this.articleOf.set(h, id);
      this.bySha.set(summary.sha256, id);
    } else {
      this.summaries.delete(id);
      this.highlightsOf.delete(id);
    }
    this.listCache = null;
  }
}

export interface Change {
  records: JournalRecord[];
  undo: () => void;
}

const NO_CHANGE: Change = { records: [], undo: () => undefined };

function sameEntry(
  a: { summary: ArticleSummary | null; highlightIds: readonly string[] },
  b: { summary: ArticleSummary; highlightIds: readonly string[] },
): boolean {
  return (
    a.highlightIds.length === b.highlightIds.length &&
    a.highlightIds.every((h, i) => h === b.highlightIds[i]) &&
    JSON.stringify(a.summary) === JSON.stringify(b.summary)
  );
}

function docRecords(before: LibraryDoc, after: LibraryDoc): JournalRecord[] {
  const records: JournalRecord[] = [];
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  if (!same(before.tags, after.tags)) records.push({ t: 'tags', tags: after.tags });
  if (!same(before.tagMerges ?? {}, after.tagMerges ?? {})) {
    records.push({ t: 'tagMerges', tagMerges: after.tagMerges ?? {} });
  }
  if (!same(before.settings, after.settings)) {
    records.push({ t: 'settings', settings: after.settings });
  }
  if (!same(before.corroborations ?? [], after.corroborations ?? [])) {
    records.push({ t: 'corroborations', corroborations: after.corroborations ?? [] });
  }
  if (!same(before.entityAliases ?? [], after.entityAliases ?? [])) {
    records.push({ t: 'entityAliases', entityAliases: after.entityAliases ?? [] });
  }
  const oldMatrices = new Map((before.achMatrices ?? []).map((m) => [m.id, m]));
  const nowMatrices = new Map((after.achMatrices ?? []).map((m) => [m.id, m]));
  for (const [id, matrix] of nowMatrices) {
    if (!same(oldMatrices.get(id), matrix)) records.push({ t: 'ach', id, matrix });
  }
  for (const id of oldMatrices.keys()) {
    if (!nowMatrices.has(id)) records.push({ t: 'ach', id, matrix: null });
  }
  const old = new Map(before.notes.map((n) => [n.id, n]));
  const now = new Map(after.notes.map((n) => [n.id, n]));
  for (const [id, note] of now) {
    if (!same(old.get(id), note)) records.push({ t: 'note', id, note: note satisfies Note });
  }
  for (const id of old.keys()) if (!now.has(id)) records.push({ t: 'note', id, note: null });
  return records;
}
