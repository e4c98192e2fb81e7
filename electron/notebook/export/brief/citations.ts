// Citations for a brief through a CSL processor (citeproc-js, by way of citation-js): each
// article becomes a CSL item, each quoted highlight a citation with its paragraphs as the
// locator, and the style decides first notes, shortened later ones and the sources list.
import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { BriefStyle } from '../../../../shared/contract';
import type { ArticleDetail } from '../../../../shared/model';

/** The CSL styles a brief can be written in, by the contract's name. */
const STYLE_NAMES: Record<BriefStyle, string> = {
  // Chicago Manual of Style 17th edition, notes and bibliography (a full first note).
  'chicago-notes': 'dossier-chicago-notes',
  // APA 7th edition, as citation-js ships it.
  apa: 'apa',
};

interface CslConfig {
  styles: { add(name: string, xml: string): void; has(name: string): boolean };
  engine(items: CslItem[], style: string, lang: string, format: 'text' | 'html'): CslEngine;
}

interface CslEngine {
  rebuildProcessorState(
    clusters: CslCluster[],
    format: 'text' | 'html',
  ): Array<[string, number, string]>;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
}

interface CslCluster {
  citationID: string;
  citationItems: Array<{ id: string; locator?: string; label?: string }>;
  properties: { noteIndex: number };
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  'container-title'?: string;
  author?: Array<{ literal: string }>;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
}

/** The style's XML, as its package ships it (a JSON file; read so, bundled or not). */
const chicagoFullNote = createRequire(import.meta.url)(
  '@citation/csl-style-chicago-fullnote-bibliography/info.json',
) as { content: string };

function config(): CslConfig {
  const csl = plugins.config.get('@csl') as CslConfig;
  if (!csl.styles.has(STYLE_NAMES['chicago-notes'])) {
    csl.styles.add(STYLE_NAMES['chicago-notes'], chicagoFullNote.content);
  }
  return csl;
}

const dateParts = (day: string) => ({ 'date-parts': [day.slice(0, 10).split('-').map(Number)] });

/** An article as CSL data: a newspaper article when its outlet is known, else a web page. */
export function cslItem(article: ArticleDetail): CslItem {
  return {
    id: article.id,
    type: article.source ? 'article-newspaper' : 'webpage',
    title: article.title,
    ...(article.source ? { 'container-title': article.source } : {}),
    ...(article.byline ? { author: [{ literal: article.byline }] } : {}),
    ...(article.publishedAt ? { issued: dateParts(article.publishedAt) } : {}),
    accessed: dateParts(article.capturedAt),
    ...(article.url ? { URL: article.url } : {}),
  };
}

/** One quote's citation: which article, and its paragraphs (`5` or `5–6`). */
export interface Cite {
  articleId: string;
  paragraphs: string;
}

export interface Citations {
  /** Each cite's text, in the order given (note n is cites[n - 1]). */
  notes: string[];
  /** The sources list, as the style sorts and words it. */
  sources: string[];
}

/** Every citation of a brief at once, so the style can shorten repeats ("Ibid.", short notes). */
export function cite(
  style: BriefStyle,
  articles: readonly ArticleDetail[],
  cites: readonly Cite[],
  format: 'text' | 'html' = 'text',
): Citations {
  const items = articles.map(cslItem);
  const engine = config().engine(items, STYLE_NAMES[style], 'en-US', format);
  const clusters: CslCluster[] = cites.map((c, i) => ({
    citationID: `note-${i + 1}`,
    citationItems: [{ id: c.articleId, locator: c.paragraphs, label: 'paragraph' }],
    properties: { noteIndex: i + 1 },
  }));
  const out = clusters.length ? engine.rebuildProcessorState(clusters, format) : [];
  const byId = new Map(out.map(([id, , text]) => [id, text]));
  engine.updateItems(items.map((i) => i.id));
  const bibliography = engine.makeBibliography();
  return {
    notes: clusters.map((c) => byId.get(c.citationID) ?? ''),
    sources: bibliography ? bibliography[1].map((entry) => entry.trim()) : [],
  };
}
