// ACH matrices kept in the library: one journal line per change to one matrix. The matrix is
// returned scored, its quotes read afresh (their words, source and credibility as they are now).
import { randomUUID } from 'node:crypto';
import type { AchMatrix, AchMatrixRecord } from '../../shared/ach';
import type { Output, ParsedInput } from '../../shared/contract';
import { MAX_ACH_EVIDENCE, MAX_ACH_HYPOTHESES } from '../../shared/limits';
import { NotebookError } from '../../shared/result';
import { scoredMatrix, type QuoteNow } from './analysis/ach-view';
import type { Highlights } from './highlights';
import type { NotebookInternals } from './internals';

export class AchMatrices {
  constructor(
    private readonly nb: NotebookInternals,
    private readonly highlights: Highlights,
  ) {}

  async list(): Promise<Output<'ach.list'>> {
    const records = await this.nb.serial.run(async () =>
      [...this.nb.library.achMatrices].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    );
    const views: AchMatrix[] = [];
    for (const record of records) views.push(await this.view(record));
    return views;
  }

  async get({ id }: ParsedInput<'ach.get'>): Promise<AchMatrix> {
    return this.view(await this.nb.serial.run(async () => this.record(id)));
  }

  async create({ question, hypotheses = [] }: ParsedInput<'ach.create'>): Promise<AchMatrix> {
    const now = new Date().toISOString();
    const matrix: AchMatrixRecord = {
      id: randomUUID(),
      question: question.trim(),
      hypotheses: hypotheses.map((title) => ({ id: randomUUID(), title: title.trim() })),
      evidence: [],
      ratings: [],
      createdAt: now,
      updatedAt: now,
    };
    await this.nb.serial.run(() =>
      this.nb.changeLibrary((lib) => {
        lib.achMatrices = [...(lib.achMatrices ?? []), matrix];
      }),
    );
    return this.view(matrix);
  }

  async update(input: ParsedInput<'ach.update'>): Promise<AchMatrix> {
    const changed = await this.nb.serial.run(async () => {
      const next = structuredClone(this.record(input.id));
      if (input.question !== undefined) next.question = input.question.trim();
      if (input.renameHypothesis) {
        this.hypothesis(next, input.renameHypothesis.id, 'renameHypothesis.id').title =
          input.renameHypothesis.title.trim();
      }
      if (input.addHypothesis !== undefined) {
        if (next.hypotheses.length >= MAX_ACH_HYPOTHESES) {
          throw new NotebookError(
            'INVALID_INPUT',
            `addHypothesis: a matrix holds at most ${MAX_ACH_HYPOTHESES} hypotheses.`,
          );
        }
        next.hypotheses.push({ id: randomUUID(), title: input.addHypothesis.trim() });
      }
      if (input.removeHypothesisId !== undefined) {
        const id = this.hypothesis(next, input.removeHypothesisId, 'removeHypothesisId').id;
        next.hypotheses = next.hypotheses.filter((h) => h.id !== id);
        next.ratings = next.ratings.filter((r) => r.hypothesisId !== id);
      }
      if (input.addEvidence) next.evidence.push(this.newEvidence(next, input.addEvidence));
      if (input.editEvidence) {
        const { id, relevance, text, credibility } = input.editEvidence;
        const row = this.evidence(next, id, 'editEvidence.id');
        if (relevance) row.relevance = relevance;
        if ((text !== undefined || credibility !== undefined) && row.highlightId) {
          throw new NotebookError(
            'INVALID_INPUT',
            'editEvidence: a quote keeps its own words and credibility; change them on the highlight.',
          );
        }
        if (text !== undefined) {
          if (!text.trim())
            throw new NotebookError('INVALID_INPUT', 'editEvidence.text: the argument is empty.');
          row.text = text.trim();
        }
        if (credibility === null) delete row.credibility;
        else if (credibility !== undefined) row.credibility = credibility;
      }
      if (input.moveEvidence) {
        const row = this.evidence(next, input.moveEvidence.id, 'moveEvidence.id');
        next.evidence = next.evidence.filter((e) => e !== row);
        next.evidence.splice(Math.min(input.moveEvidence.to, next.evidence.length), 0, row);
      }
      if (input.removeEvidenceId !== undefined) {
        const id = this.evidence(next, input.removeEvidenceId, 'removeEvidenceId').id;
        next.evidence = next.evidence.filter((e) => e.id !== id);
        next.ratings = next.ratings.filter((r) => r.evidenceId !== id);
      }
      return this.save(next);
    });
    return this.view(changed);
  }

  async rate(input: ParsedInput<'ach.rate'>): Promise<AchMatrix> {
    const changed = await this.nb.serial.run(async () => {
      const next = structuredClone(this.record(input.id));
      const evidenceId = this.evidence(next, input.evidenceId, 'evidenceId').id;
      const hypothesisId = this.hypothesis(next, input.hypothesisId, 'hypothesisId').id;
      next.ratings = next.ratings.filter(
        (r) => !(r.evidenceId === evidenceId && r.hypothesisId === hypothesisId),
      );
      if (input.rating) next.ratings.push({ evidenceId, hypothesisId, rating: input.rating });
      return this.save(next);
    });
    return this.view(changed);
  }

  delete({ id }: ParsedInput<'ach.delete'>): Promise<Output<'ach.delete'>> {
    return this.nb.serial.run(async () => {
      this.record(id);
      await this.nb.changeLibrary((lib) => {
        lib.achMatrices = (lib.achMatrices ?? []).filter((m) => m.id !== id);
      });
      return { id };
    });
  }

  /** The matrix as the contract gives it: quotes read as they are now, and scored. */
  async view(record: AchMatrixRecord): Promise<AchMatrix> {
    const quoteIds = record.evidence.flatMap((e) => (e.highlightId ? [e.highlightId] : []));
    const quotes = new Map<string, QuoteNow>();
    for (const { highlight, articleTitle } of await this.highlights.get(quoteIds)) {
      quotes.set(highlight.id, {
        text: highlight.quote.exact,
        credibility: highlight.credibility,
        articleId: highlight.articleId,
        articleTitle,
        reliability: this.nb.library.summary(highlight.articleId)?.reliability,
      });
    }
    return scoredMatrix(record, quotes);
  }

  private newEvidence(
    matrix: AchMatrixRecord,
    add: NonNullable<ParsedInput<'ach.update'>['addEvidence']>,
  ): AchMatrixRecord['evidence'][number] {
    if (matrix.evidence.length >= MAX_ACH_EVIDENCE) {
      throw new NotebookError(
        'INVALID_INPUT',
        `addEvidence: a matrix holds at most ${MAX_ACH_EVIDENCE} rows of evidence.`,
      );
    }
    const relevance = add.relevance ?? 'medium';
    if (!add.highlightId) {
      return {
        id: randomUUID(),
        text: (add.text ?? '').trim(),
        relevance,
        ...(add.credibility ? { credibility: add.credibility } : {}),
      };
    }
    if (add.credibility !== undefined) {
      throw new NotebookError(
        'INVALID_INPUT',
        "addEvidence.credibility: a quote's credibility is its own; grade the highlight instead.",
      );
    }
    if (!this.nb.library.articleOfHighlight(add.highlightId)) {
      throw new NotebookError(
        'NOT_FOUND',
        `addEvidence.highlightId: there is no highlight ${add.highlightId}.`,
      );
    }
    if (matrix.evidence.some((e) => e.highlightId === add.highlightId)) {
      throw new NotebookError(
        'INVALID_INPUT',
        'addEvidence.highlightId: that quote is already evidence in this matrix.',
      );
    }
    return { id: randomUUID(), highlightId: add.highlightId, text: '', relevance };
  }

  /** Journals the changed matrix; a quote's words are kept with it for when it is gone. */
  private async save(next: AchMatrixRecord): Promise<AchMatrixRecord> {
    const quoteIds = next.evidence
      .filter((e) => e.highlightId && !e.text)
      .map((e) => e.highlightId!);
    if (quoteIds.length) {
      const words = new Map<string, string>();
      for (const id of quoteIds) {
        const articleId = this.nb.library.articleOfHighlight(id);
        if (!articleId) continue;
        const db = await this.nb.loadArticle(articleId);
        const h = db.data.highlights.find((x) => x.id === id);
        if (h) words.set(id, h.quote.exact);
      }
      for (const row of next.evidence) {
        if (row.highlightId && !row.text) row.text = words.get(row.highlightId) ?? '';
      }
    }
    next.updatedAt = new Date().toISOString();
    await this.nb.changeLibrary((lib) => {
      lib.achMatrices = (lib.achMatrices ?? []).map((m) => (m.id === next.id ? next : m));
    });
    return next;
  }

  private record(id: string): AchMatrixRecord {
    const found = this.nb.library.achMatrices.find((m) => m.id === id);
    if (!found) throw new NotebookError('NOT_FOUND', `There is no ACH matrix ${id}.`);
    return found;
  }

  private hypothesis(matrix: AchMatrixRecord, id: string, field: string) {
    const found = matrix.hypotheses.find((h) => h.id === id);
    if (!found) {
      throw new NotebookError('NOT_FOUND', `${field}: the matrix has no hypothesis ${id}.`);
    }
    return found;
  }

  private evidence(matrix: AchMatrixRecord, id: string, field: string) {
    const found = matrix.evidence.find((e) => e.id === id);
    if (!found) throw new NotebookError('NOT_FOUND', `${field}: the matrix has no evidence ${id}.`);
    return found;
  }
}
