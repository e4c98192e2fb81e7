// W3C Web Annotation export: an AnnotationCollection whose Annotations target the article
// (its URL, else a Dossier URN, described with its title, outlet, author and dates) with quote
// and code-point position selectors, and carry the note, the tags and the colour's meaning as
// bodies.
import { randomUUID } from 'node:crypto';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import {
  exportFileName,
  skippedHeading,
  skippedLines,
  type ExportDocument,
  type ExportRenderer,
  type ExportVocabulary,
} from './model';
import { later, type ExportChunk } from './output';
import { colorMeaning, paragraphsOf, tagPaths } from './quote-provenance';

interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/markdown' | 'text/plain';
  purpose: 'commenting' | 'tagging' | 'classifying';
}

/** The article a quote came from, with its provenance (Dublin Core and schema.org terms). */
interface SourceResource {
  id: string;
  type: 'Text';
  'dcterms:title': string;
  'dcterms:publisher'?: string;
  'dcterms:creator'?: string;
  'dcterms:issued'?: string;
  /** When the analyst captured it. */
  'schema:dateRead': string;
  language?: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    type: 'SpecificResource';
    source: SourceResource;
    /** The paragraph the quote starts in, as the reader and every export number it. */
    'schema:position'?: number;
    /** The first and last paragraph the quote runs over (equal within one paragraph). */
    'dossier:firstParagraph'?: number;
    'dossier:lastParagraph'?: number;
    /** The quote's words before a new version of the article changed them, and that version. */
    'dossier:wordsBefore'?: string;
    'dossier:wordsChangedInVersion'?: number;
    /** The Admiralty grade: the source's reliability A–F and the quote's credibility 1–6. */
    'dossier:reliability'?: string;
    'dossier:credibility'?: number;
    /** The ids of the annotations (other articles' quotes) linked as corroborating this one. */
    'dossier:corroboratedBy'?: string[];
    selector: (
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
  };
}

/** `urn:uuid:` for a UUID id, else a Dossier URN: either way an IRI. */
const iri = (kind: string, id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ? `urn:uuid:${id.toLowerCase()}`
    : `urn:dossier:${kind}:${encodeURIComponent(id)}`;

export const renderJsonLd: ExportRenderer = (doc) => ({
  fileName: exportFileName(doc, 'jsonld'),
  mimeType: 'application/ld+json',
  encoding: 'utf8',
  chunks: jsonLd(doc),
});

/**
 * The collection written as JSON.stringify(collection, null, 2) would write it, one annotation
 * at a time; its total is known once every article is read, so room is kept for it.
 */
/** Where Dossier's own JSON-LD terms (`dossier:…`) expand to. */
export const DOSSIER_TERMS = 'urn:dossier:terms:';

async function* jsonLd(doc: ExportDocument): AsyncGenerator<ExportChunk> {
  const field = (key: string, value: unknown) =>
    `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`;
  let total = 0;
  yield '{\n';
  // The Web Annotation context, and a prefix for Dossier's own terms (paragraph range, the words
  // a new version changed) so that a JSON-LD processor expands them to IRIs.
  yield field('@context', ['http://www.w3.org/ns/anno.jsonld', { dossier: DOSSIER_TERMS }]);
  yield field('id', `urn:uuid:${randomUUID()}`);
  yield field('type', 'AnnotationCollection');
  yield field('label', doc.title);
  yield field('generated', doc.generatedAt.toISOString());
  yield '  "total": ';
  yield later(String(doc.highlightsAtMost), () => String(total));
  yield ',\n  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [';
  for await (const article of doc.articles) {
    const items = article.highlights.map((h) =>
      JSON.stringify(annotation(article, h, doc), null, 2).replace(/\n/g, '\n      '),
    );
    for (const item of items) yield `${total++ ? ',' : ''}\n      ${item}`;
  }
  yield total ? '\n    ]\n  }' : ']\n  }';
  if (doc.skipped.length) {
    const note = `${skippedHeading(doc.skipped)}: ${skippedLines(doc.skipped).join('; ')}`;
    yield `,\n  "schema:description": ${JSON.stringify(note)}`;
  }
  yield '\n}\n';
}

function annotation(article: ArticleDetail, h: Highlight, model: ExportVocabulary): Annotation {
  const body: TextualBody[] = [];
  if (h.note.trim()) {
    body.push({
      type: 'TextualBody',
      value: h.note,
      format: 'text/markdown',
      purpose: 'commenting',
    });
  }
  for (const tag of tagPaths(model.tags, h)) {
    body.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });
  }
  body.push({
    type: 'TextualBody',
    value: `${h.color}: ${colorMeaning(model.colorMeanings, h)}`,
    format: 'text/plain',
    purpose: 'classifying',
  });
  const { exact, prefix, suffix } = h.quote;
  const paragraphs = paragraphsOf(article, h);
  return {
    id: iri('highlight', h.id),
    type: 'Annotation',
    motivation: h.note.trim() ? 'commenting' : 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    body,
    target: {
      type: 'SpecificResource',
      source: sourceOf(article),
      ...(h.orphan
        ? {}
        : {
            'schema:position': paragraphs.first,
            'dossier:firstParagraph': paragraphs.first,
            'dossier:lastParagraph': paragraphs.last,
          }),
      ...(article.reliability ? { 'dossier:reliability': article.reliability } : {}),
      ...(h.credibility ? { 'dossier:credibility': h.credibility } : {}),
      ...(model.corroborations?.get(h.id)?.length
        ? {
            'dossier:corroboratedBy': model.corroborations
              .get(h.id)!
              .map((c) => iri('highlight', c.id)),
          }
        : {}),
      ...(h.wordsChanged
        ? {
            'dossier:wordsBefore': h.wordsChanged.before,
            'dossier:wordsChangedInVersion': h.wordsChanged.version,
          }
        : {}),
      // An orphan's position no longer points at its words: only its quote is kept.
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        ...(h.orphan
          ? []
          : [
              {
                type: 'TextPositionSelector' as const,
                start: h.position.start,
                end: h.position.end,
              },
            ]),
      ],
    },
  };
}

function sourceOf(article: ArticleDetail): SourceResource {
  return {
    id: article.url ?? `urn:dossier:article:${encodeURIComponent(article.id)}`,
    type: 'Text',
    'dcterms:title': article.title,
    ...(article.source ? { 'dcterms:publisher': article.source } : {}),
    ...(article.byline ? { 'dcterms:creator': article.byline } : {}),
    ...(article.publishedAt ? { 'dcterms:issued': article.publishedAt } : {}),
    'schema:dateRead': article.capturedAt,
    ...(article.lang ? { language: article.lang } : {}),
  };
}
