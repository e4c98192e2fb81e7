// An ACH matrix as a brief writes it: hypotheses across, evidence down, each quote row citing its
// source with a numbered note like any quote, the scores, and what the matrix finds in words.
import type { AchMatrixRecord, Relevance } from '../../../../shared/ach';
import type { ArticleDetail, Highlight } from '../../../../shared/model';
import { gradeOf } from '../../../../shared/grading';
import { scoredMatrix, type QuoteNow } from '../../analysis/ach-view';
import type { BriefQuote } from './brief-model';

export interface BriefMatrixRow {
  /** E1, E2 … in the matrix's order. */
  label: string;
  words: string;
  kind: 'quote' | 'argument' | 'gone';
  /** The cited quote, with its note number. */
  quote?: BriefQuote;
  /** The source's reliability and the quote's credibility (B2), or an argument's credibility. */
  grade: string | null;
  relevance: Relevance;
  weight: number;
  diagnostic: boolean;
  /** One per hypothesis, in order; '' where not rated. */
  ratings: string[];
}

export interface BriefMatrix {
  question: string;
  hypotheses: Array<{ label: string; title: string; inconsistency: number; rank: number }>;
  rows: BriefMatrixRow[];
  /** The tentative conclusion, the diagnostic rows and the sensitivity, as sentences. */
  findings: string[];
}

/** What the brief lends: a quote read for citing (or why it cannot be), and a note for it. */
export interface MatrixQuotes {
  read(highlightId: string): Promise<{ article: ArticleDetail; highlight: Highlight } | string>;
  cite(article: ArticleDetail, highlight: Highlight): BriefQuote;
}

export async function briefMatrix(
  record: AchMatrixRecord,
  quotes: MatrixQuotes,
): Promise<BriefMatrix> {
  const now = new Map<
    string,
    QuoteNow & { found: { article: ArticleDetail; highlight: Highlight } }
  >();
  for (const row of record.evidence) {
    if (!row.highlightId) continue;
    const found = await quotes.read(row.highlightId);
    if (typeof found === 'string') continue;
    now.set(row.highlightId, {
      text: found.highlight.quote.exact,
      credibility: found.highlight.credibility,
      articleId: found.article.id,
      articleTitle: found.article.title,
      reliability: found.article.reliability,
      found,
    });
  }
  const matrix = scoredMatrix(record, now);
  const label = (id: string) => `H${matrix.hypotheses.findIndex((h) => h.id === id) + 1}`;
  const rowLabel = (id: string) => `E${matrix.evidence.findIndex((e) => e.id === id) + 1}`;

  const rows = matrix.evidence.map((e, i): BriefMatrixRow => {
    const found = e.highlightId ? now.get(e.highlightId)?.found : undefined;
    const quote = found ? quotes.cite(found.article, found.highlight) : undefined;
    return {
      label: `E${i + 1}`,
      words: e.text,
      kind: e.highlightId ? (found ? 'quote' : 'gone') : 'argument',
      ...(quote ? { quote } : {}),
      grade: e.highlightId
        ? gradeOf(e.reliability, e.credibility)
        : e.credibility
          ? `–${e.credibility}`
          : null,
      relevance: e.relevance,
      weight: e.weight,
      diagnostic: e.diagnostic,
      ratings: matrix.hypotheses.map(
        (h) =>
          matrix.ratings.find((r) => r.evidenceId === e.id && r.hypothesisId === h.id)?.rating ??
          '',
      ),
    };
  });

  const findings: string[] = [];
  if (matrix.hypotheses.length && matrix.ratings.length) {
    const leaders = matrix.hypotheses.filter((h) => h.rank === 1);
    const names = leaders.map((h) => `${label(h.id)} (${h.title})`);
    findings.push(
      leaders.length === 1
        ? `Least inconsistent: ${names[0]}, ${leaders[0]!.inconsistency.toFixed(2)} weighted against.`
        : `Least inconsistent, tied: ${names.join(' and ')}, ${leaders[0]!.inconsistency.toFixed(2)} weighted against each.`,
    );
    const flat = rows.filter((r) => !r.diagnostic).map((r) => r.label);
    const telling = rows.filter((r) => r.diagnostic).map((r) => r.label);
    if (rows.length) {
      findings.push(
        `Diagnostic evidence: ${telling.join(', ') || 'none'}.` +
          (flat.length
            ? ` Not diagnostic (alike against every hypothesis): ${flat.join(', ')}.`
            : ''),
      );
    }
    const fragile = matrix.sensitivity.filter((s) => s.changesLeader);
    findings.push(
      fragile.length
        ? fragile
            .map((s) =>
              s.leaders.length > 1
                ? `Without ${rowLabel(s.evidenceId)}, ${s.leaders.map(label).join(' and ')} would share the lead.`
                : `Without ${rowLabel(s.evidenceId)}, ${label(s.leaders[0]!)} would lead.`,
            )
            .join(' ')
        : 'No single piece of evidence, removed, changes which hypothesis leads.',
    );
  }
  return {
    question: matrix.question,
    hypotheses: matrix.hypotheses.map((h, i) => ({
      label: `H${i + 1}`,
      title: h.title,
      inconsistency: h.inconsistency,
      rank: h.rank,
    })),
    rows,
    findings,
  };
}
