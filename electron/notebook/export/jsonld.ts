// W3C Web Annotation export: an AnnotationCollection whose Annotations target the article
// (its URL, else a Dossier URN, described with its title, outlet, author and dates) with quote
// and code-point position selectors, and carry the note, the tags and the colour's meaning as
// bodies.
import { randomUUID } from 'node:crypto';
import type { ExportResult } from '../../../shared/contract';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { exportFileName, type ExportModel } from './model';
import { colorMeaning, paragraphOf, tagPaths } from './quote-provenance';

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

export function renderJsonLd(model: ExportModel): ExportResult {
  const items = model.articles.flatMap((article) =>
    article.highlights.map((h) => annotation(article, h, model)),
  );
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${randomUUID()}`,
    type: 'AnnotationCollection',
    label:
      model.articles.length === 1 && model.articles[0] ? model.articles[0].title : 'Dossier notes',
    generated: model.generatedAt.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return {
    fileName: exportFileName(model, 'jsonld'),
    mimeType: 'application/ld+json',
    encoding: 'utf8',
    data: `${JSON.stringify(collection, null, 2)}\n`,
  };
}

function annotation(article: ArticleDetail, h: Highlight, model: ExportModel): Annotation {
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
      ...(h.orphan ? {} : { 'schema:position': paragraphOf(article, h) }),
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
